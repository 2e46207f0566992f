/** Names a document after its input: a URL stays whole, a path keeps its base name. */
import { basename } from 'node:path';

/** The id of the document read from `name`: the URL itself, `stdin` for `-`, or the file's base name. */
export function docId(name: string): string {
  if (/^https?:\/\//i.test(name)) return name;
  if (name === '-') return 'stdin';
  return basename(name) || name;
}
