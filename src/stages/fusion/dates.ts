import type { TimePrecision } from '../events/types.js';

const DAY_MS = 86_400_000;

/** A TIMEX value as a contract date: days stay, weeks become their Monday (weekends their Saturday), the rest
 * their year-month or year. Null when nothing calendar-like is left. */
export function contractDate(value: string | null): { date: string; precision: TimePrecision } | null {
  if (!value) return null;
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  if (day?.[1]) return { date: day[1], precision: 1 };
  const week = /^(\d{4})-W(\d{2})(-WE)?/.exec(value);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS + (Number(week[2]) - 1) * 7 * DAY_MS;
    return { date: new Date(monday + (week[3] ? 5 * DAY_MS : 0)).toISOString().slice(0, 10), precision: 2 };
  }
  const month = /^(\d{4}-\d{2})$/.exec(value);
  if (month?.[1]) return { date: month[1], precision: 3 };
  const year = /^(\d{4})/.exec(value);
  if (year?.[1]) return { date: year[1], precision: 3 };
  return null;
}

/** Days from a to b (ISO days); null unless both are full days. */
export function dayDiff(a: string | null, b: string | null): number | null {
  if (!a || !b || a.length !== 10 || b.length !== 10) return null;
  return Math.round((Date.parse(b) - Date.parse(a)) / DAY_MS);
}
