import { isCjk, normaliseToken } from './normalize.js';

/** One word of the text: letters and digits, with apostrophes inside words kept (Hay’at, Ma'arrat). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly raw: string;
  /** Normalised form (see normaliseToken). */
  readonly norm: string;
  /** First character is an upper-case letter. */
  readonly cap: boolean;
  /** Two or more letters, all upper case. */
  readonly upper: boolean;
  /** The text has no letter case here (Arabic and similar scripts). */
  readonly caseless: boolean;
  /** A hyphen joins this token to the previous one (al-Sham, north-western, Iran-backed). */
  readonly hyphenBefore: boolean;
  /** The token is followed directly by a full stop (U.S., W.Va.). */
  readonly periodAfter: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** ' ’ ‘ ` ʿ ʾ (no regex per token). */
const isApostrophe = (c: number): boolean =>
  c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0x2bf || c === 0x2be;
/** - ‐ ‑ – */
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011 || c === 0x2013;
/** "s" ending the word after an apostrophe (Aleppo's): the possessive is not part of the name. */
function possessiveS(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c !== 115 && c !== 83) return false;
  const n = text.charCodeAt(at + 1);
  // As /^s\b/i: the next character is not an ASCII word character (or the text ends).
  return !((n >= 97 && n <= 122) || (n >= 65 && n <= 90) || (n >= 48 && n <= 57) || n === 95);
}
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CASED = /[\p{Lu}\p{Ll}]/u;

/** ASCII letters and digits answer without a Unicode regex (most of an English text); other characters ask it. */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(c);
}

/** Splits a text (or part of it) into word tokens with UTF-16 offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c = text[i];
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isCjk(text.charCodeAt(i))) {
      // Han, kana, Hangul: one token per character (names are written without spaces).
      tokens.push({
        start,
        end: i + 1,
        raw: c as string,
        norm: c as string,
        cap: false,
        upper: false,
        caseless: true,
        hyphenBefore: false,
        periodAfter: text[i + 1] === '.',
      });
      i++;
      continue;
    }
    // Letter case of ASCII words is read while scanning (no regex per token for plain English words).
    let ascii = true;
    let lower = false;
    let upperSeen = false;
    while (i < to) {
      const code = text.charCodeAt(i);
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        if (code >= 97) lower = true;
        i++;
        continue;
      }
      if (code >= 65 && code <= 90) {
        upperSeen = true;
        i++;
        continue;
      }
      const ch = text[i];
      if (code >= 128 && !isCjk(code) && isWordChar(ch)) {
        ascii = false;
        i++;
      } else if (isApostrophe(code) && isWordChar(text[i + 1]) && !possessiveS(text, i + 1)) {
        ascii = false;
        i++;
      } else break;
    }
    const raw = text.slice(start, i);
    const first = raw[0] ?? '';
    const prev = text[start - 1];
    let cap: boolean;
    let upper: boolean;
    let caseless: boolean;
    let norm: string;
    if (ascii) {
      const f = raw.charCodeAt(0);
      cap = f >= 65 && f <= 90;
      upper = raw.length > 1 && !lower && upperSeen;
      caseless = !lower && !upperSeen;
      norm = upperSeen ? raw.toLowerCase() : raw;
    } else {
      norm = normaliseToken(raw);
      cap = UPPER.test(first);
      upper = raw.length > 1 && !LOWER.test(raw) && UPPER.test(raw);
      caseless = !CASED.test(raw);
    }
    tokens.push({
      start,
      end: i,
      raw,
      norm,
      cap,
      upper,
      caseless,
      hyphenBefore: prev !== undefined && isHyphen(prev.charCodeAt(0)) && isWordChar(text[start - 2]),
      periodAfter: text[i] === '.',
    });
  }
  return tokens;
}
