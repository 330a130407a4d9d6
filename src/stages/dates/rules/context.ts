import type { ActiveLexicon } from '../active.js';
import type { Token } from '../tokens.js';

/** What every rule sees: the tokens of the text and the document's view of the lexicon. */
export interface RuleContext {
  readonly tokens: readonly Token[];
  readonly lex: ActiveLexicon;
  /** Day-month order of all-numeric dates when neither part exceeds 12: 'dmy' (30/11) or 'mdy' (11/30). */
  readonly numericOrder: 'dmy' | 'mdy';
}

export const normAt = (c: RuleContext, i: number): string | undefined => c.tokens[i]?.norm;

/** True when token i exists and is glued to the previous one (no whitespace), as in "third-quarter". */
export const glued = (c: RuleContext, i: number): boolean => {
  const t = c.tokens[i];
  return t !== undefined && !t.spaced;
};

/** The number written by token i when it is all digits and has at most `maxDigits` digits. */
export function digitsAt(c: RuleContext, i: number, maxDigits = 9): number | null {
  const t = c.tokens[i];
  if (t?.kind !== 'num' || t.text.length > maxDigits) return null;
  return Number(t.text);
}

/** A four-digit year between 1000 and 2199 at token i, or null. */
export function yearAt(c: RuleContext, i: number): number | null {
  const t = c.tokens[i];
  if (t?.kind !== 'num' || t.text.length !== 4) return null;
  const y = Number(t.text);
  if (y < 1000 || y > 2199) return null;
  const next = c.tokens[i + 1];
  // "2024-25", "1,500", "2016.5": part of a bigger number.
  if (
    next &&
    !next.spaced &&
    (next.text === ',' || next.text === '.') &&
    c.tokens[i + 2]?.kind === 'num' &&
    !c.tokens[i + 2]?.spaced
  ) {
    return null;
  }
  return y;
}

/** A day of the month (1–31) at token i, with an ordinal suffix (st, nd, rd, th) or a German "." consumed. */
export function dayAt(c: RuleContext, i: number): { day: number; end: number } | null {
  const t = c.tokens[i];
  if (t?.kind !== 'num' || t.text.length > 2) return null;
  const day = Number(t.text);
  if (day < 1 || day > 31) return null;
  const next = c.tokens[i + 1];
  if (next && !next.spaced && /^(st|nd|rd|th|er|eme|o|a|º|ª)$/.test(next.norm)) return { day, end: i + 2 };
  return { day, end: i + 1 };
}

const PHRASES = new Map<string, readonly string[]>();

/** Index after the tokens of `words` (a space-separated phrase) starting at i, or -1. */
export function phraseAt(c: RuleContext, i: number, words: string): number {
  const first = c.tokens[i]?.norm;
  // Most calls fail on the first word: test it on the phrase string before looking its words up (norms hold no
  // space, so this is `words.split(' ')[0] === first`).
  if (
    first === undefined ||
    !words.startsWith(first) ||
    (words.length !== first.length && words.charCodeAt(first.length) !== 32)
  )
    return -1;
  let parts = PHRASES.get(words);
  if (!parts) {
    parts = words.split(' ');
    PHRASES.set(words, parts);
  }
  if (c.tokens[i]?.norm !== parts[0]) return -1;
  for (let k = 1; k < parts.length; k++) {
    const t = c.tokens[i + k];
    if (!t || t.norm !== parts[k] || (k > 0 && t.newline)) return -1;
  }
  return i + parts.length;
}

/** True when token i is a punctuation mark that ends a clause (or there is no token). */
export const clauseEnd = (c: RuleContext, i: number): boolean => {
  const t = c.tokens[i];
  return !t || t.newline || /^[.,;:!?)"”»—–-]$/.test(t.text);
};
