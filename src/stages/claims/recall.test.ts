/**
 * Attribution frames added for recall (issue 5, PolNeAR train error classes): typewriter quotes, quantifier
 * sources, cues inside relative clauses, questions ("when asked"), colons, noun cues, cues that take a
 * preposition, participles after quotes and links, documents as subjects, trailing relative clauses, and the
 * speaker fixes behind them. Each hit has its near miss. Sentences written for sitrep.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type ClaimView, viewsOf } from './test-helpers.js';

type Want = Partial<ClaimView>;

/** The claim of `text` whose cue is `cue` (first one), or undefined. */
const byCue = (views: readonly ClaimView[], cue: string): ClaimView | undefined => views.find((v) => v.cue === cue);

function pick(v: ClaimView | undefined, want: Want): Want | undefined {
  if (!v) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(want)) out[k] = v[k as keyof ClaimView];
  return out as Want;
}

describe('claims: recall frames', () => {
  const hits: [name: string, text: string, cue: string, want: Want][] = [
    [
      'typewriter quotes with a contraction inside',
      "''They're inside the old town now,'' said Colonel Aric Vale.",
      'said',
      { source: 'Colonel Aric Vale', content: "''They're inside the old town now,''", rule: 'inverted' },
    ],
    [
      'typewriter quotes before an honorific and surname',
      "''The line will hold,'' Mr. Dorn said.",
      'said',
      { source: 'Mr. Dorn', content: "''The line will hold,''" },
    ],
    [
      'a quantifier as the source',
      'Nearly half said they would leave the city before winter.',
      'said',
      { source: 'half', content: 'they would leave the city before winter' },
    ],
    [
      'a quantifier the tagger reads as an adverb',
      'About a third said the roads were closed.',
      'said',
      { source: 'a third', content: 'the roads were closed' },
    ],
    [
      '"say" after a number',
      'Six in 10 say the council acted too late.',
      'say',
      { source: 'Six in 10', content: 'the council acted too late' },
    ],
    [
      'a cue inside a relative clause, nested in another claim',
      'The governor rejected the figure, which a monitoring group said was far too low.',
      'said',
      { source: 'a monitoring group', content: 'was far too low', rule: 'relative-clause' },
    ],
    [
      'when asked: a question with no named asker',
      'When asked about the convoy, the governor said it had left at dawn.',
      'asked about',
      { source: null, content: 'the convoy', rule: 'when-asked' },
    ],
    [
      'asked whether, at the start of the sentence',
      'Asked whether he would run again, Mayor Lenk said he had not decided.',
      'Asked',
      { source: null, content: 'whether he would run again' },
    ],
    [
      'a passive question',
      'The minister was asked to name a single village the army had retaken.',
      'was asked',
      { rule: 'passive', content: 'to name a single village the army had retaken' },
    ],
    [
      'a colon headline with an addressee',
      'Kerr to Aid Groups: We Will Reopen the Crossing',
      ':',
      { source: 'Kerr', content: 'We Will Reopen the Crossing', rule: 'colon' },
    ],
    [
      'a colon after a name opening a quotation mid-sentence',
      'The surge does not surprise pollster Dana Shore: “Late deciders always break for the challenger.”',
      ':',
      { source: 'pollster Dana Shore', rule: 'colon-quote' },
    ],
    [
      'a noun cue with a possessive owner and a preposition',
      "The ministry's denial of the strike came two days later.",
      'denial of',
      { source: 'ministry', content: 'the strike', status: 'denied', rule: 'noun-cue' },
    ],
    [
      'a noun cue with its author after "by"',
      'Claims by the interior ministry that the town had fallen spread quickly.',
      'Claims',
      { source: 'the interior ministry', status: 'claimed' },
    ],
    [
      'a noun cue after a verb the chunker took into the noun phrase',
      'Residents voiced complaints that the aid was too slow.',
      'voiced complaints',
      { source: 'Residents', content: 'that the aid was too slow' },
    ],
    [
      '"said of": the quotation before is the content',
      '“It is a sound plan,” Trump said of the proposal.',
      'said of',
      { source: 'Trump', content: '“It is a sound plan,”', rule: 'quote-before-cue' },
    ],
    [
      'a cue with its preposition and object',
      'The commander boasted of his gains in the north.',
      'boasted of',
      { source: 'The commander', content: 'his gains in the north' },
    ],
    [
      'a participle right after a quotation',
      'Lenk called the vote “a farce,” adding that he would appeal.',
      'adding',
      { content: 'that he would appeal', rule: 'participle' },
    ],
    [
      'a participle after "before"',
      'The general spoke to reporters before insisting the town was safe.',
      'insisting',
      { content: 'the town was safe', rule: 'participle' },
    ],
    [
      'a document as the subject of a weak verb',
      'A new poll shows the mayor with 40 percent.',
      'shows',
      { source: 'A new poll', content: 'the mayor with 40 percent' },
    ],
    [
      'the content ends before a trailing relative clause',
      'The governor said the convoy reached Dravena, where aid workers were waiting.',
      'said',
      { content: 'the convoy reached Dravena' },
    ],
    [
      '"according to" a source the chunker cannot read',
      'The challenger led among young voters, according to exit polls.',
      'according to',
      { source: 'exit polls', content: 'The challenger led among young voters' },
    ],
  ];
  for (const [name, text, cue, want] of hits) {
    it(name, () => {
      assert.deepEqual(pick(byCue(viewsOf(text), cue), want), want);
    });
  }

  const misses: [name: string, text: string, absent: (v: ClaimView) => boolean][] = [
    ['"a say" is a noun', 'The villagers want a say in the talks.', (v) => v.cue === 'say'],
    [
      'a that-clause after an addressee is no relative clause',
      'The mayor told the council that he believes the bridge is safe.',
      (v) => v.rule === 'relative-clause',
    ],
    [
      'a relative clause naming a thing, not reporting',
      'She criticised what she called the reckless shelling.',
      (v) => v.rule === 'relative-clause',
    ],
    [
      'a question that mentions a claim leaves the claim',
      'Asked about reports that the bridge had fallen, the colonel declined to comment.',
      (v) => v.rule === 'when-asked',
    ],
    ['a label before a colon', 'The Latest: the crossing reopens on Monday', (v) => v.rule === 'colon'],
    ['a clock time', 'At 11:06 a.m. the convoy left.', (v) => v.rule === 'colon'],
    [
      'a colon after a common noun',
      'The rebels gave the town a new name: “Free Town.”',
      (v) => v.rule === 'colon-quote',
    ],
    ['a noun cue with no owner', 'The denial of service attack hit the site.', (v) => v.cue === 'denial of'],
    ['"said about" before a number', 'The agency said about 300 families fled.', (v) => v.cue === 'said about'],
    ['"spoke on condition of anonymity"', 'An official spoke on condition of anonymity.', (v) => v.cue === 'spoke on'],
    ['a weak verb with a plain subject', 'The fighting continued in the east.', () => true],
  ];
  for (const [name, text, absent] of misses) {
    it(`near miss: ${name}`, () => {
      assert.deepEqual(viewsOf(text).filter(absent), []);
    });
  }

  it('quantifier pronouns: "some say", "another says" (and the clause before it ends there)', () => {
    assert.deepEqual(
      viewsOf('Some say the truce will fail.').map((v) => [v.source, v.content]),
      [['Some', 'the truce will fail']],
    );
    assert.deepEqual(
      viewsOf('While one agency says the toll is 40, another says it is 60.').map((v) => [v.source, v.content]),
      [
        ['one agency', 'the toll is 40'],
        ['another', 'it is 60'],
      ],
    );
    assert.deepEqual(viewsOf('Voters have some say in this.'), []);
  });

  it('"said about" before a number keeps the number in the content', () => {
    assert.deepEqual(pick(byCue(viewsOf('The agency said about 300 families fled.'), 'said'), { content: '' }), {
      content: 'about 300 families fled',
    });
  });
});

