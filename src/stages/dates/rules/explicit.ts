import { isValidDate } from '../../../lib/time/index.js';
import type { Candidate, Direction } from '../sem.js';
import { clauseEnd, dayAt, digitsAt, glued, normAt, type RuleContext, yearAt } from './context.js';
import { spelledYearRule } from './periods.js';

/** Two-digit years: below this pivot they are 20xx, otherwise 19xx ("11/30/24" → 2024, "3/4/98" → 1998). */
const TWO_DIGIT_YEAR_PIVOT = 50;

interface NameMatch {
  readonly value: number;
  readonly end: number;
  readonly lang: string;
  readonly ambiguous: boolean;
}

export function monthAt(c: RuleContext, i: number): NameMatch | null {
  const m = c.lex.match(c.tokens, i, 'month');
  return m
    ? { value: Number(m.entry.value), end: m.end, lang: m.entry.lang, ambiguous: m.entry.flags.has('ambiguous') }
    : null;
}

export function weekdayAt(c: RuleContext, i: number): NameMatch | null {
  const m = c.lex.match(c.tokens, i, 'weekday');
  return m
    ? { value: Number(m.entry.value), end: m.end, lang: m.entry.lang, ambiguous: m.entry.flags.has('ambiguous') }
    : null;
}

/** "Saturday, " or "Sat " before a full date: returns the index where the date proper starts. */
function afterWeekday(c: RuleContext, i: number): number {
  const w = weekdayAt(c, i);
  if (!w) return i;
  let k = w.end;
  if (c.tokens[k]?.text === ',') k++;
  if (normAt(c, k) === 'the') k++;
  return k;
}

/** A year after a month or day: "2024", ", 2024", "de 2024", "of 2024". */
function trailingYear(c: RuleContext, i: number): { y: number; end: number } | null {
  let k = i;
  const sep = normAt(c, k);
  if (sep === ',' || sep === 'de' || sep === 'del' || sep === 'of') k++;
  const y = yearAt(c, k);
  if (y === null) {
    // "January nineteen ninety-seven" (broadcast transcripts)
    const spelled = sep === 'de' || sep === 'of' || sep === ',' ? null : spelledYearRule(c, k);
    return spelled && spelled.sem.k === 'abs' && spelled.sem.y !== undefined
      ? { y: spelled.sem.y, end: spelled.end }
      : null;
  }
  // "2 июня 2025 года", "19 січня 2025 року", "2025 г.": the year word belongs to the date
  const word = c.lex.match(c.tokens, k + 1, 'year-word');
  return { y, end: word && !c.tokens[k + 1]?.newline ? word.end : k + 1 };
}

const expandYear = (y: number, digits: number): number =>
  digits === 4 ? y : y < TWO_DIGIT_YEAR_PIVOT ? 2000 + y : 1900 + y;

/** "Saturday, November 30, 2024", "Nov. 30", "November 30th". */
export function monthDayYear(c: RuleContext, i: number): Candidate | null {
  const direction = c.lex.match(c.tokens, i, 'direction-before');
  const dir = direction ? directionOfWord(direction.entry.value) : undefined;
  const k = afterWeekday(c, direction ? direction.end : i);
  const month = monthAt(c, k);
  if (!month) return null;
  const day = dayAt(c, month.end);
  if (!day) return null;
  const after = c.tokens[day.end];
  // "May 5:30", "March 3-0", "April 5%": not a date ("Oct. 26: The editorial…" is)
  const afterColon = c.tokens[day.end + 1];
  if (after && !after.spaced && after.text === ':' && afterColon?.kind === 'num' && !afterColon.spaced) return null;
  if (after && !after.spaced && after.text === '%') return null;
  if (after?.kind === 'num' && !after.spaced) return null;
  const year = trailingYear(c, day.end);
  if (year && !isValidDate(year.y, month.value, day.day)) return null;
  if (dir && year) return null;
  return {
    start: i,
    end: year ? year.end : day.end,
    sem: { k: 'abs', m: month.value, d: day.day, ...(year ? { y: year.y } : {}), ...(dir ? { dir } : {}) },
    rule: year ? 'month-day-year' : 'month-day',
    lang: month.lang,
  };
}

