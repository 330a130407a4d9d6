import type { Candidate } from '../sem.js';
import { digitsAt, glued, normAt, phraseAt, type RuleContext, yearAt } from './context.js';
import { monthDayYear } from './explicit.js';

// Word lists (data/lexicon/dates/grammar.tsv): latest-period ("the latest quarter" = the last completed one),
// current-period ("this quarter"), year-ago ("the year-earlier quarter": a year before the last one mentioned).
const YEAR_POSSESSIVE: Readonly<Record<string, number>> = { this: 0, last: -1, next: 1 };

/** Phrases after "the same period" / "the quarter" that put it a year back: "the same period last year". */
const A_YEAR_BACK = [
  'last year',
  'a year ago',
  'a year earlier',
  'of last year',
  'the year before',
  'the previous year',
];

/**
 * "the same period last year", "the quarter a year ago", "last year's quarter": the quarter just reported, a year
 * earlier (resolved like "the year-earlier quarter" against the last quarter the text named).
 */
function yearAgoPeriod(c: RuleContext, i: number, k: number, yearOffset: number | null): Candidate | null {
  const noun = normAt(c, k);
  if (noun !== 'quarter' && noun !== 'period') return null;
  let end = -1;
  for (const phrase of A_YEAR_BACK) {
    end = phraseAt(c, k + 1, phrase);
    if (end >= 0) break;
  }
  if (end < 0 && yearOffset === -1) end = k + 1;
  if (end < 0) return null;
  return {
    start: i,
    end,
    sem: { k: 'narrative', unit: 'Y', n: -1, yearAgo: true },
    rule: 'year-earlier-quarter',
    lang: 'en',
  };
}

/** An ordinal at i ("third", "3rd", "fourth-"), 1–4. */
function ordinalAt(c: RuleContext, i: number): { n: number; end: number } | null {
  const m = c.lex.match(c.tokens, i, 'ordinal');
  if (m) return { n: Number(m.entry.value), end: m.end };
  const d = digitsAt(c, i, 1);
  const suffix = c.tokens[i + 1];
  if (d !== null && suffix && !suffix.spaced && /^(st|nd|rd|th)$/.test(suffix.norm)) return { n: d, end: i + 2 };
  return null;
}

/** "of 1989", "1989" after a quarter. */
function yearAfter(c: RuleContext, i: number): { y: number; end: number } | null {
  let k = i;
  if (normAt(c, k) === 'of' || normAt(c, k) === ',') k++;
  if (normAt(c, k) === 'fiscal') k++;
  const y = yearAt(c, k);
  return y === null ? null : { y, end: k + 1 };
}

/**
 * Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1989", "the 1988 third quarter",
 * "the latest quarter", "the year-earlier quarter", "the first half", "Q3 2024".
 */
