// The speed work (issue 10) keeps the output identical: the tagger's token fields stay aligned, and the boilerplate
// filter still sees noise spans that start long before a sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NoiseSpan } from '../../model/index.js';
import { contextOf, documentOf } from '../../testing/document-of.js';
import { createClaimsStage } from './stage.js';
import { createWinkTagger } from './tagger.js';
import { plainSentences, testResources } from './test-helpers.js';

describe('claims: speed without changing output', () => {
  it('the tagger reads values, tags, lemmas and spaces off one token collection, aligned', () => {
    const text = 'The Kessa council  said on Monday that ferries would resume.';
    const tagged = createWinkTagger().tag(text);
    const surfaces = tagged.map((t) => text.slice(t.start, t.end));
    assert.deepEqual(surfaces.slice(0, 4), ['The', 'Kessa', 'council', 'said']);
    const said = tagged[3]!;
    assert.equal(said.lemma, 'say');
    assert.equal(said.pos, 'VERB');
    assert.equal(tagged.find((t) => text.slice(t.start, t.end) === 'ferries')?.lemma, 'ferry');
  });

  const text = [
    'Subscribe now. The Varno mayor said the market would reopen.',
    'Share this. The port authority said the ferry would sail.',
    'The Kessa council said the road was open.',
  ].join('\n');
  const noiseSpan = (start: number, end: number): NoiseSpan => ({
    id: `n${start}-${end}`,
    start,
    end,
    kind: 'subscribe',
    source: { stage: 'noise', rule: 'test' },
  });
  const claimsWith = (noise: NoiseSpan[]) => {
    const document = documentOf(text);
    const layers = { noise, sentences: plainSentences(text) };
    return createClaimsStage()
      .run({ document, layers }, contextOf({ claims: testResources() }))
      .map((c) => text.slice(c.content.start, c.content.end));
  };

  it('a long noise span starting far before a sentence still hides it (hit)', () => {
    const second = text.indexOf('Share this.');
    // One span from the first line to the end of the second, and short ones inside it.
    const noise = [noiseSpan(0, text.indexOf('The Kessa')), noiseSpan(0, 14), noiseSpan(second, second + 11)];
    assert.deepEqual(claimsWith(noise), ['the road was open']);
  });

  it('short noise spans before a sentence leave it (near miss)', () => {
    const second = text.indexOf('Share this.');
    assert.deepEqual(claimsWith([noiseSpan(0, 14), noiseSpan(second, second + 11)]), [
      'the market would reopen',
      'the ferry would sail',
      'the road was open',
    ]);
  });
});
