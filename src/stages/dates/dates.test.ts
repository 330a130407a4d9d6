import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentMeta } from '../../model/index.js';
import { analyzeWith, contextOf, documentOf } from '../../testing/document-of.js';
import { defaultNoiseLexicon, noise } from '../noise/index.js';
import { defaultSentenceLexicon, sentences } from '../sentences/index.js';
import { applySpec, type DateMention, dates, defaultDateLexicon, extractDates } from './index.js';

/** 30 November 2024 is a Saturday. */
const SATURDAY = '2024-11-30';

const ctx = () =>
  contextOf({
    noiseLexicon: defaultNoiseLexicon(),
    sentenceLexicon: defaultSentenceLexicon(),
    dateLexicon: defaultDateLexicon(),
  });

function mentionsOf(text: string, meta: Partial<DocumentMeta> = { published: SATURDAY, publishedBasis: 'metadata' }) {
  const layers = analyzeWith([noise, sentences, dates], documentOf(text, meta), ctx());
  return (layers.dates ?? []).map((d) => ({ surface: text.slice(d.start, d.end), ...d }));
}

/** [sentence, expected [surface, value] pairs] with the publication date 2024-11-30 (a Saturday). */
const VALUES: [string, [string, string | null][]][] = [
  // weekdays with tense
  ['Rebels launched the offensive on Wednesday.', [['Wednesday', '2024-11-27']]],
  ['Fighters entered the old town on Saturday.', [['Saturday', '2024-11-30']]],
  ['The foreign minister will travel to the capital on Sunday.', [['Sunday', '2024-12-01']]],
  [
    'The envoy will fly to Tarsk on Sunday, before visiting the border on Monday, his office said.',
    [
      ['Sunday', '2024-12-01'],
      ['Monday', '2024-12-02'],
    ],
  ],
  ["Saturday's attack on the depot killed nine people.", [['Saturday', '2024-11-30']]],
  ['Talks are planned for next Saturday.', [['next Saturday', '2024-12-07']]],
  ['The council met last Friday.', [['last Friday', '2024-11-29']]],
  ['The militia has controlled the road since Wednesday.', [['Wednesday', '2024-11-27']]],
  ['A curfew was declared until Sunday.', [['Sunday', '2024-12-01']]],
  // relative days, weeks, months
  ['Yesterday the airport closed.', [['Yesterday', '2024-11-29']]],
  ['Two days ago the convoy left.', [['Two days ago', '2024-11-28']]],
  ['Last month, the envoy warned of escalation.', [['Last month', '2024-10']]],
  ['Earlier this week, the talks collapsed.', [['Earlier this week', '2024-W48']]],
  ['Aid will resume next week.', [['next week', '2024-W49']]],
  [
    'Shelling continued overnight and this morning.',
    [
      ['overnight', '2024-11-30TNI'],
      ['this morning', '2024-11-30TMO'],
    ],
  ],
  // explicit dates in the usual orders
  ['The council met on 27 November 2024.', [['27 November 2024', '2024-11-27']]],
  ['The council met on November 27, 2024.', [['November 27, 2024', '2024-11-27']]],
  ['The council met on Wednesday, Nov. 27.', [['Wednesday, Nov. 27', '2024-11-27']]],
  ['The council met on the 27th of November.', [['27th of November', '2024-11-27']]],
  // a colon after the day ends the phrase; only a clock time glued to it ("Nov. 27:30") is not a date
  ['The paper wrote in its leader on Wednesday, Nov. 27: the truce must hold.', [['Wednesday, Nov. 27', '2024-11-27']]],
  ['Records dated 2024-11-27 were seized.', [['2024-11-27', '2024-11-27']]],
  ['The siege ended in March 2020.', [['March 2020', '2020-03']]],
  // the clock time falls on the day after "on" (it used to sit on the publication day, apart from Friday)
  ['The strikes resumed at 3 p.m. on Friday.', [['3 p.m. on Friday', '2024-11-29T15:00']]],
  // background keeps its year
  ['In 2016, the army retook the city.', [['2016', '2016']]],
  ['The city has been held since 2016.', [['2016', '2016']]],
  ['Its 2016 capture was symbolic.', [['2016', '2016']]],
  ['Protests spread in the 1980s.', [['the 1980s', '198']]],
  // durations and periods
  ['Within two days, they had taken the town.', [['two days', 'P2D']]],
  ['Over the past two days, forty people were killed.', [['the past two days', 'P2D']]],
  ['Supplies are expected within the next 72 hours.', [['the next 72 hours', 'PT72H']]],
  ['The blockade lasted more than three weeks.', [['more than three weeks', 'P3W']]],
  ['A 24-hour truce was agreed.', [['24-hour', 'PT24H']]],
  ['Since the offensive began, forty people have died.', [['Since the offensive began', null]]],
  ['Aid flights will continue for two more weeks.', [['two more weeks', 'P2W']]],
  ['The mandate was extended for an additional year.', [['an additional year', 'P1Y']]],
  ['The exchange stayed shut for eight trading days.', [['eight trading days', 'P8D']]],
  ['The sirens sounded for a minute and a half.', [['a minute and a half', 'PT1M30S']]],
  // "last" / "final" before a quarter or half of a written year is its last one; without the year, the latest
  ['Exports fell in the last half of 2023.', [['the last half of 2023', '2023-H2']]],
  ['Grain prices rose in the final quarter of 2023.', [['the final quarter of 2023', '2023-Q4']]],
  ['Grain prices rose in the last quarter.', [['the last quarter', '2024-Q3']]],
  // a clock time takes the day written after it with "on"; a place after "on" is no day
  ['The truce will take effect at 6 a.m. on Sunday.', [['6 a.m. on Sunday', '2024-12-01T06:00']]],
  ['The meeting at 9 a.m. on the border was cancelled.', [['9 a.m.', '2024-11-30T09:00']]],
  // an approximate count before "ago" stays one expression
  ['The envoy visited the camp two days or so ago.', [['two days or so ago', '2024-11-28']]],
  // an unmeasured stretch after a duration preposition; without one, "a while" is no expression of time
  ['Civilians may have to shelter for a while.', [['a while', 'PXX']]],
  ['Give the mediators a while.', []],
  // a decade without a count reaching back or ahead is a span like "the past two decades"; a century is not
  ['Raids have tripled over the past decade.', [['the past decade', 'P10Y']]],
  ['The river has flooded twice in the last century.', []],
  // a bare hour with a part of day after a preposition is a clock time; without one it may be a count
  ['The convoy left at 4 in the morning.', [['4 in the morning', '2024-11-30T04:00']]],
  ['The guns fell silent at 9 in the evening.', [['9 in the evening', '2024-11-30T21:00']]],
  ['Of the twelve, 4 in the morning group were hurt.', []],
  // seasons, coordinated days
  ['Fighting flared in the winter of 2019.', [['the winter of 2019', '2019-WI']]],
  ['Refugees arrived in the early summer.', [['the early summer', '2024-SU']]],
  [
    'The donor conference is set for December 4 and 5.',
    [
      ['December 4', '2024-12-04'],
      ['5', '2024-12-05'],
    ],
  ],
  // tense: a participle after "be" is not the finite verb; an -ed word after an article is an adjective
  ['The salaries will be paid in March.', [['March', '2025-03']]],
  ['The salaries were paid in March.', [['March', '2024-03']]],
  ['The ministry will publish the list in a revised decree in March.', [['March', '2025-03']]],
  // a plan in progress still lies ahead; a plan seen from the past ("were due to") does not
  ['Families were planning to leave the camp on Monday.', [['Monday', '2024-12-02']]],
  ['Families were due to leave the camp on Monday.', [['Monday', '2024-11-25']]],
  // an agreement or plan points forward through its infinitive, even backshifted in a report ("had agreed to")
  ['Aid groups said the army had agreed to open the crossing from Tuesday.', [['Tuesday', '2024-12-03']]],
  ['The two sides decided to resume talks on Monday.', [['Monday', '2024-12-02']]],
  // near misses: what was agreed is a noun, or the weekday is the day of the agreement itself
  ['The two sides agreed to a ceasefire on Monday.', [['Monday', '2024-11-25']]],
  ['The two sides agreed on Monday to resume talks.', [['Monday', '2024-11-25']]],
  ['On Monday, the council decided to close the schools.', [['Monday', '2024-11-25']]],
  ['On Monday, the council will close the schools.', [['Monday', '2024-12-02']]],
  // a time of day bounded by a preposition: "by nightfall", "at dawn on Sunday", "until morning"
  ['Fighters must leave the village by nightfall.', [['nightfall', '2024-11-30TEV']]],
  ['Shelling stopped at dawn on Sunday.', [['dawn on Sunday', '2024-11-24TMO']]],
  ['The road stays closed until morning.', [['morning', '2024-11-30TMO']]],
  // references and sets
  ['The front now appears calm.', [['now', 'PRESENT_REF']]],
  ['Convoys cross every Friday.', [['every Friday', 'XXXX-WXX-5']]],
  ['Herders cross the river each July.', [['each July', 'XXXX-07']]],
  // a day named in the text, moved by one day
  ["The day before last Tuesday's vote, the roads closed.", [['The day before last Tuesday', '2024-11-25']]],
  // "the previous Friday" counts from the last date the text named, not from the publication date
  [
    'Prices fell on Monday, down 3% from the previous Friday.',
    [
      ['Monday', '2024-11-25'],
      ['previous Friday', '2024-11-22'],
    ],
  ],
  // a part of day written before its day; "today's" session happens on the day
  ['Shells hit the market at mid-afternoon yesterday.', [['mid-afternoon yesterday', '2024-11-29TAF']]],
  ["The ceasefire is on today's council agenda.", [['today', '2024-11-30']]],
  // compounds of length
  ['Envoys left the third day-long meeting.', [['day-long', 'P1D']]],
  ['A decades-long feud ended.', [['decades-long', 'PXDE']]],
];