/** "April 24 and 25": the second day of a coordinated pair, in the first date's month (and year). */
export function coordinatedDay(c: RuleContext, first: Candidate): Candidate | null {
  const s = first.sem;
  if (s.k !== 'abs' || s.m === undefined || s.d === undefined || s.time !== undefined || s.holiday) return null;
  const conj = normAt(c, first.end);
  if (conj !== 'and' && conj !== 'or') return null;
  const day = dayAt(c, first.end + 1);
  // a later day of the same month, closing the clause: "April 24 and 25." but not "May 5 and 2 others"
  if (!day || day.day <= s.d || !clauseEnd(c, day.end)) return null;
  if (!isValidDate(s.y ?? LEAP_YEAR, s.m, day.day)) return null;
  return { start: first.end + 1, end: day.end, sem: { ...s, d: day.day }, rule: 'coordinated-day', lang: first.lang };
}

/** Any leap year: checks a day of an unstated year ("February 28 and 29"). */
const LEAP_YEAR = 2000;

/** A direction word's meaning for a date without a year: "last" → strictly past, "this" → the same year. */
function directionOfWord(value: string): Direction {
  if (value === '-1' || value === 'past') return 'strict-past';
  if (value === '1' || value === 'future') return 'strict-future';
  return 'same-year';
}

/** "last year", "this year", "next year" right after a month: "June last year". */
function yearAfterMonth(c: RuleContext, i: number): { shift: number; end: number } | null {
  const d = c.lex.match(c.tokens, i, 'direction-before');
  if (!d || normAt(c, d.end) !== 'year') return null;
  const v = d.entry.value;
  const shift = v === '-1' || v === 'past' ? -1 : v === '1' || v === 'future' ? 1 : v === '0' ? 0 : null;
  return shift === null ? null : { shift, end: d.end + 1 };
}

/** "30 November 2024", "30th of November", "30 de noviembre de 2024", "30. November 2024", "Sat 30 Nov". */
export function dayMonthYear(c: RuleContext, i: number): Candidate | null {
  const k = afterWeekday(c, i);
  const day = dayAt(c, k);
  if (!day) return null;
  let m = day.end;
  if (c.tokens[m]?.text === '.' && !c.tokens[m]?.spaced) m++;
  const joiner = normAt(c, m);
  if (joiner === 'of' || joiner === 'de') m++;
  const month = monthAt(c, m);
  if (!month) return null;
  const year = trailingYear(c, month.end);
  if (year && !isValidDate(year.y, month.value, day.day)) return null;
  return {
    start: i,
    end: year ? year.end : month.end,
    sem: { k: 'abs', m: month.value, d: day.day, ...(year ? { y: year.y } : {}) },
    rule: year ? 'day-month-year' : 'day-month',
    lang: month.lang,
  };
}

/** "November 2024", "March of 2020", "noviembre de 2024". */
export function monthYear(c: RuleContext, i: number): Candidate | null {
  const month = monthAt(c, i);
  if (!month) return null;
  const year = trailingYear(c, month.end);
  if (!year) return null;
  return {
    start: i,
    end: year.end,
    sem: { k: 'abs', y: year.y, m: month.value },
    rule: 'month-year',
    lang: month.lang,
  };
}

