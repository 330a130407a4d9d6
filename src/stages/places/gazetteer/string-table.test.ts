import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashJoined, hashString, joinedLength, KeyFilter, StringTableBuilder } from './string-table.js';

// Made-up place names of a fictional country (exact keys: normalised tokens joined by one space).
const NAMES = ['port valen', 'valen', 'east marrow heights', 'marrow', 'saint ives of the dunes', 'drumlow'];

function table() {
  const b = new StringTableBuilder();
  NAMES.forEach((n, i) => {
    b.add(n, i * 8);
  });
  return b.build();
}

describe('places: string table lookups without building the key', () => {
  const t = table();
  const cases: { parts: string[]; found: boolean }[] = [
    { parts: ['port', 'valen'], found: true },
    { parts: ['east', 'marrow', 'heights'], found: true },
    { parts: ['valen'], found: true },
    // Near misses: a word short, a word more, another word, the words run together.
    { parts: ['east', 'marrow'], found: false },
    { parts: ['port', 'valen', 'harbour'], found: false },
    { parts: ['port', 'valem'], found: false },
    { parts: ['portvalen'], found: false },
    { parts: ['port', '', 'valen'], found: false },
  ];
  for (const { parts, found } of cases) {
    it(`${JSON.stringify(parts)} ${found ? 'is' : 'is not'} a key, as the joined string says`, () => {
      const joined = parts.join(' ');
      assert.equal(hashJoined(parts, parts.length), hashString(joined));
      assert.equal(joinedLength(parts, parts.length), joined.length);
      const got = t.getJoined(parts, parts.length, joined.length, hashString(joined));
      assert.deepEqual(got && [...got], t.get(joined) && [...(t.get(joined) as Int32Array)]);
      assert.equal(got !== undefined, found);
      assert.equal(t.idOf(joined, hashString(joined)) >= 0, found);
    });
  }
  it('reads only the first `count` parts', () => {
    const parts = ['port', 'valen', 'harbour'];
    assert.deepEqual([...(t.getJoined(parts, 2, 10, hashJoined(parts, 2)) ?? [])], [0]);
  });
});

describe('places: key filters', () => {
  const t = table();
  const multi = new KeyFilter(KeyFilter.bitsOf([t], true));
  const all = new KeyFilter(KeyFilter.bitsOf([t], false));
  it('never turns away a key it was built from', () => {
    for (const n of NAMES) {
      assert.equal(all.mayHold(hashString(n)), true, n);
      if (n.includes(' ')) assert.equal(multi.mayHold(hashString(n)), true, n);
    }
  });
  it('turns away most keys it was not built from', () => {
    let passed = 0;
    for (let i = 0; i < 1000; i++) if (multi.mayHold(hashString(`nowhere ${i}`))) passed++;
    assert.ok(passed < 50, `${passed} of 1000 unknown runs passed`);
  });
});
