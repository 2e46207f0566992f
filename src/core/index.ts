/** What other layers may import from core. */
export * from './types.ts';
