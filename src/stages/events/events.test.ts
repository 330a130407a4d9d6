import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sentence } from '../../model/index.js';
import { documentOf } from '../../testing/document-of.js';
import type { ClaimMention } from '../claims/types.js';
import type { DateMention } from '../dates/types.js';
import type { PlaceMention } from '../places/types.js';
import { extractEvents } from './extract.js';
import { killedFigures } from './figures.js';
import { defaultEventLexicon } from './load-lexicon.js';
import { tokenize } from './match.js';

const lexicon = defaultEventLexicon();

/** Hand-built layers: one sentence per line; places and dates found by their surface strings. */
function run(
  text: string,
  opts: {
    places?: [string, Partial<PlaceMention>][];
    dates?: [string, Partial<DateMention>][];
    claims?: [string, string, ClaimMention['status']][];
    published?: string;
  } = {},
) {
  const document = documentOf(text, { published: opts.published ?? '2031-05-10' });
  const sentences: Sentence[] = [];
  let at = 0;
  text.split('\n').forEach((line, i) => {
    sentences.push({
      id: `s${i}`,
      start: at,
      end: at + line.length,
      kind: 'sentence',
      paragraph: i,
      source: { stage: 't', rule: 't' },
    });
    at += line.length + 1;
  });
  const find = (s: string) => {
    const start = text.indexOf(s);
    assert.ok(start >= 0, `${s} not in text`);
    return { start, end: start + s.length };
  };
  const places: PlaceMention[] = (opts.places ?? []).map(([s, p], i) => ({
    id: `p${i}`,
    ...find(s),
    source: { stage: 'places', rule: 't' },
    name: s,
    lat: 10 + i * 0.5,
    lon: 20,
    country: 'XV',
    admin1: null,
    feature: 'town',
    gazetteerId: `t:${s}`,
    geoPrecision: 1,
    relation: null,
    confidence: 1,
    ...p,
  }));
  const dates: DateMention[] = (opts.dates ?? []).map(([s, d], i) => ({
    id: `d${i}`,
    ...find(s),
    source: { stage: 'dates', rule: 't' },
    type: 'DATE',
    value: null,
    precision: 'day',
    anchor: 'publication',
    tense: 'past',
    mod: null,
    signal: null,
    phraseStart: find(s).start,
    timePrecision: 1,
    relative: null,
    role: null,
    timex: true,
    language: 'en',
    ...d,
  }));
  const claims = (opts.claims ?? []).map(
    ([whole, content, status], i) =>
      ({
        id: `c${i}`,
        ...find(whole),
        content: find(content),
        status,
        source: { stage: 'claims', rule: 't' },
      }) as unknown as ClaimMention,
  );
  const events = extractEvents(document, { noise: [], sentences, places, dates, claims }, lexicon);
  return events.map((e) => ({
    type: e.eventType,
    sub: e.subEventType,
    trigger: e.triggerText,
    place: e.place?.name ?? null,
    date: e.date.value,
    fatalities: e.fatalities,
    status: e.status,
    actors: e.actors,
    background: e.background,
  }));
}

describe('events: types and sub-types', () => {
  const cases: [string, string, string][] = [
    [
      'Government warplanes carried out air strikes on the market in Norvik.',
      'Explosions/Remote violence',
      'Air/drone strike',
    ],
    [
      'Army artillery shelled the northern districts of Norvik overnight.',
      'Explosions/Remote violence',
      'Shelling/artillery/missile attack',
    ],
    [
      'A roadside bomb exploded near a checkpoint outside Norvik.',
      'Explosions/Remote violence',
      'Remote explosive/landmine/IED',
    ],
    ['Heavy fighting broke out between the militia and soldiers near Norvik.', 'Battles', 'Armed clash'],
    [
      'Gunmen abducted three aid workers from a clinic in Norvik.',
      'Violence against civilians',
      'Abduction/forced disappearance',
    ],
    ['Hundreds of demonstrators gathered outside the governor’s office in Norvik.', 'Protests', 'Peaceful protest'],
    ['Police arrested twelve students in Norvik.', 'Strategic developments', 'Arrests'],
    ['Fighters looted shops in the old market of Norvik.', 'Strategic developments', 'Looting/property destruction'],
  ];
  for (const [text, type, sub] of cases) {
    it(text, () => {
      const [e] = run(text, { places: [['Norvik', {}]] });
      assert.equal(e?.type, type);
      assert.equal(e?.sub, sub);
      assert.equal(e?.place, 'Norvik');
    });
  }
  it('near miss: a standing situation and a statement name no event', () => {
    assert.deepEqual(run('Norvik has been held by the government since the truce.', { places: [['Norvik', {}]] }), []);
    assert.deepEqual(run('The minister said the talks would resume next month.'), []);
  });
  it('near miss: a negated capture is no event', () => {
    assert.deepEqual(run('The rebels did not seize Norvik.', { places: [['Norvik', {}]] }), []);
  });
});