describe('dates: values resolved against the publication date', () => {
  for (const [text, expected] of VALUES) {
    it(text, () => {
      assert.deepEqual(
        mentionsOf(text).map((m) => [m.surface, m.value]),
        expected,
      );
    });
  }
});

/** Near misses: nothing (or only the listed surfaces) is a date. */
const NEAR_MISSES: [string, string[]][] = [
  ['May Haddad said the convoy left.', []],
  ['Residents may leave the city.', []],
  // without a bounding preposition, or as a modifier, a day boundary is no time: "a dawn raid", "by night"
  ['Police carried out a dawn raid.', []],
  ['Worshippers met after dawn prayers.', []],
  ['As dawn broke, the guns fell silent.', []],
  ['The wounded were moved by night.', []],
  ['Worshippers gathered for a Friday prayer.', []],
  ['Bloody Sunday is remembered in the city.', []],
  ['About 2000 fighters joined the assault.', []],
  ['The unit fired 1500 shells.', []],
  ['A 68-year-old man was wounded.', []],
  ['Jan Kavan met the delegation.', []],
  ['A second convoy arrived.', []],
  ['It imports about three-quarters of its fuel.', []],
  ['The march on the capital was peaceful.', []],
  // a number after a date is a second day only when it closes the clause
  ['The summit opened on December 4 and 5 delegates walked out.', ['December 4']],
  ['Two more soldiers were wounded.', []],
  // "May 5:30" is a clock time after a name, not the fifth of May
  ['Her flight left at May 5:30 local time.', ['5:30 local']],
  // "today's" before a noun of the present age is not the day
  ["In today's world, aid is slow.", []],
  // a quoted title in title case is a programme, not this week; "high noon" is an idiom
  ['The minister spoke on "This Week" about the siege.', []],
  ['For the town, it was high noon.', []],
  // "the day before" followed by a clause counts from an event, not from a named day
  ['The day before authorities closed the road, rebels attacked.', []],
];

