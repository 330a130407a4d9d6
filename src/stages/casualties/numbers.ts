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

/**
 * Reads a number starting at token `i`: digits with group separators ("7,000", "7.000", "7 000" with a no-break
 * space), decimals with a scale ("1.5 million", "1.5m"), number words ("fifty-two", "two hundred and fifty",
 * "a dozen", "half a million"). Returns null for ordinals ("46th"), measures glued to digits ("10km"), compounds
 * ("8-year-old", "72-hour") and non-integers. Vague plurals ("dozens", "thousands") come back with `vague`.
 */
export function parseNumber(tokens: readonly Token[], i: number, lexicon: CasualtyLexicon): ParsedNumber | null {
  const t = tokens[i];
  if (!t) return null;
  const word = (k: number): NumberWord | undefined => {
    const w = tokens[k];
    return w && w.kind === 'word' ? lexicon.numbers.get(w.norm) : undefined;
  };
  let value: number;
  let end: number;
  if (t.kind === 'num') {
    const digits = /^[\d.,\u00a0\u202f\u2009]+/.exec(t.text)?.[0] ?? '';
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
      if (!w || w.digitsOnly || w.kind === 'vague' || w.kind === 'half') {
        // "two hundred and fifty": "and" between a hundred and a number word
        if (any && tokens[k]?.norm === 'and' && current % 100 === 0 && current > 0) {
          const after = word(k + 1);
          if (after && (after.kind === 'unit' || after.kind === 'teen' || after.kind === 'tens')) {
            k++;
            continue;
          }
        }
        break;
      }
      if (w.kind === 'unit' || w.kind === 'teen') {
        if (isA && !any) break;
        if (current % 10 !== 0 || (current % 100 !== 0 && w.kind === 'teen')) break;
        current += w.value;
      } else if (w.kind === 'tens') {
        if (isA && !any) break;
        if (current % 100 !== 0) break;
        current += w.value;
        // "fifty-two"
        if (tokens[k + 1]?.norm === '-' && glued(tokens, k, k + 1) && word(k + 2)?.kind === 'unit') {
          current += word(k + 2)!.value;
          k += 2;
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
