import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  CLAIM_LEXICON_FILES,
  type ClaimLexiconFiles,
  matchPattern,
  parseClaimLexicon,
  parsePattern,
} from './lexicon.js';
import { BUNDLED_DATA_DIR, loadClaimLexicon } from './resources.js';

const bundled = (): Record<string, string> =>
  Object.fromEntries(
    CLAIM_LEXICON_FILES.map((f) => [f, readFileSync(new URL(`lexicon/claims/${f}`, BUNDLED_DATA_DIR), 'utf8')]),
  );

describe('claim lexicon', () => {
  it('loads the bundled data', () => {
    const lex = loadClaimLexicon();
    assert.equal(lex.verbs.get('say')?.cls, 'report');
    assert.equal(lex.verbs.get('tell')?.addressee, true);
    assert.ok(lex.phrases.some((p) => p.tokens.join(' ') === 'according to'));
    assert.ok(lex.unverified.length > 0);
  });

  it('every data file opens with its source and licence', () => {
    for (const [name, text] of Object.entries(bundled())) {
      const header = text.split('\n').slice(0, 8).join('\n');
      assert.match(header, /Source: /, name);
      assert.match(header, /Licence: MIT, written for sitrep/, name);
    }
  });

  it('names the file and line of a malformed row', () => {
    const files = bundled();
    files['cue-verbs.tsv'] += 'proclaim\tshout\t-\n';
    assert.throws(() => parseClaimLexicon(files as ClaimLexiconFiles), /cue-verbs\.tsv:\d+: unknown class "shout"/);
    const short = bundled();
    short['source-kinds.tsv'] += 'garrison\tmilitary\n';
    assert.throws(() => parseClaimLexicon(short as ClaimLexiconFiles), /source-kinds\.tsv:\d+: expected 3/);
  });

  it('token patterns: choices, optional words and wildcards', () => {
    const toks = (s: string) => s.split(' ').map((w) => ({ lower: w, lemma: w }));
    const p = parsePattern('could|can not (independently) verify|confirm');
    assert.equal(matchPattern(p, toks('could not independently verify these'), 0), 4);
    assert.equal(matchPattern(p, toks('can not confirm'), 0), 3);
    assert.equal(matchPattern(p, toks('could verify'), 0), -1);
    assert.equal(matchPattern(parsePattern('what * called'), toks('what it called'), 0), 3);
  });
});
