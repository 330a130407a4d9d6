import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { ARTICLE, ARTICLE_2, fixtureDir, ingest, ingestFile, removeFixtures } from './test-fixtures.js';

after(removeFixtures);

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const line = (value: unknown): string => `${JSON.stringify(value)}\n`;

describe('one rejection per bad file', () => {
  const cases: [string, string, string | Uint8Array, string][] = [
    ['empty file', 'empty.txt', '', 'empty'],
    ['whitespace only', 'blank.txt', ' \n\t\r\n', 'empty'],
    ['PNG magic number', 'photo.png', PNG, 'binary'],
    ['PDF under a .txt name', 'report.txt', '%PDF-1.7\n%binary', 'binary'],
    ['gzip', 'feed.jsonl', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), 'binary'],
    ['NUL bytes', 'data.txt', Buffer.from('abc\u0000def\u0000ghi'), 'binary'],
    [
      'many control bytes',
      'blob',
      Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 2 : 65))),
      'binary',
    ],
    ['invalid UTF-8', 'latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e]), 'undecodable'],
    ['unknown extension', 'table.csv', 'a,b\n1,2\n', 'unknown_type'],
    ['broken JSON', 'one.json', '{"text": "Riverton flooded",', 'bad_json'],
    ['record without text', 'one.json', '{"title": "Flood"}', 'no_text'],
    ['record with blank text', 'one.json', '{"text": "  "}', 'no_text'],
    ['record that is not an object', 'one.json', '"just a string"', 'no_text'],
    ['empty JSON array', 'none.json', '[]', 'empty'],
    ['HTML without text', 'page.html', '<html><head><title>Nothing</title></head><body></body></html>', 'no_text'],
    ['Markdown with front matter only', 'note.md', '---\ntitle: Flood\n---\n\n', 'no_text'],
    ['broken front matter', 'note.md', `---\ntitle: [unclosed\n---\n${ARTICLE}`, 'bad_metadata'],
    ['JSONL with only blank lines', 'feed.jsonl', '\n\n', 'empty'],
  ];
  for (const [name, file, content, code] of cases) {
    it(`${name} → ${code}`, async () => {
      const { rejections, documents } = await ingestFile(file, content);
      assert.equal(documents.length, 0);
      assert.deepEqual(
        rejections.map((r) => r.code),
        [code],
      );
      assert.match(rejections[0]!.reason, new RegExp(file.replace('.', '\\.')), 'the reason names the input');
    });
  }

  it('missing path → not_found', async () => {
    const dir = await fixtureDir({});
    assert.deepEqual((await ingest([path.join(dir, 'nope.txt')], {}, dir)).summary, ['nope.txt not_found']);
  });

  it('over maxBytes → too_large, from the size alone', async () => {
    const run = await ingestFile('long.txt', ARTICLE, { maxBytes: 50 });
    assert.deepEqual(run.summary, ['long.txt too_large']);
    assert.match(run.rejections[0]!.reason, /split it/i);
  });

  it('a JSONL line over maxBytes → too_large for that line only', async () => {
    const run = await ingestFile('feed.jsonl', line({ text: ARTICLE }) + line({ text: 'Short.' }), { maxBytes: 100 });
    assert.deepEqual(run.summary, ['feed.jsonl:1 too_large', 'feed.jsonl:2 document']);
  });

  it('a socket → unreadable', async () => {
    const dir = await fixtureDir({});
    const socket = path.join(dir, 'live.sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      assert.deepEqual((await ingest([socket], {}, dir)).summary, ['live.sock unreadable']);
    } finally {
      server.close();
    }
  });

  it('an undecodable JSONL line → undecodable for that line', async () => {
    const bad = Buffer.concat([Buffer.from('{"text": "Caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]);
    const run = await ingestFile('feed.jsonl', Buffer.concat([Buffer.from(line({ text: ARTICLE })), bad]));
    assert.deepEqual(run.summary, ['feed.jsonl:1 document', 'feed.jsonl:2 undecodable']);
  });
});

describe('bad parts do not stop the rest', () => {
  it('a broken JSONL line between two good ones', async () => {
    const run = await ingestFile(
      'feed.jsonl',
      `${line({ text: ARTICLE })}{"text": "unterminated\n${line({ text: ARTICLE_2 })}`,
    );
    assert.deepEqual(run.summary, ['feed.jsonl:1 document', 'feed.jsonl:2 bad_json', 'feed.jsonl:3 document']);
    assert.match(run.rejections[0]!.reason, /feed\.jsonl:2 is not valid JSON \(Unterminated/);
  });

  it('a folder with a binary file, an empty file, a broken JSONL line and one good article', async () => {
    const dir = await fixtureDir({
      'article.txt': ARTICLE,
      'chart.png': PNG,
      'empty.txt': '',
      'feed.jsonl': '{"text": \n',
      '.DS_Store': Buffer.from([0, 0, 0, 1]),
    });
    const run = await ingest([dir], {}, dir);
    assert.deepEqual(run.summary, [
      'article.txt document',
      'chart.png binary',
      'empty.txt empty',
      'feed.jsonl:1 bad_json',
    ]);
    assert.equal(run.documents.length, 1);
  });

  it('inputs are read in order given, directories recursively in path order', async () => {
    const dir = await fixtureDir({
      'b.txt': ARTICLE_2,
      'a/z.txt': ARTICLE,
      'a.txt': ARTICLE,
      '.hidden/x.txt': ARTICLE,
    });
    const run = await ingest([path.join(dir, 'b.txt'), dir, path.join(dir, 'missing')], {}, dir);
    assert.deepEqual(run.summary, [
      'b.txt document',
      'a.txt document',
      'a/z.txt document',
      'b.txt document',
      'missing not_found',
    ]);
  });

  it('an empty folder is reported', async () => {
    const dir = await fixtureDir({});
    assert.deepEqual(
      (await ingest([dir])).rejections.map((r) => r.code),
      ['empty'],
    );
  });
});
