/** One token of a sentence: a number, a word or a punctuation mark, with its normalised form. */
export interface Token {
  readonly text: string;
  /** Lower-cased, accents removed, curly apostrophes straightened. */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'num' | 'word' | 'punct';
}

// Digits with group separators or a decimal part, then any letters glued on ("46th", "10km", "1.5m"); words with
// inner apostrophes; any other non-space character alone. Every alternative consumes at least one character and
// none can backtrack into another, so the scan is linear.
const TOKEN = /\d+(?:[.,\u00a0\u202f\u2009]\d+)*\p{L}*|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]/gu;

const ASCII = /^[\x20-\x7e]*$/;

export const normalise = (s: string): string =>
  ASCII.test(s) ? s.toLowerCase() : s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const t = m[0];
    const start = from + (m.index ?? 0);
    const kind = /^\d/.test(t) ? 'num' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct';
    out.push({ text: t, norm: normalise(t), start, end: start + t.length, kind });
  }
  return out;
}

/** The normalised token sequence of a lexicon form ("pro-government" -> pro - government). */
export const formTokens = (form: string): string[] => tokenize(form).map((t) => t.norm);
