import { arabicStem } from '../../lib/text/word-forms.js';

/** One token of a sentence: a number, a word or a punctuation mark, with its normalised form. */
export interface Token {
  readonly text: string;
  /** Lower-cased, accents removed, curly apostrophes straightened. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'num' | 'word' | 'punct';
}

// Digits (ASCII, Arabic-Indic and Persian) with group separators or a decimal part, then any letters glued on
// ("46th", "10km", "1.5m"); words with inner apostrophes; any other non-space character alone. Every alternative consumes at least one character and
// none can backtrack into another, so the scan is linear.
const D = '0-9\u0660-\u0669\u06f0-\u06f9';
const TOKEN = new RegExp(
  `[${D}]+(?:[.,\u00a0\u202f\u2009\u066b\u066c][${D}]+)*\\p{L}*|[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*|[^\\s\\p{L}\\p{M}${D}]`,
  'gu',
);
const DIGIT_START = new RegExp(`^[${D}]`);

const ASCII = /^[\x20-\x7e]*$/;

const ARABIC = /[\u0600-\u06ff]/;
/** Arabic-Indic and Persian digits as ASCII, the Arabic decimal and thousands signs as "." and ",". */
const asciiDigits = (s: string): string =>
  s.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });

/**
 * The matching form of a token: lower-cased, accents and other marks removed, curly apostrophes straightened; Arabic
 * words without their glued proclitics (`arabicStem`) and Arabic-Indic digits as ASCII. The text is never changed.
 */
export const normalise = (s: string): string => {
  if (ASCII.test(s)) return s.toLowerCase();
  const plain = s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
  return ARABIC.test(plain) ? arabicStem(asciiDigits(plain)) : plain;
};

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const t = m[0];
    const start = from + (m.index ?? 0);
    const kind = DIGIT_START.test(t) ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    out.push({ text: t, norm: normalise(t), start, end: start + t.length, kind });
  }
  return out;
}

/** The normalised token sequence of a lexicon form ("pro-government" -> pro - government). */
export const formTokens = (form: string): string[] => tokenize(form).map((t) => t.norm);
