import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { fixtureDir, ingest, removeFixtures } from '../test-fixtures.js';
import { articlePage, STORY } from '../web/test-server.js';

after(removeFixtures);

interface FixtureRecord {
  type: 'warcinfo' | 'request' | 'response' | 'metadata';
  uri?: string;
  /** The HTTP message (status line, headers, body) for request/response records, or any payload. */
  payload: Buffer | string;
  contentType?: string;
}

/** One WARC/1.0 record, written the way crawlers write them. */
function warcRecord(record: FixtureRecord, index: number): Buffer {
  const payload = Buffer.isBuffer(record.payload) ? record.payload : Buffer.from(record.payload, 'utf8');
  const contentType =
    record.contentType ??
    (record.type === 'response'
      ? 'application/http; msgtype=response'
      : record.type === 'request'
        ? 'application/http; msgtype=request'
        : 'application/warc-fields');
  const header = [
    'WARC/1.0',
    `WARC-Type: ${record.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}>`,
    'WARC-Date: 2031-04-01T10:00:00Z',
    ...(record.uri ? [`WARC-Target-URI: ${record.uri}`] : []),
    `Content-Type: ${contentType}`,
    `Content-Length: ${payload.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${header}\r\n\r\n`), payload, Buffer.from('\r\n\r\n')]);
}

const httpResponse = (status: string, headers: Record<string, string>, body: Buffer | string): Buffer => {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8');
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), bytes]);
};

const chunked = (body: string): string => {
  const half = Math.floor(body.length / 2);
  const parts = [body.slice(0, half), body.slice(half)].map((p) => `${Buffer.byteLength(p).toString(16)}\r\n${p}\r\n`);
  return `${parts.join('')}0\r\n\r\n`;
};

const harbour = articlePage({ title: 'Cranes collapse', outlet: 'Vellmar Harbour News', paragraphs: STORY.harbour });
const bridge = articlePage({ title: 'Bridge closed', paragraphs: STORY.bridge });
const flood = articlePage({ title: 'Brennholm flooded', paragraphs: STORY.flood });

/** A small crawl: info, a request, three HTML pages (plain, chunked, gzip), a 404, an image and a redirect. */
const RECORDS: FixtureRecord[] = [
  { type: 'warcinfo', payload: 'software: sitrep-test\r\nformat: WARC File Format 1.0\r\n' },
  {
    type: 'request',
    uri: 'https://vellmar.test/cranes',
    payload: 'GET /cranes HTTP/1.1\r\nHost: vellmar.test\r\n\r\n',
  },
  {
    type: 'response',
    uri: 'https://vellmar.test/cranes',
    payload: httpResponse('200 OK', { 'Content-Type': 'text/html; charset=utf-8' }, harbour),
  },
  {
    type: 'response',
    uri: 'https://oskarvik.test/bridge',
    payload: httpResponse('200 OK', { 'Content-Type': 'text/html', 'Transfer-Encoding': 'chunked' }, chunked(bridge)),
  },
  {
    type: 'response',
    uri: 'https://vellmar.test/gone',
    payload: httpResponse('404 Not Found', { 'Content-Type': 'text/html' }, '<p>Not found</p>'),
  },
  {
    type: 'response',
    uri: 'https://vellmar.test/logo.png',
    payload: httpResponse('200 OK', { 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47])),
  },
  {
    type: 'response',
    uri: 'https://vellmar.test/old',
    payload: httpResponse('301 Moved Permanently', { Location: 'https://vellmar.test/cranes' }, ''),
  },
  { type: 'metadata', uri: 'https://vellmar.test/cranes', payload: 'fetchTimeMs: 120\r\n' },
  {
    type: 'response',
    uri: 'https://brennholm.test/flood',
    payload: httpResponse('200 OK', { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }, gzipSync(flood)),
  },
];

const warc = (records: FixtureRecord[]): Buffer => Buffer.concat(records.map(warcRecord));
/** Each record its own gzip member, as Common Crawl writes .warc.gz. */
const warcGz = (records: FixtureRecord[]): Buffer => Buffer.concat(records.map((r, i) => gzipSync(warcRecord(r, i))));

describe('WARC', () => {
  for (const [name, bytes] of [
    ['crawl.warc', warc(RECORDS)],
    ['crawl.warc.gz', warcGz(RECORDS)],
  ] as const) {
    it(`${name}: reads HTML 200 responses only, with the target URI as the URL`, async () => {
      const dir = await fixtureDir({ [name]: bytes });
      const { documents, summary } = await ingest([path.join(dir, name)], {}, dir);
      assert.deepEqual(summary, [`${name}:3 document`, `${name}:4 document`, `${name}:9 document`]);
      assert.deepEqual(
        documents.map((d) => [d.meta.url, d.meta.title]),
        [
          ['https://vellmar.test/cranes', 'Cranes collapse'],
          ['https://oskarvik.test/bridge', 'Bridge closed'],
          ['https://brennholm.test/flood', 'Brennholm flooded'],
        ],
      );
      assert.equal(documents[0]?.meta.outlet, 'Vellmar Harbour News');
      assert.match(documents[1]?.text ?? '', /^The Oskarvik bridge was closed/m);
    });
  }

  it('is read inside a folder too', async () => {
    const dir = await fixtureDir({ 'crawl/a.warc.gz': warcGz(RECORDS.slice(0, 3)), 'crawl/b.txt': 'A short note.' });
    const { summary } = await ingest([dir], {}, dir);
    assert.deepEqual(summary, ['crawl/a.warc.gz:3 document', 'crawl/b.txt document']);
  });

  it('rejects a truncated file after the records it could read', async () => {
    const whole = warc(RECORDS.slice(0, 4));
    const dir = await fixtureDir({ 'cut.warc': whole.subarray(0, whole.length - 200) });
    const { summary, rejections } = await ingest([path.join(dir, 'cut.warc')], {}, dir);
    assert.deepEqual(summary, ['cut.warc:3 document', 'cut.warc bad_warc']);
    assert.match(rejections[0]?.reason ?? '', /ends in the middle of record 4/);
  });

  it('rejects a file that is not WARC, damaged gzip, and a WARC without HTML', async () => {
    const dir = await fixtureDir({
      'notes.warc': 'These are notes, not a web archive.\n',
      'broken.warc.gz': Buffer.concat([gzipSync(warcRecord(RECORDS[2]!, 1)).subarray(0, 40), Buffer.alloc(30, 7)]),
      'images.warc': warc([RECORDS[5]!]),
    });
    const { summary } = await ingest(
      ['notes.warc', 'broken.warc.gz', 'images.warc'].map((f) => path.join(dir, f)),
      {},
      dir,
    );
    assert.deepEqual(summary, ['notes.warc bad_warc', 'broken.warc.gz bad_warc', 'images.warc no_text']);
  });

  it('rejects an HTML record over the size limit and reads the next one', async () => {
    const big = articlePage({ title: 'Big', paragraphs: [STORY.flood[0].repeat(200)] });
    const records: FixtureRecord[] = [
      {
        type: 'response',
        uri: 'https://big.test/',
        payload: httpResponse('200 OK', { 'Content-Type': 'text/html' }, big),
      },
      RECORDS[2]!,
    ];
    const dir = await fixtureDir({ 'mixed.warc': warc(records) });
    const { summary } = await ingest([path.join(dir, 'mixed.warc')], { maxBytes: 8 * 1024 }, dir);
    assert.deepEqual(summary, ['mixed.warc:1 (https://big.test/) too_large', 'mixed.warc:2 document']);
  });
});
