import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { joinTokenRuns } from './brat.js';

describe('brat: discontinuous spans as runs of tokens', () => {
  const text = 'Aa bb.  Cc dd, he said, ee.\nFf gg.';
  const span = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  it('joins fragments that only spaces separate', () => {
    assert.deepEqual(joinTokenRuns(text, [span('Aa bb.'), span('Cc dd')]), [{ start: 0, end: span('Cc dd').end }]);
  });
  it('keeps fragments apart when words separate them (the attribution)', () => {
    assert.deepEqual(joinTokenRuns(text, [span('Cc dd'), span('ee.')]), [span('Cc dd'), span('ee.')]);
  });
  it('keeps fragments apart across a line break', () => {
    assert.deepEqual(joinTokenRuns(text, [span('ee.'), span('Ff gg.')]), [span('ee.'), span('Ff gg.')]);
  });
});