export function quarterRule(c: RuleContext, i: number): Candidate | null {
  let k = i;
  let yearOffset: number | null = null;
  if (normAt(c, k) === 'the') k++;
  else {
    // "this year's third quarter", "last year's quarter", "next year's first quarter"
    const shift = YEAR_POSSESSIVE[normAt(c, k) ?? ''];
    if (
      shift !== undefined &&
      normAt(c, k + 1) === 'year' &&
      c.tokens[k + 2]?.text === "'" &&
      normAt(c, k + 3) === 's'
    ) {
      yearOffset = shift;
      k += 4;
    }
  }
  const y: number | null = yearAt(c, k);
  if (y !== null) k++;
  if (normAt(c, k) === 'fiscal' || normAt(c, k) === 'calendar') {
    k++;
    if (c.tokens[k]?.text === '-' && glued(c, k)) k++;
  }
  // Q3, 3Q
  if (normAt(c, k) === 'q' && digitsAt(c, k + 1, 1) !== null && glued(c, k + 1)) {
    const n = digitsAt(c, k + 1, 1) ?? 0;
    if (n < 1 || n > 4) return null;
    const ya = yearAfter(c, k + 2);
    return quarter(i, ya ? ya.end : k + 2, n, ya?.y ?? y, 'quarter');
  }
  // year-earlier / year-ago quarter
  if (normAt(c, k) === 'comparable' || normAt(c, k) === 'same' || normAt(c, k) === 'corresponding') k++;
  const compared = yearAgoPeriod(c, i, k, yearOffset);
  if (compared) return compared;
  if (
    normAt(c, k) === 'year' &&
    c.tokens[k + 1]?.text === '-' &&
    c.lex.has('year-ago', normAt(c, k + 2)) &&
    glued(c, k + 1)
  ) {
    let e = k + 3;
    const ord = ordinalAt(c, e);
    if (ord) e = ord.end;
    const noun = normAt(c, e);
    if (noun !== 'quarter' && noun !== 'period') return null;
    return {
      start: i,
      end: e + 1,
      sem: { k: 'narrative', unit: 'Y', n: -1, yearAgo: true },
      rule: 'year-earlier-quarter',
      lang: 'en',
    };
  }
  const ord = ordinalAt(c, k);
  let e = ord ? ord.end : k;
  const modifier = normAt(c, e);
  const last = !ord && normAt(c, i) === 'the' ? lastOfYear(c, i, e) : null;
  if (last) return last;
  const latest = !ord && (c.lex.has('latest-period', modifier) || c.lex.has('current-period', modifier));
  if (latest) {
    e++;
    if (normAt(c, e) === 'fiscal') e++;
  }
  const hyphen = ord !== null && c.tokens[e]?.text === '-' && glued(c, e);
  if (hyphen) e++;
  if (normAt(c, e) === 'fiscal') e++;
  const noun = normAt(c, e);
  if (latest && noun === 'period' && modifier === 'latest') {
    return { start: i, end: e + 1, sem: { k: 'unit', unit: 'Q', offset: -1 }, rule: 'latest-period', lang: 'en' };
  }
  // "the 1988 period": a reporting period of that year (extract.ts reads its quarter from the one just reported)
  if (noun === 'period' && y !== null && !ord && !latest && normAt(c, i) === 'the')
    return { start: i, end: e + 1, sem: { k: 'abs', y }, rule: 'year-quarter', lang: 'en' };
  if (noun !== 'quarter' && noun !== 'half') return null;
  // "the third-quarter results": the compound is an adjective, "the" belongs to the noun
  const start = hyphen && normAt(c, i) === 'the' ? i + 1 : i;
  if (ord && noun === 'half' && ord.n > 2) return null;
  const ya = yearAfter(c, e + 1);
  const end = ya ? ya.end : e + 1;
  const year = ya?.y ?? y;
  if (ord) {
    if (ord.n > 4) return null;
    if (yearOffset !== null && year === null) {
      return {
        start,
        end,
        sem: {
          k: 'in-year',
          suffix: `-${noun === 'quarter' ? 'Q' : 'H'}${ord.n}`,
          month: 1,
          dir: 'nearest',
          yearShift: yearOffset,
        },
        rule: 'quarter',
        lang: 'en',
      };
    }
    return noun === 'quarter' ? quarter(start, end, ord.n, year, 'quarter') : half(start, end, ord.n, year);
  }
  if (noun !== 'quarter' || (k === e && normAt(c, i) !== 'the')) return null;
  // "the quarter", "the latest quarter": the last completed quarter; "the current quarter": this one
  const offset = c.lex.has('current-period', modifier) ? 0 : -1;
  // "the 1988 quarter": the year is all the text says
  if (year !== null) return { start: i, end, sem: { k: 'abs', y: year }, rule: 'year-quarter', lang: 'en' };
  // "the quarter ended Sept. 30": the quarter holding that day
  const ended = normAt(c, end) === 'ended' || normAt(c, end) === 'ending' ? monthDayYear(c, end + 1) : null;
  if (ended && ended.sem.k === 'abs' && ended.sem.m !== undefined) {
    const q = Math.floor((ended.sem.m - 1) / 3) + 1;
    if (ended.sem.y !== undefined)
      return {
        start: i,
        end,
        sem: { k: 'abs', y: ended.sem.y, yearPart: `-Q${q}` },
        rule: 'quarter-ended',
        lang: 'en',
      };
    return {
      start: i,
      end,
      sem: { k: 'in-year', suffix: `-Q${q}`, month: ended.sem.m, dir: 'past' },
      rule: 'quarter-ended',
      lang: 'en',
    };
  }
  if (k === e && normAt(c, i) === 'the') {
    // "the quarter-to-quarter comparison"
    if (c.tokens[end]?.text === '-' && glued(c, end)) return null;
    return { start: i, end, sem: { k: 'unit', unit: 'Q', offset: -1 }, rule: 'the-quarter', lang: 'en' };
  }
  return { start: i, end, sem: { k: 'unit', unit: 'Q', offset }, rule: 'latest-quarter', lang: 'en' };
}

/**
 * "the last quarter of 1989", "the final half of 2024", "the latter half of 1990": the last quarter (Q4) or half
 * (H2) of the year written after "of" (category final-position of grammar.tsv). Without that year "the last
 * quarter" is the latest completed one (latest-period), so the year is required.
 */
function lastOfYear(c: RuleContext, start: number, k: number): Candidate | null {
  if (!c.lex.has('final-position', normAt(c, k))) return null;
  const noun = normAt(c, k + 1);
  if ((noun !== 'quarter' && noun !== 'half') || normAt(c, k + 2) !== 'of') return null;
  const ya = yearAfter(c, k + 2);
  if (!ya) return null;
  return noun === 'quarter' ? quarter(start, ya.end, 4, ya.y, 'quarter') : half(start, ya.end, 2, ya.y);
}

function quarter(start: number, end: number, n: number, y: number | null, rule: string): Candidate {
  const yearPart = `-Q${n}`;
  if (y !== null) return { start, end, sem: { k: 'abs', y, yearPart }, rule, lang: 'en' };
  return {
    start,
    end,
    sem: { k: 'in-year', suffix: yearPart, month: (n - 1) * 3 + 1, dir: 'started' },
    rule,
    lang: 'en',
  };
}

function half(start: number, end: number, n: number, y: number | null): Candidate {
  const yearPart = `-H${n}`;
  if (y !== null) return { start, end, sem: { k: 'abs', y, yearPart }, rule: 'half', lang: 'en' };
  return {
    start,
    end,
    sem: { k: 'in-year', suffix: yearPart, month: (n - 1) * 6 + 1, dir: 'started' },
    rule: 'half',
    lang: 'en',
  };
}
