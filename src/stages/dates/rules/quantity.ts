import type { TimexMod } from '../types.js';
import { normAt, type RuleContext } from './context.js';

/** A quantity of time units: a number, or 'X' for "several", "a few", "many". */
export interface Quantity {
  readonly n: number | 'X';
  readonly end: number;
}

const TENS = new Set([20, 30, 40, 50, 60, 70, 80, 90]);

/**
 * Reads a quantity at token i: digits ("24", "1.5", "2 1/2"), number words ("twenty-four", "a", "a few",
 * "a couple of", "several"), in any lexicon language.
 */
export function quantityAt(c: RuleContext, i: number): Quantity | null {
  const t = c.tokens[i];
  if (!t) return null;
  if (t.kind === 'num') {
    if (t.text.length > 6) return null;
    let n = Number(t.text);
    let end = i + 1;
    const dot = c.tokens[end];
    const frac = c.tokens[end + 1];
    if (dot && frac && !dot.spaced && !frac.spaced && dot.text === '.' && frac.kind === 'num') {
      n = Number(`${t.text}.${frac.text}`);
      end += 2;
    } else if (frac && c.tokens[end + 2] && frac.text === '/' && dot?.kind === 'num' && dot.spaced) {
      // "2 1/2"
      const den = c.tokens[end + 2];
      if (den && den.kind === 'num' && !frac.spaced && !den.spaced && Number(den.text) > 0) {
        n += Number(dot.text) / Number(den.text);
        end += 3;
      }
    }
    return { n, end };
  }
  const m = c.lex.match(c.tokens, i, 'number');
  if (!m) return null;
  const v = m.entry.value;
  if (v === 'X') return { n: 'X', end: m.end };
  let n = Number(v);
  let end = m.end;
  // "a few", "a couple of", "a dozen"
  if (m.entry.form === 'a' || m.entry.form === 'an') {
    const next = c.lex.match(c.tokens, end, 'number');
    if (next && next.entry.value === 'X') return { n: 'X', end: next.end };
    if (next && (next.entry.form === 'couple' || next.entry.form === 'dozen' || next.entry.form === 'hundred')) {
      n = Number(next.entry.value);
      end = next.end;
    }
  }
  if (c.tokens[end]?.norm === 'of' && (c.tokens[end - 1]?.norm === 'couple' || c.tokens[end - 1]?.norm === 'dozen'))
    end++;
  // "twenty four", "twenty-four"
  if (TENS.has(n)) {
    let k = end;
    if (c.tokens[k]?.text === '-' && !c.tokens[k]?.spaced) k++;
    const unit = c.lex.match(c.tokens, k, 'number');
    const u = unit ? Number(unit.entry.value) : Number.NaN;
    if (unit && u >= 1 && u <= 9) {
      n += u;
      end = unit.end;
    }
  }
  // "two hundred", "two thousand"
  const next = c.tokens[end];
  if (next?.norm === 'hundred' || next?.norm === 'thousand') {
    n *= next.norm === 'hundred' ? 100 : 1000;
    end++;
  }
  return { n, end };
}

/**
 * Reads a quantity modifier at i ("more than", "about": category quantity-mod of data/lexicon/dates/grammar.tsv,
 * whose value is the TIMEX3 mod), returning its mod and the index after it. A signal-like-mod ("over", "about")
 * followed by "the" is a preposition, not a bound: "over the past two days".
 */
export function quantityModAt(c: RuleContext, i: number): { mod: TimexMod; end: number } | null {
  for (const m of c.lex.matchAll(c.tokens, i, 'quantity-mod')) {
    const single = m.entry.tokens.length === 1;
    if (!(single && c.lex.has('signal-like-mod', m.entry.tokens[0]) && normAt(c, m.end) === 'the'))
      return { mod: m.entry.value as TimexMod, end: m.end };
  }
  return null;
}

/** Sub-units used to write a fractional quantity: 2.5 years is P2Y6M, 5.5 hours PT5H30M. */
const FRACTION_UNITS: Readonly<Record<string, readonly [string, number]>> = {
  Y: ['M', 12],
  M: ['D', 30],
  D: ['TH', 24],
  TH: ['TM', 60],
  TM: ['TS', 60],
  W: ['D', 7],
};

/**
 * The TIMEX3 value of a quantity of a unit: P2D, PT3H, PXY, P2W (a fortnight), P2Y6M. Decades and centuries are
 * written in years (P20Y), as TimeBank does; an unspecified number of them stays PXDE / PXC.
 */
export function durationValue(q: Quantity, unit: string): string {
  if (q.n === 'X') {
    if (unit === '2W') return 'PXW';
    if (unit === 'CE') return 'PXC';
    return unit.startsWith('T') ? `PTX${unit.slice(1)}` : `PX${unit}`;
  }
  let n = q.n;
  let u = unit;
  if (u === '2W') [n, u] = [n * 2, 'W'];
  if (u === 'DE') [n, u] = [n * 10, 'Y'];
  if (u === 'CE') [n, u] = [n * 100, 'Y'];
  const whole = Math.floor(n);
  const frac = FRACTION_UNITS[u];
  let rest = '';
  if (whole !== n && frac) {
    const sub = Math.round((n - whole) * frac[1]);
    rest = `${sub}${frac[0].replace('T', '')}`;
    if (frac[0].startsWith('T') && !u.startsWith('T')) rest = `T${rest}`;
  } else if (whole !== n) return `P${n}${u.replace('T', '')}`;
  if (u.startsWith('T')) return `PT${whole}${u.slice(1)}${rest}`;
  return `P${whole}${u}${rest}`;
}
