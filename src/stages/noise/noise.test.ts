import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NoiseKind } from '../../model/index.js';
import { analyzeWith, contextOf, documentOf, surfaces } from '../../testing/document-of.js';
import { noise } from './index.js';
import { parseBoilerplateRules } from './lexicon.js';
import { defaultNoiseLexicon } from './load-lexicon.js';

const ctx = () => contextOf({ noiseLexicon: defaultNoiseLexicon() });
/** The noise spans of a text as [surface, kind] pairs. */
function noiseOf(text: string): [string, NoiseKind][] {
  const layers = analyzeWith([noise], documentOf(text), ctx());
  const spans = layers.noise ?? [];
  return surfaces(text, spans).map((s, i) => [s, spans[i]!.kind]);
}

/** [line, expected kind or null for content]. Each line is placed between two content paragraphs. */
const LINES: [string, NoiseKind | null][] = [
  // newsletter and subscribe boxes
  ['New VDR newsletter: Border Notes', 'newsletter'],
  ['Sign up to receive our reporting from the northern front', 'newsletter'],
  ['Sign up for our morning briefing.', 'newsletter'],
  ['Get our free Frontline Daily newsletter', 'newsletter'],
  ['Korvet Dispatch and other VDR newsletters', 'newsletter'],
  ['Discover more from The Valdoria Ledger', 'subscribe'],
  ['Subscribe for new posts by email.', 'subscribe'],
  ['Abonnez-vous pour recevoir nos alertes', 'subscribe'],
  // captions
  ['Volunteers clear rubble from a market in Korvet (Getty)', 'caption'],
  ['Smoke rises over the eastern suburbs (AFP via Getty Images)', 'caption'],
  ['A militiaman guards the bridge at Tarsk (Jana Ilić/Reuters)', 'caption'],
  ['Displaced families wait at the crossing (AP Photo/Marek Lund)', 'caption'],
  ['Shelling near the port on Tuesday. Photograph: Ivo Renn/EPA', 'caption'],
  ['Photo: Ivo Renn for The Valdoria Ledger', 'caption'],
  ['Image: social media', 'caption'],
  // source, share, related, advert, copyright
  ['Source: valdorialedger.co.uk', 'source-line'],
  ['Share this article', 'share'],
  ['Follow us on Telegram for live updates', 'share'],
  ['Follow The Valdoria Ledger on X', 'share'],
  ['Click here to read our live coverage', 'share'],
  ['Read more: How the siege of Korvet began', 'related'],
  ['Related: Aid convoys stuck at the border', 'related'],
  ['Advertisement', 'advert'],
  ['© 2025 Valdoria Ledger Ltd. All rights reserved.', 'copyright'],
  ['Copyright 2025 The Valdoria Ledger', 'copyright'],
  // bylines and credits
  ['By Mira Sanz', 'byline'],
  ['By Mira Sanz and Tomas al-Rashid in Korvet', 'byline'],
  ['Mira Sanz, Security Correspondent', 'byline'],
  ['By AFP', 'byline'],
  ['By Omar al Haddad, Ana Holt & Piet de Vries in Deir al-Zor', 'byline'],
  ['By Mira Sanz | 3 May 2025', 'byline'],
  ['By Mira Sanz/Tomas Lund.', 'byline'],
  ['Ana Holt | Middle East Correspondent in Korvet', 'byline'],
  ['Additional reporting by Tomas al-Rashid', 'credit'],
  ['Shelling resumed overnight, officials said. tk/ml (Reuters, AFP, dpa)', 'credit'],
  ['Valdoria Ledger Published Sunday, 4 May 2025 10:12 GMT', 'byline'],
  ['Updated: 4 May 2025', 'byline'],
  ['Reporting by Mira Sanz; Editing by Ana Holt', 'credit'],
  ['Wire agencies and Tomas al-Rashid contributed to this report', 'credit'],
  // near misses: content, headings and crossheads stay
  ['Collapse of the northern front', null],
  ['IMPACT OF THE SIEGE', null],
  ['Rebels seize the port of Tarsk in overnight raid', null],
  ['The militia said it had shelled the port, according to the state agency (VNA).', null],
  ['By Friday, the coalition said its fighters had reached the river.', null],
  ['By Friday the convoy had reached Tarsk', null],
  ['The group’s newsletter claimed that 20 fighters had been killed.', null],
  ['Officials asked residents to sign up for evacuation buses.', null],
  ['Source: a commander who asked not to be named said the port had fallen.', null],
  ['Read the statement in full, the ministry urged reporters on Sunday.', null],
  ['Mira Sanz, a nurse at the hospital, said the shelling lasted all night.', null],
  ['Ana Holt, Northern Governor', null],
  ['By Land and Sea', null],
  ['By the Numbers', null],
  ['By Land and Sea.', null],
  ['By Mira Sanz and others', null],
  ['The strike hit the bridge, witnesses told Reuters (Reuters) on Monday.', null],
  ['Fighters of the Northern Brigade (NB)', null],
  ['The video was posted on Monday', null],
  ['Markets sank in Korvet (Source: Getty)', 'caption'],
  ['Courts in Korvet to rule on www.newsletter.example takedown', null],
];

describe('noise: line kinds', () => {
  for (const [line, kind] of LINES) {
    it(`${kind ?? 'content'}: ${line}`, () => {
      const text = `The convoy left at dawn.\n${line}\nShelling resumed at noon.`;
      assert.deepEqual(noiseOf(text), kind ? [[line, kind]] : []);
    });
  }
});

describe('noise: spans', () => {
  it('trims surrounding whitespace and handles CRLF', () => {
    const text = 'The convoy left.\r\n   Share this article  \r\nIt returned.';
    assert.deepEqual(noiseOf(text), [['Share this article', 'share']]);
  });

  it('absorbs a wrapped middle line of a sign-up box', () => {
    const text = [
      'Shelling resumed at noon.',
      'New VDR newsletter: Border Notes',
      'Sign up for weekly briefings on',
      'Valdoria and the Tarsk delta, alongside our weekly',
      'Korvet Dispatch and other VDR newsletters',
      'The convoy returned at dusk.',
    ].join('\n');
    assert.deepEqual(
      noiseOf(text).map(([s]) => s),
      [
        'New VDR newsletter: Border Notes',
        'Sign up for weekly briefings on',
        'Valdoria and the Tarsk delta, alongside our weekly',
        'Korvet Dispatch and other VDR newsletters',
      ],
    );
  });

  it('marks a parenthesised credit that closes a content line, not the line', () => {
    const text = 'The convoy withdrew at dusk. (Reporting by Mira Sanz; Editing by Ana Holt)';
    assert.deepEqual(noiseOf(text), [['(Reporting by Mira Sanz; Editing by Ana Holt)', 'credit']]);
  });

  it('leaves the text untouched and finds nothing in clean prose', () => {
    const text = 'Rebels entered Korvet on Sunday.\n\nThe army said it had regrouped.';
    assert.deepEqual(noiseOf(text), []);
  });

  // Time on pathological input is measured by `npm run bench` (issue 10), not asserted here.
  it('handles a 1 MB line without punctuation', () => {
    const text = 'word '.repeat(200_000);
    assert.deepEqual(noiseOf(text), []);
  });
});

describe('noise: lexicon', () => {
  it('rejects a malformed row with its line number', () => {
    assert.throws(() => parseBoilerplateRules('# header\nshare\tprefix\tmany\tany\tShare'), /boilerplate.tsv:2/);
  });

  it('fails clearly without its resource', () => {
    assert.throws(() => analyzeWith([noise], documentOf('x'), contextOf()), /noiseLexicon/);
  });
});