/** 26 October 1989 is a Thursday; the third quarter of 1989 has just been reported. */
const EARNINGS_DAY = '1989-10-26';

describe('dates: year-ago comparisons', () => {
  it('every "a year earlier" compares with the reported quarter, not with the previous comparison', () => {
    const text =
      'Net income rose to $9 million in the third quarter. A year earlier, the company earned $7 million. ' +
      'Revenue climbed to $80 million from $70 million a year earlier.';
    assert.deepEqual(
      mentionsOf(text, { published: EARNINGS_DAY, publishedBasis: 'metadata' }).map((m) => [m.surface, m.value]),
      [
        ['the third quarter', '1989-Q3'],
        ['A year earlier', '1988-Q3'],
        ['a year earlier', '1988-Q3'],
      ],
    );
  });
  it('"the same period last year", "last year\'s quarter", "the 1988 quarter" are the reported quarter a year back', () => {
    const text =
      'Net income rose to $9 million in the third quarter. In the 1988 quarter, margins were thinner. ' +
      "Sales were flat in the same period last year. Last year's quarter included a charge.";
    assert.deepEqual(
      mentionsOf(text, { published: EARNINGS_DAY, publishedBasis: 'metadata' }).map((m) => [m.surface, m.value]),
      [
        ['the third quarter', '1989-Q3'],
        ['the 1988 quarter', '1988-Q3'],
        ['the same period last year', '1988-Q3'],
        ["Last year's quarter", '1988-Q3'],
      ],
    );
  });
  it('"the year-earlier period" names the last quarter reported, however far back', () => {
    const text =
      'Net income rose in the third quarter. The board met on Monday. Analysts were pleased. Margins improved. ' +
      'In the year-earlier period, the company lost money.';
    const values = mentionsOf(text, { published: EARNINGS_DAY, publishedBasis: 'metadata' }).map((m) => m.value);
    assert.equal(values.at(-1), '1988-Q3');
  });
  it('with no quarter named, "the 1988 quarter" is only its year', () => {
    assert.deepEqual(
      mentionsOf('In the 1988 quarter, margins were thinner.', {
        published: EARNINGS_DAY,
        publishedBasis: 'metadata',
      }).map((m) => [m.surface, m.value]),
      [['the 1988 quarter', '1988']],
    );
  });
  it('without a quarter nearby, "a year earlier" is last year', () => {
    assert.deepEqual(
      mentionsOf('A year earlier, the company had no debt.', {
        published: EARNINGS_DAY,
        publishedBasis: 'metadata',
      }).map((m) => [m.surface, m.value]),
      [['A year earlier', '1988']],
    );
  });
});

