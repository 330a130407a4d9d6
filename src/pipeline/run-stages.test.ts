import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NoiseSpan, Sentence } from '../model/index.js';
import { contextOf, documentOf } from '../testing/document-of.js';
import { checkStages } from './check-stages.js';
import { runDocumentStages } from './run-stages.js';
import type { AnyDocumentStage, DocumentStage } from './stage.js';

const text = 'Rebels entered Dunmere on Tuesday. Sign up to our newsletter';

// Test stages written for these tests only: they exercise the runner's contract, not any real heuristic.
const markLastLine: DocumentStage<'noise', never> = {
  kind: 'document',
  name: 'noise',
  requires: [],
  description: 'marks the last line',
  run: ({ document }) => {
    const start = document.text.indexOf('Sign up');
    return [
      { id: 'n1', start, end: document.text.length, kind: 'newsletter', source: { stage: 'noise', rule: 'test' } },
    ];
  },
};

let seenLayers: string[] = [];
const firstSentence: DocumentStage<'sentences', 'noise'> = {
  kind: 'document',
  name: 'sentences',
  requires: ['noise'],
  description: 'one sentence before the noise',
  run: ({ layers }) => {
    seenLayers = Object.keys(layers);
    const end = (layers.noise as readonly NoiseSpan[])[0]!.start - 1;
    return [{ id: 's1', start: 0, end, kind: 'sentence', paragraph: 0, source: { stage: 'sentences', rule: 'test' } }];
  },
};

const stageReturning = (items: unknown[]): AnyDocumentStage => ({
  kind: 'document',
  name: 'sentences',
  requires: [],
  description: 'returns fixed items',
  run: () => items as Sentence[],
});

describe('runDocumentStages', () => {
  it('runs stages in order and passes only the declared layers', () => {
    const run = runDocumentStages(documentOf(text), [markLastLine, firstSentence], contextOf());
    assert.deepEqual(run.errors, []);
    assert.deepEqual(seenLayers, ['noise']);
    assert.equal(
      text.slice(run.layers.sentences![0]!.start, run.layers.sentences![0]!.end),
      'Rebels entered Dunmere on Tuesday.',
    );
  });

  it('records a stage that returns a span outside the text, and keeps going', () => {
    const bad = stageReturning([{ id: 'x', start: 0, end: 999, source: { stage: 'sentences', rule: 't' } }]);
    const run = runDocumentStages(documentOf(text), [markLastLine, bad], contextOf());
    assert.equal(run.errors.length, 1);
    assert.match(run.errors[0]!.message, /outside the text/);
    assert.equal(run.layers.sentences, undefined);
    assert.equal(run.layers.noise?.length, 1);
  });

  it('rejects items without the stage provenance', () => {
    const bad = stageReturning([{ id: 'x', start: 0, end: 3, source: { stage: 'noise', rule: 't' } }]);
    const run = runDocumentStages(documentOf(text), [bad], contextOf());
    assert.match(run.errors[0]!.message, /lacks provenance/);
  });

  it('skips a stage whose required layer failed, naming the missing layer', () => {
    const failing: AnyDocumentStage = {
      ...markLastLine,
      run: () => {
        throw new Error('boom');
      },
    };
    const run = runDocumentStages(documentOf(text), [failing, firstSentence], contextOf());
    assert.deepEqual(
      run.errors.map((e) => e.stage),
      ['noise', 'sentences'],
    );
    assert.match(run.errors[1]!.message, /noise unavailable/);
  });

  it('freezes layers so a later stage cannot edit an earlier one', () => {
    const run = runDocumentStages(documentOf(text), [markLastLine], contextOf());
    assert.ok(Object.isFrozen(run.layers.noise));
  });
});

describe('checkStages', () => {
  it('accepts a registry whose requirements come first', () => {
    assert.deepEqual(checkStages([markLastLine, firstSentence], []), []);
  });
  it('reports a stage that reads a layer written later', () => {
    assert.deepEqual(checkStages([firstSentence, markLastLine], []), [
      'stage sentences reads layer noise, which no earlier stage writes',
    ]);
  });
  it('reports two stages writing one layer', () => {
    assert.match(checkStages([markLastLine, markLastLine], []).join(), /written by two stages/);
  });
});

describe('language coverage', () => {
  const englishOnly: AnyDocumentStage = { ...stageReturning([]), languages: ['en'] };
  it('leaves the layer of a stage whose rules do not cover the language empty, without an error', () => {
    const run = runDocumentStages(
      documentOf('Les rebelles sont entrés dans la ville.', { language: 'fr' }),
      [englishOnly],
      contextOf(),
    );
    assert.deepEqual(run.errors, []);
    assert.deepEqual(run.layers.sentences, []);
  });
  it('runs it for its own language and for documents of unknown language', () => {
    const item = {
      id: 's',
      start: 0,
      end: 6,
      kind: 'sentence',
      paragraph: 0,
      source: { stage: 'sentences', rule: 't' },
    };
    const stage = { ...stageReturning([item]), languages: ['en'] };
    for (const language of ['en', null]) {
      const run = runDocumentStages(documentOf('Rebels entered the city.', { language }), [stage], contextOf());
      assert.equal(run.layers.sentences?.length, 1);
    }
  });
});
