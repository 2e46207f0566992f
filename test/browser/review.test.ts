/**
 * Reviewing in the dashboard (chromium via playwright-core, API on loopback, a temporary SQLite store of the
 * example articles): confirm one card, reject another from the keyboard, correct a third's stance, add a missed
 * position from selected text; the matrix, its coverage and the deal check follow, and a reload keeps it all.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { BrowserContext, Page } from 'playwright-core';
import { buildApp, parseReviewerTokens } from '../../src/api/index.ts';
import { openExampleStore } from '../../src/api/example-store.test-helper.ts';
import type { Store } from '../../src/store/index.ts';
import { ensureDashboard } from '../../src/web/index.ts';
import { BROWSER_SKIP, launchChromium, SCREENSHOTS } from './chromium.ts';

describe('reviewing in the dashboard', { skip: BROWSER_SKIP }, () => {
  let store: Store;
  let app: FastifyInstance;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;

  before(async () => {
    const webRoot = await ensureDashboard({ force: true });
    const example = await openExampleStore(join(mkdtempSync(join(tmpdir(), 'redlines-review-web-')), 'redlines.db'));
    store = example.store;
    app = await buildApp({ store, pack: example.pack, token: 'lead-token', reviewers: parseReviewerTokens('ana:ana-token'), webRoot });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    profile = mkdtempSync(join(tmpdir(), 'redlines-chromium-'));
    browser = await launchChromium(profile, { width: 1280, height: 900 });
    page = browser.pages()[0] ?? await browser.newPage();
    await page.goto(`${address}/`);
    await page.locator('table.matrix').waitFor();
    await page.locator('input[name="review-token"]').fill('ana-token');
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  const cell = (party: string, issue: string) => page.locator(`button.cell[data-party="${party}"][data-issue="${issue}"]`);
  const open = async (party: string, issue: string) => {
    await cell(party, issue).click();
    await page.locator('.evidence-drawer .evidence-card').first().waitFor();
  };
  const ukraineBroken = () => page.locator('.verdict.broken[data-party="ua"]');

  test('confirm, reject (key X), correct and add change the matrix, its coverage and the deal check, and persist', async () => {
    await page.locator('[role="radiogroup"][data-issue="territory.recognize_annexation"] input[value="true"]').check();
    await ukraineBroken().waitFor();

    await open('ru', 'alliance.ukraine_neutrality');
    await page.locator('.evidence-drawer .review-confirm').first().click();
    await page.locator('.evidence-drawer .review-status.review-confirmed', { hasText: 'ana' }).waitFor();
    await cell('ru', 'alliance.ukraine_neutrality').locator('.coverage', { hasText: '✓ 1/1' }).waitFor();

    await open('ru', 'territory.ukraine_withdraws');
    assert.match(await cell('ru', 'territory.ukraine_withdraws').getAttribute('aria-label') ?? '', /2 documents/);
    const kyivCard = page.locator('.evidence-drawer .evidence-card', { hasText: 'Kyiv rejects Russian memorandum' });
    await kyivCard.locator('.review-actions').focus();
    await page.keyboard.press('x');
    await kyivCard.waitFor({ state: 'detached' });
    await page.waitForFunction(() => /1 document\b/.test(document.querySelector('button.cell[data-party="ru"][data-issue="territory.ukraine_withdraws"]')?.getAttribute('aria-label') ?? ''));

    await open('ua', 'territory.recognize_annexation');
    const card = page.locator('.evidence-drawer .evidence-card').first();
    await card.locator('.review-correct').click();
    await card.locator('.review-form select[name="stance"]').selectOption('accept');
    await card.locator('.review-form button[type="submit"]').click();
    await cell('ua', 'territory.recognize_annexation').and(page.locator('.stance-accept')).waitFor();
    await page.waitForFunction(() => document.querySelector('.verdict.broken[data-party="ua"]') === null);
    await shot('review-1-corrected');

    // The missed position: select its words in the article text, then add it.
    await page.evaluate(() => {
      const article = [...document.querySelectorAll('.evidence-drawer .article')].find((box) => box.textContent?.includes('far apart on territory'))!;
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('far apart on territory');
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'far apart on territory'.length);
        window.getSelection()!.removeAllRanges();
        window.getSelection()!.addRange(range);
        return;
      }
    });
    await card.locator('.review-add').click();
    const form = card.locator('.review-form', { hasText: 'far apart on territory' });
    await form.locator('select[name="holder"]').selectOption('ua');
    await form.locator('select[name="issue"]').selectOption('territory.russia_withdraws');
    await form.locator('select[name="stance"]').selectOption('demand');
    await form.locator('select[name="strength"]').selectOption('soft');
    await form.locator('button[type="submit"]').click();
    await cell('ua', 'territory.russia_withdraws').waitFor();
    await shot('review-2-added');

    await page.reload();
    await page.locator('table.matrix').waitFor();
    assert.match(await cell('ua', 'territory.recognize_annexation').getAttribute('class') ?? '', /stance-accept/);
    assert.equal(await cell('ru', 'alliance.ukraine_neutrality').locator('.coverage').textContent(), '✓ 1/1');
    assert.match(await cell('ru', 'territory.ukraine_withdraws').getAttribute('aria-label') ?? '', /1 document\b/);
    await cell('ua', 'territory.russia_withdraws').click();
    await page.locator('.evidence-drawer .article mark', { hasText: 'far apart on territory' }).waitFor();
    await page.locator('.evidence-drawer .review-status.review-added').waitFor();
    const reviewers = (await store.listReviews()).map((review) => `${review.reviewer} ${review.verdict}`);
    assert.deepEqual(reviewers, ['ana confirmed', 'ana rejected', 'ana corrected', 'ana added']);
    await shot('review-3-reloaded');
  });

  test('the queue opens a position to review, and "reviewed positions only" narrows the matrix to reviewed cells', async () => {
    await page.locator('.review-queue .queue-item').first().click();
    await page.locator('.evidence-drawer .review-status.review-unreviewed').first().waitFor();
    await page.locator('input[name="reviewed-only"]').check();
    await page.waitForFunction(() => document.querySelectorAll('button.cell').length === 3);
    const reviewedCells = await page.locator('button.cell').evaluateAll((buttons) => buttons.map((button) => `${button.getAttribute('data-party')} ${button.getAttribute('data-issue')}`).sort());
    assert.deepEqual(reviewedCells, ['ru alliance.ukraine_neutrality', 'ua territory.recognize_annexation', 'ua territory.russia_withdraws']);
  });
});