describe('dates: near misses', () => {
  for (const [text, expected] of NEAR_MISSES) {
    it(text, () => {
      assert.deepEqual(
        mentionsOf(text).map((m) => m.surface),
        expected,
      );
    });
  }
});

describe('dates: attributes', () => {
  it('"now" is a reference, not a date: no precision, no day', () => {
    const [now] = mentionsOf('The front now appears calm.');
    assert.equal(now?.type, 'DATE');
    assert.equal(now?.precision, null);
  });
  it('"Within two days, they" is a duration with its signal, not a date', () => {
    const [d] = mentionsOf('Within two days, they had taken the town.');
    assert.deepEqual([d?.type, d?.signal, d?.anchor, d?.precision], ['DURATION', 'within', 'unanchored', null]);
  });
  it('tense: past, future and present verb groups', () => {
    const tenses = mentionsOf('Rebels seized the bridge on Wednesday. The envoy will arrive on Monday.').map(
      (m) => m.tense,
    );
    assert.deepEqual(tenses, ['past', 'future']);
  });
  it('precision and anchor', () => {
    const ms = mentionsOf('In March 2020 and on 27 November 2024, and on Saturday, and in 2016, and last week.');
    assert.deepEqual(
      ms.map((m) => [m.surface, m.precision, m.anchor]),
      [
        ['March 2020', 'month', 'absolute'],
        ['27 November 2024', 'day', 'absolute'],
        ['Saturday', 'day', 'publication'],
        ['2016', 'year', 'absolute'],
        ['last week', 'week', 'publication'],
      ],
    );
  });
  it("a period keeps its signal in the text's own words", () => {
    const text = 'Over the past two days, forty people were killed since Wednesday.';
    assert.deepEqual(
      mentionsOf(text).map((m) => text.slice(m.phraseStart, m.end)),
      ['Over the past two days', 'since Wednesday'],
    );
  });
  it('ACLED time precision: a day 1, a week 2, a month 3; an unresolved weekday 2', () => {
    assert.deepEqual(
      mentionsOf('On Saturday, last week, last month, for two days.').map((m) => m.timePrecision),
      [1, 2, 3, null],
    );
    assert.equal(mentionsOf('Rebels seized the airport on Saturday.', {})[0]?.timePrecision, 2);
  });
  it('"the day before" counts from the last date mentioned', () => {
    const ms = mentionsOf('The town fell on Friday. Fighters had entered it the day before.');
    assert.deepEqual(
      ms.map((m) => [m.surface, m.value, m.anchor]),
      [
        ['Friday', '2024-11-29', 'publication'],
        ['the day before', '2024-11-28', 'narrative'],
      ],
    );
  });
  it('every mention carries provenance from the dates stage', () => {
    for (const m of mentionsOf('On Saturday and yesterday and in 2016.')) assert.equal(m.source.stage, 'dates');
  });
});

