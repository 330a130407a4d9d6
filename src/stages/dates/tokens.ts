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
  /** Set by ActiveLexicon: the lexicon entries starting with this token, by category (a cache, not data). */
  readonly lexMemo?: { readonly owner: object; readonly byKey: ReadonlyMap<string, readonly LexEntry[]> };
}

/** Words (letters and combining marks), runs of ASCII digits, or one other non-space character. Linear. */
const TOKEN = /[\p{L}\p{M}]+|[0-9]+|\S/gu;
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

function kindOf(s: string): Token['kind'] {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  return /[\p{L}\p{M}]/u.test(s[0] ?? '') ? 'word' : 'punct';
}

/** Tokenizes `text` (or `text[from, to)`), in one pass. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
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
      kind: kindOf(raw),
      spaced: out.length === 0 || start > prevEnd,
      newline,
      // present from the start (ActiveLexicon fills it in), so that every token has one shape
      lexMemo: undefined,
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
