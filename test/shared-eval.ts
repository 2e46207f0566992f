/** The articles and gold files in ../shared/eval, which tests use as golden fixtures. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared evaluation folder beside the project. */
export const EVAL_DIR = fileURLToPath(new URL('../../shared/eval/', import.meta.url));

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
