import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { ReportApi } from '../app/report-api.js';
import { emptyMeta } from '../model/index.js';
import { FIXTURE_TEXTS, fixtureReport } from '../report/html/fixture-report.js';
import { MemoryStore } from '../storage/index.js';
import { createApp } from './app.js';
import { startServer } from './server.js';

function storeWithReport(): MemoryStore {
  const store = new MemoryStore();
  for (const [id, text] of Object.entries(FIXTURE_TEXTS)) {
    const contentHash = createHash('sha256').update(text).digest('hex');
    store.saveDocument({ id, input: `fixture/${id}.txt`, text, meta: { ...emptyMeta }, contentHash });
  }
  store.saveReport({
    id: 'report_1',
    createdAt: '2031-03-04T00:00:00Z',
    documentIds: ['doc_a', 'doc_b', 'doc_c'],
    report: fixtureReport(),
  });
  return store;
}

const appOver = (store = storeWithReport()) => createApp(new ReportApi(store), { version: '0.0.0-test' });

async function json(path: string, app = appOver()) {
  const res = await app.request(path);
  // biome-ignore lint/suspicious/noExplicitAny: the tests read arbitrary JSON bodies
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

describe('the JSON API', () => {
  it('lists with pagination and totals', async () => {
    const { status, body } = await json('/api/claims?limit=2&offset=1');
    assert.equal(status, 200);
    assert.equal(body.total, 7);
    assert.equal(body.limit, 2);
    assert.equal(body.offset, 1);
    assert.deepEqual(
      body.items.map((c: { id: string }) => c.id),
      ['claim_1b', 'claim_2'],
    );
  });

  it('filters by date range, place, type, source and status', async () => {
    const ids = async (path: string) =>
      (await json(path)).body.items.map((x: { id?: string; count?: number }) => x.id ?? x.count);
    assert.deepEqual(await ids('/api/events?from=2031-03-02'), ['event_2', 'event_3']);
    assert.deepEqual(await ids('/api/events?from=2031-03-01&to=2031-03-01'), ['event_1', 'event_3']);
    assert.deepEqual(await ids('/api/events?place=brennick'), ['event_1']);
    assert.deepEqual(await ids('/api/events?type=Battles'), ['event_3']);
    assert.deepEqual(await ids('/api/events?source=Civil%20Watch'), ['event_1']);
    assert.deepEqual(await ids('/api/claims?status=denied'), ['claim_3']);
    assert.deepEqual(await ids('/api/claims?source=src_watch'), ['claim_2', 'claim_6']);
    assert.deepEqual(await ids('/api/casualties?source=Health%20Ministry&type=killed'), [8, 11]);
    assert.deepEqual(await ids('/api/places?type=town'), ['place_ostvale']);
    assert.deepEqual(await ids('/api/sources?type=military'), ['src_army']);
    assert.equal((await json('/api/provenance?type=rewrite')).body.total, 1);
    assert.equal((await json('/api/documents?source=harbor')).body.items[0].id, 'doc_b');
  });

  it('serves one document with its text from the store', async () => {
    const { status, body } = await json('/api/documents/doc_c');
    assert.equal(status, 200);
    assert.equal(body.text, FIXTURE_TEXTS.doc_c);
    assert.equal((await json('/api/documents/nope')).status, 404);
    assert.equal((await json('/api/documents')).body.items[0].text, undefined);
  });

  it('answers errors as JSON with a status', async () => {
    const bad = await json('/api/events?limit=0');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error, 'bad_query');
    assert.match(bad.body.message, /limit=0/);
    assert.equal((await json('/api/events?from=yesterday')).status, 400);
    assert.equal((await json('/api/events?colour=red')).status, 400);
    const missing = await json('/api/nothing');
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error, 'not_found');
    const empty = await json('/api/events', appOver(new MemoryStore()));
    assert.equal(empty.status, 404);
    assert.equal(empty.body.error, 'no_report');
  });

  it('describes itself in OpenAPI 3.1', async () => {
    const { body } = await json('/api/openapi.json');
    assert.equal(body.openapi, '3.1.0');
    for (const p of [
      'documents',
      'documents/{id}',
      'events',
      'claims',
      'places',
      'casualties',
      'provenance',
      'sources',
    ]) {
      assert.ok(body.paths[`/api/${p}`], p);
    }
  });
});

describe('the dashboard', () => {
  it('renders the latest report live, with a CSP matching its script and security headers', async () => {
    const store = storeWithReport();
    const app = appOver(store);
    const res = await app.request('/');
    assert.equal(res.status, 200);
    const html = await res.text();
    const csp = res.headers.get('content-security-policy')!;
    assert.match(csp, /default-src 'none'; script-src 'sha256-/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.match(html, /Live: stored report report_1/);
    assert.match(html, /<q>The Karsovan Army denied targeting residential streets.<\/q>/, 'texts come from the store');
    assert.ok(!html.includes('<img src=x onerror'));

    const next = { ...fixtureReport(), events: [] };
    store.saveReport({ id: 'report_2', createdAt: '2031-03-05T00:00:00Z', documentIds: [], report: next });
    assert.match(await (await app.request('/')).text(), /Live: stored report report_2/);
    assert.equal((await json('/api/events', app)).body.total, 0);
  });

  it('says what to do when nothing is stored', async () => {
    const res = await appOver(new MemoryStore()).request('/');
    assert.equal(res.status, 404);
    assert.match(await res.text(), /run sitrep analyze/);
  });

  it('binds 127.0.0.1 by default', async () => {
    const server = await startServer(appOver(), { port: 0 });
    try {
      assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${server.url}api/sources`);
      assert.equal(((await res.json()) as { total: number }).total, 4);
    } finally {
      await server.close();
    }
  });
});
