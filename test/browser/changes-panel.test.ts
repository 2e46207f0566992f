/**
 * The dashboard's "since your last visit" panel in chromium: alerts fired before the first visit are listed, and after a
 * reload, with no new alert since, the panel is gone. Screenshot in test-results/.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { buildApp } from '../../src/api/index.ts';
import { openExampleStore } from '../../src/api/example-store.test-helper.ts';
import type { Store } from '../../src/store/index.ts';
import { ensureDashboard } from '../../src/web/index.ts';
import { BROWSER_SKIP, launchChromium, SCREENSHOTS } from './chromium.ts';

describe('what changed since the last visit, in chromium', { skip: BROWSER_SKIP }, () => {
  let store: Store;
  let app: FastifyInstance;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  let address: string;

  before(async () => {
    const webRoot = await ensureDashboard({ force: true });
    const example = await openExampleStore(join(mkdtempSync(join(tmpdir(), 'redlines-web-')), 'redlines.db'));
    store = example.store;
    await store.watch.fireAlerts([{
      key: 'new-red-line|ua|territory.recognize_annexation|reject', rule: 'new-red-line',
      body: { rule: 'new-red-line', summary: 'ua states a new red line: reject <b>territory.recognize_annexation</b>', before: [], after: [] },
    }]);
    app = await buildApp({ store, pack: example.pack, webRoot });
    address = await app.listen({ host: '127.0.0.1', port: 0 });
    profile = mkdtempSync(join(tmpdir(), 'redlines-chromium-'));
    browser = await launchChromium(profile);
    page = browser.pages()[0] ?? await browser.newPage();
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('lists the alerts fired before the visit, as text, and not again after a reload', async () => {
    await page.goto(`${address}/`);
    const panel = page.locator('.changes-panel');
    await panel.waitFor();
    assert.match(await panel.locator('li').first().textContent() ?? '', /new-red-line ua states a new red line: reject <b>territory\.recognize_annexation<\/b>/);
    assert.equal(await panel.locator('li b').count(), 0, 'alert text is shown as text, never as markup');
    await page.screenshot({ path: join(SCREENSHOTS, 'changes-panel.png') });
    await page.reload();
    await page.locator('table.matrix').waitFor();
    assert.equal(await page.locator('.changes-panel').count(), 0);
  });
});
