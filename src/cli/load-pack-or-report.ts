/** Loading the pack a command names, reporting a bad one on stderr instead of throwing. */
import type { Pack } from '../core/index.ts';
import { loadPack } from '../packs/index.ts';

/** The pack, or undefined after printing its problems (one `file:line: field: reason` a line). */
export function loadPackOrReport(nameOrPath: string): Pack | undefined {
  try {
    return loadPack(nameOrPath);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return undefined;
  }
}
