/** What other layers may import from the API: the app factory and its options. */
export { buildApp, type AppOptions } from './build-app.ts';
export { CONTENT_SECURITY_POLICY } from './security-headers.ts';
