import anyAscii from 'any-ascii';
import type { Span } from '../../model/index.js';
import { lemmaOf } from './lemma.js';
import type { ProvenanceLexicon } from './lexicon.js';

/**
 * What a token is for similarity: `num` (a number, valued), `name` (a capitalised word that is not an ordinary
 * word of the document), `word` (a content word, lemmatised and mapped to its synonym group), `stop` (a function
 * word, kept only for verbatim comparison).
 */
export type TokenKind = 'num' | 'name' | 'word' | 'stop';

export interface Token extends Span {
  readonly kind: TokenKind;
  /** Lower-case ASCII surface form (for verbatim comparison). */
  readonly surface: string;
  /** The comparison key: number value, name key, or canonical lemma. */
  readonly key: string;
}

const NON_ASCII = /[^\x20-\x7e]/;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const DIGIT = /^\p{N}/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const MULTIPLIERS: ReadonlySet<string> = new Set(['hundred', 'thousand', 'million', 'billion']);

const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** 0 = not yet known, 1 = letter, mark or digit, 2 = other: a cache of the Unicode test per UTF-16 code unit. */
const wordCharCache = new Uint8Array(65536);
function isWordChar(c: number): boolean {
  if (c < 128) return isAsciiLower(c) || isAsciiUpper(c) || isAsciiDigit(c);
  let k = wordCharCache[c]!;
  if (k === 0) {
    k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = k;
  }
  return k === 1;
}
const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/**
 * Raw word pieces of a span, before classification: [start, end, text]. A word is a run of letters, marks and
 * digits with at most one inner apostrophe ("Hay’at", "don't"); digits may be joined by "," or "." ("7,000",
 * "2.5"); "10km" gives "10" and "km". A single left-to-right scan over char codes: linear, and much faster than a
 * Unicode regex on a million documents.
 */
export function rawTokens(text: string, span: Span): [number, number, string][] {
  const out: [number, number, string][] = [];
  let i = span.start;
  const end = span.end;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isAsciiDigit(c)) {
      while (
        i < end &&
        (isAsciiDigit(text.charCodeAt(i)) ||
          ((text[i] === ',' || text[i] === '.') && isAsciiDigit(text.charCodeAt(i + 1)) && i + 1 < end))
      )
        i++;
      if (i < end && (isAsciiLower(text.charCodeAt(i)) || isAsciiUpper(text.charCodeAt(i)))) {
        out.push([start, i, text.slice(start, i)]);
        const s2 = i;
        while (i < end && isWordChar(text.charCodeAt(i))) i++;
        out.push([s2, i, text.slice(s2, i)]);
        continue;
      }
      if (i < end && isWordChar(text.charCodeAt(i))) while (i < end && isWordChar(text.charCodeAt(i))) i++;
      out.push([start, i, text.slice(start, i)]);
      continue;
    }
    while (i < end && isWordChar(text.charCodeAt(i))) i++;
    if (i + 1 < end && isApostrophe(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))) {
      i++;
      while (i < end && isWordChar(text.charCodeAt(i))) i++;
    }
    out.push([start, i, text.slice(start, i)]);
  }
  return out;
}

