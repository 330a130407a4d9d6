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

/** Per UTF-16 code unit above ASCII: 0 not yet asked, 1 a word character, 2 not (WORD_CHAR asked once per unit). */
const WORD_UNITS = new Uint8Array(65536);

/** ASCII letters and digits answer without a Unicode regex (most of an English text); other units ask it once. */
function isWordCode(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // NaN: before the start or past the end of the text.
  if (!(code < 65536)) return false;
  let known = WORD_UNITS[code] as number;
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    WORD_UNITS[code] = known;
  }
  return known === 1;
}

/** Splits a text (or part of it) into word tokens with UTF-16 offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const c0 = text.charCodeAt(i);
    if (!isWordCode(c0)) {
      i++;
      continue;
    }
    const start = i;
    if (isCjk(c0)) {
      // Han, kana, Hangul: one token per character (names are written without spaces).
      const c = text[i] as string;
      tokens.push({
        start,
        end: i + 1,
        raw: c,
        norm: c,
        cap: false,
        upper: false,
        caseless: true,
        hyphenBefore: false,
        periodAfter: text.charCodeAt(i + 1) === 0x2e,
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
      if (code >= 128 && !isCjk(code) && isWordCode(code)) {
        ascii = false;
        i++;
      } else if (isApostrophe(code) && isWordCode(text.charCodeAt(i + 1)) && !possessiveS(text, i + 1)) {
        ascii = false;
        i++;
      } else break;
    }
    const raw = text.slice(start, i);
    let cap: boolean;
    let upper: boolean;
    let caseless: boolean;
    let norm: string;
    if (ascii) {
      cap = c0 >= 65 && c0 <= 90;
      upper = raw.length > 1 && !lower && upperSeen;
      caseless = !lower && !upperSeen;
      norm = upperSeen ? raw.toLowerCase() : raw;
    } else {
      const first = raw[0] ?? '';
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
      hyphenBefore: start > 0 && isHyphen(text.charCodeAt(start - 1)) && isWordCode(text.charCodeAt(start - 2)),
      periodAfter: text.charCodeAt(i) === 0x2e,
    });
  }
  return tokens;
}
