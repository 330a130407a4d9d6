import {
  addMonths,
  applySpec,
  dayNumber,
  formatDay,
  formatMonth,
  formatWeek,
  fromDayNumber,
  isValidDate,
  nthWeekday,
  pad,
  parseExactIsoDay,
} from '../../lib/time/index.js';
import type { Direction, Sem } from './sem.js';
import type { DateAnchor, DatePrecision, RelativeSpec, Tense, TimexType } from './types.js';

/** What a rule's meaning resolves against. */
/** How a signal word bounds a date phrase (see ResolveEnv.signal). */
export type SignalKind = 'since' | 'until' | 'reached-by';

/** The signal kind named by a lexicon value, or null for a signal that bounds nothing ("in", "on", "during"). */
export const signalKindOf = (value: string): SignalKind | null =>
  value === 'since' || value === 'until' || value === 'reached-by' ? value : null;

export interface ResolveEnv {
  /** The reference (publication) date as a day number, or null when the document has none yet. */
  readonly ref: number | null;
  readonly tense: Tense | null;
  /**
   * How the signal before the phrase bounds it (the `value` of its `signal` row in data/lexicon/dates/cues.tsv):
   * since ("since Wednesday": before the reference), until ("until Sunday": ahead), reached-by ("by"); null for
   * other signals or none.
   */
  readonly signal: SignalKind | null;
  /** The last dated mention before this one, for "the day before", "a year earlier". */
  readonly previous: PreviousDate | null;
}

export interface PreviousDate {
  readonly value: string | null;
  readonly relative: RelativeSpec | null;
}

export interface Resolved {
  readonly type: TimexType;
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly anchor: DateAnchor;
  readonly relative: RelativeSpec | null;
}

/** The concrete direction of a weekday or month phrase, from its own words, its signal and its clause's tense. */
export function concreteDirection(
  dir: Direction,
  tense: Tense | null,
  signal: SignalKind | null,
  weekday = false,
): Direction {
  if (dir !== 'tense') return dir;
  if (signal === 'since') return 'strict-past';
  // "by" in a past-tense clause reports a state already reached ("had fled by Wednesday evening"): only for
  // weekdays, since "double its flights by August" (a plan, in a past-tense clause) keeps the nearest month
  if (weekday && signal === 'reached-by' && tense === 'past') return 'past';
  if (signal === 'until' || signal === 'reached-by') return tense === 'past' ? 'nearest' : 'future';
  if (tense === 'past') return 'past';
  if (tense === 'future') return 'future';
  return 'nearest';
}

/** Day offsets from the reference for weekday `wd`, one per reference weekday (index 0 = Monday). */
export function weekdayOffsets(wd: number, dir: Direction): number[] {
  const out: number[] = [];
  for (let r = 1; r <= 7; r++) {
    const diff = (((wd - r) % 7) + 7) % 7; // 0..6 days ahead
    let o: number;
    switch (dir) {
      case 'past':
        o = diff === 0 ? 0 : diff - 7;
        break;
      case 'strict-past':
        o = diff - 7;
        break;
      case 'future':
        o = diff;
        break;
      case 'strict-future':
        o = diff === 0 ? 7 : diff;
        break;
      default:
        o = diff <= 3 ? diff : diff - 7;
    }
    out.push(o);
  }
  return out;
}

/**
 * Months (of an unstated year) a date may lie from the reference month, by direction: [earliest, latest]. A month
 * outside the window moves to the adjacent year. Calibrated on TBAQ (dev split): the clause tense alone misplaces
 * "payable Dec. 7" (a past-tense "authorized" governs it) so past and future only shift the window by three
 * months off the symmetric "nearest" one.
 */
export const MONTH_WINDOWS: Readonly<Record<'past' | 'future' | 'nearest', readonly [number, number]>> = {
  past: [-9, 3],
  future: [-3, 9],
  nearest: [-6, 6],
};

/** Year offsets for a month of an unstated year, one per reference month (index 0 = January). */
export function yearOffsets(month: number, dir: Direction): number[] {
  const out: number[] = [];
  for (let r = 1; r <= 12; r++) {
    const diff = month - r;
    let o = 0;
    if (dir === 'same-year') o = 0;
    else if (dir === 'started') o = month > r ? -1 : 0;
    else if (dir === 'strict-past') o = month >= r ? -1 : 0;
    else if (dir === 'strict-future') o = month <= r ? 1 : 0;
    else {
      const [lo, hi] = MONTH_WINDOWS[dir === 'past' || dir === 'future' ? dir : 'nearest'];
      if (diff > hi) o = -1;
      else if (diff < lo) o = 1;
    }
    out.push(o);
  }
  return out;
}

