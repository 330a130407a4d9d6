import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ClaimMention } from '../claims/types.js';
import { extractCasualties } from './extract.js';
import { parseCasualtyLexicon } from './lexicon.js';
import { defaultCasualtyLexicon } from './load-lexicon.js';
import { parseNumber } from './numbers.js';
import { figuresOf } from './test-helpers.js';
import { tokenize } from './tokens.js';

/** "count category outcome" for every figure of a text, in text order. */
const brief = (text: string) => figuresOf(text).views.map((v) => `${v.count} ${v.category} ${v.outcome}`);

describe('parseNumber', () => {
  const cases: [string, number | null][] = [
    ['7,000 families', 7000],
    ['7.000 Familien', 7000],
    ['1.5 million people', 1_500_000],
    ['1.5m people', 1_500_000],
    ['three people', 3],
    ['fifty-two people', 52],
    ['twenty one people', 21],
    ['two hundred and fifty people', 250],
    ['a dozen people', 12],
    ['half a million people', 500_000],
    ['46th Brigade', null],
    ['10km away', null],
    ['8-year-old boy', null],
    ['2.5 people', null],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const got = parseNumber(tokenize(text), 0, defaultCasualtyLexicon());
      assert.equal(got && !got.vague ? got.value : null, want);
    });
  }
  it('"dozens of" and "tens of thousands of" are vague, not counts', () => {
    assert.equal(parseNumber(tokenize('dozens of people'), 0, defaultCasualtyLexicon())?.vague, true);
    assert.equal(parseNumber(tokenize('tens of thousands of people'), 0, defaultCasualtyLexicon())?.vague, true);
  });
});

describe('casualties: figures that are there', () => {
  const cases: [string, string[]][] = [
    [
      'At least 12 villagers and 7 militants were killed in the raid on Dorva.',
      ['12 civilians killed', '7 combatants killed'],
    ],
    ['The army said 30 insurgents died in the fighting.', ['30 rebels killed']],
    ['Gunmen stormed the market, killing nine shoppers.', ['9 civilians killed']],
    ['The blast left four civilian fatalities and eleven injuries.', ['4 civilians killed', '11 people injured']],
    ['The strike killed 8 people and wounded 23 others.', ['8 people killed']],
    ['Nineteen people were killed and 60 wounded, the hospital said.', ['19 people killed', '60 people injured']],
    ['More than 2,400 households have fled the district since the floods.', ['2400 families displaced']],
    ['The militia said it had captured 41 army soldiers near the dam.', ['41 government_forces captured']],
    ['The front said it would release 9 wounded conscripts.', ['9 soldiers injured']],
    ['Some 300 Sudanese troops were taken prisoner.', ['300 government_forces captured']],
    ['The rebels said they had killed more than 90 members of the security forces.', ['90 government_forces killed']],
    ['A drone strike on the farm killed a family of six.', ['6 people killed']],
    ['A local journalist was killed by sniper fire on Monday.', ['1 journalists killed']],
    ['Twelve aid workers remain missing after the convoy was ambushed.', ['12 aid_workers missing']],
    ['The regional health office has put the death toll at 27.', ['27 people killed']],
    ['More than half a million people have died in the war.', ['500000 people killed']],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(brief(text), want));

  it('"Another civilian was [killed]": a continuation figure takes the outcome of the sentence before', () => {
    assert.deepEqual(brief('Four civilians were killed in Dask. Another civilian was by a shell near the camp.'), [
      '4 civilians killed',
      '1 civilians killed',
    ]);
    // near miss: without a figure just before, nothing says what happened to him
    assert.deepEqual(brief('The market reopened. Another civilian was by the gate near the camp.'), []);
  });

  it('keeps each figure of a coordination with its own span and the shared clause', () => {
    const { views } = figuresOf(
      'At least 16 farmers and 5 police officers have been killed in the valley, the monitor said.',
    );
    assert.deepEqual(
      views.map((v) => [v.text, v.qualifier, v.clause]),
      [
        ['16 farmers', 'at_least', 'At least 16 farmers and 5 police officers have been killed'],
        ['5 police officers', 'at_least', 'At least 16 farmers and 5 police officers have been killed'],
      ],
    );
  });

  it('marks parts as part of their whole, never as additions', () => {
    const { views } = figuresOf(
      'Shelling hit the school, killing 11 civilians, including four children and a teacher.',
    );
    assert.deepEqual(
      views.map((v) => [v.text, v.partOf]),
      [
        ['11 civilians', null],
        ['four children', '11 civilians'],
      ],
    );
    const second = figuresOf('The group said at least 64 people had been killed since March, 20 of them women.').views;
    assert.deepEqual(
      second.map((v) => [v.count, v.category, v.partOf]),
      [
        [64, 'people', null],
        [20, 'women', '64 people'],
      ],
    );
  });

  it('links a part named in the next sentence ("That figure includes …")', () => {
    const { views } = figuresOf(
      'The monitor said 140 people had been killed. That figure includes 35 children who died in the siege.',
    );
    assert.deepEqual(
      views.map((v) => [v.count, v.partOf]),
      [
        [140, null],
        [35, '140 people'],
      ],
    );
  });

  it('reads qualifiers', () => {
    const q = (t: string) => figuresOf(t).views.map((v) => v.qualifier);
    assert.deepEqual(q('Almost 800 families were displaced.'), ['almost']);
    assert.deepEqual(q('Up to 40 miners are missing.'), ['up_to']);
    assert.deepEqual(q('About 70 fighters were killed.'), ['about']);
    assert.deepEqual(q('Over 15 soldiers were wounded.'), ['more_than']);
    assert.deepEqual(q('The rebels will hand over 15 wounded soldiers.'), ['exactly']);
  });

  it('takes the period from the dates layer and the as_of from the publication date', () => {
    const { views } = figuresOf('At least 45 people have been killed over the past three days, medics said.', {
      published: '2025-03-14',
    });
    assert.equal(views[0]?.period, 'over the past three days');
    assert.equal(views[0]?.asOf, '2025-03-14');
    assert.equal(figuresOf('Five soldiers were killed.', { published: null }).views[0]?.asOf, null);
  });

  it('attributes a figure to the claim whose content holds it', () => {
    const text = 'The ministry said 14 police officers were killed in the ambush.';
    const claim = (t: string): ClaimMention[] => {
      const content = { start: t.indexOf('14'), end: t.indexOf('.') };
      return [
        {
          id: 'claim-1',
          start: 0,
          end: t.length,
          content,
          cue: { start: 13, end: 17 },
          cueText: 'said',
          cueClass: 'report',
          sourceSpan: { start: 0, end: 12 },
          sourceText: 'The ministry',
          speaker: null,
          status: 'claimed',
          statusRule: 'test',
          direct: false,
          paragraph: 0,
          source: { stage: 'claims', rule: 'test' },
        },
      ];
    };
    const { figures } = figuresOf(text, {}, claim);
    assert.equal(figures[0]?.claimId, 'claim-1');
    assert.equal(figures[0]?.status, 'claimed');
    assert.equal(figuresOf(text).figures[0]?.claimId, null);
  });
});

