/** The behaviour every `Store` engine must show, run by each engine's test file against a real database. */
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { Doc, Pack, Position } from '../core/index.ts';
import type { PutDocumentMeta, Store } from './store.ts';

/** Tests an engine may leave out, with the reason written down. */
export interface ContractSkip {
  readonly reason: string;
  readonly tests: readonly string[];
}

/** How to run the contract for one engine. */
export interface StoreContractOptions {
  readonly name: string;
  /** Opens a store on a fresh, empty database (with no delay before a failed job is retried); `reopen` opens it again. */
  readonly open: () => Promise<{ store: Store; reopen: () => Promise<Store> }>;
  /** The whole suite is skipped when this is a string (the reason). */
  readonly skipAll?: string;
  readonly skip?: readonly ContractSkip[];
}

/** Registers the contract suite for one engine. */
export function runStoreContract({ name, open, skipAll, skip = [] }: StoreContractOptions): void {
  const opened: Store[] = [];
  const fresh = async (): Promise<Store> => {
    const { store } = await open();
    opened.push(store);
    return store;
  };
  const it = (title: string, body: () => Promise<void>): void => {
    const reason = skipAll ?? skip.find((entry) => entry.tests.includes(title))?.reason;
    test(title, reason === undefined ? {} : { skip: reason }, body);
  };

  describe(`Store contract: ${name}`, () => {
    after(async () => {
      await Promise.all(opened.map((store) => store.close()));
    });

    it('stores a document with its positions and reads them back', async () => {
      const store = await fresh();
      const doc = makeDoc('a.txt', 'Moscow rejects NATO membership for Ukraine.', { url: 'https://x.test/a', date: '2025-03-01', outlet: 'x.test', title: 'Talks' });
      const result = await store.putDocument(doc, [makePosition(doc, { holder: 'ru' })], meta('h-a', [1]));
      assert.equal(result.status, 'new');
      const stored = await store.getDocument(result.id);
      assert.deepEqual(stored?.doc, doc);
      assert.equal(stored?.version, 1);
      assert.equal(stored?.extractor, 'test@1');
      assert.equal(stored?.positionCount, 1);
      const [record] = await store.queryPositions();
      assert.deepEqual(record, {
        ...makePosition(doc, { holder: 'ru' }),
        id: record!.id,
        documentId: result.id,
        date: '2025-03-01',
        url: 'https://x.test/a',
        title: 'Talks',
      });
    });

    it('keeps the day a statement was made and where its document\'s date came from', async () => {
      const store = await fresh();
      const text = 'In March 2022, Kyiv offered neutrality.';
      const doc = { ...makeDoc('dated.txt', text, { url: 'https://x.test/d', date: '2026-03-12' }), dateSource: 'http-last-modified' as const };
      const statedOn = { start: 3, end: 13, date: '2022-03-01', quote: 'March 2022' };
      const { id } = await store.putDocument(doc, [makePosition(doc, { statedOn }), makePosition(doc, { holder: 'ru' })], meta('h-dated', [1]));
      assert.equal((await store.getDocument(id))?.doc.dateSource, 'http-last-modified');
      const records = await store.queryPositions();
      assert.deepEqual(records.map((record) => record.statedOn), [statedOn, undefined]);
      assert.equal(text.slice(statedOn.start, statedOn.end), statedOn.quote);
      assert.equal((await store.queryPositions({ documentIds: [id] })).length, 2);
      assert.equal((await store.queryPositions({ documentIds: [] })).length, 0);
      assert.equal((await store.queryPositions({ documentIds: [String(Number(id) + 1)] })).length, 0);
    });

    it('keeps the watcher\'s feed state and items across a reopen, and fires each alert key once, ever', async () => {
      const { store, reopen } = await open();
      opened.push(store);
      const state = { url: 'https://x.test/feed', etag: '"v2"', failures: 0, polledAt: '2026-03-12T10:00:00.000Z' };
      await store.watch.saveFeedState(state);
      await store.watch.saveFeedState({ ...state, failures: 2, lastError: 'HTTP 500', retryAt: '2026-03-12T10:30:00.000Z' });
      const item = { feed: state.url, item: 'https://x.test/a', contentHash: 'h1' };
      await store.watch.addItem(item, '7');
      await store.watch.addItem(item, '7');
      await store.watch.addItem({ ...item, item: 'https://x.test/b' }, '8');
      assert.deepEqual(await store.watch.uncheckedDocuments(), ['7', '8']);
      await store.watch.markChecked(['7']);
      const first = await store.watch.fireAlerts([{ key: 'k1', rule: 'new-red-line', body: { holder: 'ru' } }, { key: 'k2', rule: 'first-position', body: {} }]);
      assert.deepEqual(first.map((alert) => alert.key), ['k1', 'k2']);
      await store.watch.markDelivered([first[0]!.id], 'webhook:a');
      const again = await reopen();
      opened.push(again);
      assert.deepEqual(await again.watch.feedState(state.url), { ...state, failures: 2, lastError: 'HTTP 500', retryAt: '2026-03-12T10:30:00.000Z' });
      assert.equal(await again.watch.feedState('https://x.test/other'), undefined);
      assert.equal(await again.watch.hasItem(item), true);
      assert.equal(await again.watch.hasItem({ ...item, contentHash: 'h2' }), false);
      assert.deepEqual(await again.watch.uncheckedDocuments(), ['8']);
      assert.deepEqual(await again.watch.fireAlerts([{ key: 'k1', rule: 'new-red-line', body: {} }]), []);
      assert.deepEqual((await again.watch.listAlerts(10)).map((alert) => [alert.key, alert.body]), [['k2', {}], ['k1', { holder: 'ru' }]]);
      assert.deepEqual((await again.watch.undeliveredAlerts('webhook:a')).map((alert) => alert.key), ['k2']);
      assert.deepEqual((await again.watch.undeliveredAlerts('email:b')).map((alert) => alert.key), ['k1', 'k2']);
    });

    it('returns unchanged for the same content, adding nothing', async () => {
      const store = await fresh();
      const doc = makeDoc('a.txt', 'Kyiv demands security guarantees.');
      const first = await store.putDocument(doc, [makePosition(doc)], meta('h-same', [1]));
      const again = await store.putDocument({ ...doc, id: 'copy.txt' }, [makePosition(doc)], meta('h-same', [1]));
      assert.deepEqual(again, { status: 'unchanged', id: first.id });
      assert.equal(await store.findContent('h-same'), first.id);
      assert.equal(await store.findContent('h-other'), undefined);
      assert.equal((await store.queryPositions()).length, 1);
      assert.equal((await store.listDocuments()).length, 1);
    });

    it('stores a changed text at the same URL as a new version that replaces the old one', async () => {
      const store = await fresh();
      const url = 'https://x.test/live';
      const v1 = makeDoc('live', 'First text.', { url });
      const v2 = makeDoc('live', 'Second, corrected text.', { url });
      const first = await store.putDocument(v1, [makePosition(v1, { issue: 'old.issue' })], meta('h-v1', [1]));
      const second = await store.putDocument(v2, [makePosition(v2, { issue: 'new.issue' })], meta('h-v2', [2]));
      assert.equal(second.status, 'new-version');
      assert.equal((await store.getDocument(second.id))?.version, 2);
      assert.equal((await store.getDocument(first.id))?.replacedBy, second.id);
      assert.deepEqual((await store.queryPositions()).map((p) => p.issue), ['new.issue']);
      assert.deepEqual((await store.listDocuments()).map((d) => d.id), [second.id]);
      assert.equal((await store.listDocuments({ includeReplaced: true })).length, 2);
    });

    it('stores a different text at the same URL on another date as another document', async () => {
      const store = await fresh();
      const url = 'https://x.test/daily-update';
      const monday = makeDoc('monday', 'Monday update.', { url, date: '2025-03-17' });
      const tuesday = makeDoc('tuesday', 'Tuesday update.', { url, date: '2025-03-18' });
      await store.putDocument(monday, [makePosition(monday)], meta('h-mon', [1]));
      const second = await store.putDocument(tuesday, [makePosition(tuesday)], meta('h-tue', [2]));
      assert.equal(second.status, 'new');
      assert.equal((await store.listDocuments()).length, 2);
    });

    it('links a near-duplicate to its original with the similarity, offering only candidates that share a band', async () => {
      const store = await fresh();
      const original = makeDoc('wire.txt', 'The wire story.');
      const unrelated = makeDoc('other.txt', 'Something else.');
      const copy = makeDoc('copy.txt', 'The wire story, republished.');
      const first = await store.putDocument(original, [makePosition(original)], meta('h-orig', [10, 11]));
      await store.putDocument(unrelated, [], meta('h-unrelated', [20, 21]));
      let offered: string[] = [];
      const result = await store.putDocument(copy, [makePosition(copy)], {
        ...meta('h-copy', [11, 12]),
        findOriginal: (candidates) => {
          offered = candidates.map((c) => c.signature);
          return { id: candidates[0]!.id, similarity: 0.8 };
        },
      });
      assert.deepEqual(offered, ['sig-h-orig']);
      assert.deepEqual(result, { status: 'near-duplicate', id: result.id, duplicateOf: first.id, similarity: 0.8 });
      const stored = await store.getDocument(result.id);
      assert.equal(stored?.duplicateOf, first.id);
      assert.ok(Math.abs((stored?.similarity ?? 0) - 0.8) < 1e-6);
      assert.equal((await store.queryPositions()).length, 2);
      assert.equal((await store.queryPositions({ excludeDuplicates: true })).length, 1);
      assert.equal((await store.queryPositions()).find((p) => p.doc === 'copy.txt')?.duplicateOf, first.id);
    });

    it('links a copy of a copy to the first publication', async () => {
      const store = await fresh();
      const pick = { findOriginal: (c: readonly { id: string }[]) => (c.length ? { id: c[c.length - 1]!.id, similarity: 0.7 } : undefined) };
      const first = await store.putDocument(makeDoc('1', 'one'), [], { ...meta('h-1', [5]), ...pick });
      const second = await store.putDocument(makeDoc('2', 'two'), [], { ...meta('h-2', [5]), ...pick });
      const third = await store.putDocument(makeDoc('3', 'three'), [], { ...meta('h-3', [5]), ...pick });
      assert.equal(second.duplicateOf, first.id);
      assert.equal(third.duplicateOf, first.id);
    });

    it('stores nothing of a document whose positions cannot be stored', async () => {
      const store = await fresh();
      const doc = makeDoc('bad.txt', 'Broken.');
      const broken = { ...makePosition(doc), holder: null } as unknown as Position;
      await assert.rejects(store.putDocument(doc, [makePosition(doc), broken], meta('h-bad', [1])));
      assert.equal(await store.findContent('h-bad'), undefined);
      assert.equal((await store.queryPositions()).length, 0);
    });

    it('filters positions by party, issue, stance, strength, dates and outlet, and pages by id', async () => {
      const store = await fresh();
      const march = makeDoc('m.txt', 'March.', { date: '2025-03-10' });
      const may = makeDoc('y.txt', 'May.', { date: '2025-05-10' });
      await store.putDocument(march, [
        makePosition(march, { holder: 'ru', issue: 'i.a', stance: 'reject', strength: 'red_line', outlet: 'tass.ru' }),
        makePosition(march, { holder: 'ua', issue: 'i.b', stance: 'demand', strength: 'firm', outlet: 'tass.ru' }),
      ], meta('h-m', [1]));
      await store.putDocument(may, [
        makePosition(may, { holder: 'ru', issue: 'i.b', stance: 'accept', strength: 'soft', outlet: 'kyivindependent.com' }),
      ], meta('h-y', [2]));
      const docs = async (filter: Parameters<Store['queryPositions']>[0]) => (await store.queryPositions(filter)).map((p) => `${p.doc}:${p.holder}:${p.issue}`);
      assert.deepEqual(await docs({ party: 'ru' }), ['m.txt:ru:i.a', 'y.txt:ru:i.b']);
      assert.deepEqual(await docs({ issue: 'i.b' }), ['m.txt:ua:i.b', 'y.txt:ru:i.b']);
      assert.deepEqual(await docs({ stance: 'accept' }), ['y.txt:ru:i.b']);
      assert.deepEqual(await docs({ strength: 'red_line' }), ['m.txt:ru:i.a']);
      assert.deepEqual(await docs({ since: '2025-04-01' }), ['y.txt:ru:i.b']);
      assert.deepEqual(await docs({ until: '2025-03-10' }), ['m.txt:ru:i.a', 'm.txt:ua:i.b']);
      assert.deepEqual(await docs({ outlet: 'tass.ru', party: 'ua' }), ['m.txt:ua:i.b']);
      const [firstPage] = await store.queryPositions({ limit: 1 });
      assert.deepEqual(await docs({ afterId: firstPage!.id }), ['m.txt:ua:i.b', 'y.txt:ru:i.b']);
    });

    it('replaces positions atomically and records the extractor that produced them', async () => {
      const store = await fresh();
      const doc = makeDoc('r.txt', 'Text.');
      const { id } = await store.putDocument(doc, [makePosition(doc, { issue: 'i.old' }), makePosition(doc, { issue: 'i.old2' })], meta('h-r', [1]));
      await store.replacePositions(id, [makePosition(doc, { issue: 'i.new', extractor: 'rules@2:x' })], 'rules@2', 'pack@2');
      assert.deepEqual((await store.queryPositions()).map((p) => p.issue), ['i.new']);
      const stored = await store.getDocument(id);
      assert.equal(stored?.extractor, 'rules@2');
      assert.equal(stored?.pack, 'pack@2');
      const broken = { ...makePosition(doc), issue: null } as unknown as Position;
      await assert.rejects(store.replacePositions(id, [makePosition(doc, { issue: 'i.lost' }), broken], 'rules@3', 'pack@3'));
      assert.deepEqual((await store.queryPositions()).map((p) => p.issue), ['i.new']);
      await assert.rejects(store.replacePositions('999999', [], 'rules@2', 'pack@2'), /no document with id/);
    });

    it('counts its changes, seen by another connection, and a failed or unchanged write changes nothing', async () => {
      const { store, reopen } = await open();
      opened.push(store);
      const other = await reopen();
      opened.push(other);
      const start = await store.changeVersion();
      const doc = makeDoc('v.txt', 'Text.');
      const { id } = await store.putDocument(doc, [makePosition(doc)], meta('h-v', [1]));
      const afterPut = await other.changeVersion();
      assert.ok(afterPut > start);
      await store.putDocument(doc, [makePosition(doc)], meta('h-v', [1]));
      const broken = { ...makePosition(doc), issue: null } as unknown as Position;
      await assert.rejects(store.replacePositions(id, [broken], 'rules@3', 'pack@3'));
      assert.equal(await other.changeVersion(), afterPut);
      await store.replacePositions(id, [], 'rules@2', 'pack@2');
      assert.ok((await other.changeVersion()) > afterPut);
    });

    it('finds documents by words of their title or text', async () => {
      const store = await fresh();
      await store.putDocument(makeDoc('c.txt', 'Talks on Crimea stalled again.', { title: 'Geneva round' }), [], meta('h-c', [1]));
      await store.putDocument(makeDoc('s.txt', 'Sanctions relief was discussed.'), [], meta('h-s', [2]));
      assert.deepEqual((await store.listDocuments({ search: 'Crimea' })).map((d) => d.name), ['c.txt']);
      assert.deepEqual((await store.listDocuments({ search: 'geneva' })).map((d) => d.name), ['c.txt']);
      assert.deepEqual((await store.listDocuments({ search: 'sanctions relief' })).map((d) => d.name), ['s.txt']);
      assert.deepEqual((await store.listDocuments({ search: 'tribunal' })), []);
      assert.equal((await store.listDocuments({ limit: 1 })).length, 1);
    });

    it('records packs and ingest runs', async () => {
      const store = await fresh();
      await store.putPack(PACK);
      await store.putPack(PACK);
      const id = await store.startRun({ sources: ['dir/'], pack: 'test@1.0.0', extractor: 'rules@1' });
      await store.finishRun(id, { new: 2, unchanged: 1, newVersion: 0, nearDuplicate: 0, failed: 1 }, [{ source: 'x.txt', reason: 'empty file' }]);
      const [run] = await store.listRuns();
      assert.equal(run?.id, id);
      assert.deepEqual(run?.sources, ['dir/']);
      assert.deepEqual(run?.counts, { new: 2, unchanged: 1, newVersion: 0, nearDuplicate: 0, failed: 1 });
      assert.deepEqual(run?.failures, [{ source: 'x.txt', reason: 'empty file' }]);
      assert.ok(run?.finishedAt);
    });

    it('stores the same pack from several writers at once (workers starting together)', async () => {
      const store = await fresh();
      await Promise.all(Array.from({ length: 8 }, () => store.putPack(PACK)));
      await store.putPack(PACK);
    });

    it('keeps its data when the database is opened again', async () => {
      const { store, reopen } = await open();
      const doc = makeDoc('keep.txt', 'Kept.');
      const { id } = await store.putDocument(doc, [makePosition(doc)], meta('h-keep', [1]));
      await store.close();
      const again = await reopen();
      opened.push(again);
      assert.equal((await again.getDocument(id))?.doc.text, 'Kept.');
      assert.equal((await again.putDocument(doc, [], meta('h-keep', [1]))).status, 'unchanged');
    });

    it('records one verdict per reviewer and position identity, with the document it concerns', async () => {
      const store = await fresh();
      const doc = makeDoc('rv.txt', 'Moscow demands neutrality. Kyiv rejects it.', { date: '2025-04-01', outlet: 'x.test', url: 'https://x.test/rv' });
      const { id } = await store.putDocument(doc, [makePosition(doc, { holder: 'ru', stance: 'demand', evidence: { start: 0, end: 26, quote: doc.text.slice(0, 26) } })], meta('h-rv', [1]));
      const target = { documentId: id, holder: 'ru', issue: 'security.guarantees_for_ukraine', stance: 'demand' as const, evidence: { start: 0, end: 26 } };
      const first = await store.putReview({ target, reviewer: 'ana', verdict: 'confirmed' });
      assert.equal(first.verdict, 'confirmed');
      assert.equal(first.doc, 'rv.txt');
      assert.deepEqual(first.evidence, { start: 0, end: 26, quote: 'Moscow demands neutrality.' });
      assert.deepEqual(first.document, { date: '2025-04-01', outlet: 'x.test', url: 'https://x.test/rv', replaced: false });
      // The same reviewer again, on an overlapping span: the verdict is replaced, not added.
      const again = await store.putReview({ target: { ...target, evidence: { start: 7, end: 26 } }, reviewer: 'ana', verdict: 'corrected', fields: { strength: 'red_line' }, note: 'says "never"' });
      assert.equal(again.id, first.id);
      assert.deepEqual([again.verdict, again.fields, again.note], ['corrected', { strength: 'red_line' }, 'says "never"']);
      const other = await store.putReview({ target, reviewer: 'ben', verdict: 'rejected' });
      assert.notEqual(other.id, first.id);
      const added = await store.putReview({
        target: { documentId: id, holder: 'ua', issue: 'alliance.ukraine_neutrality', stance: 'reject', evidence: { start: 27, end: 43 } },
        reviewer: 'ana', verdict: 'added', fields: { strength: 'firm', mode: 'characterized' },
      });
      assert.equal(added.evidence.quote, 'Kyiv rejects it.');
      assert.deepEqual((await store.listReviews()).map((r) => [r.reviewer, r.verdict]), [['ana', 'corrected'], ['ben', 'rejected'], ['ana', 'added']]);
      assert.deepEqual((await store.listReviews({ reviewer: 'ben' })).map((r) => r.id), [other.id]);
      assert.deepEqual((await store.listReviews({ documentId: id })).length, 3);
      // Reviews attach to identities, so replacing the positions keeps them.
      await store.replacePositions(id, [], 'rules@2', 'pack@2');
      assert.equal((await store.listReviews()).length, 3);
      const log = await store.reviewLog();
      assert.deepEqual(log.map((change) => [change.reviewer, change.action, change.before?.verdict, change.after?.verdict]), [
        ['ana', 'review', undefined, 'added'], ['ben', 'review', undefined, 'rejected'], ['ana', 'review', 'confirmed', 'corrected'], ['ana', 'review', undefined, 'confirmed'],
      ]);
      assert.deepEqual((await store.reviewLog({ reviewer: 'ben', limit: 5 })).map((change) => change.reviewId), [other.id]);
    });

    it('undoes a reviewer\'s changes newest first, logging each undo and leaving other reviewers alone', async () => {
      const store = await fresh();
      const doc = makeDoc('un.txt', 'Kyiv demands guarantees.');
      const { id } = await store.putDocument(doc, [makePosition(doc)], meta('h-un', [1]));
      const target = { documentId: id, holder: 'ua', issue: 'security.guarantees_for_ukraine', stance: 'demand' as const, evidence: { start: 0, end: doc.text.length } };
      await store.putReview({ target, reviewer: 'ana', verdict: 'confirmed' });
      await store.putReview({ target, reviewer: 'ben', verdict: 'confirmed' });
      await store.putReview({ target, reviewer: 'ana', verdict: 'rejected', note: 'wrong holder' });
      const undo = await store.undoReview('ana');
      assert.deepEqual([undo?.action, undo?.before?.verdict, undo?.after?.verdict], ['undo', 'rejected', 'confirmed']);
      assert.deepEqual((await store.listReviews({ reviewer: 'ana' })).map((r) => [r.verdict, r.note]), [['confirmed', '']]);
      await store.undoReview('ana');
      assert.deepEqual(await store.listReviews({ reviewer: 'ana' }), []);
      assert.equal(await store.undoReview('ana'), undefined);
      assert.deepEqual((await store.listReviews()).map((r) => r.reviewer), ['ben']);
      const log = await store.reviewLog({ reviewer: 'ana' });
      assert.deepEqual(log.map((change) => change.action), ['undo', 'undo', 'review', 'review']);
      assert.ok(log.slice(2).every((change) => change.undoneAt !== undefined));
    });

    it('refuses a review that names no document, runs past the text or misuses its fields, naming the field', async () => {
      const store = await fresh();
      const doc = makeDoc('bad-review.txt', 'Short.');
      const { id } = await store.putDocument(doc, [], meta('h-br', [1]));
      const target = { documentId: id, holder: 'ua', issue: 'i.a', stance: 'demand' as const, evidence: { start: 0, end: 6 } };
      await assert.rejects(store.putReview({ target: { ...target, documentId: '999999' }, reviewer: 'ana', verdict: 'confirmed' }), /no document with id 999999/);
      await assert.rejects(store.putReview({ target: { ...target, evidence: { start: 0, end: 60 } }, reviewer: 'ana', verdict: 'added' }), /runs past the end/);
      await assert.rejects(store.putReview({ target, reviewer: 'ana', verdict: 'corrected' }), /fields: a correction names/);
      await assert.rejects(store.putReview({ target, reviewer: 'ana', verdict: 'confirmed', fields: { stance: 'reject' } }), /takes no fields/);
      await assert.rejects(store.putReview({ target, reviewer: '', verdict: 'confirmed' }), /reviewer/);
      assert.deepEqual(await store.reviewLog(), []);
    });

    it('hands each queued job to one worker, retries failures and then marks them dead', async () => {
      const store = await fresh();
      const queue = store.queue!;
      await queue.enqueue([makeDoc('q1', 'one'), makeDoc('q2', 'two')], 'test', { maxAttempts: 2 });
      const [a, b] = await Promise.all([queue.claim('w1'), queue.claim('w2')]);
      assert.notEqual(a?.id, b?.id);
      assert.deepEqual([a?.doc.id, b?.doc.id].sort(), ['q1', 'q2']);
      assert.equal(await queue.claim('w3'), undefined);
      const { id } = await store.putDocument(a!.doc, [], meta('h-q', [1]));
      await queue.complete(a!.id, id);
      assert.equal(await queue.fail(b!.id, 'boom'), 'queued');
      const retry = await queue.claim('w3');
      assert.deepEqual([retry?.id, retry?.attempts], [b!.id, 2]);
      assert.equal(await queue.fail(b!.id, 'boom again'), 'dead');
      assert.equal(await queue.claim('w3'), undefined);
      assert.deepEqual(await queue.counts(), { queued: 0, running: 0, done: 1, dead: 1 });
      assert.deepEqual((await queue.deadJobs()).map((job) => [job.name, job.lastError]), [[b!.doc.id, 'boom again']]);
    });
  });
}