/**
 * ISO-week offset of "the weekend" for each reference weekday (Monday first). Saturday and Sunday close their ISO
 * week, so a past weekend read on a weekday is the previous week's; a coming one is this week's (next week's on a
 * Sunday); with no tense, Monday and Tuesday look back, Wednesday to Friday forward.
 */
const WEEKEND_WEEKS: Readonly<Record<'past' | 'future' | 'nearest', readonly number[]>> = {
  past: [-1, -1, -1, -1, -1, 0, 0],
  future: [0, 0, 0, 0, 0, 0, 1],
  nearest: [-1, -1, 0, 0, 0, 0, 0],
};

const PRECISIONS: readonly [RegExp, DatePrecision][] = [
  [/^\d{4}-\d{2}-\d{2}T/, 'time'],
  [/^\d{4}-\d{2}-\d{2}$/, 'day'],
  [/^\d{4}-W\d{2}/, 'week'],
  [/^\d{4}-\d{2}$/, 'month'],
  [/^\d{4}-[QH]\d$/, 'quarter'],
  [/^\d{4}-(SP|SU|FA|WI)$/, 'season'],
  [/^\d{4}$/, 'year'],
  [/^\d{3}$/, 'decade'],
  [/^\d{2}$/, 'century'],
];

export function precisionOf(value: string | null): DatePrecision | null {
  if (!value) return null;
  for (const [re, p] of PRECISIONS) if (re.test(value)) return p;
  return null;
}

/** Shifts a value of day, month, quarter or year precision by n units of `unit`; null if it cannot. */
export function shiftValue(value: string, unit: 'D' | 'W' | 'M' | 'Q' | 'Y', n: number): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const base = dayNumber(Number(day[1]), Number(day[2]), Number(day[3]));
    if (unit === 'D') return formatDay(base + n);
    if (unit === 'W') return formatDay(base + 7 * n);
    const months = unit === 'M' ? n : unit === 'Q' ? 3 * n : 12 * n;
    const t = addMonths(Number(day[1]), Number(day[2]), months);
    const d = Math.min(Number(day[3]), 28);
    return isValidDate(t.y, t.m, Number(day[3]))
      ? formatDay(dayNumber(t.y, t.m, Number(day[3])))
      : formatDay(dayNumber(t.y, t.m, d));
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month && unit !== 'D' && unit !== 'W') {
    const t = addMonths(Number(month[1]), Number(month[2]), unit === 'M' ? n : unit === 'Q' ? 3 * n : 12 * n);
    return formatMonth(t.y, t.m);
  }
  const quarter = /^(\d{4})-Q(\d)$/.exec(value);
  if (quarter && (unit === 'Q' || unit === 'Y')) {
    const total = Number(quarter[1]) * 4 + Number(quarter[2]) - 1 + (unit === 'Q' ? n : 4 * n);
    return `${pad(Math.floor(total / 4), 4)}-Q${(total % 4) + 1}`;
  }
  const year = /^(\d{4})(-(?:H\d|SP|SU|FA|WI))?$/.exec(value);
  if (year && unit === 'Y') return pad(Number(year[1]) + n, 4) + (year[2] ?? '');
  return null;
}

/** Cuts a value down to a unit: 1996-05-22 → 1996 (Y), 1996-05 (M), 1996-Q2 (Q), 1996-W21 (W). */
export function truncateTo(value: string, unit: 'D' | 'W' | 'M' | 'Q' | 'Y'): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const [y, mo, d] = [m[1] ?? '', m[2], m[3]];
  if (unit === 'Y') return y;
  if (unit === 'Q') {
    const q = /^\d{4}-Q\d$/.test(value) ? value : mo ? `${y}-Q${Math.floor((Number(mo) - 1) / 3) + 1}` : null;
    return q;
  }
  if (unit === 'M') return mo ? `${y}-${mo}` : null;
  if (unit === 'W') return mo && d ? formatWeek(dayNumber(Number(y), Number(mo), Number(d))) : null;
  return value;
}

/** A leap year, so that "29 February" shifts like any other day of an unstated year. */
const SHIFT_YEAR = 2000;

/**
 * Shifts a day spec by n days (for "the day before" after a weekday in an undated document), or an unstated-year
 * day ("on 6 October … the following day") by n days within the year, moving the year offsets when it crosses one.
 */
