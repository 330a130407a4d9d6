/**
 * Attribution frames added for recall (issue 5, PolNeAR train error classes): typewriter quotes, quantifier
 * sources, cues inside relative clauses, questions ("when asked"), colons, noun cues, cues that take a
 * preposition, participles after quotes and links, documents as subjects, trailing relative clauses, and the
 * speaker fixes behind them. Each hit has its near miss. Sentences written for sitrep.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { viewsOf } from './test-helpers.js';
import {
  type HitRow,
  hitTable,
  type MissRow,
  missTable,
  pickByCue,
  type SpeakerRow,
  speakerTable,
} from './test-table.js';

describe('claims: recall frames', () => {
  const hits: HitRow[] = [
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
      {
        source: 'a monitoring group',
        content: 'which a monitoring group said was far too low',
        parts: ['which', 'was far too low'],
        rule: 'relative-clause',
      },
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
      'said',
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
    [
      'a passive cue before an infinitive, with no source written',
      'The convoy is expected to reach Dravena on Sunday.',
      'is expected',
      {
        source: null,
        content: 'The convoy is expected to reach Dravena on Sunday',
        parts: ['The convoy', 'to reach Dravena on Sunday'],
        rule: 'passive-infinitive',
      },
    ],
    [
      'an adverb between the auxiliary and the cue joins the cue',
      'The mayor has since said that the bridge was never closed.',
      'has since said',
      { source: 'The mayor', content: 'that the bridge was never closed' },
    ],
    [
      'a bare time word between the subject and the cue joins the cue',
      'Governor Tal earlier Thursday said the curfew would end.',
      'earlier Thursday said',
      { source: 'Governor Tal', content: 'the curfew would end' },
    ],
    [
      'coordinated adjectives in a source',
      'The talks stalled over the port, current and former officials said.',
      'said',
      { source: 'current and former officials', content: 'The talks stalled over the port' },
    ],
    [
      'a pronoun coordinated with a name as the source',
      'The blockade is working, he and Mr. Varo said.',
      'said',
      { source: 'he and Mr. Varo' },
    ],
    [
      'an inverted source followed by "when asked"',
      '“The road is open,” said Captain Ilsa Brandt when asked about the convoy.',
      'said',
      { source: 'Captain Ilsa Brandt', content: '“The road is open,”', rule: 'inverted' },
    ],
    [
      'a second coordinated source ends the first quotation',
      'In the survey, 30 percent said “very likely” and 12 percent said “not likely.”',
      'said',
      { source: '30 percent', content: '“very likely”' },
    ],
    [
      'a relative clause before the verb of the content stays in the content',
      'Mayor Lenk said the ferry, which was built in 1990, remained safe.',
      'said',
      { content: 'the ferry, which was built in 1990, remained safe' },
    ],
    [
      'the reporter’s words running into a quotation are content too',
      'The plan “will starve the north,” the governor wrote.',
      'wrote',
      { source: 'the governor', content: 'The plan “will starve the north,”' },
    ],
    [
      'a bare day name after the verb joins the cue',
      'The ministry said Friday that the crossing would reopen.',
      'said Friday',
      { content: 'that the crossing would reopen' },
    ],
  ];
  hitTable(hits);

  const misses: MissRow[] = [
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
    [
      'a day name that opens a noun phrase stays out of the cue',
      "The ministry said Friday's shelling killed four people.",
      (v) => v.cue === 'said Friday',
    ],
    ['a passive cue with no infinitive', 'The delay was expected.', (v) => v.cue === 'was expected'],
    [
      'a passive cue before "to" and a noun',
      'The aid is expected to the north by Friday.',
      (v) => v.cue === 'is expected',
    ],
    [
      'a trailing relative clause after the verb still ends the content',
      'The governor said the convoy reached Dravena, where aid workers were waiting.',
      (v) => v.content.includes('aid workers'),
    ],
    [
      'a quotation opening the clause takes no words before it',
      '“We will hold the line,” the colonel said.',
      (v) => v.content !== '“We will hold the line,”',
    ],
  ];
  missTable(misses);

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
    assert.deepEqual(pickByCue(viewsOf('The agency said about 300 families fled.'), 'said', { content: '' }), {
      content: 'about 300 families fled',
    });
  });
});

describe('claims: speakers behind the recall frames', () => {
  const rows: SpeakerRow[] = [
    [
      'a pronoun inside a relative clause is its own sentence subject',
      'The aid society counted the families at the crossing. The rebels on Monday released photos of what they said were captured soldiers.',
      'captured soldiers',
      ['rebels'],
    ],
    [
      'near miss: a pronoun outside a relative clause keeps the last speaker',
      'Marin Dol, the mayor, said the road was open. The rebels shelled it. He said they would stop.',
      'they would stop',
      ['Marin Dol'],
    ],
    [
      '"the defence ministry" is not a health ministry spokeswoman with an honorific',
      'Health ministry spokeswoman Dr Ilka Maren said the toll stood at 12. The defence ministry denied that the bridge had fallen.',
      'the toll stood',
      ['Ilka Maren'],
    ],
    [
      '"the defence ministry" finds itself',
      'Health ministry spokeswoman Dr Ilka Maren said the toll stood at 12. The defence ministry denied that the bridge had fallen.',
      'the bridge had fallen',
      ['defence ministry'],
    ],
    [
      'near miss: a bare "ministry" still finds the only ministry',
      'The Interior Ministry said the curfew would hold. The ministry added that roads stayed shut.',
      'roads stayed shut',
      ['Interior Ministry'],
    ],
    [
      'a "Watch" is an organisation, so "it" finds it',
      'Both sides agree the town was shelled. Harbor Rights Watch said 12 people died. That count includes six children it says died in the market.',
      'died in the market',
      ['Harbor Rights Watch'],
    ],
    [
      'an appositive with a relative clause before "said"',
      'Harbor Rights Watch, a monitoring group that relies on volunteers in the villages, said at least 40 people were killed.',
      'at least 40 people',
      ['Harbor Rights Watch'],
    ],
  ];
  speakerTable(rows);
});
