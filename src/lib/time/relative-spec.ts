import { addMonths, formatDay, formatMonth, formatWeek, fromDayNumber, isoWeekday, pad } from './calendar.js';

/**
 * How to recompute a `publication`-anchored value once a publication date is known (the `publication` stage does
 * this for documents whose date it infers). Pure data carried in the dates layer; `applySpec` below reads it:
 * - `day`: the reference date plus `offsets[w]` days, where `w` is the reference date's ISO weekday minus one
 *   (0 = Monday). A weekday phrase's offsets depend on its tense: "on Saturday" in a past-tense clause is 0 on a
 *   Saturday, -1 on a Sunday, …; "yesterday" is -1 whatever the weekday. `suffix` is appended (`TNI`, `T15:00`).
 * - `week` / `month` / `quarter` / `year`: that many units from the reference's own (0 = the same, -1 = last);
 *   `weekend` marks `YYYY-Www-WE`; `byWeekday` (index 0 = Monday), when present, replaces `offset` by a week
 *   offset that depends on the reference's weekday ("over the weekend" read on a Monday is the previous week's).
 * - `in-year`: the reference's year plus `yearOffsets[m]` (m = the reference month minus one), followed by
 *   `suffix` ("-11" for "in November", "-11-30" for "Nov. 30", "-Q3" for "the third quarter", "-SU", "-H1").
 */
export type RelativeSpec =
  | { readonly unit: 'day'; readonly offsets: readonly number[]; readonly suffix?: string }
  | {
      readonly unit: 'week';
      readonly offset: number;
      readonly weekend?: boolean;
      readonly byWeekday?: readonly number[];
    }
  | { readonly unit: 'month' | 'quarter' | 'year'; readonly offset: number }
  | { readonly unit: 'in-year'; readonly suffix: string; readonly yearOffsets: readonly number[] };

/** Applies a relative spec to a reference day number (see `RelativeSpec`). */
export function applySpec(spec: RelativeSpec, ref: number): string {
  const { y, m } = fromDayNumber(ref);
  switch (spec.unit) {
    case 'day':
      return formatDay(ref + (spec.offsets[isoWeekday(ref) - 1] ?? 0)) + (spec.suffix ?? '');
    case 'week':
      return formatWeek(ref + 7 * (spec.byWeekday?.[isoWeekday(ref) - 1] ?? spec.offset)) + (spec.weekend ? '-WE' : '');
    case 'month': {
      const t = addMonths(y, m, spec.offset);
      return formatMonth(t.y, t.m);
    }
    case 'quarter': {
      const total = y * 4 + Math.floor((m - 1) / 3) + spec.offset;
      return `${pad(Math.floor(total / 4), 4)}-Q${(total % 4) + 1}`;
    }
    case 'year':
      return pad(y + spec.offset, 4);
    case 'in-year':
      return pad(y + (spec.yearOffsets[m - 1] ?? 0), 4) + spec.suffix;
  }
}