function shiftSpec(spec: RelativeSpec | null, n: number): RelativeSpec | null {
  if (spec?.unit === 'day') return { unit: 'day', offsets: spec.offsets.map((o) => o + n) };
  const md = spec?.unit === 'in-year' ? /^-(\d{2})-(\d{2})$/.exec(spec.suffix) : null;
  if (spec?.unit !== 'in-year' || !md) return null;
  const shifted = fromDayNumber(dayNumber(SHIFT_YEAR, Number(md[1]), Number(md[2])) + n);
  const years = shifted.y - SHIFT_YEAR;
  return {
    unit: 'in-year',
    suffix: `-${pad(shifted.m)}-${pad(shifted.d)}`,
    yearOffsets: spec.yearOffsets.map((o) => o + years),
  };
}

/** A clock time makes a TIME; a part of day after a weekday ("Friday night") stays a DATE, as TimeBank has it. */
const typeOfTime = (time: string | undefined): TimexType => (time ? 'TIME' : 'DATE');
const typeOfWeekday = (time: string | undefined): TimexType => (time?.includes(':') ? 'TIME' : 'DATE');

function relativeResult(type: TimexType, spec: RelativeSpec, ref: number | null): Resolved {
  const value = ref === null ? null : applySpec(spec, ref);
  return { type, value, precision: precisionOf(value) ?? precisionOfSpec(spec), anchor: 'publication', relative: spec };
}

function precisionOfSpec(spec: RelativeSpec): DatePrecision {
  switch (spec.unit) {
    case 'day':
      return spec.suffix?.startsWith('T') ? 'time' : 'day';
    case 'week':
      return 'week';
    case 'in-year':
      return precisionOf(`2000${spec.suffix}`) ?? 'year';
    default:
      return spec.unit;
  }
}

/** Resolves a rule's meaning to a TIMEX3 type, value, precision, anchor and relative spec. */
export function resolve(sem: Sem, env: ResolveEnv): Resolved {
  switch (sem.k) {
    case 'abs':
      return resolveAbsolute(sem, env);
    case 'day':
      return relativeResult(
        typeOfTime(sem.time),
        { unit: 'day', offsets: Array(7).fill(sem.offset), ...(sem.time ? { suffix: sem.time } : {}) },
        env.ref,
      );
    case 'weekday': {
      const dir = concreteDirection(sem.dir, env.tense, env.signal, true);
      const spec: RelativeSpec = {
        unit: 'day',
        offsets: weekdayOffsets(sem.wd, dir),
        ...(sem.time ? { suffix: sem.time } : {}),
      };
      // "the previous Friday": the Friday before the last day the text named (TimeML anchors it in the narrative)
      const prevDay = sem.narrative && env.previous?.value ? parseExactIsoDay(env.previous.value.slice(0, 10)) : null;
      if (prevDay !== null) {
        const value = applySpec(spec, prevDay);
        return {
          type: typeOfWeekday(sem.time),
          value,
          precision: precisionOf(value),
          anchor: 'narrative',
          relative: null,
        };
      }
      return relativeResult(typeOfWeekday(sem.time), spec, env.ref);
    }
    case 'unit':
      if (sem.unit === 'W' || sem.unit === 'WE') {
        return relativeResult('DATE', { unit: 'week', offset: sem.offset, weekend: sem.unit === 'WE' }, env.ref);
      }
      return relativeResult(
        'DATE',
        { unit: sem.unit === 'M' ? 'month' : sem.unit === 'Q' ? 'quarter' : 'year', offset: sem.offset },
        env.ref,
      );
    case 'weekend': {
      const dir = concreteDirection('tense', env.tense, env.signal);
      return relativeResult(
        'DATE',
        {
          unit: 'week',
          offset: 0,
          weekend: true,
          byWeekday:
            WEEKEND_WEEKS[
              dir === 'past' || dir === 'strict-past'
                ? 'past'
                : dir === 'future' || dir === 'strict-future'
                  ? 'future'
                  : 'nearest'
            ],
        },
        env.ref,
      );
    }
    case 'in-year': {
      const dir = concreteDirection(sem.dir, env.tense, env.signal);
      const offsets = sem.yearShift !== undefined ? Array(12).fill(sem.yearShift) : yearOffsets(sem.month, dir);
      return relativeResult('DATE', { unit: 'in-year', suffix: sem.suffix, yearOffsets: offsets }, env.ref);
    }
    case 'ref':
      return { type: 'DATE', value: sem.value, precision: null, anchor: 'publication', relative: null };
    case 'duration':
      return { type: 'DURATION', value: sem.value, precision: null, anchor: 'unanchored', relative: null };
    case 'set':
      return { type: 'SET', value: sem.value, precision: null, anchor: 'unanchored', relative: null };
    case 'narrative':
      return resolveNarrative(sem, env);
    case 'time': {
      const prev = env.previous;
      if (prev?.value && /^\d{4}-\d{2}-\d{2}$/.test(prev.value)) {
        return { type: 'TIME', value: prev.value + sem.time, precision: 'time', anchor: 'narrative', relative: null };
      }
      return relativeResult('TIME', { unit: 'day', offsets: Array(7).fill(0), suffix: sem.time }, env.ref);
    }
    case 'event-period':
      return { type: 'DURATION', value: null, precision: null, anchor: 'unanchored', relative: null };
  }
}

