import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { articlePage, rssFeed, STORY, startServer, type TestServer } from '../ingest/web/test-server.js';
import { buildReport } from '../report/build-report.js';
import type { Report, ReportCasualty } from '../report/contract.js';
import type { ReportInput } from '../report/report-input.js';
import { validateReportSchema } from '../report/validate-report.js';
import { openSqliteStore } from '../storage/index.js';
import { contextOf } from '../testing/document-of.js';
import { describeDiff, diffSince, type ReportDiff } from './diff-reports.js';
import { type PollResult, pollOnce, watch } from './watch.js';

/** Fictional updates on a port accident, published over three polls. */
const PAGES: Record<string, { title: string; paragraphs: string[] }> = {
  '/p1': {
    title: 'Cranes collapse at Vellmar port',
    paragraphs: [...STORY.harbour, 'The port authority said 327 workers were injured in the collapse.'],
  },
  '/p2': { title: 'Oskarvik bridge closed', paragraphs: [...STORY.bridge] },
  '/p3': {
    title: 'Vellmar toll rises',
    paragraphs: [
      'Engineers finished inspecting the northern quay at Vellmar on Wednesday, a day after the cranes fell.',
      'The port authority said 412 workers were injured in the collapse, revising its earlier count upwards.',
      'The dockworkers union said it would hold a meeting with the authority about the safety of the cranes.',
      'Ships waiting outside the harbour were told that the southern terminal would keep working as normal.',
    ],
  },
  '/p4': { title: 'Brennholm flooded', paragraphs: [...STORY.flood] },
};

/**
 * The report builder plus casualty figures found with one fixed pattern, standing in for the casualty stage so the
 * test can follow one source's toll across polls.
 */
function withFigures(input: ReportInput): Report {
  const report = buildReport(input);
  const casualties: ReportCasualty[] = [];
  for (const { document } of input.documents) {
    for (const m of document.text.matchAll(/The port authority said (\d+) workers were injured/g)) {
      const start = (m.index ?? 0) + 'The port authority said '.length;
      casualties.push({
        count: Number(m[1]),
        category: 'workers',
        outcome: 'injured',
        period: null,
        as_of: null,
        place: null,
        source: 'src_port_authority',
        span: { doc: document.id, start, end: start + (m[1]?.length ?? 0) },
      });
    }
  }
  const sources = casualties.length
    ? [
        {
          id: 'src_port_authority',
          name: 'Vellmar port authority',
          aliases: [],
          kind: 'government' as const,
          affiliation: null,
        },
      ]
    : [];
  return { ...report, casualties, sources };
}

let server: TestServer;
let dir: string;
let feedItems: string[] = [];

before(async () => {
  server = await startServer();
  for (const [route, page] of Object.entries(PAGES)) {
    server.routes.set(route, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(articlePage({ ...page, outlet: 'Vellmar Harbour News', published: '2031-04-01T08:00:00Z' }));
    });
  }
  server.routes.set('/feed.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(
      rssFeed(
        feedItems.map((p) => ({ title: PAGES[p.split('?')[0] ?? '']?.title ?? p, link: `${server.origin}${p}` })),
      ),
    );
  });
  dir = await mkdtemp(path.join(os.tmpdir(), 'sitrep-watch-'));
  await writeFile(path.join(dir, 'feeds.txt'), `# the test feed\n${server.origin}/feed.xml\n`);
});

after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const WEB = { allowAddresses: ['127.0.0.1'], totalTimeoutMs: 3000 };

describe('watch', () => {
  it('three polls of a growing feed give incremental revisions and a diff naming exactly what changed', async () => {
    const store = openSqliteStore(path.join(dir, 'watch.db'));
    let clock = Date.parse('2031-04-01T10:00:00.000Z');
    const request = {
      store,
      context: contextOf(),
      feedFiles: [path.join(dir, 'feeds.txt')],
      web: WEB,
      documentStages: [],
      corpusStages: [],
      buildReport: withFigures,
      now: () => new Date(clock),
    };
    const lines = (diff: ReportDiff) => describeDiff(diff).map((l) => l.replace(server.origin, ''));
    try {
      // Poll 1: two items.
      feedItems = ['/p1', '/p2'];
      const first = await pollOnce(request);
      assert.deepEqual(lines(first.diff), [
        'New document: “Cranes collapse at Vellmar port” — /p1',
        'New document: “Oskarvik bridge closed” — /p2',
        'New figure: Vellmar port authority, workers injured: 327',
      ]);
      assert.equal(first.revision?.previousReportId, null);
      assert.deepEqual(validateReportSchema(first.report), []);

      // Poll 2: the feed gains the revised toll and repeats p2 under a tracking link; p1 and p2 are not fetched again.
      clock += 600_000;
      feedItems = ['/p3', '/p2?utm_source=rss', '/p1', '/p2'];
      const hitsBefore = server.hits.length;
      const second = await pollOnce(request);
      assert.deepEqual(lines(second.diff), [
        'New document: “Vellmar toll rises” — /p3',
        'Revised figure: Vellmar port authority, workers injured: 327 → 412',
      ]);
      assert.deepEqual(server.hits.slice(hitsBefore), ['/feed.xml', '/p3']);
      assert.equal(second.revision?.previousReportId, first.reportId);
      assert.equal(second.report.documents.length, 3);

      // Poll 3: nothing new: no report, no revision.
      clock += 600_000;
      const third = await pollOnce(request);
      assert.equal(third.revision, null);
      assert.equal(third.reportId, second.reportId);
      assert.deepEqual(third.newDocuments, []);

      // Poll 4: one more item.
      clock += 600_000;
      feedItems = ['/p4', '/p3', '/p1', '/p2'];
      const fourth = await pollOnce(request);
      assert.deepEqual(lines(fourth.diff), ['New document: “Brennholm flooded” — /p4']);

      assert.equal(store.listRevisions().length, 3);
      assert.equal(store.listRevisions('2031-04-01T10:05:00.000Z').length, 2);
      const since = diffSince(store, { kind: 'time', iso: '2031-04-01T10:05:00.000Z' });
      assert.deepEqual(lines(since.diff), [
        'New document: “Vellmar toll rises” — /p3',
        'New document: “Brennholm flooded” — /p4',
        'Revised figure: Vellmar port authority, workers injured: 327 → 412',
      ]);
    } finally {
      store.close();
    }
  });

  it('watch() stops between polls when its signal aborts', async () => {
    const store = openSqliteStore(':memory:');
    feedItems = ['/p2'];
    const controller = new AbortController();
    const polls: PollResult[] = [];
    const started = Date.now();
    const count = await watch({
      store,
      context: contextOf(),
      feedFiles: [path.join(dir, 'feeds.txt')],
      web: WEB,
      documentStages: [],
      corpusStages: [],
      everyMs: 60_000,
      signal: controller.signal,
      onPoll: (r) => {
        polls.push(r);
        setTimeout(() => controller.abort(), 20);
      },
    });
    store.close();
    assert.equal(count, 1);
    assert.equal(polls[0]?.newDocuments.length, 1);
    assert.ok(Date.now() - started < 10_000, 'the pause is cut short');
  });
});
