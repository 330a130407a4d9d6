import type { LexEntry } from './lexicon.js';

/** A word, a number or one punctuation character, with its span in the text. */
export interface Token {
  readonly text: string;
  /** Lower-cased, accents removed, typographic apostrophes made plain: what the lexicon is matched against. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'num' | 'punct';
  /** True when whitespace separates this token from the previous one (or it is the first). */
  readonly spaced: boolean;
  /** True when a line break separates this token from the previous one. */
  readonly newline: boolean;
  /** Set by ActiveLexicon: the lexicon entries starting with this token, by category (a cache, not data)… */
  readonly lexByKey?: ReadonlyMap<string, readonly LexEntry[]>;
  /** …and the ActiveLexicon that computed them. */
  readonly lexOwner?: object;
}

/**
 * Words (letters and combining marks), runs of ASCII digits, or one other non-space character. Linear. The word
 * alternative is captured, so that a token's kind needs no second test of its first character.
 */
const TOKEN = /([\p{L}\p{M}]+)|[0-9]+|\S/gu;
const MARKS = /\p{M}+/gu;

/** Printable ASCII without a backtick: nothing for normalize() to change but the case. */
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Memo of normalize() for text that is not plain ASCII (quotes, accented words): bounded, cleared when full. */
const NORM_MEMO_SIZE = 10_000;
const normMemo = new Map<string, string>();

export function normalize(s: string): string {
  if (PLAIN_ASCII.test(s)) return s.toLowerCase();
  let out = normMemo.get(s);
  if (out === undefined) {
    out = s
      .normalize('NFD')
      .replace(MARKS, '')
      .toLowerCase()
      .replace(/[’‘`´]/g, "'")
      .replace(/[‐‑–—]/g, '-');
    if (normMemo.size >= NORM_MEMO_SIZE) normMemo.clear();
    normMemo.set(s, out);
  }
  return out;
}

/**
 * The kind of a token matched by TOKEN: 'word' when the letter alternative matched — unless its first UTF-16 unit is
 * a surrogate (a letter outside the Basic Multilingual Plane), which the first-character test this replaces saw as
 * punctuation; one non-space character that is no letter, mark or ASCII digit is punctuation.
 */
function kindOf(raw: string, word: boolean): Token['kind'] {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  return word && (c < 0xd800 || c > 0xdfff) ? 'word' : 'punct';
}

/** Tokenizes `text` (or `text[from, to)`), in one pass. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = TOKEN;
  re.lastIndex = from;
  let prevEnd = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const start = m.index;
    const raw = m[0];
    let newline = false;
    for (let k = prevEnd; k < start; k++) {
      if (text.charCodeAt(k) === 10) {
        newline = true;
        break;
      }
    }
    out.push({
      text: raw,
      norm: raw.charCodeAt(0) <= 57 && raw.charCodeAt(0) >= 48 ? raw : normalize(raw),
      start,
      end: start + raw.length,
      kind: kindOf(raw, m[1] !== undefined),
      spaced: out.length === 0 || start > prevEnd,
      newline,
      // present from the start (ActiveLexicon fills it in), so that every token has one shape
      lexByKey: undefined,
      lexOwner: undefined,
    });
    prevEnd = start + raw.length;
  }
  return out;
}

/** True when the token starts with an upper-case letter. */
export const isCapitalized = (t: Token): boolean => {
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase() && c === c.toUpperCase();
};