function resolveAbsolute(sem: Extract<Sem, { k: 'abs' }>, env: ResolveEnv): Resolved {
  if (sem.century !== undefined) return absolute('DATE', pad(sem.century, 2));
  if (sem.decade !== undefined) return absolute('DATE', pad(sem.decade, 3) + (sem.decadeX ? 'X' : ''));
  const time = sem.time ?? '';
  const type = typeOfTime(sem.time);
  if (sem.holiday) return resolveHoliday(sem.holiday, sem.y, env.ref);
  if (sem.y !== undefined) {
    if (sem.m === undefined) return absolute(type, pad(sem.y, 4) + (sem.yearPart ?? ''));
    const ym = formatMonth(sem.y, sem.m);
    return absolute(type, sem.d === undefined ? ym : `${ym}-${pad(sem.d)}${time}`);
  }
  const month = sem.m ?? 0;
  const suffix =
    sem.m === undefined ? (sem.yearPart ?? '') : `-${pad(sem.m)}${sem.d === undefined ? '' : `-${pad(sem.d)}${time}`}`;
  const dir = concreteDirection(sem.dir ?? 'tense', env.tense, env.signal);
  const offsets =
    sem.yearShift !== undefined ? Array(12).fill(sem.yearShift) : yearOffsets(month || 1, month ? dir : 'nearest');
  return relativeResult(type, { unit: 'in-year', suffix, yearOffsets: offsets }, env.ref);
}

/** A holiday on the nth weekday of a month ("11-4-4"): in the stated year, else the one nearest the reference. */
function resolveHoliday(rule: string, year: number | undefined, ref: number | null): Resolved {
  const [m, nth, wd] = rule.split('-');
  const on = (y: number): number => nthWeekday(y, Number(m), nth === 'L' ? 'L' : Number(nth), Number(wd));
  if (year !== undefined)
    return { type: 'DATE', value: formatDay(on(year)), precision: 'day', anchor: 'absolute', relative: null };
  if (ref === null) return { type: 'DATE', value: null, precision: 'day', anchor: 'publication', relative: null };
  const y = fromDayNumber(ref).y;
  const best = [y - 1, y, y + 1].map(on).sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref))[0] ?? on(y);
  return { type: 'DATE', value: formatDay(best), precision: 'day', anchor: 'publication', relative: null };
}

const absolute = (type: TimexType, value: string): Resolved => ({
  type,
  value,
  precision: precisionOf(value),
  anchor: 'absolute',
  relative: null,
});

function resolveNarrative(sem: Extract<Sem, { k: 'narrative' }>, env: ResolveEnv): Resolved {
  const prev = env.previous;
  if (prev?.value) {
    const shifted = shiftValue(prev.value, sem.unit, sem.n);
    // "the following year", "that year": the unit itself; "a year earlier" keeps the compared period's precision
    const value = shifted && !sem.yearAgo ? truncateTo(shifted, sem.unit) : shifted;
    if (value) return { type: 'DATE', value, precision: precisionOf(value), anchor: 'narrative', relative: null };
  }
  if (prev && !prev.value && sem.unit === 'D') {
    const spec = shiftSpec(prev.relative, sem.n);
    if (spec) return { ...relativeResult('DATE', spec, env.ref), anchor: 'narrative' };
  }
  // No earlier date to count from: count from the reference date instead.
  const unit =
    sem.unit === 'D'
      ? null
      : sem.unit === 'W'
        ? 'week'
        : sem.unit === 'M'
          ? 'month'
          : sem.unit === 'Q'
            ? 'quarter'
            : 'year';
  const spec: RelativeSpec = unit ? { unit, offset: sem.n } : { unit: 'day', offsets: Array(7).fill(sem.n) };
  return relativeResult('DATE', spec, env.ref);
}

export const dayValue = (y: number, m: number, d: number): string => formatDay(dayNumber(y, m, d));
