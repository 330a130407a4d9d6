import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declaredCharset, extractHtml, looksLikeHtml } from './html.js';
import { mergeMeta } from './metadata.js';

const BODY =
  '<article><p>The river rose two   metres overnight,\n forcing hundreds of residents in Riverton to leave, the mayor said.</p>' +
  '<h2>Levee work</h2><p>Crews worked<br>through the night on the eastern levee, the fire service said.</p>' +
  '<ul><li>Schools closed</li><li>Roads <b>shut</b></li></ul></article>';

const page = (head: string, lang = 'en-GB'): string =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><nav>Home | World</nav>${BODY}<footer>(c) Ledger</footer></body></html>`;

describe('extractHtml text', () => {
  it('keeps paragraphs apart with blank lines, collapses whitespace, keeps <br> and list items', () => {
    const { text } = extractHtml(page('<title>Flood</title>'));
    assert.deepEqual(text.split('\n\n'), [
      'The river rose two metres overnight, forcing hundreds of residents in Riverton to leave, the mayor said.',
      'Levee work',
      'Crews worked\nthrough the night on the eastern levee, the fire service said.',
      'Schools closed',
      'Roads shut',
    ]);
  });

  it('reads a bare fragment', () => {
    assert.equal(
      extractHtml('<p>Short note from the Riverton council.</p>').text,
      'Short note from the Riverton council.',
    );
  });

  it('yields no text for a page without any', () => {
    assert.equal(extractHtml('<html><head><title>Empty</title></head><body></body></html>').text, '');
  });
});

describe('extractHtml metadata', () => {
  const cases: [string, string, Partial<ReturnType<typeof mergeMeta>>][] = [
    [
      'Open Graph and article: tags beat <title>',
      page(
        '<title>Flood hits Riverton | Daily Ledger</title><meta property="og:title" content="Flood hits Riverton">' +
          '<meta property="og:site_name" content="Daily Ledger"><meta property="og:url" content="https://ledger.example/flood">' +
          '<meta property="article:published_time" content="2024-11-30T08:00:00+02:00"><meta name="author" content="Ana Ruiz">',
      ),
      {
        title: 'Flood hits Riverton',
        outlet: 'Daily Ledger',
        url: 'https://ledger.example/flood',
        published: '2024-11-30',
        language: 'en',
        byline: 'Ana Ruiz',
      },
    ],
    [
      'JSON-LD NewsArticle (inside @graph)',
      page(
        '<title>x</title><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle",' +
          '"headline":"Levee holds","datePublished":"2024-12-01T06:00:00Z","publisher":{"@type":"Organization","name":"Valley Post"},' +
          '"url":"https://valley.example/levee","inLanguage":"fr-FR","author":[{"name":"Jo Park"},{"name":"Lee Moss"}]}]}</script>',
        '',
      ),
      {
        title: 'Levee holds',
        outlet: 'Valley Post',
        url: 'https://valley.example/levee',
        published: '2024-12-01',
        language: 'fr',
        byline: 'Jo Park, Lee Moss',
      },
    ],
    [
      'broken JSON-LD is ignored; <meta name="date"> and <title> still count',
      page(
        '<title>Dam report</title><script type="application/ld+json">{broken</script><meta name="date" content="30 November 2024">',
      ),
      { title: 'Dam report', published: '2024-11-30', outlet: null },
    ],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => {
      const meta = mergeMeta(extractHtml(html).drafts, null);
      for (const [key, value] of Object.entries(expected)) assert.equal(meta[key as keyof typeof meta], value, key);
    });
  }
});

describe('HTML sniffing', () => {
  const cases: [string, boolean][] = [
    ['<!DOCTYPE html><html>', true],
    ['  \n<html lang="en">', true],
    ['The <html> tag is old.', false],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text), () => assert.equal(looksLikeHtml(text), expected));

  it('finds a declared charset', () => {
    assert.equal(declaredCharset(Buffer.from('<html><head><meta charset="windows-1252">')), 'windows-1252');
    assert.equal(declaredCharset(Buffer.from('<html><head><title>')), null);
  });
});
