import * as chrono from 'chrono-node';

/** Years outside this range are typos or epoch artefacts (1970-01-01), not news publication dates. */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDay(year: number, month: number, day: number): string | null {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > daysInMonth ? null : `${year}-${pad(month)}-${pad(day)}`;
}

function isoMonth(year: number, month: number): string | null {
  return year < EARLIEST_YEAR || year > LATEST_YEAR || month < 1 || month > 12 ? null : `${year}-${pad(month)}`;
}

/** `2024-11-30`, `2024-11-30T08:00:00+03:00`, `2024-11-30 08:00:00`, `2024/11/30`. */
const ISO_LIKE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;
const YEAR_ONLY = /^(\d{4})$/;
const FOUR_DIGIT_YEAR = /(?:^|\D)\d{4}(?:\D|$)/;
/** `30/11/2024`, `11.30.2024`: day and month order is only knowable when one of them is over 12. */
const NUMERIC_DMY_OR_MDY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * A metadata date as ISO `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that much is given), or null when it
 * cannot be read with confidence. A timestamp keeps the calendar day it was written with rather than being
 * shifted to UTC: `2024-11-30T23:30:00-05:00` was published on 30 November where it was published.
 * Ambiguous all-numeric dates (`01/02/2024`) give null rather than a guess.
 */
export function normaliseDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime())
      ? null
      : isoDay(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number' && Number.isInteger(value)) return normaliseDate(String(value));
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!text) return null;

  const iso = ISO_LIKE.exec(text);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth) return isoMonth(Number(yearMonth[1]), Number(yearMonth[2]));
  const year = YEAR_ONLY.exec(text);
  if (year) return Number(year[1]) >= EARLIEST_YEAR && Number(year[1]) <= LATEST_YEAR ? text : null;
  const numeric = NUMERIC_DMY_OR_MDY.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (a > 12 && b <= 12) return isoDay(y, b, a);
    if (b > 12 && a <= 12) return isoDay(y, a, b);
    return a === b ? isoDay(y, a, b) : null;
  }
  return parseWrittenDate(text);
}

/** `30 November 2024`, `Sat, 30 Nov 2024 08:00:00 +0000`, `November 30, 2024`, `November 2024`. */
function parseWrittenDate(text: string): string | null {
  // Relative words ("Tuesday", "yesterday") resolve against whatever reference date is given, so a metadata
  // date must write its year out in four digits to count.
  const [result] = chrono.parse(text, new Date(Date.UTC(2000, 0, 1)));
  const start = result?.start;
  if (!result || !FOUR_DIGIT_YEAR.test(result.text)) return null;
  if (!start?.isCertain('year') || !start.isCertain('month')) return null;
  const y = start.get('year');
  const m = start.get('month');
  if (y === null || m === null) return null;
  const d = start.isCertain('day') ? start.get('day') : null;
  return d === null ? isoMonth(y, m) : isoDay(y, m, d);
}
