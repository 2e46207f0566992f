/** What other layers may import from the API: the app factory and its options. */
export { buildApp, type AppOptions } from './build-app.ts';
export { parseReviewerTokens, type ReviewerToken } from './bearer-token.ts';
export { CONTENT_SECURITY_POLICY } from './security-headers.ts';
