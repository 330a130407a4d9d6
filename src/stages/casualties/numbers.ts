import type { CasualtyLexicon, NumberWord } from './lexicon.js';
import type { Token } from './tokens.js';

/** A number read from tokens [start, end): a count, or `vague` for "dozens", "hundreds", "tens of thousands". */
export interface ParsedNumber {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  readonly vague: boolean;
}

const GROUPED = /^\d{1,3}(?:[.,\u00a0\u202f\u2009]\d{3})+$/;
const DECIMAL = /^\d+[.,]\d+$/;
const PLAIN = /^\d+$/;

/** True when token j is glued to token i with no space between (the "-" of "8-year-old"). */
const glued = (tokens: readonly Token[], i: number, j: number): boolean =>
  tokens[i] !== undefined && tokens[j] !== undefined && tokens[i]!.end === tokens[j]!.start;

function digitValue(text: string): number | null {
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/[^\d]/g, ''));
  if (DECIMAL.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** A number word as the parser reads it: from numbers.tsv, or a glued compound ("dreiundzwanzig") of known value. */
type ReadWord = NumberWord | { readonly kind: 'glued'; readonly value: number; readonly digitsOnly: false };

/**
 * True when the normalised word starts a number: a number word of numbers.tsv (not a joiner or a compound part) or
 * a compound glued from them ("dreiundzwanzig").
 */
export function isNumberWord(norm: string, lexicon: CasualtyLexicon): boolean {
  const w = lexicon.numbers.get(norm);
  if (w) return w.kind !== 'joiner' && w.kind !== 'part';
  return gluedNumber(norm, lexicon) !== null;
}

/** A vowel, for the elided final vowel of glued compounds ("vent|uno", "trent|otto"). */
const VOWEL = /^[aeiouy]/;
/** The longest glued compound read (characters): bounds the segmentation's work. */
const MAX_GLUED_CHARS = 40;

/**
 * A number written as one word from the language's number words (numbers.tsv): Italian "ventitre" (venti + tre),
 * "ventuno" (venti + uno, the final vowel elided before a vowel), "duecento"; German "dreiundzwanzig" (drei + und +
 * zwanzig), "zweihundert". The whole word must split into number words and joiners, at least two of them; the
 * parts are then added and multiplied as separate words would be (so the German units-first order adds up the
 * same). Null for any other word.
 */
export function gluedNumber(word: string, lexicon: CasualtyLexicon): number | null {
  if (word.length > MAX_GLUED_CHARS || word.length < 4) return null;
  // every word of every article is asked, and most words repeat: remember the answers per lexicon
  let memo = gluedMemo.get(lexicon);
  if (!memo || memo.size > MAX_GLUED_MEMO) {
    memo = new Map();
    gluedMemo.set(lexicon, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  const value = segmentGlued(word, lexicon);
  memo.set(word, value);
  return value;
}

/** Answers of gluedNumber per lexicon; cleared when it holds more than MAX_GLUED_MEMO words (bounds memory on an
 * endless stream of new words, while a news vocabulary of tens of thousands of words stays cached). */
const gluedMemo = new WeakMap<CasualtyLexicon, Map<string, number | null>>();
const MAX_GLUED_MEMO = 100_000;

function segmentGlued(word: string, lexicon: CasualtyLexicon): number | null {
  const parts: NumberWord[] = [];
  const split = (at: number): boolean => {
    if (at === word.length) return parts.length >= 2;
    for (let end = word.length; end > at; end--) {
      const piece = word.slice(at, end);
      // a piece as written, or with its final vowel elided before a vowel ("vent" + "uno")
      const w =
        lexicon.numbers.get(piece) ??
        (end < word.length && VOWEL.test(word.slice(end)) ? elided(piece, lexicon) : undefined);
      if (!w || w.digitsOnly || w.kind === 'vague' || w.kind === 'half' || w.kind === 'dozen') continue;
      parts.push(w);
      if (split(end)) return true;
      parts.pop();
    }
    return false;
  };
  if (!split(0) || parts[0]!.kind === 'joiner' || parts[parts.length - 1]!.kind === 'joiner') return null;
  let total = 0;
  let current = 0;
  for (const w of parts) {
    if (w.kind === 'joiner') continue;
    if (w.kind === 'hundred') current = (current || 1) * 100;
    else if (w.kind === 'scale') {
      total += (current || 1) * w.value;
      current = 0;
    } else current += w.value;
  }
  return total + current;
}

/** A number word of which `piece` is the form without its final vowel ("vent" -> "venti"). */
function elided(piece: string, lexicon: CasualtyLexicon): NumberWord | undefined {
  for (const v of 'aeiou') {
    const w = lexicon.numbers.get(piece + v);
    if (w && (w.kind === 'tens' || w.kind === 'hundred')) return w;
  }
  return undefined;
}

/**
 * Reads a number starting at token `i`: digits with group separators ("7,000", "7.000", "7 000" with a no-break
 * space), decimals with a scale ("1.5 million", "1.5m"), number words ("fifty-two", "two hundred and fifty",
 * "a dozen", "half a million"). Returns null for ordinals ("46th"), measures glued to digits ("10km"), compounds
 * ("8-year-old", "72-hour") and non-integers. Vague plurals ("dozens", "thousands") come back with `vague`.
 */
export function parseNumber(tokens: readonly Token[], i: number, lexicon: CasualtyLexicon): ParsedNumber | null {
  const t = tokens[i];
  if (!t) return null;
  const word = (k: number): ReadWord | undefined => {
    const w = tokens[k];
    if (w?.kind !== 'word') return undefined;
    const known = lexicon.numbers.get(w.norm);
    if (known) return known;
    // a compound glued into one word ("dreiundzwanzig", "ventitre"): read as a unit-like word of its value
    const glued = gluedNumber(w.norm, lexicon);
    return glued === null ? undefined : { kind: 'glued', value: glued, digitsOnly: false };
  };
  let value: number;
  let end: number;
  if (t.kind === 'num') {
    const digits = /^[\d.,\u00a0\u202f\u2009]+/.exec(t.norm)?.[0] ?? ''; // norm: Arabic-Indic digits as ASCII
    const suffix = t.norm.slice(digits.length);
    const base = digitValue(digits);
    if (base === null) return null;
    value = base;
    end = i + 1;
    if (suffix) {
      const s = lexicon.numbers.get(suffix);
      if (s?.kind !== 'scale') return null;
      value *= s.value;
    } else {
      const next = word(end);
      if (next && next.kind === 'scale' && !next.digitsOnly) {
        value *= next.value;
        end++;
      } else if (next?.kind === 'vague' && tokens[end]?.norm !== 'of') return null;
    }
  } else {
    const first = word(i);
    const isA = t.norm === 'a' || t.norm === 'an';
    if (first?.kind === 'vague') {
      // "tens of thousands", "hundreds of", "dozens of": not a count
      let e = i + 1;
      if (tokens[e]?.norm === 'of' && word(e + 1)?.kind === 'vague') e += 2;
      return { value: 0, start: i, end: e, vague: true };
    }
    if (first?.kind === 'half' && (tokens[i + 1]?.norm === 'a' || tokens[i + 1]?.norm === 'an')) {
      const s = word(i + 2);
      if (s && (s.kind === 'scale' || s.kind === 'dozen' || s.kind === 'hundred') && !s.digitsOnly)
        return { value: Math.round(s.value / 2), start: i, end: i + 3, vague: false };
      return null;
    }
    let k = isA ? i + 1 : i;
    let total = 0;
    let current = 0;
    let any = false;
    for (;;) {
      const w = word(k);
      if (!w || w.digitsOnly || w.kind === 'vague' || w.kind === 'half' || w.kind === 'joiner' || w.kind === 'part') {
        // a joiner (numbers.tsv): "two hundred and fifty" after a hundred; "treinta y dos", "vingt et un" between
        // tens and a unit
        if (any && w?.kind === 'joiner' && current > 0) {
          const after = word(k + 1);
          const afterHundred =
            current % 100 === 0 &&
            (after?.kind === 'unit' || after?.kind === 'teen' || after?.kind === 'tens' || after?.kind === 'glued');
          const afterTens = current % 10 === 0 && current % 100 !== 0 && after?.kind === 'unit';
          if (afterHundred || afterTens) {
            k++;
            continue;
          }
        }
        break;
      }
      if (w.kind === 'glued') {
        if (isA && !any) break;
        if (current % 100 !== 0 || (current > 0 && w.value >= 100)) break;
        current += w.value;
      } else if (w.kind === 'unit' || w.kind === 'teen') {
        if (isA && !any) break;
        if (current % 10 !== 0 || (current % 100 !== 0 && w.kind === 'teen')) break;
        current += w.value;
        const hyphen = tokens[k + 1]?.norm === '-' && glued(tokens, k, k + 1);
        const next = hyphen ? word(k + 2) : undefined;
        // "dix-sept" (ten, unit); "quatre-vingt(s)" (unit times twenty), then "-dix", "-dix-sept", "-trois"
        if (next?.kind === 'unit' && w.kind === 'teen' && w.value === 10) {
          current += next.value;
          k += 2;
        } else if (next?.kind === 'tens' && w.kind === 'unit' && next.value === 20) {
          current += w.value * next.value - w.value;
          k += 2;
          const tail = tokens[k + 1]?.norm === '-' && glued(tokens, k, k + 1) ? word(k + 2) : undefined;
          if (tail?.kind === 'unit' || tail?.kind === 'teen') {
            current += tail.value;
            k += 2;
            if (
              tail.kind === 'teen' &&
              tail.value === 10 &&
              tokens[k + 1]?.norm === '-' &&
              word(k + 2)?.kind === 'unit'
            ) {
              current += word(k + 2)!.value;
              k += 2;
            }
          }
        }
      } else if (w.kind === 'tens') {
        if (isA && !any) break;
        if (current % 100 !== 0) break;
        current += w.value;
        // "fifty-two", "vingt-trois"; "soixante-dix" (tens, teen), "quatre-vingt-dix" (after the product below)
        const after = tokens[k + 1]?.norm === '-' && glued(tokens, k, k + 1) ? word(k + 2) : undefined;
        if (after?.kind === 'unit' || after?.kind === 'teen') {
          current += after.value;
          k += 2;
          // "soixante-dix-sept": a unit after the ten
          if (
            after.kind === 'teen' &&
            after.value === 10 &&
            tokens[k + 1]?.norm === '-' &&
            word(k + 2)?.kind === 'unit'
          ) {
            current += word(k + 2)!.value;
            k += 2;
          }
        }
      } else if (w.kind === 'hundred') {
        current = (current || 1) * 100;
      } else if (w.kind === 'dozen') {
        current = (current || 1) * 12;
      } else {
        total += (current || 1) * w.value;
        current = 0;
      }
      any = true;
      k++;
    }
    if (!any) return null;
    value = total + current;
    end = k;
  }
  // compounds such as "8-year-old", "72-hour", "five-day"
  if (tokens[end]?.norm === '-' && glued(tokens, end - 1, end) && tokens[end + 1]?.kind === 'word') return null;
  if (!Number.isInteger(value)) {
    const rounded = Math.round(value);
    if (Math.abs(value - rounded) > 1e-6 || value < 1000) return null;
    value = rounded;
  }
  return { value, start: i, end, vague: false };
}