/** Lower-case ASCII form without apostrophes ("Hay’at" → "hayat", "Ṣanʿāʾ" → "sana"). */
export function asciiLower(s: string): string {
  const a = NON_ASCII.test(s) ? anyAscii(s) : s;
  const lower = a.toLowerCase();
  return lower.includes("'") || lower.includes('`') ? lower.replace(/['`]/g, '') : lower;
}

/** How a document writes its words: which occur in lower case, which capitalised inside a sentence. */
export interface CaseForms {
  /** Words seen in lower case: ordinary words, not names. */
  readonly lower: ReadonlySet<string>;
  /** Lower-cased words seen capitalised after a lower-case word or a comma: names even at a sentence start. */
  readonly midCapital: ReadonlySet<string>;
}

const startsLower = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? isAsciiLower(c) : LOWER.test(t);
};
const startsUpper = (t: string): boolean => {
  const c = t.charCodeAt(0);
  return c < 128 ? isAsciiUpper(c) : UPPER.test(t);
};

/** Collects the document's case forms (see CaseForms) in one pass over its words. */
export function caseForms(text: string, raws = rawTokens(text, { start: 0, end: text.length })): CaseForms {
  const lower = new Set<string>();
  const midCapital = new Set<string>();
  for (const [start, , t] of raws) {
    if (startsLower(t)) lower.add(stripPossessive(t));
    else if (startsUpper(t) && text.charCodeAt(start - 1) === 32) {
      const before = text[start - 2] ?? '';
      if (before === ',' || before === ';' || before === ':' || startsLower(before)) {
        midCapital.add(stripPossessive(t).toLowerCase());
      }
    }
  }
  return { lower, midCapital };
}

/** "Syria’s" → "Syria". */
function stripPossessive(t: string): string {
  const n = t.length;
  if (n > 2 && (t.charCodeAt(n - 1) | 32) === 115 && isApostrophe(t.charCodeAt(n - 2))) return t.slice(0, -2);
  return t;
}

function numberValue(raw: string, lex: ProvenanceLexicon): number | null {
  const c = raw.charCodeAt(0);
  if (isAsciiDigit(c) || (c >= 128 && DIGIT.test(raw))) {
    const digits = c < 128 ? raw : anyAscii(raw);
    const v = THOUSANDS.test(digits) ? Number(digits.replace(/,/g, '')) : Number(digits.replace(',', '.'));
    return Number.isFinite(v) ? v : null;
  }
  return raw.length >= 3 ? (lex.numbers.get(raw.toLowerCase()) ?? null) : null;
}

/** What a word form is, whatever the document (cached across documents). */
interface WordInfo {
  readonly surface: string;
  readonly lower: string;
  readonly value: number | null;
  readonly stop: boolean;
  readonly upper: boolean;
  readonly key: string;
}

/** A cache of word analyses shared by the documents of one run (news vocabulary repeats across articles). */
export type WordCache = Map<string, WordInfo>;

/** The cache is cleared when it holds this many forms (bounds memory on a million documents). */
export const WORD_CACHE_MAX = 200_000;

function wordInfo(raw: string, lex: ProvenanceLexicon): WordInfo {
  const word = stripPossessive(raw);
  const lower = word.toLowerCase();
  const surface = asciiLower(word);
  const value = numberValue(word, lex);
  const stop = value === null && lex.stopwords.has(lower);
  const lemma = value === null && !stop ? lemmaOf(surface, lex.irregular) : surface;
  return {
    surface,
    lower,
    value,
    stop,
    upper: startsUpper(word),
    key: lex.synonyms.get(lemma) ?? lemma,
  };
}

/**
 * Classifies the raw tokens of one sentence. A capitalised word is a name unless the document also writes it in
 * lower case; the sentence's first word is a name only if the document capitalises it mid-sentence too.
 */
export function classify(
  raws: readonly [number, number, string][],
  lex: ProvenanceLexicon,
  forms: CaseForms,
  cache: WordCache = new Map(),
): Token[] {
  const out: Token[] = [];
  let first = true;
  for (const [start, end, raw] of raws) {
    let info = cache.get(raw);
    if (!info) {
      if (cache.size >= WORD_CACHE_MAX) cache.clear();
      info = wordInfo(raw, lex);
      cache.set(raw, info);
    }
    const { surface, value } = info;
    const prev = out[out.length - 1];
    if (value !== null) {
      if (prev?.kind === 'num' && MULTIPLIERS.has(info.lower)) {
        out[out.length - 1] = {
          ...prev,
          end,
          surface: `${prev.surface} ${surface}`,
          key: String(Number(prev.key) * value),
        };
      } else out.push({ start, end, kind: 'num', surface, key: String(value) });
    } else if (info.stop) out.push({ start, end, kind: 'stop', surface, key: surface });
    else if (info.upper && !forms.lower.has(info.lower) && (!first || forms.midCapital.has(info.lower)))
      out.push({ start, end, kind: 'name', surface, key: surface });
    else out.push({ start, end, kind: 'word', surface, key: info.key });
    first = false;
  }
  return out;
}

/** Tokenises and classifies one span of a text (see classify). */
export function tokenize(text: string, span: Span, lex: ProvenanceLexicon, forms: CaseForms): Token[] {
  return classify(rawTokens(text, span), lex, forms);
}