const PACK: Pack = {
  id: 'test', name: 'Test', version: '1.0.0',
  parties: [{ id: 'ru', name: 'Russia', names: ['Russia'], adjectives: [], metonyms: [], officials: [], stateMedia: [] }],
  issues: [{ id: 'i.a', proposition: 'A', cues: [], opposites: [] }],
  relations: [],
  concessions: [],
};

function makeDoc(id: string, text: string, fields: Partial<Pick<Doc, 'url' | 'date' | 'title' | 'outlet'>> = {}): Doc {
  return { id, text, ...fields, body: { start: 0, end: text.length }, paragraphs: [{ start: 0, end: text.length }], messages: [] };
}

function makePosition(doc: Doc, fields: Partial<Position> = {}): Position {
  return {
    doc: doc.id, holder: 'ua', issue: 'security.guarantees_for_ukraine', stance: 'demand', strength: 'firm', mode: 'reported',
    speaker: '', intermediary: '', outlet: doc.outlet ?? '', conditions: ['ceasefire.immediate'],
    evidence: { start: 0, end: doc.text.length, quote: doc.text }, confidence: 0.75, extractor: 'test@1:rule', ...fields,
  };
}

function meta(contentHash: string, bands: number[]): PutDocumentMeta {
  return {
    fingerprint: { contentHash, signature: `sig-${contentHash}`, bands },
    extractor: 'test@1',
    pack: 'test@1.0.0',
    findOriginal: () => undefined,
  };
}