describe('events: territory, actors and several events in one sentence', () => {
  it('"seized A, B and C" is three captures by the named coalition', () => {
    const text =
      'The offensive is led by the Orvane Liberation Front (OLF).\nOn Tuesday the rebels seized Dalsk, Merrow and Pell.';
    const got = run(text, {
      places: [
        ['Dalsk', {}],
        ['Merrow', {}],
        ['Pell', {}],
      ],
    });
    const captures = got.filter((e) => e.sub === 'Non-state actor overtakes territory');
    assert.deepEqual(
      captures.map((e) => e.place),
      ['Dalsk', 'Merrow', 'Pell'],
    );
    assert.ok(captures.every((e) => e.actors.includes('Orvane Liberation Front')));
  });
  it('the army retaking a village is a government regain; capturing soldiers is a clash', () => {
    const [regain] = run('The army retook the village of Mezro on Thursday.', { places: [['Mezro', {}]] });
    assert.equal(regain?.sub, 'Government regains territory');
    const [capture] = run('The rebels said they captured 30 soldiers near Mezro.', { places: [['Mezro', {}]] });
    assert.equal(capture?.sub, 'Armed clash');
  });
  it('without a leader, rebels are a generic label; demonym forces are military forces of that country', () => {
    const [e] = run('Karsenian and Veldorian jets bombed rebel positions near Tarn.', { places: [['Tarn', {}]] });
    assert.equal(e?.sub, 'Air/drone strike');
  });
});

describe('events: dates, background, fatalities, status', () => {
  it('takes the clause’s date; a past year makes it background', () => {
    const [now] = run('Warplanes struck Tarn on Monday.', {
      places: [['Tarn', {}]],
      dates: [['Monday', { value: '2031-05-05' }]],
    });
    assert.equal(now?.date, '2031-05-05');
    assert.equal(now?.background, false);
    const [then] = run('In 2019, government forces recaptured Tarn.', {
      places: [['Tarn', {}]],
      dates: [['2019', { value: '2019', precision: 'year', anchor: 'absolute', timePrecision: 3 }]],
    });
    assert.equal(then?.background, true);
    assert.equal(then?.date, '2019');
  });
  it('fatalities: the stated figure, subsets not added, coordinated groups summed', () => {
    const [a] = run('Jets struck the market in Tarn, killing 9 civilians, including two children.', {
      places: [['Tarn', {}]],
    });
    assert.equal(a?.fatalities, 9);
    const [b] = run('At least 5 civilians and 7 fighters were killed in air strikes on Tarn.', {
      places: [['Tarn', {}]],
    });
    assert.equal(b?.fatalities, 12);
    const [c] = run('Air strikes hit Tarn; 40 people have been killed since the offensive began.', {
      places: [['Tarn', {}]],
    });
    assert.equal(c?.fatalities, null);
  });
  it('a killing with no trigger of its own continues the previous sentence’s strike', () => {
    const got = run(
      'Warplanes struck the town of Tarn on Monday.\nThree civilians were killed in Orsk, north of Tarn.',
      {
        places: [
          ['Tarn', {}],
          ['Orsk', {}],
        ],
      },
    );
    assert.equal(got[1]?.sub, 'Air/drone strike');
    assert.equal(got[1]?.place, 'Orsk');
    assert.equal(got[1]?.fatalities, 3);
  });
  it('status comes from the claim covering the trigger; an outlet’s sentence is asserted', () => {
    const text = 'The group said it had seized the airport at Tarn.';
    const [claimed] = run(text, {
      places: [['Tarn', {}]],
      claims: [[text, 'it had seized the airport at Tarn', 'claimed']],
    });
    assert.equal(claimed?.status, 'claimed');
    const [asserted] = run('Rebels seized the airport at Tarn.', { places: [['Tarn', {}]] });
    assert.equal(asserted?.status, 'asserted');
  });
});

describe('killedFigures', () => {
  const cases: [string, number[]][] = [
    ['killing 14 people, including 3 children', [14]],
    ['a senior officer had been killed', [1]],
    ['four civilians had been killed', [4]],
    ['20 km from the front, nobody was hurt', []],
  ];
  for (const [s, want] of cases) {
    it(s, () =>
      assert.deepEqual(
        killedFigures(tokenize(s)).map((f) => f.count),
        want,
      ),
    );
  }
});
