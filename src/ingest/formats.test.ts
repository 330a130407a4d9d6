import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { ARTICLE, ARTICLE_2, fixtureDir, ingest, ingestFile, removeFixtures } from './test-fixtures.js';

after(removeFixtures);

describe('plain text', () => {
  const cases: [string, string | Uint8Array, string][] = [
    ['LF', ARTICLE, ARTICLE],
    ['CRLF kept as is', ARTICLE.replace(/\n/g, '\r\n'), ARTICLE.replace(/\n/g, '\r\n')],
    ['UTF-8 BOM dropped', `\ufeff${ARTICLE}`, ARTICLE],
    [
      'no NFC: a decomposed é stays two code points',
      'Cafe\u0301 owners in Riverton said the river rose.',
      'Cafe\u0301 owners in Riverton said the river rose.',
    ],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]), ARTICLE],
    [
      'UTF-16 BE with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()]),
      ARTICLE,
    ],
  ];
  for (const [name, content, expected] of cases) {
    it(`${name}: the text is the file's text exactly`, async () => {
      const { documents } = await ingestFile('story.txt', content);
      assert.equal(documents.length, 1);
      assert.equal(documents[0]!.text, expected);
    });
  }

  it('equals fs.readFileSync(file, "utf8")', async () => {
    const dir = await fixtureDir({ 'a.txt': `${ARTICLE}Tabs\tand  spaces  stay.\r\n` });
    const { documents } = await ingest([path.join(dir, 'a.txt')]);
    assert.equal(documents[0]!.text, readFileSync(path.join(dir, 'a.txt'), 'utf8'));
  });

  it('reads a file without extension as text when it decodes', async () => {
    const { summary, documents } = await ingestFile('README', ARTICLE);
    assert.deepEqual(summary, ['README document']);
    assert.equal(documents[0]!.text, ARTICLE);
  });

  it('detects the language and hashes the text', async () => {
    const { documents } = await ingestFile('a.txt', ARTICLE);
    assert.equal(documents[0]!.meta.language, 'en');
    assert.match(documents[0]!.id, /^doc_[0-9a-f]{16}$/);
    assert.match(documents[0]!.contentHash, /^[0-9a-f]{64}$/);
  });
});

describe('markdown', () => {
  it('reads front matter as metadata and stores the body after it', async () => {
    const md = `---\ntitle: Levee holds\nsource: Valley Post\nurl: https://valley.example/levee\ndate: 30 November 2024\nlang: en-GB\nauthor: Jo Park\n---\n${ARTICLE}`;
    const { documents } = await ingestFile('levee.md', md);
    assert.equal(documents[0]!.text, ARTICLE);
    assert.deepEqual(documents[0]!.meta, {
      title: 'Levee holds',
      outlet: 'Valley Post',
      url: 'https://valley.example/levee',
      published: '2024-11-30',
      publishedBasis: 'metadata',
      language: 'en',
      byline: 'Jo Park',
    });
  });

  it('without front matter stores the whole file', async () => {
    const md = `# Riverton flood\n\n${ARTICLE}`;
    assert.equal((await ingestFile('flood.markdown', md)).documents[0]!.text, md);
  });
});

describe('HTML', () => {
  it('stores the reader text and reads og: metadata', async () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Flood | Ledger</title><meta property="og:title" content="Flood">' +
      '<meta property="og:site_name" content="Daily Ledger"><meta property="article:published_time" content="2024-11-30T07:00:00Z">' +
      `</head><body><nav>Menu</nav><article>${ARTICLE.split('\n\n')
        .map((p) => `<p>${p.trim()}</p>`)
        .join('\n')}</article></body></html>`;
    const { documents } = await ingestFile('flood.htm', html);
    assert.equal(documents[0]!.text, ARTICLE.trim());
    assert.equal(documents[0]!.meta.outlet, 'Daily Ledger');
    assert.equal(documents[0]!.meta.published, '2024-11-30');
  });
});

describe('HTML in a legacy encoding', () => {
  it('is decoded by its <meta charset> when it is not UTF-8', async () => {
    const html = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>The mayor called it '),
      Buffer.from([0x93]),
      Buffer.from('a long night'),
      Buffer.from([0x94]),
      Buffer.from(' in Riverton.</p></body></html>'),
    ]);
    const { documents } = await ingestFile('old.html', html);
    assert.equal(documents[0]!.text, 'The mayor called it \u201ca long night\u201d in Riverton.');
  });
});

describe('JSON and JSONL records', () => {
  it('reads one JSON record', async () => {
    const record = { text: ARTICLE, title: 'Flood', outlet: 'Daily Ledger', published: '2024-11-30', language: 'en' };
    const { documents, summary } = await ingestFile('one.json', JSON.stringify(record));
    assert.deepEqual(summary, ['one.json document']);
    assert.equal(documents[0]!.text, ARTICLE);
    assert.equal(documents[0]!.meta.title, 'Flood');
  });

  it('reads a JSON array as records named file.json[i]', async () => {
    const { summary } = await ingestFile('many.json', JSON.stringify([{ text: ARTICLE }, { text: ARTICLE_2 }]));
    assert.deepEqual(summary, ['many.json[0] document', 'many.json[1] document']);
  });

  it("reads news-please's fields from JSONL", async () => {
    const record = {
      maintext: ARTICLE,
      date_publish: '2024-11-30 09:12:00',
      source_domain: 'ledger.example',
      title: 'Flood',
      language: 'en',
      url: 'https://ledger.example/flood',
      authors: ['Ana Ruiz'],
    };
    const { documents, summary } = await ingestFile('feed.ndjson', `${JSON.stringify(record)}\n\n`);
    assert.deepEqual(summary, ['feed.ndjson:1 document']);
    assert.deepEqual(
      { ...documents[0]!.meta },
      {
        url: 'https://ledger.example/flood',
        outlet: 'ledger.example',
        title: 'Flood',
        published: '2024-11-30',
        publishedBasis: 'metadata',
        language: 'en',
        byline: 'Ana Ruiz',
      },
    );
  });
});

describe('stdin', () => {
  const cases: [string, string, string[]][] = [
    ['plain text', ARTICLE, ['- document']],
    [
      'JSONL when it starts with {',
      `${JSON.stringify({ text: ARTICLE })}\n{oops\n${JSON.stringify({ text: ARTICLE_2 })}\n`,
      ['-:1 document', '-:2 bad_json', '-:3 document'],
    ],
    ['empty', '  \n', ['- empty']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, async () => {
      const stdin = Readable.from([Buffer.from(input.slice(0, 5)), Buffer.from(input.slice(5))]);
      assert.deepEqual((await ingest(['-'], { stdin })).summary, expected);
    });
  }

  it('rejects stdin over maxBytes', async () => {
    const stdin = Readable.from([Buffer.from(ARTICLE), Buffer.from(ARTICLE)]);
    assert.deepEqual((await ingest(['-'], { stdin, maxBytes: 100 })).summary, ['- too_large']);
  });

  it('keeps stdin text exactly', async () => {
    const { documents } = await ingest(['-'], { stdin: Readable.from([Buffer.from(ARTICLE)]) });
    assert.equal(documents[0]!.text, ARTICLE);
  });
});
