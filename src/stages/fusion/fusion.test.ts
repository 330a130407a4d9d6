import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument, CorpusLayers } from '../../pipeline/stage.js';
import { buildReport } from '../../report/build-report.js';
import { contradictionsSection } from '../../report/sections/contradictions.js';
import { eventsSection } from '../../report/sections/events.js';
import { documentOf } from '../../testing/document-of.js';
import type { ClaimMention } from '../claims/types.js';
import type { EventMention, EventPlace } from '../events/types.js';
import { fuseEvents } from './fuse.js';
import { testPlace } from './test-fixtures.js';

const town = (name: string, lat: number): EventPlace => testPlace(name, lat);

let n = 0;
function mention(over: Partial<EventMention>): EventMention {
  n++;
  return {
    id: `ev${n}`,
    start: 0,
    end: 10,
    source: { stage: 'events', rule: 't' },
    eventType: 'Explosions/Remote violence',
    subEventType: 'Air/drone strike',
    trigger: { start: 0, end: 3 },
    triggerText: 'air strike',
    actors: [],
    place: town('Tarn', 10),
    date: { value: '2031-05-05', precision: 1, basis: 'text', mention: null, span: null },
    fatalities: null,
    fatalitiesSpan: null,
    status: 'asserted',
    claim: null,
    background: false,
    antecedent: null,
    ...over,
  };
}

function doc(text: string, events: EventMention[], claims: Partial<ClaimMention>[] = []): AnalyzedDocument {
  return {
    document: documentOf(text, { published: '2031-05-06' }),
    layers: { events, claims: claims as ClaimMention[] },
  };
}

