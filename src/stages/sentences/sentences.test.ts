import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeWith, contextOf, documentOf, surfaces } from '../../testing/document-of.js';
import { defaultNoiseLexicon, noise } from '../noise/index.js';
import { defaultSentenceLexicon, sentences } from './index.js';

const ctx = () => contextOf({ noiseLexicon: defaultNoiseLexicon(), sentenceLexicon: defaultSentenceLexicon() });
const layersOf = (text: string) => analyzeWith([noise, sentences], documentOf(text), ctx());
const split = (text: string): string[] => surfaces(text, layersOf(text).sentences);

/** [paragraph, expected sentences]. */
const SPLITS: [string, string[]][] = [
  ['Rebels took the bridge. The army withdrew.', ['Rebels took the bridge.', 'The army withdrew.']],
  ['Mr. Haddad and Mrs. Lund met Dr. Ilić.', ['Mr. Haddad and Mrs. Lund met Dr. Ilić.']],
  ['Brig. Gen. Tomas Kali led the assault. It failed.', ['Brig. Gen. Tomas Kali led the assault.', 'It failed.']],
  ['Lt. Col. Ana Holt and Col. Marek Lund spoke.', ['Lt. Col. Ana Holt and Col. Marek Lund spoke.']],
  ['The U.N. envoy arrived. He met the U.S. delegation.', ['The U.N. envoy arrived.', 'He met the U.S. delegation.']],
  ['Talks resumed in the U.S. The envoy left.', ['Talks resumed in the U.S.', 'The envoy left.']],
  ['The shelling began at 3 p.m. on Friday.', ['The shelling began at 3 p.m. on Friday.']],
  [
    'The shelling stopped at 9 a.m. Then the convoy moved.',
    ['The shelling stopped at 9 a.m.', 'Then the convoy moved.'],
  ],
  ['Fighting resumed on Jan. 5 near St. Anne’s church.', ['Fighting resumed on Jan. 5 near St. Anne’s church.']],
  [
    'Brigade No. 4 moved north, e.g. to Tarsk, i.e. the port.',
    ['Brigade No. 4 moved north, e.g. to Tarsk, i.e. the port.'],
  ],
  ['It was Valdoria vs. Korvet again.', ['It was Valdoria vs. Korvet again.']],
  ['J. R. Holt wrote the report. It was leaked.', ['J. R. Holt wrote the report.', 'It was leaked.']],
  ['Prices rose 3.5 percent. Fuel ran out.', ['Prices rose 3.5 percent.', 'Fuel ran out.']],
  ['The front has not moved since 2020. A truce holds.', ['The front has not moved since 2020.', 'A truce holds.']],
  [
    '“We will hold the port,” he said. “We will not leave.”',
    ['“We will hold the port,” he said.', '“We will not leave.”'],
  ],
  ['He said the city “had fallen.” Officials denied it.', ['He said the city “had fallen.”', 'Officials denied it.']],
  ['“We are tired. We want bread.” She wept.', ['“We are tired.', 'We want bread.”', 'She wept.']],
  ['“Where is my son?” Umm Rami asked. Nobody knew.', ['“Where is my son?” Umm Rami asked.', 'Nobody knew.']],
  ['“Where is my son?” he asked.', ['“Where is my son?” he asked.']],
  ['“Who holds the bridge?” The Valdoria Ledger reported.', ['“Who holds the bridge?” The Valdoria Ledger reported.']],
  [
    '“Who holds the bridge?” The question went unanswered.',
    ['“Who holds the bridge?”', 'The question went unanswered.'],
  ],
  ['Is the truce over? Nobody can say!', ['Is the truce over?', 'Nobody can say!']],
  [
    'They waited... and waited. Then it ended…  Silence followed.',
    ['They waited... and waited.', 'Then it ended…', 'Silence followed.'],
  ],
  ['The site is valdorialedger.co.uk and it loads.', ['The site is valdorialedger.co.uk and it loads.']],
  ['Die Rebellen rückten vor. Die Armee zog sich zurück.', ['Die Rebellen rückten vor.', 'Die Armee zog sich zurück.']],
  ['المتمردون دخلوا المدينة. الجيش انسحب.', ['المتمردون دخلوا المدينة.', 'الجيش انسحب.']],
];

describe('sentences: boundaries', () => {
  for (const [text, expected] of SPLITS) {
    it(text, () => assert.deepEqual(split(text), expected));
  }
});

/** [one-line paragraph, is it a heading?]. Each sits before a content paragraph. */
const HEADINGS: [string, boolean][] = [
  ['Collapse of the northern front', true],
  ['IMPACT OF THE SIEGE', true],
  ['Rebels seize the port of Tarsk in blow to the junta', true],
  ['Rebels: ‘We will take Korvet’', true],
  ['The convoy reached the edge of', false],
  ['He added:', false],
  ['among the dead were two medics', false],
  ['The army said it had pulled back from the river.', false],
  ['Is the siege over?', false],
  [
    'Thousands of fighters moved through the villages of the northern plain overnight without meeting any resistance from the army or the militias that guard the roads',
    false,
  ],
];

describe('sentences: headings', () => {
  for (const [line, heading] of HEADINGS) {
    it(`${heading ? 'heading' : 'sentence'}: ${line}`, () => {
      const text = `${line}\nThe convoy left at dawn.`;
      const found = layersOf(text).sentences ?? [];
      assert.equal(surfaces(text, found)[0], line);
      assert.equal(found[0]?.kind, heading ? 'heading' : 'sentence');
    });
  }
});

describe('sentences: paragraphs and noise', () => {
  it('numbers paragraphs by non-blank content line and skips noise lines', () => {
    const text = [
      'Collapse of the northern front',
      '',
      'Rebels took the bridge. The army withdrew.',
      'Volunteers clear rubble in Korvet (Getty)',
      'Shelling resumed at noon.',
      'Discover more from The Valdoria Ledger',
    ].join('\n');
    const found = layersOf(text).sentences ?? [];
    assert.deepEqual(
      found.map((s) => [text.slice(s.start, s.end), s.kind, s.paragraph]),
      [
        ['Collapse of the northern front', 'heading', 0],
        ['Rebels took the bridge.', 'sentence', 1],
        ['The army withdrew.', 'sentence', 1],
        ['Shelling resumed at noon.', 'sentence', 2],
      ],
    );
  });

  it('never overlaps noise, even inside a line', () => {
    const text = 'The convoy withdrew at dusk. (Reporting by Mira Sanz; Editing by Ana Holt)';
    assert.deepEqual(split(text), ['The convoy withdrew at dusk.']);
  });

  it('returns trimmed spans that reproduce the text', () => {
    const text = '  \t Rebels took the bridge.   The army withdrew.  \r\n\r\n  Fuel ran out. ';
    assert.deepEqual(split(text), ['Rebels took the bridge.', 'The army withdrew.', 'Fuel ran out.']);
  });

  it('handles empty and whitespace-only text', () => {
    assert.deepEqual(split(''), []);
    assert.deepEqual(split(' \n\n \t'), []);
  });
});

// Time on pathological input is measured by `npm run bench` (issue 10), not asserted here.
describe('sentences: pathological input', () => {
  it('splits a 1 MB line without punctuation into one sentence', () => {
    const text = 'word '.repeat(200_000);
    assert.equal(split(text).length, 1);
  });

  it('handles half a megabyte of full stops, quotes and abbreviations', () => {
    const text = 'Mr. “A.” b. U.S. … ?” '.repeat(25_000);
    assert.doesNotThrow(() => layersOf(text));
  });
});