/** All-numeric dates: 2024-11-30, 30/11/2024, 11/30/24, 30.11.2024, optionally followed by a clock time. */
export function numericDate(c: RuleContext, i: number): Candidate | null {
  const a = c.tokens[i];
  if (a?.kind !== 'num') return null;
  const prev = c.tokens[i - 1];
  if (prev && !a.spaced && (prev.kind === 'num' || prev.text === '/' || prev.text === '.')) return null;
  const s1 = c.tokens[i + 1];
  const b = c.tokens[i + 2];
  const s2 = c.tokens[i + 3];
  const d = c.tokens[i + 4];
  if (!s1 || !b || !s2 || !d || s1.spaced || b.spaced || s2.spaced || d.spaced) return null;
  if (s1.text !== s2.text || !['-', '/', '.'].includes(s1.text) || b.kind !== 'num' || d.kind !== 'num') return null;
  const after = c.tokens[i + 5];
  if (after && !after.spaced && (after.text === s1.text || after.kind === 'num') && c.tokens[i + 6]?.kind === 'num')
    return null;
  let y: number;
  let mo: number;
  let day: number;
  if (a.text.length === 4 && s1.text === '-') {
    [y, mo, day] = [Number(a.text), Number(b.text), Number(d.text)];
  } else if (a.text.length <= 2 && b.text.length <= 2 && (d.text.length === 4 || d.text.length === 2)) {
    const [x, z] = [Number(a.text), Number(b.text)];
    y = expandYear(Number(d.text), d.text.length);
    const dmy = x > 12 || (z <= 12 && (s1.text === '.' || c.numericOrder === 'dmy'));
    [day, mo] = dmy ? [x, z] : [z, x];
  } else return null;
  if (!isValidDate(y, mo, day)) return null;
  let end = i + 5;
  let time: string | undefined;
  const hh = digitsAt(c, end, 2);
  if (hh !== null && c.tokens[end]?.spaced && c.tokens[end + 1]?.text === ':' && glued(c, end + 1)) {
    const mm = digitsAt(c, end + 2, 2);
    if (mm !== null && glued(c, end + 2) && hh < 24 && mm < 60) {
      time = `T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}`;
      end += 3;
      if (c.tokens[end]?.text === ':' && glued(c, end) && digitsAt(c, end + 1, 2) !== null) end += 2;
    }
  }
  return {
    start: i,
    end,
    sem: { k: 'abs', y, m: mo, d: day, ...(time ? { time } : {}) },
    rule: 'numeric-date',
    lang: 'en',
  };
}

/** A month name alone: "in March", "last November", "noviembre". Ambiguous names need a context word before. */
export function monthAlone(c: RuleContext, i: number): Candidate | null {
  let k = i;
  let dir: Direction = 'tense';
  const before = c.lex.match(c.tokens, i, 'direction-before');
  if (before) {
    dir = directionOfWord(before.entry.value);
    k = before.end;
  }
  // "every July", "each March": a month that recurs every year
  const recurring = !before && c.lex.has('weekday-set', normAt(c, i));
  if (recurring) k = i + 1;
  const month = monthAt(c, k);
  if (!month) return null;
  const suffix = `-${String(month.value).padStart(2, '0')}`;
  if (recurring)
    return { start: i, end: month.end, sem: { k: 'set', value: `XXXX${suffix}` }, rule: 'month-set', lang: month.lang };
  const yearShift = before ? null : yearAfterMonth(c, month.end);
  if (yearShift) {
    return {
      start: i,
      end: yearShift.end,
      sem: { k: 'in-year', suffix, month: month.value, dir, yearShift: yearShift.shift },
      rule: 'month-relative-year',
      lang: month.lang,
    };
  }
  const dotted = c.tokens[month.end - 1]?.text === '.';
  const abbreviated = dotted || (c.tokens[k]?.text.length ?? 0) <= 4;
  // "Jan Kavan": an undotted abbreviation before a capitalised word is a given name
  const after = c.tokens[month.end];
  if (abbreviated && !dotted && after?.kind === 'word' && /^\p{Lu}/u.test(after.text)) return null;
  if ((month.ambiguous || abbreviated) && !before) {
    const prev = c.tokens[i - 1];
    const ok =
      prev && !prev.newline && (c.lex.has('month-context', prev.norm) || (prev.text === '-' && !c.tokens[i]?.spaced));
    if (!ok) return null;
  }
  return {
    start: i,
    end: month.end,
    sem: { k: 'in-year', suffix, month: month.value, dir },
    rule: before ? 'direction-month' : 'month',
    lang: month.lang,
  };
}

