/**
 * The shared evaluation corpus (articles and gold files), which tests use as golden fixtures.
 * It is not part of the repository: it lives at REDLINES_EVAL_DIR or at ../shared/eval beside the
 * project. Without it, the tests that read it skip; REDLINES_REQUIRE_EVAL=1 (set by .ci/run) makes
 * its absence an error, so that CI never skips them silently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const configuredDir = process.env.REDLINES_EVAL_DIR;

/** The evaluation corpus folder, whether or not it exists. */
export const EVAL_DIR = resolve(configuredDir || fileURLToPath(new URL('../../shared/eval/', import.meta.url)));

const evalPresent = existsSync(join(EVAL_DIR, 'seed')) && existsSync(join(EVAL_DIR, 'dev'));

if (!evalPresent && (configuredDir || process.env.REDLINES_REQUIRE_EVAL === '1')) {
  const reason = configuredDir ? 'REDLINES_EVAL_DIR is set' : 'REDLINES_REQUIRE_EVAL=1';
  throw new Error(`${reason} but there is no evaluation corpus (seed/ and dev/) at ${EVAL_DIR}`);
}

/** Options for a test or suite that reads the corpus: skipped, saying how to run it, when the corpus is absent. */
export const NEEDS_EVAL = {
  skip: evalPresent ? false : `no evaluation corpus at ${EVAL_DIR}; set REDLINES_EVAL_DIR to its folder to run these tests`,
} as const;

/** The seed article, the one whose gold positions every test can name. */
export const SEED_ARTICLE = join(EVAL_DIR, 'seed', 'sputnik-2025-05-19-red-lines.txt');

/** Every article file (path and content) in the seed and dev folders. */
export function evalArticles(): { path: string; name: string; content: string }[] {
  return ['seed', 'dev'].flatMap((folder) =>
    readdirSync(join(EVAL_DIR, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => ({ path: join(EVAL_DIR, folder, name), name, content: readFileSync(join(EVAL_DIR, folder, name), 'utf8') })),
  );
}

/** The gold rows of one folder's gold.jsonl. */
export function goldRows(folder: 'seed' | 'dev'): Record<string, unknown>[] {
  return readFileSync(join(EVAL_DIR, folder, 'gold.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