describe('claims: speakers behind the recall frames', () => {
  const speakerOf = (text: string, words: string): (string | null)[] =>
    viewsOf(text)
      .filter((v) => v.content.includes(words))
      .map((v) => v.speaker);

  it('a pronoun inside a relative clause is its own sentence subject', () => {
    const text =
      'The aid society counted the families at the crossing. The rebels on Monday released photos of what they said were captured soldiers.';
    assert.deepEqual(speakerOf(text, 'captured soldiers'), ['rebels']);
  });

  it('near miss: a pronoun outside a relative clause keeps the last speaker', () => {
    const text = 'Marin Dol, the mayor, said the road was open. The rebels shelled it. He said they would stop.';
    assert.deepEqual(speakerOf(text, 'they would stop'), ['Marin Dol']);
  });

  it('"the defence ministry" is not a health ministry spokeswoman with an honorific', () => {
    const text =
      'Health ministry spokeswoman Dr Ilka Maren said the toll stood at 12. The defence ministry denied that the bridge had fallen.';
    assert.deepEqual(speakerOf(text, 'the toll stood'), ['Ilka Maren']);
    assert.deepEqual(speakerOf(text, 'the bridge had fallen'), ['defence ministry']);
  });

  it('near miss: a bare "ministry" still finds the only ministry', () => {
    const text = 'The Interior Ministry said the curfew would hold. The ministry added that roads stayed shut.';
    assert.deepEqual(speakerOf(text, 'roads stayed shut'), ['Interior Ministry']);
  });

  it('a "Watch" is an organisation, so "it" finds it', () => {
    const text =
      'Both sides agree the town was shelled. Harbor Rights Watch said 12 people died. That count includes six children it says died in the market.';
    assert.deepEqual(speakerOf(text, 'died in the market'), ['Harbor Rights Watch']);
  });

  it('an appositive with a relative clause before "said"', () => {
    const text =
      'Harbor Rights Watch, a monitoring group that relies on volunteers in the villages, said at least 40 people were killed.';
    assert.deepEqual(speakerOf(text, 'at least 40 people'), ['Harbor Rights Watch']);
  });
});
