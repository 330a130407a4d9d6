import type { Candidate } from '../sem.js';
import { glued, normAt, type RuleContext } from './context.js';

/** "the weekend", "over the weekend": the weekend nearest the reference, placed by tense (see resolve.ts). */
export function weekendRule(c: RuleContext, i: number): Candidate | null {
  if (normAt(c, i) !== 'the' || normAt(c, i + 1) !== 'weekend') return null;
  return { start: i, end: i + 2, sem: { k: 'weekend' }, rule: 'the-weekend', lang: 'en' };
}

// Word lists (data/lexicon/dates/grammar.tsv): year-qualifier ("the fiscal year"), period-follower ("the year
// ended Sept. 30" is a year-long period).

/**
 * "the year", "the fiscal year", "the full year", "the current year": a year-long period when a bound follows
 * ("the year ended Sept. 30" → P1Y), otherwise the reference year.
 */
export function theYearRule(c: RuleContext, i: number): Candidate | null {
  if (normAt(c, i) !== 'the') return null;
  let k = i + 1;
  const qualifier = normAt(c, k);
  if (c.lex.has('year-qualifier', qualifier)) k++;
  if (normAt(c, k) !== 'year') return null;
  const end = k + 1;
  const next = c.tokens[end];
  if (next && !next.spaced && (next.text === '-' || next.text === "'")) return null;
  if (next?.kind === 'num' || normAt(c, end) === 'before' || normAt(c, end) === 'after' || normAt(c, end) === 'earlier')
    return null;
  if (c.lex.has('period-follower', normAt(c, end)) && qualifier !== 'current') {
    return { start: i, end, sem: { k: 'duration', value: 'P1Y' }, rule: 'the-year-period', lang: 'en' };
  }
  return { start: i, end, sem: { k: 'unit', unit: 'Y', offset: 0 }, rule: 'the-year', lang: 'en' };
}

/** "year-end", "year end", "year's end": the end of the reference year. */
export function yearEndRule(c: RuleContext, i: number): Candidate | null {
  if (normAt(c, i) !== 'year') return null;
  let k = i + 1;
  if (c.tokens[k]?.text === '-' && glued(c, k)) k++;
  else if (c.tokens[k]?.text === "'" && normAt(c, k + 1) === 's' && glued(c, k)) k += 2;
  if (normAt(c, k) !== 'end') return null;
  return { start: i, end: k + 1, sem: { k: 'unit', unit: 'Y', offset: 0 }, rule: 'year-end', lang: 'en', mod: 'END' };
}

const THAT_UNITS: Readonly<Record<string, 'D' | 'W' | 'M' | 'Q' | 'Y'>> = {
  year: 'Y',
  month: 'M',
  week: 'W',
  quarter: 'Q',
};

/** "that year", "that quarter", "that same month": the unit of the last date mentioned. */
export function thatUnitRule(c: RuleContext, i: number): Candidate | null {
  if (normAt(c, i) !== 'that') return null;
  let k = i + 1;
  if (normAt(c, k) === 'same') k++;
  const unit = THAT_UNITS[normAt(c, k) ?? ''];
  if (!unit) return null;
  return { start: i, end: k + 1, sem: { k: 'narrative', unit, n: 0 }, rule: 'that-unit', lang: 'en' };
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** A spelled number 10–99 at i ("ninety-six", "seventy nine", "fifteen"). */
function spelled99(c: RuleContext, i: number): { n: number; end: number } | null {
  const w = normAt(c, i) ?? '';
  const teen = TEENS.indexOf(w);
  if (teen >= 0) return { n: 10 + teen, end: i + 1 };
  const tens = TENS.indexOf(w);
  if (tens < 2) return null;
  let k = i + 1;
  if (c.tokens[k]?.text === '-' && glued(c, k)) k++;
  const one = ONES.indexOf(normAt(c, k) ?? '');
  if (one >= 1) return { n: tens * 10 + one, end: k + 1 };
  return { n: tens * 10, end: i + 1 };
}

/** Spelled years (broadcast transcripts): "nineteen ninety-six", "the year two thousand", "two thousand and one". */
export function spelledYearRule(c: RuleContext, i: number): Candidate | null {
  let k = i;
  const lead = normAt(c, k) === 'the' && normAt(c, k + 1) === 'year';
  if (lead) k += 2;
  const century = spelled99(c, k);
  if (century && century.n >= 11 && century.n <= 20) {
    const rest = spelled99(c, century.end);
    if (rest) return year(i, rest.end, century.n * 100 + rest.n);
  }
  if (normAt(c, k) === 'two' && normAt(c, k + 1) === 'thousand') {
    let e = k + 2;
    if (normAt(c, e) === 'and') e++;
    const one = ONES.indexOf(normAt(c, e) ?? '');
    if (one >= 1) return year(i, e + 1, 2000 + one);
    const rest = spelled99(c, e);
    if (rest) return year(i, rest.end, 2000 + rest.n);
    return lead || normAt(c, i - 1) === 'in' || normAt(c, i - 1) === 'by' ? year(i, k + 2, 2000) : null;
  }
  return null;
}

const year = (start: number, end: number, y: number): Candidate => ({
  start,
  end,
  sem: { k: 'abs', y },
  rule: 'spelled-year',
  lang: 'en',
});

/** "the 20th century", "the eleventh century": TIMEX3 century values count from zero ("19" = 1900–1999). */
export function centuryRule(c: RuleContext, i: number): Candidate | null {
  const k = normAt(c, i) === 'the' ? i + 1 : i;
  let n: number | null = null;
  let e = k;
  const t = c.tokens[k];
  if (t?.kind === 'num' && t.text.length <= 2 && /^(st|nd|rd|th)$/.test(normAt(c, k + 1) ?? '') && glued(c, k + 1)) {
    n = Number(t.text);
    e = k + 2;
  } else {
    const ord = c.lex.match(c.tokens, k, 'ordinal');
    if (ord) {
      n = Number(ord.entry.value);
      e = ord.end;
    }
  }
  if (n === null || n < 1 || n > 21 || normAt(c, e) !== 'century') return null;
  return { start: i, end: e + 1, sem: { k: 'abs', century: n - 1 }, rule: 'century', lang: 'en' };
}