/** Words before a four-digit number that make it a quantity, checked over one or two tokens ("up to 2000"). */
function isQuantityContext(c: RuleContext, i: number): boolean {
  const p1 = c.tokens[i - 1];
  if (!p1) return false;
  if (c.lex.has('year-quantity', p1.norm)) return true;
  const p2 = c.tokens[i - 2];
  return p2 !== undefined && c.lex.has('year-quantity', `${p2.norm} ${p1.norm}`);
}

/** "2016", "in 2016", "fiscal 1989", "the 1990s", "the '90s", "mid-1990s". Counts are not years: "2000 fighters". */
export function yearRule(c: RuleContext, i: number): Candidate | null {
  let k = i;
  let fiscal = false;
  if (normAt(c, k) === 'the') {
    // only "the 1990s", "the '80s"
    const d = yearRule(c, k + 1);
    if (d?.sem.k !== 'abs' || d.sem.decade === undefined) return null;
    return { ...d, start: i, sem: { k: 'abs', decade: d.sem.decade } };
  }
  if (normAt(c, k) === 'fiscal' || normAt(c, k) === 'fy') {
    fiscal = true;
    k++;
    if (normAt(c, k) === 'year') k++;
  }
  const t = c.tokens[k];
  if (!t) return null;
  // decades: 1990s, '90s
  if (t.kind === 'num' && c.tokens[k + 1]?.norm === 's' && glued(c, k + 1)) {
    const v = Number(t.text);
    if (t.text.length === 4 && v % 10 === 0 && v >= 1000 && v < 2200) {
      return { start: i, end: k + 2, sem: { k: 'abs', decade: v / 10, decadeX: true }, rule: 'decade', lang: 'en' };
    }
    if (t.text.length === 2 && v % 10 === 0 && c.tokens[k - 1]?.text === "'" && glued(c, k)) {
      return {
        start: k - 1,
        end: k + 2,
        sem: { k: 'abs', decade: 190 + v / 10, decadeX: true },
        rule: 'decade',
        lang: 'en',
      };
    }
    return null;
  }
  const y = yearAt(c, k);
  if (y === null) return null;
  const prev = c.tokens[k - 1];
  if (prev && !t.spaced && (prev.kind === 'num' || /^[$£€#/.:]$/.test(prev.text))) return null;
  if (!fiscal && isQuantityContext(c, k)) return null;
  const next = c.tokens[k + 1];
  if (next && (next.text === '%' || c.lex.has('year-count-noun', next.norm))) return null;
  if (next && !next.spaced && (next.text === ':' || next.kind === 'num')) return null;
  if (next && c.lex.has('timezone', next.norm) && y % 100 < 60 && Math.floor(y / 100) < 24) {
    // military time "1430 GMT"
    return null;
  }
  return {
    start: i,
    end: k + 1,
    sem: { k: 'abs', y, ...(fiscal ? { fiscal } : {}) },
    rule: fiscal ? 'fiscal-year' : 'year',
    lang: 'en',
  };
}

/** "Christmas", "Thanksgiving Day 2024". */
export function holidayRule(c: RuleContext, i: number): Candidate | null {
  const h = c.lex.match(c.tokens, i, 'holiday');
  if (!h) return null;
  const year = trailingYear(c, h.end);
  const v = h.entry.value;
  const fixed = /^(\d{2})-(\d{2})$/.exec(v);
  const m = Number(v.slice(0, 2));
  if (fixed) {
    const d = Number(fixed[2]);
    return {
      start: i,
      end: year ? year.end : h.end,
      sem: { k: 'abs', m, d, ...(year ? { y: year.y } : {}) },
      rule: 'holiday',
      lang: h.entry.lang,
    };
  }
  // nth weekday holidays need a year to compute; without one they are resolved via the year of the reference
  return {
    start: i,
    end: year ? year.end : h.end,
    sem: { k: 'abs', m, ...(year ? { y: year.y } : {}), holiday: v },
    rule: 'holiday',
    lang: h.entry.lang,
  };
}
