/** Where the built dashboard lives, and a build of it on first use, so a fresh clone serves it without a manual step. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Vite's output folder for the dashboard (see vite.config.ts). The same from `src/web` and from the
 * compiled `dist/web`, both two levels below the package root; not `dist/web` itself, where tsc writes.
 */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../dist/dashboard/', import.meta.url));

const VITE_CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** Builds the dashboard with Vite unless `dist/dashboard/index.html` exists (or `force`); returns the folder. */
export async function ensureDashboard({ force = false }: { force?: boolean } = {}): Promise<string> {
  if (!force && existsSync(`${DASHBOARD_DIR}index.html`)) return DASHBOARD_DIR;
  // Vite is a development dependency: loaded only when a build is actually needed.
  const { build } = await import('vite');
  await build({ configFile: VITE_CONFIG });
  return DASHBOARD_DIR;
}
