import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rng } from '../../../bench/synthetic-corpus.js';
import type { AnalyzedDocument, CorpusLayers } from '../../pipeline/stage.js';
import { documentOf } from '../../testing/document-of.js';
import type { ClaimMention } from '../claims/types.js';
import type { EventMention, EventPlace } from '../events/types.js';
import { CLAIM_DICE, contentWords, groupClaims } from './claim-groups.js';
import { nearKeys, type Placed, placeKeys } from './cluster-index.js';
import { fuseEvents } from './fuse.js';
import { testPlace } from './test-fixtures.js';

const kmBetween = (a: Placed, b: Placed) => {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
};
const shareKey = (indexed: Placed, looked: Placed) => nearKeys(looked).some((k) => placeKeys(indexed).includes(k));
const spot = (lat: number, lon: number, over: Partial<Placed> = {}): Placed => ({
  lat,
  lon,
  gazetteerId: null,
  geoPrecision: 1,
  area: null,
  ...over,
});

describe('fusion at scale: place blocking', () => {
  it('any two places within 80 km share a key, wherever they are on the globe (poles and date line too)', () => {
    const r = rng(7);
    for (let n = 0; n < 5000; n++) {
      const a = spot(r() * 180 - 90, r() * 360 - 180);
      // a second place up to ~0.8 degrees away in each direction (some pairs are under 80 km apart)
      const b = spot(Math.max(-90, Math.min(90, a.lat + (r() - 0.5) * 1.6)), a.lon + (r() - 0.5) * 1.6);
      if (kmBetween(a, b) <= 80) assert.ok(shareKey(a, b) && shareKey(b, a), `${a.lat},${a.lon} ~ ${b.lat},${b.lon}`);
    }
  });
  it('one gazetteer entry, or a province and a place of its area, share a key however far apart', () => {
    assert.ok(shareKey(spot(10, 20, { gazetteerId: 'g1' }), spot(14, 26, { gazetteerId: 'g1' })));
    const province = spot(10, 20, { geoPrecision: 3, area: 'vassa' });
    const town = spot(13, 24, { area: 'vassa' });
    assert.ok(shareKey(province, town) && shareKey(town, province));
  });
  it('near miss: two towns 500 km apart in one area (neither a province) share no key', () => {
    const a = spot(10, 20, { gazetteerId: 'g1', area: 'vassa' });
    const b = spot(14.5, 20, { gazetteerId: 'g2', area: 'vassa' });
    assert.ok(!shareKey(a, b) && !shareKey(b, a));
  });
});

const town = (name: string, lat: number): EventPlace => testPlace(name, lat);

function strike(place: EventPlace): EventMention {
  return {
    id: 'ev1',
    start: 0,
    end: 10,
    source: { stage: 'events', rule: 't' },
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    trigger: { start: 0, end: 3 },
    triggerText: 'air strike',
    actors: [],
    place,
    date: { value: '2031-05-05', precision: 1, basis: 'text', mention: null, span: null },
    fatalities: null,
    fatalitiesSpan: null,
    status: 'asserted',
    claim: 'c1',
    background: false,
    antecedent: null,
  };
}

const strikeDoc = (text: string, place: EventPlace): AnalyzedDocument => ({
  document: documentOf(text, { published: '2031-05-06' }),
  layers: { events: [strike(place)], claims: [] },
});

/** Provenance linking each pair [a, b] by one aligned sentence, and independence groups per document. */
function provenance(pairs: [AnalyzedDocument, AnalyzedDocument][], groups: Record<string, string>): CorpusLayers {
  const span = { start: 0, end: 10 };
  const links = pairs.map(([a, b]) => ({
    a: a.document.id,
    b: b.document.id,
    relation: 'rewrite',
    aligned: [{ a: span, b: span, kind: 'paraphrase', score: 0.8 }],
  }));
  return { provenance: { links, groups, credits: {}, candidatePairs: links.length } } as unknown as CorpusLayers;
}

