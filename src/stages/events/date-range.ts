import type { DateMention } from '../dates/types.js';

/**
 * Date ranges for mentions the text dates only by a period: "within two days" of a day the text gave just before
 * ("The offensive began on Wednesday. Within two days, they had seized …") is that day to two days later; "since
 * Wednesday" in a report is that day to the report's day; "by Wednesday" the week up to that day. Fusion matches
 * a range with any day inside it.
 */

const DAY_MS = 86_400_000;
/** The longest period read as a range, in days: longer ones ("within two months") date nothing useful. */
export const MAX_RANGE_DAYS = 14;
/** "By Wednesday" covers that day and this many days before it: the week leading up to it. */
const BY_RANGE_DAYS = 6;
/** A range of at most this many days is week-precise (ACLED time precision 2); longer ones are 3. */
const WEEK_RANGE_DAYS = 6;

export interface DateRange {
  readonly from: string;
  readonly to: string;
  /** The `dates` mention that gave the period. */
  readonly mention: DateMention;
}

const fullDay = (value: string | null): string | null => /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0] ?? null;

const addDays = (day: string, n: number): string => new Date(Date.parse(day) + n * DAY_MS).toISOString().slice(0, 10);

/** Days in an ISO duration of days or weeks ("P2D", "P1W"), or null. */
function durationDays(value: string | null): number | null {
  const m = /^P(\d+)([DW])$/.exec(value ?? '');
  if (!m) return null;
  return Number(m[1]) * (m[2] === 'W' ? 7 : 1);
}

/**
 * The range a sentence's period expression gives, or null. `sentenceDates` are the sentence's dates; `anchor` is the
 * last full day the document gave before the sentence (within the sentences before it the caller allows);
 * `published` the report's day.
 */
export function periodRange(
  sentenceDates: readonly DateMention[],
  anchor: DateMention | null,
  published: string | null,
): DateRange | null {
  for (const d of sentenceDates) {
    if (d.signal !== 'within' || d.type !== 'DURATION') continue;
    const n = durationDays(d.value);
    const from = fullDay(anchor?.value ?? null);
    if (n === null || n > MAX_RANGE_DAYS || !from) continue;
    return { from, to: addDays(from, n), mention: d };
  }
  // "had fled by Wednesday evening": on that day or in the days before it
  for (const d of sentenceDates) {
    const until = d.signal === 'by' && d.type === 'DATE' ? fullDay(d.value) : null;
    if (until) return { from: addDays(until, -BY_RANGE_DAYS), to: until, mention: d };
  }
  const to = fullDay(published);
  for (const d of sentenceDates) {
    if (d.signal !== 'since' || d.type !== 'DATE') continue;
    const from = fullDay(d.value);
    if (!from || !to || from > to || Date.parse(to) - Date.parse(from) > MAX_RANGE_DAYS * DAY_MS) continue;
    return { from, to, mention: d };
  }
  return null;
}

/** ACLED time precision of a range. */
export const rangePrecision = (r: { from: string; to: string }): 2 | 3 =>
  Date.parse(r.to) - Date.parse(r.from) <= WEEK_RANGE_DAYS * DAY_MS ? 2 : 3;

/** "The soldiers it captured in X", no day given: a past act a relative clause recalls happened in this many days
 * before the report (week precision). Set from how long reports keep recalling a capture in passing (one to three
 * days on the example corpus); a week stays inside ACLED's week precision. */
export const PAST_REFERENCE_DAYS = 6;

/** The days before a report an undated act recalled in a relative clause may have happened, or null without a
 * publication day. */
export function pastReference(published: string | null): { from: string; to: string } | null {
  const to = fullDay(published);
  return to ? { from: addDays(to, -PAST_REFERENCE_DAYS), to } : null;
}

/** The full day `n` days from a value's day ("2031-05-07…", -1 -> "2031-05-06"), or null when it names no full day. */
export function shiftDay(value: string | null, n: number): string | null {
  const day = fullDay(value);
  return day ? addDays(day, n) : null;
}
