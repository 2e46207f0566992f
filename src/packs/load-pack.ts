/** Finds and loads pack files: the shipped ones by name, any other by path. */
import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../core/index.ts';
import { PackError } from './pack-error.ts';
import { parsePack } from './parse-pack.ts';

/** The pack used when the caller names none. */
export const DEFAULT_PACK_NAME = 'russia-ukraine';

// Resolved from this file, not the working directory, so the shipped packs are found from anywhere.
const PACKS_DIR = fileURLToPath(new URL('../../packs/', import.meta.url));
const PACK_NAME = /^[a-z0-9][a-z0-9_-]*$/i;

/** Loads a shipped pack by bare name (`russia-ukraine`) or a pack file by path; throws `PackError` when it is missing or bad. */
export function loadPack(nameOrPath: string): Pack {
  const isName = PACK_NAME.test(nameOrPath);
  const path = isName ? resolve(PACKS_DIR, `${nameOrPath}.yaml`) : resolve(nameOrPath);
  const fileName = displayName(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const known = isName ? `; shipped packs: ${listPacks().join(', ')}` : '';
    const reason = `cannot read pack: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}${known}`;
    throw new PackError([{ file: fileName, field: '', reason, ruleId: 'packs/unreadable' }]);
  }
  return parsePack(text, fileName);
}

/** The names of the packs shipped in `packs/`, sorted. */
export function listPacks(): string[] {
  return readdirSync(PACKS_DIR)
    .filter((file) => file.endsWith('.yaml'))
    .map((file) => file.slice(0, -'.yaml'.length))
    .sort();
}

// Problems read best with a path relative to where the user stands, when the file lies below it.
function displayName(path: string): string {
  const fromCwd = relative(process.cwd(), path);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
}
