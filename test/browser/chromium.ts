/** What the browser tests share: Debian's chromium, launched headless with a throwaway profile, and where screenshots go. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Screenshots of each step, for a person to look at. */
export const SCREENSHOTS = join(import.meta.dirname, '../../test-results');

/** Why browser tests are skipped, or false when chromium is there. */
export const BROWSER_SKIP: string | false = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;

/** Chromium in the profile folder, headless, talking to nothing but the pages it is sent to. */
export async function launchChromium(profile: string, viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
