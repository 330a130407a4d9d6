/** Where a claim's content and clauses start and end, read from punctuation, complementizers and conjunctions. */
import type { LanguageCues } from '../language-cues.js';
import type { Tok } from '../tokens.js';
import { COORD, isPunct, outside, word } from './words.js';

/** Index after the content that starts at k: the sentence end, or the next cue's clause, minus final punctuation. */
export function contentEnd(toks: readonly Tok[], k: number, limit: number): number {
  let b = limit;
  while (b > k && outside(toks[b - 1]) && (isPunct(toks[b - 1]) || COORD.has(word(toks[b - 1])))) b--;
  return b;
}

/** Start of the clause that ends before index `end`: after the last clause punctuation, quote or conjunction. */
export function clauseStart(toks: readonly Tok[], end: number, lc: LanguageCues, floor: number): number {
  let k = end;
  while (k > floor) {
    const t = toks[k - 1]!;
    if (!outside(t) || isPunct(t) || lc.that.has(word(t)) || COORD.has(word(t))) break;
    k--;
  }
  return k;
}

/** True when a word of content comes before index k in the clause ("Les combats, selon l'armée, …"). */
export function hasContentBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = 0; j < k; j++) if (!isPunct(toks[j]) && !COORD.has(word(toks[j]))) return true;
  return false;
}

/** Where the clause of the cue at `k` begins, so the cue before it stops its content there. */
export function precedingClause(toks: readonly Tok[], k: number, floor: number, lc: LanguageCues): number {
  const before = toks[k - 1];
  if (before?.text === ',' || (before && before.quote >= 0)) return k - 1;
  let a = clauseStart(toks, k, lc, floor);
  // "…, algo que el grupo rechazó": the relative clause and its pronoun are not part of the content before it
  if (a > floor && lc.that.has(word(toks[a - 1]))) {
    let j = a - 1;
    while (j > floor && !isPunct(toks[j - 1])) j--;
    if (j > floor) a = j - 1;
  }
  return a;
}
