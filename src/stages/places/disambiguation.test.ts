import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sentence } from '../../model/index.js';
import type { Gazetteer } from './index.js';
import { loadGazetteer } from './index.js';
import { analyse } from './resolve/analyse.js';
import { mentionsOf } from './resolve/mention.js';
import { resolveName, resolveSpan } from './resolve/span.js';
import { normaliseToken } from './text/normalize.js';

const gazetteer: Gazetteer = loadGazetteer();

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim())
      out.push({
        id: `s${out.length}`,
        start,
        end: start + line.length,
        kind: 'sentence',
        paragraph: out.length,
        source: { stage: 'sentences', rule: 'test' },
      });
    start += line.length + 1;
  }
  return out;
}
const doc = (text: string) => analyse(gazetteer, text, sentencesOf(text), []);
/** "surface → admin1 code or country" for each mention, in text order. */
const readings = (text: string): string[] =>
  mentionsOf(gazetteer, doc(text)).map((m) => `${text.slice(m.start, m.end)} → ${m.admin1 ?? m.country}`);

describe('places: ambiguous names read together', () => {
  const cases: [string, string, string][] = [
    ['The council of Madison County met in Richmond on Tuesday.', 'Richmond', 'Kentucky'],
    ['The governor spoke in Richmond on Tuesday.', 'Richmond', 'Virginia'],
    ['Police in Rochester, Syracuse and Albany said schools across New York closed.', 'New York', 'US'],
    ['Police in Brooklyn and Queens said schools across New York closed.', 'New York', 'New York State'],
  ];
  for (const [text, name, where] of cases)
    it(`reads ${name} as in ${where}: ${text}`, () =>
      assert.ok(readings(text).includes(`${name} → ${where}`), readings(text).join('; ')));
});

describe('places: street names', () => {
  const cases: [string, string[]][] = [
    ['Crowds gathered on Aleppo Street near the market.', []],
    ['Crowds gathered on Darby Street near the market.', []],
    ['Protesters filled Washington Square in the evening.', []],
    ['Traffic was cut on the Aleppo road.', ['Aleppo road → Aleppo Province']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(readings(text), expected));
});

describe('places: resolving a given span', () => {
  const text = 'Shelling hit Aleppo again. Residents of Aleppo fled. In Aleppo the Qasr Nourani market burned.';
  const a = doc(text);
  it('takes an unknown name as the place the document is about', () => {
    const at = text.indexOf('Qasr Nourani');
    assert.equal(resolveSpan(gazetteer, a, text, at, at + 'Qasr Nourani'.length)?.gazetteerId, 'geonames:170063');
    assert.equal(resolveName(gazetteer, a, 'Qasr Nourani'), null);
  });
  it('keeps the reading the text gives a recognised span', () => {
    const t = 'A man from Richmond, Kentucky, was hurt.';
    const at = t.indexOf('Richmond');
    assert.equal(resolveSpan(gazetteer, doc(t), t, at, at + 8)?.admin1Code, 'US.KY');
  });
  const names: [string, string | null][] = [
    ['Collins Avenue', null],
    ['Kurdish', 'Kurdistan'],
    ['Korean', 'Korean Peninsula'],
  ];
  for (const [name, expected] of names)
    it(`resolves "${name}" to ${expected}`, () =>
      assert.equal(resolveName(gazetteer, a, name)?.name ?? null, expected));
});

describe('places: token normalisation fast path', () => {
  const cases: [string, string][] = [
    ['don’t', 'dont'],
    ["Ma'arrat", 'maarrat'],
    ['O`Neill', 'oneill'],
    ['Ḩamāh', 'hamah'],
    ['KHARKIV', 'kharkiv'],
  ];
  for (const [raw, norm] of cases) it(`${raw} → ${norm}`, () => assert.equal(normaliseToken(raw), norm));
});
