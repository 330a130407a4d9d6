import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentMeta } from '../../model/index.js';
import { analyzeWith, contextOf, documentOf } from '../../testing/document-of.js';
import { defaultNoiseLexicon, noise } from '../noise/index.js';
import { defaultSentenceLexicon, sentences } from '../sentences/index.js';
import { defaultOutletLexicon, outlet } from './index.js';

const ctx = () =>
  contextOf({
    noiseLexicon: defaultNoiseLexicon(),
    sentenceLexicon: defaultSentenceLexicon(),
    outletLexicon: defaultOutletLexicon(),
  });

/** [name, basis, evidence surface] of the document's outlet, or null. */
function outletOf(text: string, meta: Partial<DocumentMeta> = {}): [string, string, string | null] | null {
  const found = analyzeWith([noise, sentences, outlet], documentOf(text, meta), ctx()).outlet ?? [];
  assert.ok(found.length <= 1);
  const f = found[0];
  if (!f) return null;
  return [f.name, f.basis, f.evidence ? text.slice(f.evidence.start, f.evidence.end) : null];
}

const LEDE = 'Rebels entered Korvet on Sunday after a week of shelling.';
const body = (...lines: string[]) => [LEDE, ...lines, 'The army said it had regrouped.'].join('\n');

/** [case, text, expected [name, evidence] or null]. */
const TEXT_CASES: [string, string, [string, string] | null][] = [
  [
    'own disclaimer, known outlet',
    body('Middle East Eye could not independently verify the footage.'),
    ['Middle East Eye', 'Middle East Eye could not independently verify the footage.'],
  ],
  [
    'own disclaimer, unknown publication',
    body('The Valdoria Ledger has not verified the footage.'),
    ['The Valdoria Ledger', 'The Valdoria Ledger has not verified the footage.'],
  ],
  [
    'disclaimer by a wire in its own copy',
    body('Reuters could not independently verify the report.'),
    ['Reuters', 'Reuters could not independently verify the report.'],
  ],
  [
    'told a non-wire outlet',
    body('“We will not leave,” he told The Independent from a cellar in Korvet.'),
    ['The Independent', 'he told The Independent from a cellar in Korvet'],
  ],
  [
    'told an unknown publication',
    body('“The bridge is gone,” she told the Korvet Herald by phone on Monday.'),
    ['Korvet Herald', 'she told the Korvet Herald by phone on Monday'],
  ],
  [
    'told a journalist of an outlet',
    body('“The city is ours,” he told Ana Holt of The Valdoria Ledger.'),
    ['The Valdoria Ledger', 'he told Ana Holt of The Valdoria Ledger'],
  ],
  [
    'told an outlet written in capitals',
    body('“We are trapped,” she told USA TODAY by phone.'),
    ['USA Today', 'she told USA TODAY by phone'],
  ],
  [
    'copyright line in brackets',
    body('(Copyright © 2025 by The Associated Press. All rights reserved.)'),
    ['Associated Press', '(Copyright © 2025 by The Associated Press. All rights reserved.)'],
  ],
  [
    'subscribe box',
    body('Discover more from Valdoria Ledger | News from the North', 'Subscribe for new posts by email.'),
    ['Valdoria Ledger', 'Discover more from Valdoria Ledger | News from the North'],
  ],
  [
    'sign-up with a possessive',
    body('Sign up for The Valdoria Ledger’s morning briefing'),
    ['The Valdoria Ledger', 'Sign up for The Valdoria Ledger’s morning briefing'],
  ],
  ['source line, known domain', body('Source: independent.co.uk'), ['The Independent', 'Source: independent.co.uk']],
  [
    'source line, unknown domain',
    body('Source: valdoria-ledger.co.uk'),
    ['Valdoria Ledger', 'Source: valdoria-ledger.co.uk'],
  ],
  [
    'copyright line',
    body('© 2025 Valdoria Ledger Ltd. All rights reserved.'),
    ['Valdoria Ledger', '© 2025 Valdoria Ledger Ltd. All rights reserved.'],
  ],
  [
    'abbreviated newsletter, outlet named in full elsewhere',
    body('New MEE newsletter: Border Notes', 'Middle East Eye spoke to residents.'),
    ['Middle East Eye', 'New MEE newsletter: Border Notes'],
  ],
  [
    'abbreviated newsletter alone',
    body('New VDR newsletter: Border Notes'),
    ['VDR', 'New VDR newsletter: Border Notes'],
  ],
  [
    'the source line beats a told phrase naming another outlet',
    body('“We are trapped,” he told The National.', 'Source: valdoria-ledger.co.uk'),
    ['Valdoria Ledger', 'Source: valdoria-ledger.co.uk'],
  ],
  [
    'the disclaimer beats a wire named as a source',
    body('Military sources told Reuters the port had fallen.', 'The Valdoria Ledger could not verify this.'),
    ['The Valdoria Ledger', 'The Valdoria Ledger could not verify this.'],
  ],
  // near misses: outlets named as sources are not the publisher
  ['told a wire agency', body('Two military sources told Reuters the airport was closed.'), null],
  ['told AFP', body('State television told AFP that the army had regrouped.'), null],
  ['a wire reported', body('Reuters reported that the bridge had been destroyed.'), null],
  ['according to an outlet', body('The curfew began at dusk, according to the BBC.'), null],
  ['an outlet reported', body('Al Jazeera reported heavy shelling near the port.'), null],
  ['told an institution', body('He told the Defence Ministry that the unit had fled.'), null],
  ['told a person', body('“Stay inside,” she told Umm Rami.'), null],
  ['a monitor could not verify', body('The Syrian Observatory could not verify the toll.'), null],
  ['officials could not verify', body('Officials could not verify the number of dead.'), null],
  ['two equally weak outlets', body('He told The National one thing.', 'She told The Ledger another.'), null],
  ['a newsletter title is not an outlet', body('Sign up to First Light, our free daily briefing'), null],
  ['a caption credit is not an outlet', body('Smoke over the port (Reuters)'), null],
  ['clean prose', body('Shelling resumed at noon.'), null],
];

