/** Where the built dashboard lives, and a build of it on first use, so a fresh clone serves it without a manual step. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Vite's output folder for the dashboard (see vite.config.ts). */
export const DASHBOARD_DIR = fileURLToPath(new URL('../../dist/web/', import.meta.url));

const VITE_CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** Builds the dashboard with Vite unless `dist/web/index.html` exists (or `force`); returns the folder. */
export async function ensureDashboard({ force = false }: { force?: boolean } = {}): Promise<string> {
  if (!force && existsSync(`${DASHBOARD_DIR}index.html`)) return DASHBOARD_DIR;
  // Vite is a development dependency: loaded only when a build is actually needed.
  const { build } = await import('vite');
  await build({ configFile: VITE_CONFIG });
  return DASHBOARD_DIR;
}
