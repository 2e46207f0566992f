/** Reading the articles a gold file is about: files as given, directories in name order. */
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Doc, Message } from '../core/index.ts';
import { readSource } from '../read/index.ts';

const NOT_ARTICLES = new Set(['.tsv', '.md']);

/** Every document of the inputs, with the problems met reading them. */
export async function readArticles(inputs: readonly string[], goldPath: string): Promise<{ docs: Doc[]; messages: Message[] }> {
  const messages: Message[] = [];
  const docs: Doc[] = [];
  for (const file of await inputFiles(inputs, resolve(goldPath), messages)) {
    const read = await readSource(file);
    messages.push(...read.messages);
    docs.push(...read.docs);
  }
  return { docs, messages };
}

/**
 * The files to read: each input file as given, each directory's files in name order. The gold file
 * `.tsv` files (source lists such as SOURCES.tsv) and `.md` notes (a corpus README) sit beside the articles but are not articles.
 */
async function inputFiles(inputs: readonly string[], goldFile: string, problems: Message[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = input === '-' ? undefined : await stat(input).catch(() => undefined);
    if (!info?.isDirectory()) {
      // Missing files and stdin go to the reader, which reports them in its own words.
      if (input === '-' || resolve(input) !== goldFile) files.push(input);
      continue;
    }
    const entries = await readdir(input, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      const reason = `cannot list directory (${error.code ?? error.message})`;
      problems.push({ reason, stage: 'read', ruleId: 'read/unreadable-directory', severity: 'error', source: input });
      return [];
    });
    files.push(
      ...entries
        .filter((entry) => entry.isFile() && !entry.name.startsWith('.') && !NOT_ARTICLES.has(extname(entry.name)))
        .map((entry) => join(input, entry.name))
        .filter((file) => resolve(file) !== goldFile)
        .sort(),
    );
  }
  return files;
}
