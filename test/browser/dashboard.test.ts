/**
 * The dashboard in a real browser (Debian's chromium driven by playwright-core) against the API on a
 * loopback port, over a temporary SQLite store holding the example articles. Screenshots of each step
 * go to test-results/.
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

const TOKEN = 'browser-test-token';

describe('dashboard in chromium', { skip: BROWSER_SKIP }, () => {
  let store: Store;
  let app: FastifyInstance;
  let address: string;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];

  before(async () => {
    // Built afresh, so the test never runs against a bundle older than the sources.
    const webRoot = await ensureDashboard({ force: true });
    const example = await openExampleStore(join(mkdtempSync(join(tmpdir(), 'redlines-web-')), 'redlines.db'));
    store = example.store;
    app = await buildApp({ store, pack: example.pack, token: TOKEN, webRoot });
    address = await app.listen({ host: '127.0.0.1', port: 0 });
    profile = mkdtempSync(join(tmpdir(), 'redlines-chromium-'));
    browser = await launchChromium(profile);
    page = browser.pages()[0] ?? await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${address}/`);
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });

  test('loads the dashboard with the matrix of the example articles', async () => {
    await page.locator('table.matrix').waitFor();
    const headers = await page.locator('table.matrix thead th').allTextContents();
    assert.ok(headers.includes('Russia') && headers.includes('Ukraine'), `party columns: ${headers.join(', ')}`);
    assert.ok(await page.locator('button.cell').count() >= 10);
    await shot('1-dashboard');
  });

  test('opens a matrix cell and shows its evidence highlighted in the article text', async () => {
    await page.locator('button.cell[data-party="ua"][data-issue="territory.recognize_annexation"]').click();
    const mark = page.locator('.evidence .article mark').first();
    await mark.waitFor();
    assert.match(await mark.textContent() ?? '', /recogni[sz]e/i);
    assert.ok(await mark.isVisible());
    assert.ok(await page.locator('.evidence .badge.mode-direct, .evidence .badge.mode-reported').count() > 0);
    await shot('2-evidence');
  });

  test('can be driven from the keyboard: Enter on a focused cell opens its evidence', async () => {
    const cell = page.locator('button.cell[data-party="ru"]').first();
    await cell.focus();
    await page.keyboard.press('Enter');
    assert.equal(await cell.getAttribute('aria-pressed'), 'true');
    await page.locator('#evidence-title', { hasText: 'Russia' }).waitFor();
  });

  test('builds a deal that breaks a red line and shows the violation', async () => {
    await page.locator('#deal-title').scrollIntoViewIfNeeded();
    await page.locator('[role="radiogroup"][data-issue="territory.recognize_annexation"] input[value="true"]').check();
    const violation = page.locator('.verdict.broken[data-party="ua"] .violation');
    await violation.first().waitFor();
    assert.match(await violation.first().textContent() ?? '', /rejects \(red line\)/);
    await page.locator('button', { hasText: 'Find minimal concessions' }).click();
    await page.locator('.search-result').waitFor();
    await shot('3-deal');
  });

  test('adds an article with the token and lists its positions', async () => {
    const form = page.locator('.add-article form');
    await form.scrollIntoViewIfNeeded();
    await form.locator('input[name="token"]').fill(TOKEN);
    await form.locator('input[name="title"]').fill('Moscow hardens its line');
    await form.locator('input[name="date"]').fill('2025-06-05');
    await form.locator('textarea[name="text"]').fill(
      'Moscow hardens its line\nForeign Minister Sergei Lavrov said Russia demands that Ukraine renounce NATO membership.');
    await form.locator('button[type="submit"]').click();
    const found = page.locator('.found-positions li');
    await found.first().waitFor();
    assert.match(await found.first().textContent() ?? '', /Russia/);
    await shot('4-article-added');
  });

  test('shows an article with script and event-handler payloads as text, running none of them', async () => {
    const payload = 'Payload test <script>window.__xss = 1; alert("xss")</script>\n'
      + 'President Volodymyr Zelensky said Ukraine will never recognize the occupied territories as Russian. '
      + '<img src=x onerror="window.__xss = 2; alert(1)"> <svg onload="window.__xss = 3">';
    const reply = await fetch(`${address}/api/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: payload, title: '<img src=x onerror="window.__xss = 4">', date: '2025-06-06' }),
    });
    assert.equal(reply.status, 201);
    await page.reload();
    await page.locator('button.cell[data-party="ua"][data-issue="territory.recognize_annexation"]').click();
    const article = page.locator('.evidence .article', { hasText: '<script>' });
    await article.waitFor();
    assert.match(await article.textContent() ?? '', /<img src=x onerror=/);
    assert.equal(await page.locator('.evidence img, .evidence script, .evidence svg').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);
    assert.deepEqual(dialogs, []);
    await shot('5-xss-as-text');
  });

  test('stays readable at phone width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.locator('table.matrix').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone screen`);
    await shot('6-phone');
  });
});