describe('fusion', () => {
  it('merges one strike told by three documents; independence counts provenance groups', () => {
    const docs = [
      doc('a strike one', [mention({})]),
      doc('a strike two', [mention({})]),
      doc('a strike three', [mention({})]),
    ];
    const ids = docs.map((d) => d.document.id);
    const corpus = {
      provenance: {
        links: [],
        groups: { [ids[0] as string]: 'g1', [ids[1] as string]: 'g1', [ids[2] as string]: 'g2' },
        credits: {},
        candidatePairs: 0,
      },
    } as unknown as CorpusLayers;
    const { events } = fuseEvents(docs, corpus);
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]?.corroboration, { documents: 3, independent: 2 });
  });
  it('near miss: two strikes on towns 60 km apart the same day stay apart', () => {
    const { events } = fuseEvents(
      [doc('x one', [mention({})]), doc('x two', [mention({ place: town('Orsk', 10.55) })])],
      {},
    );
    assert.equal(events.length, 2);
  });
  it('a report-day mention joins the dated one of the day before, not of three days before', () => {
    const undated = { value: null, precision: null, basis: 'report-day', mention: null, span: null } as const;
    const a = fuseEvents([doc('y one', [mention({})]), doc('y two', [mention({ date: undated })])], {});
    assert.equal(a.events.length, 1);
    assert.equal(a.events[0]?.date, '2031-05-05');
    const b = fuseEvents(
      [
        doc('z one', [mention({ date: { ...undated, value: '2031-05-02', basis: 'text', precision: 1 } })]),
        doc('z two', [mention({ date: undated })]),
      ],
      {},
    );
    assert.equal(b.events.length, 2);
  });
  it("a province holds its own towns, however far, and not the next province's, however near", () => {
    const province = (name: string, area: string, lat: number): EventPlace => ({
      ...town(name, lat),
      gazetteerId: `a:${name}`,
      geoPrecision: 3,
      area,
    });
    const capture = { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' } as const;
    const inside = fuseEvents(
      [
        doc('p one', [mention({ ...capture, place: province('Vassa Province', 'vassa', 10.3) })]),
        doc('p two', [mention({ ...capture, place: { ...town('Tarn', 11.2), area: 'vassa' } })]),
      ],
      {},
    );
    assert.equal(inside.events.length, 1);
    const next = fuseEvents(
      [
        doc('q one', [mention({ ...capture, place: province('Orlen Province', 'orlen', 10.3) })]),
        doc('q two', [mention({ ...capture, place: { ...town('Tarn', 10.35), area: 'vassa' } })]),
      ],
      {},
    );
    assert.equal(next.events.length, 2);
  });
  it('a mention referring back (its antecedent) stays with it and brings the other documents along', () => {
    const clash = { eventType: 'Battles', subEventType: 'Armed clash', triggerText: 'offensive' } as const;
    const undated = { value: null, precision: null, basis: 'report-day', mention: null, span: null } as const;
    const first = mention({ ...clash, place: null, date: undated });
    const back = mention({ ...clash, place: null, antecedent: { mention: first.id, rule: 'definite-anaphor' } });
    const other = mention({ ...clash });
    const linked = fuseEvents([doc('r one', [first, back]), doc('r two', [other])], {});
    assert.equal(linked.events.length, 1);
    assert.equal(linked.events[0]?.mentions.length, 3);
    // near miss: without the link the undated, unplaced mention stays on its own
    const plain = mention({ ...clash, place: null, date: undated });
    const alone = fuseEvents([doc('s one', [plain]), doc('s two', [mention({ ...clash })])], {});
    assert.equal(alone.events.length, 2);
  });
  it('different tolls from two sources: the lowest is kept and a figure contradiction names both claims', () => {
    const d1 = doc(
      'toll one',
      [mention({ fatalities: 17, claim: 'c1' })],
      [{ id: 'c1', content: { start: 0, end: 4 } }],
    );
    const d2 = doc(
      'toll two',
      [mention({ fatalities: 42, claim: 'c1' })],
      [{ id: 'c1', content: { start: 0, end: 4 } }],
    );
    const { events, contradictions } = fuseEvents([d1, d2], {});
    assert.equal(events[0]?.fatalities, 17);
    assert.equal(contradictions[0]?.kind, 'figure');
    assert.equal(contradictions[0]?.claims.length, 2);
  });
  it('a denial of a reported capture is a denial contradiction and contradicts the event', () => {
    const cap = { eventType: 'Battles', subEventType: 'Non-state actor overtakes territory' } as const;
    const d1 = doc('cap one', [mention({ ...cap, claim: 'c1', status: 'claimed' })]);
    const d2 = doc('cap two', [mention({ ...cap, claim: 'c1', status: 'denied' })]);
    const { events, contradictions } = fuseEvents([d1, d2], {});
    assert.equal(events.length, 1);
    assert.equal(contradictions[0]?.kind, 'denial');
    assert.deepEqual(events[0]?.contradictedBy, [`${d2.document.id}:c1`]);
  });
  const aligned = (a: AnalyzedDocument, b: AnalyzedDocument) =>
    ({
      provenance: {
        links: [
          {
            a: a.document.id,
            b: b.document.id,
            relation: 'rewrite',
            direction: null,
            similarity: 0.8,
            aligned: [{ a: { start: 0, end: 10 }, b: { start: 0, end: 10 }, kind: 'paraphrase', score: 0.8 }],
          },
        ],
        groups: { [a.document.id]: 'g1', [b.document.id]: 'g2' },
        credits: {},
        candidatePairs: 1,
      },
    }) as unknown as CorpusLayers;
  it('an aligned sentence pair merges one event placed differently, and the places contradict', () => {
    const d1 = doc('aligned one', [mention({ claim: 'c1' })]);
    const d2 = doc('aligned two', [mention({ place: town('Orsk', 10.9), claim: 'c1' })]);
    const { events, contradictions } = fuseEvents([d1, d2], aligned(d1, d2));
    assert.equal(events.length, 1);
    assert.deepEqual(
      contradictions.map((c) => c.kind),
      ['place'],
    );
    // without the alignment the two towns stay two strikes
    assert.equal(fuseEvents([d1, d2], {}).events.length, 2);
  });
  it('near miss: an aligned pair dated to different days stays apart, as a date contradiction', () => {
    const d1 = doc('dated one', [mention({ claim: 'c1' })]);
    const later = { value: '2031-05-03', precision: 1, basis: 'text', mention: null, span: null } as const;
    const d2 = doc('dated two', [mention({ date: later, claim: 'c1' })]);
    const { events, contradictions } = fuseEvents([d1, d2], aligned(d1, d2));
    assert.equal(events.length, 2);
    assert.deepEqual(
      contradictions.map((c) => c.kind),
      ['date'],
    );
  });
  it('an unplaced mention dated by its text joins the one strike of that day; with two it stays apart', () => {
    const unplaced = mention({ place: null, actors: ['Military Forces of Xv'] });
    const one = fuseEvents(
      [doc('u one', [mention({ actors: ['Military Forces of Xv'] })]), doc('u two', [unplaced])],
      {},
    );
    assert.equal(one.events.length, 1);
    const two = fuseEvents(
      [doc('v one', [mention({}), mention({ place: town('Orsk', 10.9) })]), doc('v two', [unplaced])],
      {},
    );
    assert.equal(two.events.length, 3);
  });
  describe('placeless, dateless mentions join only their own document or an aligned one', () => {
    const vague = {
      eventType: 'Battles',
      subEventType: 'Armed clash',
      place: null,
      date: { value: null, precision: null, basis: 'report-day', mention: null, span: null },
    } as const;
    const dated = {
      ...vague,
      date: { value: '2031-05-05', precision: 1, basis: 'text', mention: null, span: null },
    } as const;
    const cases: { name: string; docs: Partial<EventMention>[][]; align: boolean; events: number }[] = [
      { name: 'fighting in two unrelated reports stays two', docs: [[vague], [vague]], align: false, events: 2 },
      { name: 'aligned sentences are one', docs: [[vague], [vague]], align: true, events: 1 },
      { name: 'one document is one', docs: [[vague, vague]], align: false, events: 1 },
      {
        name: 'a dated placeless one and a vague one of another report',
        docs: [[dated], [vague]],
        align: false,
        events: 2,
      },
      {
        name: 'a dated placeless one and a vague one of the same report',
        docs: [[dated, vague]],
        align: false,
        events: 1,
      },
      { name: 'two dated placeless ones still merge by fit', docs: [[dated], [dated]], align: false, events: 1 },
    ];
    for (const c of cases)
      it(c.name, () => {
        const docs = c.docs.map((ms, i) =>
          doc(
            `fighting went on ${i}`,
            ms.map((m) => mention(m)),
          ),
        );
        const corpus = c.align && docs[0] && docs[1] ? aligned(docs[0], docs[1]) : {};
        assert.equal(fuseEvents(docs, corpus).events.length, c.events);
      });
  });
  describe('an event is placed where most of its mentions place it', () => {
    const gate: EventPlace = { ...town('Tarn Gate', 10.01), feature: 'landmark' };
    const wide = (name: string, lat: number): EventPlace => ({ ...town(name, lat), geoPrecision: 2 });
    const cases: { name: string; places: EventPlace[]; expected: string }[] = [
      {
        name: 'two say the town, one a landmark in it',
        places: [gate, wide('Tarn', 10), wide('Tarn', 10)],
        expected: 'Tarn',
      },
      { name: 'tie: the finer place', places: [wide('Tarn', 10), gate], expected: 'Tarn Gate' },
      { name: 'tie at one precision: the first', places: [wide('Vell', 10.05), wide('Tarn', 10)], expected: 'Vell' },
      { name: 'tie at one precision, reversed', places: [wide('Tarn', 10), wide('Vell', 10.05)], expected: 'Tarn' },
    ];
    for (const c of cases)
      it(c.name, () => {
        const docs = c.places.map((place, i) => doc(`a strike ${i}`, [mention({ place })]));
        const { events } = fuseEvents(docs, {});
        assert.equal(events.length, 1);
        assert.equal(events[0]?.place?.name, c.expected);
      });
  });
  it('groups claims that say the same thing in different documents', () => {
    const t1 = 'The ministry said 17 people were killed in the market.';
    const t2 = 'According to the ministry, 17 people were killed in the market.';
    const c = (t: string, s: string) => ({ id: 'c1', content: { start: t.indexOf(s), end: t.indexOf(s) + s.length } });
    const { claimGroups } = fuseEvents(
      [
        doc(t1, [], [c(t1, '17 people were killed in the market')]),
        doc(t2, [], [c(t2, '17 people were killed in the market')]),
      ],
      {},
    );
    assert.equal(Object.keys(claimGroups).length, 2);
    assert.equal(new Set(Object.values(claimGroups)).size, 1);
  });
});

describe('events and contradictions sections', () => {
  it('fills events with evidence, place ids by mention overlap and a one-line summary', () => {
    const d = doc('Jets hit Tarn.', [
      mention({ place: { ...town('Tarn', 10), start: 9, end: 13 }, start: 0, end: 14 }),
    ]);
    const report = buildReport({ generator: 't', documents: [d], rejected: [], corpus: {}, includeText: false }, [
      () => ({
        places: [
          {
            id: 'place_tarn',
            name: 'Tarn',
            lat: 10,
            lon: 20,
            country: 'XV',
            admin1: null,
            feature: 'town',
            gazetteer_id: null,
            mentions: [{ doc: d.document.id, start: 9, end: 13 }],
          },
        ],
      }),
      eventsSection,
      contradictionsSection,
    ]);
    const [e] = report.events;
    assert.equal(e?.place, 'place_tarn');
    assert.equal(e?.summary, 'Air/drone strike in Tarn on 2031-05-05');
    assert.deepEqual(e?.evidence, [{ span: { doc: d.document.id, start: 0, end: 14 }, claim: null }]);
    assert.deepEqual(report.contradictions, []);
  });
});
