/** Why a TempEval value is wrong, from the gold and system values alone: the error dump's categories. */
import type { Timex } from './score.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const REF = /_REF$/;
const isDuration = (v: string): boolean => v.startsWith('P');

/** Days between two ISO days, or null. */
function dayGap(a: string, b: string): number | null {
  const x = DAY.exec(a);
  const y = DAY.exec(b);
  if (!x || !y) return null;
  return (
    (Date.UTC(Number(y[1]), Number(y[2]) - 1, Number(y[3])) - Date.UTC(Number(x[1]), Number(x[2]) - 1, Number(x[3]))) /
    86_400_000
  );
}

/** Why a matched pair's value (or type) differs, as a short category name. */
export function valueCategory(gold: Timex, sys: Timex): string {
  const g = gold.value;
  const s = sys.value;
  if (g === s) return `type ${gold.type}→${sys.type}`;
  if (!s) return 'value: none given';
  if (REF.test(g) || REF.test(s)) return REF.test(g) && REF.test(s) ? 'ref: wrong reference' : 'ref: ref vs other';
  if (isDuration(g) !== isDuration(s))
    return isDuration(g) ? 'kind: gold duration, sys point' : 'kind: gold point, sys duration';
  if (isDuration(g)) return 'duration: other amount or unit';
  if (/X/.test(g) && !/X/.test(s)) return 'gold underspecified (X) vs sys specific';
  if (/X/.test(s) && !/X/.test(g)) return 'sys underspecified (X) vs gold specific';
  if (g.replace(/T(MO|AF|EV|NI|DT)$/, '') === s.replace(/T(MO|AF|EV|NI|DT)$/, '')) return 'part of day suffix';
  if (g.startsWith(s) || s.startsWith(g))
    return g.length > s.length ? 'granularity: sys coarser' : 'granularity: sys finer';
  const gap = dayGap(g, s);
  if (gap !== null && g.length === s.length) {
    if (Math.abs(gap) === 7) return 'day: off by a week (weekday direction)';
    if (Math.abs(gap) < 7) return 'day: off by < a week';
    if (g.slice(4) === s.slice(4)) return 'year: same day, other year';
    return 'day: off by more';
  }
  if (g.slice(0, 4) !== s.slice(0, 4) && g.slice(4) === s.slice(4)) return 'year: same period, other year';
  if (g.slice(0, 4) === s.slice(0, 4)) {
    const shape = (v: string): string => v.replace(/\d/g, 'd');
    return shape(g) === shape(s) ? 'period: same year, other period' : 'granularity: other unit, same year';
  }
  return 'other';
}
