/**
 * Reviewing in the dashboard (chromium via playwright-core, API on loopback, a temporary SQLite store of the
 * example articles): confirm one card, reject another from the keyboard, correct a third's stance, add a missed
 * position from selected text; the matrix, its coverage, the deal check and the timeline's shifts follow, and a reload keeps it all.
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
  /** Closes the evidence drawer and shows the Russian timeline's shifts for the screenshot. */
  const showRussianShifts = async () => {
    await page.keyboard.press('Escape');
    await page.locator('.evidence-drawer').waitFor({ state: 'detached' });
    await page.locator('.timeline h3', { hasText: 'Shifts' }).scrollIntoViewIfNeeded();
  };
  /** Selects `quote` in the open drawer's article text, as an analyst's mouse would. */
  const selectInArticle = (quote: string) => page.evaluate((quote) => {
    const article = [...document.querySelectorAll('.evidence-drawer .article')].find((box) => box.textContent?.includes(quote))!;
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(quote);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
  }, quote);

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
    await selectInArticle('far apart on territory');
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

  test('adding, correcting and rejecting positions create, change and remove a confirmed shift on the timeline, and a reload keeps it', async () => {
    // The examples hold no shift: Russia's red-line demand for Ukraine's neutrality is stated once, on 2 June.
    await page.locator('select[name="timeline-party"]').selectOption('ru');
    const ruTimeline = page.locator('.timeline [data-party="ru"]');
    const ruShifts = ruTimeline.locator('ul.shifts li');
    const noShift = ruTimeline.getByText('No confirmed change of stance or strength for this party.');
    await noShift.waitFor();

    // One direct statement a day later at another strength confirms a new state: a shift.
    await page.locator('input[name="reviewed-only"]').uncheck();
    await open('ua', 'ceasefire.immediate');
    const card = page.locator('.evidence-drawer .evidence-card').first();
    await selectInArticle("Moscow's demand");
    await card.locator('.review-add').click();
    const form = card.locator('.review-form', { hasText: "Moscow's demand" });
    await form.locator('select[name="holder"]').selectOption('ru');
    await form.locator('select[name="issue"]').selectOption('alliance.ukraine_neutrality');
    await form.locator('select[name="stance"]').selectOption('demand');
    await form.locator('select[name="strength"]').selectOption('firm');
    await form.locator('select[name="mode"]').selectOption('direct');
    await form.locator('button[type="submit"]').click();
    await ruShifts.filter({ hasText: '2025-06-03' }).filter({ hasText: 'demands (red line) → demands (firm)' }).waitFor();
    await showRussianShifts();
    await shot('review-4-shift-added');

    // Correcting the stance of the statement it starts from changes the shift from a softening to a reversal.
    await open('ru', 'alliance.ukraine_neutrality');
    const kremlinCard = page.locator('.evidence-drawer .evidence-card', { hasText: 'Kremlin restates its conditions' });
    await kremlinCard.locator('.review-correct').click();
    await kremlinCard.locator('.review-form select[name="stance"]').selectOption('reject');
    await kremlinCard.locator('.review-form button[type="submit"]').click();
    await ruShifts.filter({ hasText: 'rejects (red line) → demands (firm)' }).waitFor();
    assert.equal(await ruShifts.count(), 1);

    await page.reload();
    await page.locator('table.matrix').waitFor();
    await ruShifts.filter({ hasText: 'rejects (red line) → demands (firm)' }).waitFor();
    assert.equal(await ruShifts.count(), 1);
    await showRussianShifts();
    await shot('review-5-shift-reloaded');

    // Rejecting the added statement leaves one state only: no shift.
    await page.locator('input[name="review-token"]').fill('ana-token');
    await open('ru', 'alliance.ukraine_neutrality');
    const addedCard = page.locator('.evidence-drawer .evidence-card', { has: page.locator('.review-status.review-added') });
    await addedCard.locator('.review-actions').focus();
    await page.keyboard.press('x');
    await addedCard.waitFor({ state: 'detached' });
    await noShift.waitFor();
    await page.reload();
    await noShift.waitFor();
    assert.equal(await ruShifts.count(), 0);
  });
});