describe('fusion at scale: complete linkage over clusters of copies', () => {
  const tarn = Array.from({ length: 12 }, (_, i) =>
    strikeDoc(`The air strike on Tarn, report ${i}.`, town('Tarn', 10)),
  );
  const orsk = strikeDoc('A strike hit Orsk, a rewrite.', town('Orsk', 10.9));
  const groups = Object.fromEntries([...tarn, orsk].map((d, i) => [d.document.id, `g${i}`]));
  it('a mention at a far town aligned with every member of a large cluster joins it', () => {
    const corpus = provenance(
      tarn.map((d) => [d, orsk]),
      groups,
    );
    const { events, contradictions } = fuseEvents([...tarn, orsk], corpus);
    assert.equal(events.length, 1);
    assert.equal(events[0]?.mentions.length, 13);
    assert.deepEqual(
      contradictions.map((c) => c.kind),
      ['place'],
    );
  });
  it('near miss: aligned with all members but one, it stays apart', () => {
    const corpus = provenance(
      tarn.slice(1).map((d) => [d, orsk]),
      groups,
    );
    assert.equal(fuseEvents([...tarn, orsk], corpus).events.length, 2);
  });
  it('names the first pair of far places from two independence groups, skipping pairs within one group', () => {
    const [t1, t2] = tarn as [AnalyzedDocument, AnalyzedDocument];
    const corpus = provenance(
      [
        [t1, orsk],
        [t2, orsk],
      ],
      { [t1.document.id]: 'g1', [orsk.document.id]: 'g1', [t2.document.id]: 'g2' },
    );
    const { contradictions } = fuseEvents([t1, orsk, t2], corpus);
    assert.deepEqual(contradictions[0]?.claims, [`${orsk.document.id}:c1`, `${t2.document.id}:c1`]);
  });
});

describe('fusion at scale: claim groups', () => {
  const SUBJECTS = ['the ministry', 'the governor of Vassa', 'a spokesman for the Northern Front', 'residents'];
  const VERBS = ['said', 'reported', 'told reporters'];
  // facts with no word in common, so the batch falls into several groups
  const FACTS = [
    'seventeen people were killed in the market of Tarn',
    'the bridge at Orsk was destroyed by shelling',
    'three convoys reached Vellin with medicine and flour',
    'aid flights landed again at Dunmere airport',
    'fighters withdrew from the hills above Karsk',
  ];
  const TAILS = ['', ' on Monday', ' overnight'];
  it('groups exactly the claims a comparison of every pair across documents groups', () => {
    const r = rng(3);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
    const claimsByDoc = new Map<string, ClaimMention[]>();
    const texts = new Map<string, string>();
    const claims: { id: string; doc: string; words: Set<string> }[] = [];
    for (let d = 0; d < 60; d++) {
      const parts = Array.from({ length: 1 + Math.floor(r() * 4) }, () => {
        // drop a word or two, as rewrites do; the claim's content is what follows the cue
        const content = `${pick(FACTS)
          .split(' ')
          .filter(() => r() > 0.2)
          .join(' ')}${pick(TAILS)}`;
        return { cue: `${pick(SUBJECTS)} ${pick(VERBS)} `, content };
      });
      const text = parts.map((p) => `${p.cue}${p.content}.`).join(' ');
      const doc = `doc_${d}`;
      let at = 0;
      const list = parts.map((p, i) => {
        const start = text.indexOf(p.content, at + p.cue.length);
        at = start + p.content.length;
        claims.push({ id: `${doc}:c${i}`, doc, words: contentWords(p.content) });
        return { id: `c${i}`, content: { start, end: at } } as ClaimMention;
      });
      claimsByDoc.set(doc, list);
      texts.set(doc, text);
    }
    const got = groupClaims(claimsByDoc, texts, {});
    // every pair, by union-find with the smallest index as root
    const parent = claims.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : find(parent[i] as number));
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const a = claims[i] as (typeof claims)[number];
        const b = claims[j] as (typeof claims)[number];
        if (a.doc === b.doc || !a.words.size || !b.words.size) continue;
        let shared = 0;
        for (const w of a.words) if (b.words.has(w)) shared++;
        if ((2 * shared) / (a.words.size + b.words.size) < CLAIM_DICE) continue;
        const [x, y] = [find(i), find(j)];
        if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    const want: Record<string, string> = {};
    const docsOf = new Map<number, Set<string>>();
    for (const [i, c] of claims.entries()) docsOf.set(find(i), (docsOf.get(find(i)) ?? new Set()).add(c.doc));
    for (const [i, c] of claims.entries()) {
      if ((docsOf.get(find(i))?.size ?? 0) < 2) continue;
      want[c.id] =
        `claimgroup_${(claims[find(i)] as (typeof claims)[number]).id.replace(/^doc_/, '').replace(/[^A-Za-z0-9]+/g, '_')}`;
    }
    assert.ok(Object.keys(want).length > 20 && new Set(Object.values(want)).size > 1, 'the batch has several groups');
    assert.deepEqual(got, want);
  });
});
