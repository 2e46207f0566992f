/** The exact identity of a text: equal hashes mean the same content after normalization. */
import { createHash } from 'node:crypto';
import { normalizeText } from './normalize-text.ts';

/** sha256 (hex) of the normalized text. */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeText(text)).digest('hex');
}
