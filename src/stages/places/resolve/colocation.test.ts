import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GazetteerEntry } from '../gazetteer/types.js';
import { COLOCATED_KM, colocationOf } from './colocation.js';

let next = 0;
/** A made-up gazetteer entry at a point (only the fields colocation reads matter). */
function entry(name: string, lat: number, lon: number, kind: GazetteerEntry['kind'] = 'place'): GazetteerEntry {
  return {
    index: next++,
    gazetteerId: `test:${name}`,
    name,
    kind,
    feature: kind === 'country' ? 'country' : 'town',
    fcode: null,
    country: 'ZZ',
    admin1Code: null,
    admin1Name: null,
    lat,
    lon,
    population: 1000,
    extent: null,
    line: null,
  } as GazetteerEntry;
}

// Two namesakes of "Brannock", 1,000 km apart; "Hollin County" lies 20 km from the first.
const brannockNorth = entry('Brannock', 45.0, 10.0);
const brannockSouth = entry('Brannock', 36.0, 10.0);
const hollinNorth = entry('Hollin County', 45.15, 10.1, 'admin2');
const hollinFar = entry('Hollin County', 30.0, 40.0, 'admin2');
const veldland = entry('Veldland', 45.1, 10.0, 'country');

describe('places: colocation of ambiguous names', () => {
  const c = colocationOf(
    new Map([
      ['brannock', [brannockNorth, brannockSouth]],
      ['hollin county', [hollinNorth, hollinFar]],
    ]),
  );
  const cases: [string, GazetteerEntry, string, (x: number) => boolean][] = [
    ['a reading next to another name’s reading', brannockNorth, 'brannock', (x) => x > 0.7],
    ['a namesake far from every other name', brannockSouth, 'brannock', (x) => x === 0],
    ['the other name, supported back', hollinNorth, 'hollin county', (x) => x > 0.7],
  ];
  for (const [why, e, key, ok] of cases) it(`supports ${why}`, () => assert.ok(ok(c.support(e, key))));

  it('does not let a name support itself', () => {
    const alone = colocationOf(
      new Map([
        ['brannock', [brannockNorth, brannockSouth]],
        ['x', []],
      ]),
    );
    assert.equal(alone.support(brannockNorth, 'brannock'), 0);
  });
  it('leaves names that can read as a country to the focus', () => {
    const withCountry = colocationOf(
      new Map([
        ['veldland', [veldland, entry('Veldland', 45.12, 10.05)]],
        ['brannock', [brannockNorth]],
      ]),
    );
    assert.equal(withCountry.support(entry('Veldland', 45.12, 10.05), 'veldland'), 0);
  });
  it('counts another spelling of a name as that name', () => {
    const spelled = colocationOf(
      new Map([
        ['brannock', [brannockNorth]],
        ['hollin county', [hollinNorth]],
      ]),
      new Map([['brannock town', 'brannock']]),
    );
    assert.equal(spelled.support(brannockNorth, 'brannock town'), spelled.support(brannockNorth, 'brannock'));
  });
  it(`gives nothing at ${COLOCATED_KM} km or more`, () => {
    const far = entry('Dunmere', 45.0 + (COLOCATED_KM + 5) / 111, 10.0);
    const c2 = colocationOf(
      new Map([
        ['brannock', [brannockNorth]],
        ['dunmere', [far]],
      ]),
    );
    assert.equal(c2.support(brannockNorth, 'brannock'), 0);
  });
});