describe('dates: documents without a publication date', () => {
  // 9 October 2025 is a Thursday; the relative specs are applied to it.
  const THURSDAY = Date.UTC(2025, 9, 9) / 86_400_000;
  const cases: [text: string, surface: string, onThursday: string][] = [
    // a past-tense "by" reports a state already reached: the weekday lies on or before the reference
    ['By Thursday morning the families were sleeping in a van.', 'Thursday morning', '2025-10-09TMO'],
    ['The aid group said 300 families had fled by Wednesday evening.', 'Wednesday evening', '2025-10-08TEV'],
    // near miss: a future-tense "by" is still a deadline ahead
    ['The army says it will reopen the road by Saturday.', 'Saturday', '2025-10-11'],
    // "the following day" after a day of an unstated year is that day plus one, not the publication day plus one
    ['The offensive began on 6 October and reached the town the following day.', 'the following day', '2025-10-07'],
    ['The siege began on 31 December and the town fell the following day.', 'the following day', '2026-01-01'],
  ];
  for (const [text, surface, value] of cases) {
    it(`${surface} in "${text}" → ${value}`, () => {
      const m = mentionsOf(text, {}).find((x) => x.surface === surface);
      assert.ok(m?.relative, `${surface}: no relative spec`);
      assert.equal(applySpec(m.relative, THURSDAY), value);
    });
  }

  it('relative values stay null but keep a spec the publication stage can apply', () => {
    const [sat] = mentionsOf('Rebels seized the airport on Saturday.', {});
    assert.equal(sat?.value, null);
    assert.equal(sat?.anchor, 'publication');
    assert.ok(sat?.relative);
    assert.equal(applySpec(sat.relative, Date.UTC(2024, 11, 1) / 86_400_000), '2024-11-30');
    assert.equal(applySpec(sat.relative, Date.UTC(2024, 10, 30) / 86_400_000), '2024-11-30');
    assert.equal(applySpec(sat.relative, Date.UTC(2024, 10, 29) / 86_400_000), '2024-11-23');
  });
  it('absolute dates are resolved anyway', () => {
    assert.deepEqual(
      mentionsOf('The city fell in 2016 and on 27 November 2024.', {}).map((m) => m.value),
      ['2016', '2024-11-27'],
    );
  });
  it('a "Published" line in the text dates the document', () => {
    const ms = mentionsOf('Published 30 November 2024\n\nRebels seized the airport on Saturday.', {});
    assert.deepEqual(
      ms.map((m) => [m.surface, m.value, m.role]),
      [
        ['30 November 2024', '2024-11-30', 'published'],
        ['Saturday', '2024-11-30', null],
      ],
    );
  });
  it('a header date line is a dateline; a headline naming a date is not', () => {
    assert.equal(mentionsOf('Sat 30 Nov 2024 14.05 GMT\n\nRebels advanced.', {})[0]?.role, 'dateline');
    assert.equal(
      mentionsOf('Rebels said they would hold the city until 30 November 2024 at least.\n\nMore.', {})[0]?.role,
      null,
    );
  });
});

