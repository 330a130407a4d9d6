/**
 * Content pieces and cue spans: the attribution inside a content is left out of its pieces ("X, he said, Y"), the
 * cue is the verb group (a medium such as "in a statement" is the channel), and content ends where the reporter's
 * main clause resumes. Short sentences about a fictional conflict, written for the project.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { viewsOf } from './test-helpers.js';
import { type HitRow, hitTable, type MissRow, missTable } from './test-table.js';

describe('claims: content in pieces', () => {
  const hits: HitRow[] = [
    [
      'a parenthetical attribution splits its content in two',
      'The bridge at Kessa, the mayor said, was destroyed overnight.',
      'said',
      {
        content: 'The bridge at Kessa, the mayor said, was destroyed overnight',
        parts: ['The bridge at Kessa', 'was destroyed overnight'],
      },
    ],
    [
      'a relative clause: the relative word is the first piece',
      'Troops entered the depot, which the army said was empty.',
      'said',
      { content: 'which the army said was empty', parts: ['which', 'was empty'], rule: 'relative-clause' },
    ],
    [
      'a raising passive: the subject is the first piece',
      'The ceasefire talks are expected to resume in Orlan on Monday.',
      'are expected',
      { parts: ['The ceasefire talks', 'to resume in Orlan on Monday'], source: null },
    ],
    [
      'a subject completed by an "of" phrase',
      'The head of the relief mission is expected to visit Kessa.',
      'is expected',
      { parts: ['The head of the relief mission', 'to visit Kessa'] },
    ],
    [
      'a quotation the attribution interrupts: both quotations are pieces',
      '“We will not leave Kessa,” the commander said, “and we will hold the bridge.”',
      'said',
      {
        source: 'the commander',
        parts: ['“We will not leave Kessa,”', '“and we will hold the bridge.”'],
        rule: 'quote-around-cue',
      },
    ],
    [
      'the same with the source after the verb',
      '“We will not leave Kessa,” said Colonel Varga, “and we will hold the bridge.”',
      'said',
      { source: 'Colonel Varga', parts: ['“We will not leave Kessa,”', '“and we will hold the bridge.”'] },
    ],
    [
      'an uninterrupted content is one piece',
      'The ministry said that the road to Orlan was open.',
      'said',
      { content: 'that the road to Orlan was open', parts: ['that the road to Orlan was open'] },
    ],
  ];
  hitTable(hits);
  it('near miss: a quotation in the next sentence is carried on as its own claim, not a piece', () => {
    const views = viewsOf('“We will not leave Kessa,” the commander said. “We will hold the bridge.”');
    assert.deepEqual(
      views.map((v) => v.parts),
      [['“We will not leave Kessa,”'], ['“We will hold the bridge.”']],
    );
  });
});

describe('claims: the cue is the verb group', () => {
  const hits: HitRow[] = [
    [
      'a medium after the verb is the channel, not the cue',
      'The ministry said in a statement that the road to Orlan was open.',
      'said',
      { channel: 'in a statement', content: 'that the road to Orlan was open' },
    ],
    ['no channel written', 'The ministry said that the road to Orlan was open.', 'said', { channel: null }],
    [
      '"said of": the topic preposition stays out of the cue when the content is the quotation before',
      '“It is a trap and nothing more,” the mayor said of the offer.',
      'said',
      { content: '“It is a trap and nothing more,”', source: 'the mayor' },
    ],
  ];
  hitTable(hits);
  it('the whole statement still covers the channel', () => {
    const [v] = viewsOf('The ministry said in a statement that the road to Orlan was open.');
    assert.equal(v?.whole, 'The ministry said in a statement that the road to Orlan was open');
  });
});

describe('claims: content ends where the main clause resumes', () => {
  const hits: HitRow[] = [
    [
      'a cue in a fronted subordinate clause',
      'After the army said the road to Orlan was open, convoys left Kessa at dawn.',
      'said',
      { content: 'the road to Orlan was open' },
    ],
  ];
  hitTable(hits);
  const misses: MissRow[] = [
    [
      'no fronted clause: a comma inside the content does not end it',
      'The army said the road to Orlan was open, but convoys stayed in Kessa.',
      (v) => v.cue === 'said' && v.content === 'the road to Orlan was open',
    ],
  ];
  missTable(misses);
});