describe('casualties: near misses', () => {
  const misses = [
    'Thousands of fighters massed near the border.',
    'Dozens of people were killed in the clashes.',
    'The city is home to more than 3 million people, many of whom have been displaced before.',
    'Children as young as nine were among those killed.',
    'The 52nd Brigade was killed off as a unit in 2019.',
    'The offensive began in 2016 and 4,000 fighters took part.',
    'The town lies 12 km from the front, where 5,000 troops are deployed.',
    'The fighters captured seven villages and two towns.',
    'The agency needs $40 million to feed 2 million people.',
    'An estimated 9,000 soldiers guard the pass.',
    'A spokesman said the army had sent 600 troops.',
    'Tens of thousands of people fled earlier rounds of fighting.',
  ];
  for (const text of misses) it(text, () => assert.deepEqual(brief(text), []));
});

describe('casualties: lexicon and speed', () => {
  it('rejects a malformed row with file and line', () => {
    assert.throws(
      () =>
        parseCasualtyLexicon({
          nouns: 'en\tnoun\tcivilians\tcivilians',
          outcomes: '',
          qualifiers: '',
          numbers: '',
          cues: '',
        }),
      /nouns\.tsv:1/,
    );
  });
  // Time on pathological input is measured by `npm run bench` (issue 10), not asserted here.
  it('reads a 1 MB pathological text', () => {
    const unit = '1 2 3 at least 4 5 civilians and 6, including 7 of them killed killed, a family of ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const sentence = {
      id: 's1',
      start: 0,
      end: text.length,
      kind: 'sentence' as const,
      paragraph: 0,
      source: { stage: 't', rule: 't' },
    };
    const figures = extractCasualties({
      text,
      lexicon: defaultCasualtyLexicon(),
      sentences: [sentence],
      skip: [],
      dates: [],
      places: [],
      claims: [],
      published: null,
    });
    assert.ok(figures.length > 1000);
  });
});