/** Weekday and month names of other languages (written for sitrep), with the document's language. */
const LANGUAGES: [string, string, [string, string | null][]][] = [
  [
    'es',
    'El sábado los rebeldes tomaron el aeropuerto; ayer cerraron la carretera.',
    [
      ['sábado', '2024-11-30'],
      ['ayer', '2024-11-29'],
    ],
  ],
  ['es', 'La ciudad cayó el 27 de noviembre de 2024.', [['27 de noviembre de 2024', '2024-11-27']]],
  [
    'fr',
    'Samedi, les rebelles ont pris l’aéroport. Hier, la route a été coupée.',
    [
      ['Samedi', '2024-11-30'],
      ['Hier', '2024-11-29'],
    ],
  ],
  ['fr', 'La ville est tombée le 27 novembre 2024.', [['27 novembre 2024', '2024-11-27']]],
  [
    'it',
    'Sabato i ribelli hanno preso l’aeroporto; ieri la strada era chiusa.',
    [
      ['Sabato', '2024-11-30'],
      ['ieri', '2024-11-29'],
    ],
  ],
  ['it', 'La città è caduta il 27 novembre 2024.', [['27 novembre 2024', '2024-11-27']]],
  [
    'de',
    'Am Samstag nahmen die Rebellen den Flughafen ein, gestern die Straße.',
    [
      ['Samstag', '2024-11-30'],
      ['gestern', '2024-11-29'],
    ],
  ],
  ['de', 'Die Stadt fiel am 27. November 2024.', [['27. November 2024', '2024-11-27']]],
  ['de', 'Die Stadt fiel am 27.11.2024.', [['27.11.2024', '2024-11-27']]],
  ['de', 'Die Waffenruhe endete am Samstag.', [['Samstag', '2024-11-30']]],
  ['es', 'Los rebeldes entraron en la ciudad el sábado.', [['sábado', '2024-11-30']]],
  ['es', 'El convoy llegó el lunes 25 de noviembre.', [['lunes 25 de noviembre', '2024-11-25']]],
  ['fr', 'Le cessez-le-feu a été signé le 30 novembre.', [['30 novembre', '2024-11-30']]],
  ['fr', 'Les combats ont repris mardi dernier.', [['mardi dernier', '2024-11-26']]],
  ['it', 'I colloqui riprenderanno il 2 dicembre.', [['2 dicembre', '2024-12-02']]],
];

describe('dates: Spanish, French, Italian and German names', () => {
  for (const [language, text, expected] of LANGUAGES) {
    it(`${language}: ${text}`, () => {
      const ms = mentionsOf(text, { published: SATURDAY, publishedBasis: 'metadata', language });
      assert.deepEqual(
        ms.map((m) => [m.surface, m.value]),
        expected,
      );
    });
  }
  it('German "Mai" is a month only in a German document', () => {
    assert.deepEqual(
      mentionsOf('Mai Lan sprach.', { published: SATURDAY, language: 'en' }).map((m) => m.surface),
      [],
    );
    assert.deepEqual(
      mentionsOf('Die Wahl findet im Mai statt.', { published: SATURDAY, language: 'de' }).map((m) => m.surface),
      ['Mai'],
    );
  });
});

describe('dates: stage contract', () => {
  it('runs on hand-built layers and fails clearly without its lexicon', () => {
    const document = documentOf('On Saturday the bridge fell.', { published: SATURDAY });
    const out = dates.run(
      { document, layers: { noise: [], sentences: [] } },
      contextOf({ dateLexicon: defaultDateLexicon() }),
    );
    assert.deepEqual(
      out.map((d: DateMention) => d.value),
      ['2024-11-30'],
    );
    assert.throws(() => dates.run({ document, layers: { noise: [], sentences: [] } }, contextOf({})), /dateLexicon/);
  });
  it('skips dates inside boilerplate (newsletter promos)', () => {
    const document = documentOf('The bridge fell on Saturday.\nSign up today for our weekly newsletter', {
      published: SATURDAY,
    });
    const promo = document.text.indexOf('Sign up');
    const out = dates.run(
      {
        document,
        layers: {
          noise: [
            {
              id: 'n1',
              start: promo,
              end: document.text.length,
              kind: 'newsletter',
              source: { stage: 'noise', rule: 't' },
            },
          ],
          sentences: [],
        },
      },
      contextOf({ dateLexicon: defaultDateLexicon() }),
    );
    assert.deepEqual(
      out.map((d: DateMention) => document.text.slice(d.start, d.end)),
      ['Saturday'],
    );
  });
});

// Time on pathological input is measured by `npm run bench` (issue 10), not asserted here.
describe('dates: pathological input', () => {
  for (const [name, unit] of [
    ['letters', 'a'],
    ['digits', '1'],
    ['date-like words', 'on Saturday 30 November 2024 since May the '],
    ['numbers and slashes', '12/11/'],
    ['spaced numbers', '1 '],
    ['no spaces', 'Saturday,'],
    ['punctuation', '.,;:!?-/'],
    ['month names', 'November '],
    ['weekday words', 'Saturday '],
    ['numbers with commas', '1,000 '],
  ] as const) {
    it(`1 MB of ${name} is read without error`, () => {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      const read = () =>
        extractDates({
          text,
          lexicon: defaultDateLexicon(),
          language: 'en',
          reference: SATURDAY,
          sentences: [],
          skip: [],
        });
      assert.doesNotThrow(read);
    });
  }
});
