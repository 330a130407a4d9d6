import assert from 'node:assert/strict';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import type { SourceDocument } from '../model/index.js';
import { ARTICLE, ARTICLE_2, fixtureDir, ingest, removeFixtures } from './test-fixtures.js';

after(removeFixtures);

const jsonl = (...values: unknown[]): string => values.map((v) => `${JSON.stringify(v)}\n`).join('');
const byInput = (documents: SourceDocument[], dir: string): Record<string, SourceDocument['meta']> =>
  Object.fromEntries(documents.map((d) => [d.input.slice(dir.length + 1), d.meta]));

describe('manifest.jsonl', () => {
  it('supplies metadata by path relative to its directory; the nearest manifest wins', async () => {
    const dir = await fixtureDir({
      'manifest.jsonl': jsonl(
        {
          file: 'a.txt',
          outlet: 'Daily Ledger',
          published: '2024-11-30',
          url: 'https://ledger.example/a',
          language: 'en-GB',
        },
        { file: './sub/b.txt', outlet: 'Outer Name', title: 'Second breach' },
        { file: 'sub/c.txt', outlet: 'Outer Name' },
      ),
      'a.txt': ARTICLE,
      'sub/manifest.jsonl': jsonl({ file: 'b.txt', outlet: 'Valley Post', published: '1 December 2024' }),
      'sub/b.txt': ARTICLE_2,
      'sub/c.txt': ARTICLE_2,
    });
    const meta = byInput((await ingest([dir])).documents, dir);
    assert.equal(meta['a.txt']?.outlet, 'Daily Ledger');
    assert.equal(meta['a.txt']?.language, 'en');
    assert.equal(meta['a.txt']?.publishedBasis, 'metadata');
    assert.equal(meta['sub/b.txt']?.outlet, 'Valley Post');
    assert.equal(meta['sub/b.txt']?.title, null, 'entries are not merged across manifests');
    assert.equal(meta['sub/b.txt']?.published, '2024-12-01');
    assert.equal(meta['sub/c.txt']?.outlet, 'Outer Name');
  });

  it("wins over the file's own metadata where both speak; the file fills the rest", async () => {
    const dir = await fixtureDir({
      'manifest.jsonl': jsonl({ file: 'wire.md', outlet: 'Valley Post', published: '2024-12-01' }),
      'wire.md': `---\ntitle: Levee holds\noutlet: Wire Service\ndate: 2024-11-29\n---\n${ARTICLE}`,
    });
    const [doc] = (await ingest([dir])).documents;
    assert.deepEqual(
      [doc?.meta.outlet, doc?.meta.published, doc?.meta.title],
      ['Valley Post', '2024-12-01', 'Levee holds'],
    );
  });

  it('--published fills only missing dates; an unparseable metadata date is dropped', async () => {
    const dir = await fixtureDir({
      'manifest.jsonl': jsonl(
        { file: 'dated.txt', published: '2024-11-28' },
        { file: 'garbled.txt', published: 'last week' },
      ),
      'dated.txt': ARTICLE,
      'garbled.txt': ARTICLE,
      'undated.txt': ARTICLE_2,
    });
    const withUser = byInput((await ingest([dir], { published: '2024-11-30' })).documents, dir);
    assert.deepEqual(
      Object.entries(withUser).map(([input, m]) => [input, m.published, m.publishedBasis]),
      [
        ['dated.txt', '2024-11-28', 'metadata'],
        ['garbled.txt', '2024-11-30', 'user'],
        ['undated.txt', '2024-11-30', 'user'],
      ],
    );
    const without = byInput((await ingest([dir])).documents, dir);
    assert.deepEqual([without['garbled.txt']?.published, without['garbled.txt']?.publishedBasis], [null, null]);
  });

  it('reports bad lines and missing files, and still uses the good lines', async () => {
    const dir = await fixtureDir({
      'manifest.jsonl': `${jsonl({ file: 'a.txt', outlet: 'Daily Ledger' })}{broken\n${jsonl({ title: 'no file' }, { file: 'gone.txt' })}`,
      'a.txt': ARTICLE,
    });
    const run = await ingest([dir], {}, dir);
    assert.deepEqual(run.summary, [
      'manifest.jsonl:2 bad_metadata',
      'manifest.jsonl:3 bad_metadata',
      'a.txt document',
      'gone.txt not_found',
    ]);
    assert.equal(run.documents[0]?.meta.outlet, 'Daily Ledger');
    assert.match(run.rejections[2]!.reason, /manifest\.jsonl line 4 lists .*gone\.txt/);
  });

  it('applies to a file named on its own', async () => {
    const dir = await fixtureDir({
      'manifest.jsonl': jsonl({ file: 'a.txt', outlet: 'Daily Ledger' }),
      'a.txt': ARTICLE,
    });
    assert.equal((await ingest([path.join(dir, 'a.txt')])).documents[0]?.meta.outlet, 'Daily Ledger');
  });

  it('gives records of a JSONL file what they leave out, without overriding their own fields', async () => {
    const dir = await fixtureDir({
      'manifest.jsonl': jsonl({ file: 'feed.jsonl', outlet: 'Daily Ledger', url: 'https://ledger.example/feed' }),
      'feed.jsonl': jsonl(
        { text: ARTICLE, url: 'https://ledger.example/1' },
        { text: ARTICLE_2, outlet: 'Valley Post' },
      ),
    });
    const metas = (await ingest([dir])).documents.map((d) => [d.meta.url, d.meta.outlet]);
    assert.deepEqual(metas, [
      ['https://ledger.example/1', 'Daily Ledger'],
      ['https://ledger.example/feed', 'Valley Post'],
    ]);
  });
});

describe('document ids', () => {
  it('are the same when the same input is read again', async () => {
    const dir = await fixtureDir({ 'a.txt': ARTICLE, 'b.md': `---\ntitle: B\n---\n${ARTICLE_2}` });
    const first = (await ingest([dir])).documents.map((d) => d.id);
    const second = (await ingest([dir])).documents.map((d) => d.id);
    assert.deepEqual(first, second);
    assert.equal(new Set(first).size, 2);
  });

  it('differ for the same text carried by two outlets, whose content hashes agree', async () => {
    const dir = await fixtureDir({
      'feed.jsonl': jsonl({ text: ARTICLE, outlet: 'Daily Ledger' }, { text: ARTICLE, outlet: 'Valley Post' }),
    });
    const [a, b] = (await ingest([dir])).documents;
    assert.notEqual(a?.id, b?.id);
    assert.equal(a?.contentHash, b?.contentHash);
  });
});

describe('language', () => {
  const cases: [string, Record<string, unknown>, string | null][] = [
    ['metadata tag normalised', { text: ARTICLE, language: 'en-GB' }, 'en'],
    ['metadata wins over detection', { text: ARTICLE, language: 'fr' }, 'fr'],
    ['detected when metadata is silent', { text: ARTICLE }, 'en'],
    ['unmappable tag falls back to detection', { text: ARTICLE, language: 'xx-unknown-tag' }, 'en'],
    ['null when detection is unreliable', { text: 'ok ok' }, null],
  ];
  for (const [name, record, expected] of cases) {
    it(name, async () => {
      const dir = await fixtureDir({ 'r.json': JSON.stringify(record) });
      assert.equal((await ingest([dir])).documents[0]?.meta.language, expected);
    });
  }
});
