/**
 * Plain UTC calendar arithmetic on day numbers (days since 1970-01-01). No time zones: dates only. Shared by the
 * `dates` stage (which resolves expressions) and the `publication` stage (which re-resolves them for an inferred date).
 */

const DAY_MS = 86_400_000;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export const dayNumber = (y: number, m: number, d: number): number => Math.round(Date.UTC(y, m - 1, d) / DAY_MS);

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * DAY_MS);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1;

export const formatDay = (n: number): string => {
  const { y, m, d } = fromDayNumber(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};

export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;

/** ISO 8601 week of a day: the week belongs to the year of its Thursday. */
export function isoWeek(n: number): { year: number; week: number } {
  const thursday = n - isoWeekday(n) + 4;
  const year = fromDayNumber(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

export const formatWeek = (n: number): string => {
  const { year, week } = isoWeek(n);
  return `${pad(year, 4)}-W${pad(week)}`;
};

/** Adds months to a year-month, returning the new year and month. */
export function addMonths(y: number, m: number, k: number): { y: number; m: number } {
  const total = y * 12 + (m - 1) + k;
  return { y: Math.floor(total / 12), m: (total % 12) + 1 };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValidDate = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** The nth (1-based) ISO weekday `wd` of a month, or the last one when nth is 'L'. */
export function nthWeekday(y: number, m: number, nth: number | 'L', wd: number): number {
  if (nth === 'L') {
    const last = dayNumber(y, m, daysInMonth(y, m));
    return last - ((isoWeekday(last) - wd + 7) % 7);
  }
  const first = dayNumber(y, m, 1);
  return first + ((wd - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
}

/** Parses an ISO day (YYYY-MM-DD, optionally followed by a time) into a day number, or null. */
export function parseIsoDay(s: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/** Parses an exact ISO day (YYYY-MM-DD and nothing after it) into a day number, or null. */
export function parseExactIsoDay(s: string | null | undefined): number | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(s ?? '') ? parseIsoDay(s) : null;
}
