import { matchForm } from '../../lib/text/word-forms.js';
import type { PatternToken } from './types.js';

/**
 * A word of the text: its offsets, as written, and lower-cased with curly apostrophes straightened (Arabic and
 * Cyrillic words folded by `matchForm`).
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
}

// Marks (\p{M}) belong to their word: Arabic vowel signs, combining accents.
const WORD =
  /\p{N}{1,3}(?:,\p{N}{3})+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:n['’]t)?/gu;

/**
 * An elided article or pronoun glued to the next word by an apostrophe (French "l'aéroport", "d'artillerie",
 * "qu'ils"; Italian "dell'esercito", "un'offensiva"): a word of its own, so that patterns name the noun alone. The
 * list is closed and short: English words with an inner apostrophe ("o'clock", "don't") never start this way.
 */
export const ELISION =
  /^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu|dell|dall|nell|sull|all|coll|un|quell|quest|sant)'(?=\p{L})/u;

/** Words of text[from, to), with offsets into the whole text. Linear: one pass of a non-backtracking regex. */
/**
 * The index of the first token starting at or after `pos`, or -1: `tokens.findIndex((t) => t.start >= pos)` by
 * binary search (tokens are in text order), so that looking a position up per trigger or date stays logarithmic on
 * a document that is one huge sentence.
 */
export function firstTokenFrom(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    const lower = matchForm(m[0].toLowerCase().replace(/’/g, "'"));
    const start = from + m.index;
    const elided = ELISION.exec(lower)?.[0].length ?? 0;
    if (elided) {
      out.push({ start, end: start + elided, text: m[0].slice(0, elided), lower: lower.slice(0, elided) });
      out.push({
        start: start + elided,
        end: start + m[0].length,
        text: m[0].slice(elided),
        lower: lower.slice(elided),
      });
    } else out.push({ start, end: start + m[0].length, text: m[0], lower });
  }
  return out;
}

/** Tests a cue-class slot at token i; returns how many tokens it covers (0: no match). */
export type SlotTest = (name: string, tokens: readonly Token[], i: number) => number;

const tokenMatches = (p: PatternToken, t: Token): boolean =>
  p.kind === 'word' ? t.lower === p.text : p.kind === 'prefix' && t.lower.startsWith(p.text);

/**
 * How many tokens the pattern covers starting at token i (0 when it does not match). Possessive "'s" is part of
 * a token ("assad's"), so patterns may name it.
 */
export function matchAt(
  pattern: readonly PatternToken[],
  tokens: readonly Token[],
  i: number,
  slot?: SlotTest,
): number {
  let j = i;
  for (const p of pattern) {
    const t = tokens[j];
    if (!t) return 0;
    if (p.kind === 'class') {
      const n = slot ? slot(p.name, tokens, j) : 0;
      if (!n) return 0;
      j += n;
      continue;
    }
    if (!tokenMatches(p, t)) return 0;
    j++;
  }
  return j - i;
}

/** True when any pattern matches somewhere in tokens[from, to). */
export function anyMatch(
  patterns: readonly (readonly PatternToken[])[] | undefined,
  tokens: readonly Token[],
  from = 0,
  to = tokens.length,
): boolean {
  if (!patterns) return false;
  for (let i = from; i < to; i++) for (const p of patterns) if (matchAt(p, tokens, i) > 0) return true;
  return false;
}
