import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotes } from './quotes.js';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  const cases: [string, string, string[]][] = [
    ['curly', 'He said: “We hold the bridge.” Then he left.', ['“We hold the bridge.”']],
    ['straight', 'He said "we hold it" and left.', ['"we hold it"']],
    ['German', 'Er sagte: „Wir halten die Brücke.“ Dann ging er.', ['„Wir halten die Brücke.“']],
    ['French guillemets', 'Il a dit « nous tenons le pont » hier.', ['« nous tenons le pont »']],
    ['reversed guillemets', 'Er sagte »wir bleiben« und ging.', ['»wir bleiben«']],
    ['typewriter pairs', "He said ''we hold it,'' and left.", ["''we hold it,''"]],
    ['single quotes in a headline', 'Mayor: ‘The water is back’ in Varno', ['‘The water is back’']],
    ['apostrophes are not quotes', 'The rebels’ advances and Varno’s mayor.', []],
    ['an inch mark after a digit is not an opening', 'A 5" pipe burst. He said "no".', ['"no"']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(quoted(text), expected));
  }

  it('a quotation carried on to the next paragraph is two linked segments', () => {
    const text = 'He said: “The wards are full.\n“We operate by torchlight.”';
    const qs = findQuotes(text);
    assert.equal(qs.length, 2);
    assert.equal(qs[0]!.continues, true);
    assert.equal(qs[1]!.continued, true);
    assert.equal(text.slice(qs[1]!.start, qs[1]!.end), '“We operate by torchlight.”');
  });

  it('a stray mark left open at a paragraph end is not a quotation', () => {
    assert.deepEqual(quoted('He said “the bridge is ours and left.\nThe road was closed.'), []);
  });

  // Time on pathological input is measured by `npm run bench` (issue 10), not asserted here.
  it('handles a megabyte of marks', () => {
    const text = '“”"„«»‘’'.repeat(125_000);
    assert.doesNotThrow(() => findQuotes(text));
  });
});
