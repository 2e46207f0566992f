/**
 * The dashboard in a real browser (Debian's chromium driven by playwright-core) against the API on a loopback port,
 * over a temporary SQLite store of scripted articles (ten parties, several outlets, a state-media outlet, a
 * disagreement, a shift, an undated article). Screenshots of each step go to test-results/; with
 * REDLINES_UPDATE_SCREENSHOTS=1 the desktop and phone views are also written to docs/screenshots/ for the README.
 */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { buildApp } from '../../src/api/index.ts';
import { openNegotiationStore } from '../../src/api/negotiation-store.test-helper.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { DEFAULT_PACK_NAME, loadPack } from '../../src/packs/index.ts';
import { ensureDashboard } from '../../src/web/index.ts';

const CHROMIUM = '/usr/bin/chromium';
const TOKEN = 'browser-test-token';
const SCREENSHOTS = join(import.meta.dirname, '../../test-results');
const README_SCREENSHOTS = join(import.meta.dirname, '../../docs/screenshots');
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`;
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

describe('dashboard in chromium', { skip }, () => {
  let store: Store;
  let app: FastifyInstance;
  let emptyStore: Store;
  let emptyApp: FastifyInstance;
  let address: string;
  let emptyAddress: string;
  let profile: string;
  let browser: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    // Built afresh, so the test never runs against a bundle older than the sources.
    const webRoot = await ensureDashboard({ force: true });
    const opened = await openNegotiationStore(join(mkdtempSync(join(tmpdir(), 'redlines-web-')), 'redlines.db'));
    store = opened.store;
    app = await buildApp({ store, pack: opened.pack, token: TOKEN, webRoot });
    address = await app.listen({ host: '127.0.0.1', port: 0 });
    emptyStore = await openStore(':memory:');
    emptyApp = await buildApp({ store: emptyStore, pack: loadPack(DEFAULT_PACK_NAME), token: TOKEN, webRoot });
    emptyAddress = await emptyApp.listen({ host: '127.0.0.1', port: 0 });
    mkdirSync(SCREENSHOTS, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'redlines-chromium-'));
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: DESKTOP,
      acceptDownloads: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    await browser.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: address });
    page = browser.pages()[0] ?? await browser.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await emptyApp?.close();
    await store?.close();
    await emptyStore?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    assert.deepEqual(pageErrors, [], 'the page threw');
  });

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  const open = async (search = '') => {
    await page.goto(`${address}/${search}`);
    await page.locator('table.matrix').waitFor();
  };
  const cell = (party: string, issue: string) => page.locator(`button.cell[data-party="${party}"][data-issue="${issue}"]`);
  const headers = () => page.locator('table.matrix thead th[data-party]').evaluateAll((cells) => cells.map((th) => th.getAttribute('data-party')));
  const search = () => new URL(page.url()).searchParams;
  /** Holds the answers to the requests `matching` picks until `release` is called; `answered` settles once one was passed on. */
  const holdAnswers = async (matching: (url: URL) => boolean) => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let delivered!: () => void;
    const answered = new Promise<void>((resolve) => (delivered = resolve));
    await page.route(matching, async (route: Route) => {
      await gate;
      // The page may have aborted the request meanwhile, which is the point.
      await route.continue().catch(() => undefined);
      delivered();
    });
    return { release, answered, stop: () => page.unroute(matching) };
  };

  test('fits eight parties or more at 1280 px with no sideways scrolling, most positions first', async () => {
    await page.setViewportSize(DESKTOP);
    await open();
    const parties = await headers();
    assert.ok(parties.length >= 8, `columns shown: ${parties.join(', ')}`);
    assert.equal(parties[0], 'ru', 'Russia has most positions');
    const overflow = await page.evaluate(() => {
      const box = document.querySelector('.matrix-scroll')!;
      return { box: box.scrollWidth - box.clientWidth, page: document.documentElement.scrollWidth - innerWidth };
    });
    assert.deepEqual(overflow, { box: 0, page: 0 });
    await shot('1-desktop');
  });

  test('keeps the party header and the issue column in view while the matrix scrolls', async () => {
    await page.setViewportSize({ width: 900, height: 500 });
    await open('?parties=ru,ua,eu,us,cn,de,fr,gb,pl,tr');
    const box = page.locator('.matrix-scroll');
    await box.evaluate((element) => element.scrollTo(400, 300));
    const [boxTop, boxLeft] = await box.evaluate((element) => [element.getBoundingClientRect().top, element.getBoundingClientRect().left]);
    const header = await page.locator('table.matrix thead th[data-party]').first().boundingBox();
    const issue = await page.locator('table.matrix tbody th[scope="row"]').last().boundingBox();
    assert.ok(Math.abs(header!.y - boxTop!) <= 2, `header at ${header!.y}, box top at ${boxTop}`);
    assert.ok(Math.abs(issue!.x - boxLeft!) <= 2, `issue column at ${issue!.x}, box left at ${boxLeft}`);
    await shot('2-sticky-headers');
    await page.setViewportSize(DESKTOP);
  });

  test('chooses and reorders parties, and folds an issue family, all kept in the URL', async () => {
    await open();
    await page.locator('.party-picker summary').click();
    await page.locator('.party-picker li[data-party="ua"] button[aria-label^="move"][aria-label$="left"]').click();
    await page.locator('.party-picker li[data-party="tr"] input[type="checkbox"]').uncheck();
    const parties = await headers();
    assert.equal(parties[0], 'ua');
    assert.equal(parties[1], 'ru');
    assert.ok(!parties.includes('tr'));
    assert.equal(search().get('parties'), parties.join(','));
    await page.locator('.party-picker summary').click();
    await page.locator('tbody[data-family="territory"] button.fold').click();
    assert.equal(await page.locator('tbody[data-family="territory"] tr').count(), 1, 'only the family row stays');
    assert.equal(search().get('fold'), 'territory');
    await page.reload();
    await page.locator('table.matrix').waitFor();
    assert.deepEqual(await headers(), parties);
    assert.equal(await page.locator('tbody[data-family="territory"] button.fold').getAttribute('aria-expanded'), 'false');
  });

  test('opens a cell in a side drawer with the evidence highlighted, closes on Escape and gives focus back', async () => {
    await open();
    await cell('ua', 'territory.recognize_annexation').click();
    const mark = page.locator('.evidence-drawer .article mark').first();
    await mark.waitFor();
    assert.match(await mark.textContent() ?? '', /recognise the annexation/);
    assert.ok(await page.locator('.evidence-drawer .badge.mode-direct').count() > 0);
    const drawer = await page.locator('.evidence-drawer').boundingBox();
    assert.ok(drawer!.x > DESKTOP.width / 2 && drawer!.x + drawer!.width <= DESKTOP.width, 'a drawer on the right');
    assert.equal(search().get('cell'), 'ua:territory.recognize_annexation');
    await shot('3-evidence-drawer');
    await page.keyboard.press('Escape');
    await page.locator('.evidence-drawer').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-party')), 'ua');
    assert.equal(search().get('cell'), null);
  });

  test('lists the disagreeing evidence of a ⚑ cell by stance, with dates', async () => {
    await open();
    const flagged = cell('ru', 'ceasefire.immediate');
    assert.equal(await flagged.locator('.disagrees').count(), 1);
    await flagged.click();
    const groups = page.locator('.evidence-drawer .evidence-group');
    await page.locator('.evidence-drawer .evidence-card').nth(2).waitFor();
    assert.match(await groups.nth(0).locator('h3').textContent() ?? '', /^Current position: rejects \(firm\) · 2 documents · latest 2025-02-14/);
    assert.match(await groups.nth(1).locator('h3').textContent() ?? '', /^Disagrees: accepts \(soft\) · 1 document · latest 2025-03-20/);
    assert.match(await groups.nth(1).locator('mark').textContent() ?? '', /could accept a pause/);
    assert.match(await groups.nth(1).locator('.facts').textContent() ?? '', /2025-03-20.*tass\.ru/);
    await shot('4-disagreement');
    if (process.env.REDLINES_UPDATE_SCREENSHOTS === '1') {
      mkdirSync(README_SCREENSHOTS, { recursive: true });
      copyFileSync(join(SCREENSHOTS, '4-disagreement.png'), join(README_SCREENSHOTS, 'desktop.png'));
    }
  });

  test('never shows a delayed evidence answer under a newer title', async () => {
    await open();
    const { release, answered, stop } = await holdAnswers((url) => url.pathname === '/api/evidence' && url.searchParams.get('party') === 'ru');
    await cell('ru', 'territory.recognize_annexation').click();
    await page.locator('#evidence-title', { hasText: 'Russia' }).waitFor();
    await cell('ua', 'territory.recognize_annexation').click();
    await page.locator('.evidence-drawer .evidence-card').first().waitFor();
    release();
    await answered;
    await page.waitForTimeout(300);
    assert.match(await page.locator('#evidence-title').textContent() ?? '', /^Ukraine on/);
    const facts = await page.locator('.evidence-drawer .facts').allTextContents();
    assert.ok(facts.length > 0 && facts.every((text) => text.includes('Ukraine rejects')), facts.join(' | '));
    await stop();
  });

  test('never shows a delayed timeline under a newer party', async () => {
    await open();
    const { release, answered, stop } = await holdAnswers((url) => url.pathname === '/api/timeline' && url.searchParams.get('party') === 'us');
    const select = page.locator('select[name="timeline-party"]');
    await select.selectOption('us');
    await page.locator('.timeline-loading', { hasText: 'United States' }).waitFor();
    await select.selectOption('ua');
    await page.locator('.timeline [data-party="ua"]').waitFor();
    release();
    await answered;
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.timeline [data-party]').getAttribute('data-party'), 'ua');
    assert.equal(search().get('party'), 'ua');
    await stop();
  });

  test('draws the timeline as steps on labelled levels, marks the shift and lists the undated statement', async () => {
    await open('?party=ua');
    const nato = page.locator('.issue-chart[data-issue="alliance.ukraine_nato_membership"]');
    await nato.waitFor();
    assert.match(await nato.locator('.chart').getAttribute('aria-label') ?? '', /2025-01-10: demands \(firm\).*2025-04-02: accepts \(soft\)/);
    assert.match(await page.locator('.shifts').textContent() ?? '', /2025-04-02 · Ukraine joins NATO: demands \(firm\) → accepts \(soft\)/);
    const undated = page.locator('.undated');
    assert.match(await undated.locator('h3').textContent() ?? '', /Undated statements \(1\)/);
    await undated.locator('button').click();
    await page.locator('.evidence-drawer mark', { hasText: 'Ukraine will not give up its land.' }).waitFor();
    await page.keyboard.press('Escape');
    const [svgFile] = await Promise.all([page.waitForEvent('download'), nato.locator('button', { hasText: 'SVG' }).click()]);
    const svg = readFileSync((await svgFile.path())!, 'utf8');
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(svg, />Ukraine joins NATO<\/text>/);
    assert.match(svg, /<path d="M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+H[\d.]+"/, 'four statements as steps');
    const [pngFile] = await Promise.all([page.waitForEvent('download'), nato.locator('button', { hasText: 'PNG' }).click()]);
    assert.deepEqual([...readFileSync((await pngFile.path())!).subarray(1, 4)], [...Buffer.from('PNG')]);
    await nato.scrollIntoViewIfNeeded();
    await shot('5-timeline');
  });

  test('applies the filters to every view and keeps them over a reload', async () => {
    await open('?party=ru');
    await page.locator('.outlet-picker summary').click();
    const outlets = await page.locator('.outlet-picker input[name="outlet"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    assert.deepEqual([...outlets].sort(), ['example.org', 'news.example.com', 'tass.ru']);
    await page.locator('.outlet-picker input[value="tass.ru"]').check();
    await page.locator('.outlet-picker summary').click();
    await page.waitForFunction(() => document.querySelectorAll('table.matrix thead th[data-party]').length === 1);
    assert.deepEqual(search().getAll('outlet'), ['tass.ru']);
    await page.locator('.verdict[data-party="ru"]').waitFor();
    assert.equal(await page.locator('.verdict').count(), 1, 'the deal builder reads the same records');
    await page.locator('.timeline [data-party="ru"]').waitFor();
    assert.equal(await page.locator('.issue-chart').count(), 3, 'TASS reports Moscow on three issues');
    await page.reload();
    await page.locator('table.matrix').waitFor();
    assert.deepEqual(await headers(), ['ru']);
    assert.equal(await page.locator('.outlet-picker input[value="tass.ru"]').isChecked(), true);
    await page.locator('input[name="excludeStateMedia"]').check();
    await page.locator('.matrix-placeholder', { hasText: 'No positions match these filters.' }).waitFor();
    assert.equal(search().get('stateMedia'), 'exclude');
    await page.locator('.filters button', { hasText: 'clear filters' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table.matrix thead th[data-party]').length > 1);
  });

  test('restores filters, the open cell, the timeline party and the deal from a permalink', async () => {
    const permalink = '?since=2025-01-01&outlet=example.org&outlet=news.example.com&cell=ru:ceasefire.immediate&party=ua&grant=territory.recognize_annexation&concede=ru,ua';
    await page.goto(`${address}/${permalink}`);
    await page.locator('#evidence-title', { hasText: 'Russia on' }).waitFor();
    assert.equal(await page.locator('input[name="since"]').inputValue(), '2025-01-01');
    assert.equal(await page.locator('.outlet-picker input[value="news.example.com"]').isChecked(), true);
    assert.equal(await page.locator('.outlet-picker input[value="tass.ru"]').isChecked(), false);
    await page.locator('.evidence-drawer .evidence-card').first().waitFor();
    assert.equal(await page.locator('.evidence-drawer .evidence-group').count(), 1, 'without TASS the ceasefire cell holds one stance');
    assert.equal(await page.locator('select[name="timeline-party"]').inputValue(), 'ua');
    assert.equal(await page.locator('[data-issue="territory.recognize_annexation"] input[value="true"]').isChecked(), true);
    assert.deepEqual(await page.locator('.concede input:checked').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value)), ['ru', 'ua']);
    await page.locator('.evidence-drawer .copy-link').click();
    await page.locator('.evidence-drawer .copy-link', { hasText: 'Link copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${address}/${permalink}`);
    await page.keyboard.press('Escape');
  });

  test('exports the shown matrix and an evidence list as CSV, and copies a citation', async () => {
    await open('?parties=ru,ua');
    const [matrixFile] = await Promise.all([page.waitForEvent('download'), page.locator('.matrix-toolbar button', { hasText: 'Download CSV' }).click()]);
    assert.equal(matrixFile.suggestedFilename(), 'redlines-matrix.csv');
    const rows = readFileSync((await matrixFile.path())!, 'utf8').trim().split('\n');
    assert.equal(rows[0], 'issue,proposition,party,party_name,stance,strength,documents,well_attested,disagreement,latest_date,alternatives');
    assert.ok(rows.slice(1).every((row) => /,(ru|ua),(Russia|Ukraine),/.test(row)), 'only the parties shown');
    assert.ok(rows.includes('ceasefire.immediate,"An immediate, comprehensive ceasefire (e.g. 30 days) before a final settlement",ru,Russia,reject,firm,2,true,true,2025-02-14,accept/soft:1'));
    const [jsonFile] = await Promise.all([page.waitForEvent('download'), page.locator('.matrix-toolbar button', { hasText: 'JSON' }).click()]);
    const shown = JSON.parse(readFileSync((await jsonFile.path())!, 'utf8')) as { parties: string[]; cells: { party: string }[] };
    assert.deepEqual(shown.parties, ['ru', 'ua']);
    assert.ok(shown.cells.length > 0 && shown.cells.every((shownCell) => ['ru', 'ua'].includes(shownCell.party)));
    await cell('ru', 'ceasefire.immediate').click();
    await page.locator('.evidence-drawer .evidence-card').nth(2).waitFor();
    const [evidenceFile] = await Promise.all([page.waitForEvent('download'), page.locator('.drawer-actions button', { hasText: 'Download CSV' }).click()]);
    const evidence = readFileSync((await evidenceFile.path())!, 'utf8').trim().split('\n');
    assert.match(evidence[0]!, /^id,doc,date,outlet,url,title,holder,issue,stance,strength,mode/);
    assert.equal(evidence.length, 4, 'a header and the three records');
    assert.ok(evidence.some((row) => row.includes('The Kremlin could accept a pause in the fighting.') && row.includes('tass.ru')));
    await page.locator('.evidence-card').first().locator('button', { hasText: 'Copy citation' }).click();
    await page.locator('.card-actions [role="status"]', { hasText: 'citation copied' }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()),
      'Opening positions before the talks. example.org. 2025-01-10. https://example.org/2025/01/10/opening. “Moscow rejects an immediate ceasefire.”');
    await page.keyboard.press('Escape');
  });

  test('shows forced values, open red lines, violations with evidence, and searches concessions for the chosen parties keeping the toggles', async () => {
    await open();
    const toggle = (issue: string) => page.locator(`[role="radiogroup"][data-issue="${issue}"]`);
    await page.locator('#deal-title').scrollIntoViewIfNeeded();
    await page.locator('.verdict[data-party="ru"]').waitFor();
    assert.match(await page.locator('.verdict[data-party="ru"]').textContent() ?? '', /Russia: 3 red lines still open/, 'nothing decided is not "kept"');
    await toggle('alliance.ukraine_nato_membership').locator('input[value="true"]').check();
    await toggle('alliance.ukraine_neutrality').locator('.forced-note').waitFor();
    assert.match(await toggle('alliance.ukraine_neutrality').locator('.forced-note').textContent() ?? '',
      /denied by the relations: “Ukraine takes a neutral, non-bloc, non-aligned status” excludes “Ukraine joins NATO”/);
    const violation = page.locator('.verdict.broken[data-party="ru"] .violation').first();
    await violation.waitFor();
    assert.match(await violation.textContent() ?? '', /demands \(red line\) “Ukraine takes a neutral, non-bloc, non-aligned status”, which the deal denies \(forced: /);
    await violation.locator('button', { hasText: 'evidence' }).click();
    await page.locator('.evidence-drawer mark', { hasText: 'Moscow demands a neutral Ukraine.' }).waitFor();
    await page.keyboard.press('Escape');
    for (const party of ['eu', 'us', 'cn', 'de', 'fr', 'gb', 'pl', 'tr']) await page.locator(`.concede input[value="${party}"]`).uncheck();
    await page.locator('button', { hasText: 'Find minimal concessions' }).click();
    const result = page.locator('.search-result');
    await result.waitFor();
    const text = await result.textContent() ?? '';
    assert.match(text, /No deal keeps every red line/);
    assert.match(text, /Russia demands “Ukraine takes a neutral, non-bloc, non-aligned status”/, 'membership is fixed, so neutrality must give');
    assert.deepEqual(search().get('concede'), 'ru,ua');
    await result.locator('button', { hasText: 'load deal' }).first().click();
    assert.equal(await toggle('alliance.ukraine_nato_membership').locator('input[value="true"]').isChecked(), true, 'the toggle was kept');
    await shot('6-deal');
    await page.locator('.propositions button', { hasText: 'open all' }).click();
  });

  test('shows collisions with the evidence of both sides, consistency per party, counts over time and a searchable document browser', async () => {
    await open('?tab=collisions');
    const collision = page.locator('.collision', { hasText: 'Russia demands (red line) “Recognition' });
    await collision.waitFor();
    assert.match(await collision.textContent() ?? '', /⟷ Ukraine rejects \(red line\)/);
    await collision.locator('button', { hasText: 'evidence of both sides' }).click();
    const sides = page.locator('.evidence-drawer .evidence-group');
    await page.locator('.evidence-drawer .evidence-card').nth(1).waitFor();
    assert.equal(await sides.count(), 2);
    assert.match(await sides.nth(1).locator('h3').textContent() ?? '', /^Ukraine rejects/);
    await page.keyboard.press('Escape');

    await page.locator('[role="tab"]', { hasText: 'Consistency' }).click();
    assert.equal(search().get('tab'), 'consistency');
    const ukraine = page.locator('.consistency details[data-party="ua"]');
    await ukraine.waitFor();
    assert.match(await ukraine.locator('summary').textContent() ?? '', /Ukraine \d+ % over \d+ comparisons?/);

    await page.locator('[role="tab"]', { hasText: 'Counts over time' }).click();
    await page.locator('.counts-chart canvas').waitFor();
    assert.match(await page.locator('.counts .hint').last().textContent() ?? '', /1 undated position\(s\) are not counted/);
    await page.locator('select[name="counts-by"]').selectOption('family');
    assert.equal(search().get('counts'), 'family');
    await page.locator('#analyses').scrollIntoViewIfNeeded();
    await shot('6b-counts');

    await page.locator('[role="tab"]', { hasText: 'Documents' }).click();
    await page.locator('input[name="document-search"]').fill('pause');
    await page.locator('.documents button[type="submit"]').click();
    const found = page.locator('.document-list button');
    await page.waitForFunction(() => document.querySelectorAll('.document-list button').length === 1);
    assert.equal(await found.textContent(), 'Kremlin on the ceasefire proposal');
    await found.click();
    const position = page.locator('.document-positions button', { hasText: 'Russia accepts (soft)' });
    await position.waitFor();
    await position.click();
    assert.equal(await page.locator('.document-view mark').textContent(), 'The Kremlin could accept a pause in the fighting.');
    await shot('6c-documents');
  });

  test('can be driven from the keyboard: Tab reaches a cell, Enter opens it, focus is visible', async () => {
    await open();
    await cell('ru', 'territory.recognize_annexation').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-party'));
    assert.equal(focused, 'ua');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.equal(outline, 'solid');
    await page.keyboard.press('Enter');
    await page.locator('#evidence-title', { hasText: 'Ukraine' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'evidence-title', 'focus moves into the drawer');
    await page.keyboard.press('Escape');
  });

  test('prints the matrix and the open evidence without controls, and follows a dark colour scheme', async () => {
    await open('?cell=ru:ceasefire.immediate');
    await page.locator('.evidence-drawer .evidence-card').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      filters: getComputedStyle(document.querySelector('.filters-panel')!).display,
      drawer: getComputedStyle(document.querySelector('.evidence-drawer')!).position,
      scroll: getComputedStyle(document.querySelector('.matrix-scroll')!).overflow,
    }));
    assert.deepEqual(printed, { filters: 'none', drawer: 'static', scroll: 'visible' });
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.keyboard.press('Escape');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.equal(background, 'rgb(18, 22, 26)');
    await shot('7-dark');
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  });

  test('on a phone, fits the page to the screen and opens the tapped cell as a full-screen sheet', async () => {
    await page.setViewportSize(PHONE);
    await open();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone screen`);
    assert.ok((await headers()).length >= 3);
    await shot('8-phone');
    if (process.env.REDLINES_UPDATE_SCREENSHOTS === '1') copyFileSync(join(SCREENSHOTS, '8-phone.png'), join(README_SCREENSHOTS, 'phone.png'));
    const target = cell('us', 'talks.leaders_meeting');
    await page.locator('.party-picker summary').click();
    await page.locator('.party-picker li[data-party="us"] input').check();
    await page.locator('.party-picker summary').click();
    await target.scrollIntoViewIfNeeded();
    await target.click();
    const mark = page.locator('.evidence-drawer mark').first();
    await mark.waitFor();
    const sheet = await page.locator('.evidence-drawer').boundingBox();
    assert.deepEqual([sheet!.x, sheet!.y, sheet!.width, sheet!.height], [0, 0, PHONE.width, PHONE.height], 'a full-screen sheet');
    const title = await page.locator('#evidence-title').boundingBox();
    const marked = await mark.boundingBox();
    for (const box of [title!, marked!]) assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height, `evidence in the viewport: ${JSON.stringify(box)}`);
    await shot('9-phone-evidence');
    if (process.env.REDLINES_UPDATE_SCREENSHOTS === '1') copyFileSync(join(SCREENSHOTS, '9-phone-evidence.png'), join(README_SCREENSHOTS, 'phone-evidence.png'));
    await page.locator('.evidence-drawer button.close').click();
    await page.locator('.evidence-drawer').waitFor({ state: 'detached' });
    await page.setViewportSize(DESKTOP);
  });

  test('adds an article with the token and lists its positions', async () => {
    await open();
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
    await shot('10-article-added');
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
    await open('?cell=ua:territory.recognize_annexation');
    const article = page.locator('.evidence-drawer .article', { hasText: '<script>' });
    await article.waitFor();
    assert.match(await article.textContent() ?? '', /<img src=x onerror=/);
    assert.equal(await page.locator('.evidence-drawer img, .evidence-drawer script, .evidence-drawer svg').count(), 0);
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as { __xss?: number }).__xss), undefined);
    assert.deepEqual(dialogs, []);
    await shot('11-xss-as-text');
  });

  test('says how to add articles when the database is empty, instead of loading forever', async () => {
    await page.goto(`${emptyAddress}/`);
    await page.locator('#empty-title', { hasText: 'No articles yet' }).waitFor();
    assert.match(await page.locator('.empty-state pre').textContent() ?? '', /redlines ingest/);
    assert.equal(await page.getByText('Loading', { exact: false }).count(), 0);
    assert.ok(await page.locator('.add-article form').isVisible());
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const served = await fetch(new URL(icon!, `${emptyAddress}/`));
    assert.equal(served.status, 200, 'the favicon is served');
    assert.match(await served.text(), /^<svg /);
    await shot('12-empty');
    const form = page.locator('.add-article form');
    await form.locator('input[name="token"]').fill(TOKEN);
    await form.locator('textarea[name="text"]').fill('Kyiv holds firm\nPresident Volodymyr Zelensky said Ukraine will never recognize the occupied territories as Russian.');
    await form.locator('button[type="submit"]').click();
    await page.locator('table.matrix').waitFor();
    assert.equal(await page.locator('#empty-title').count(), 0, 'the first article replaces the empty state with the matrix');
  });
});