describe('outlet: from the text', () => {
  for (const [name, text, expected] of TEXT_CASES) {
    it(name, () => {
      assert.deepEqual(outletOf(text), expected ? [expected[0], 'text', expected[1]] : null);
    });
  }
});

describe('outlet: from metadata and URL', () => {
  const text = body('Middle East Eye could not independently verify the footage.');
  const META_CASES: [string, Partial<DocumentMeta>, [string, string, null]][] = [
    [
      'metadata outlet wins',
      { outlet: 'The Valdoria Ledger', url: 'https://bbc.co.uk/x' },
      ['The Valdoria Ledger', 'metadata', null],
    ],
    ['metadata domain is canonicalised', { outlet: 'independent.co.uk' }, ['The Independent', 'metadata', null]],
    ['metadata alias is canonicalised', { outlet: 'Guardian' }, ['The Guardian', 'metadata', null]],
    ['known host', { url: 'https://www.bbc.co.uk/news/world-1' }, ['BBC News', 'url', null]],
    ['known parent domain', { url: 'https://edition.cnn.com/2025/01/01/x' }, ['CNN', 'url', null]],
    ['unknown host', { url: 'https://www.valdoria-ledger.co.uk/a/b' }, ['Valdoria Ledger', 'url', null]],
    ['unknown short host', { url: 'http://kvt.net/story' }, ['KVT', 'url', null]],
  ];
  for (const [name, meta, expected] of META_CASES) {
    it(name, () => assert.deepEqual(outletOf(text, meta), expected));
  }

  it('falls back to the text when the URL is not a URL', () => {
    assert.deepEqual(outletOf(text, { url: 'not a url' }), [
      'Middle East Eye',
      'text',
      'Middle East Eye could not independently verify the footage.',
    ]);
  });
});

// Time on pathological input is measured by `npm run bench` (issue 10), not asserted here.
describe('outlet: pathological input', () => {
  it('handles a megabyte of cue words', () => {
    const text = 'he told The could not verify Reuters '.repeat(30_000);
    assert.doesNotThrow(() => outletOf(text));
  });
});
