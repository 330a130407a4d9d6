import type { TimexMod } from './types.js';

/** How a weekday or month without a year is placed relative to the reference date. */
export type Direction =
  /** from the clause's tense: past → on or before, future → on or after, otherwise the nearest */
  | 'tense'
  | 'past'
  | 'future'
  | 'nearest'
  /** strictly before the reference ("last Friday", "since Wednesday") */
  | 'strict-past'
  /** strictly after ("next Saturday") */
  | 'strict-future'
  /** the reference's own year ("this September") */
  | 'same-year'
  /** this year's unless it has not begun yet, then last year's (quarters: "the fourth quarter" in January) */
  | 'started';

/** Calendar units the rules speak of (TIMEX3 duration letters). */
export type Unit = 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'H' | 'WE' | 'TH' | 'TM' | 'TS';

/**
 * What a matched expression means, before it is resolved against a reference date. Every rule produces one of
 * these; `resolve.ts` turns it into a TIMEX3 value.
 */
export type Sem =
  /** Calendar parts written in the text; a missing year is taken from the reference. */
  | {
      readonly k: 'abs';
      readonly y?: number;
      readonly m?: number;
      readonly d?: number;
      /** "-Q3", "-H1", "-SU" … appended to a year */
      readonly yearPart?: string;
      /** 199 for the 1990s, 19 for the 1900s (century) */
      readonly decade?: number;
      readonly century?: number;
      /** "T15:30", "TMO" */
      readonly time?: string;
      readonly fiscal?: boolean;
      /** a holiday on the nth weekday of a month: "11-4-4" (fourth Thursday of November), "05-L-1" */
      readonly holiday?: string;
      /** for a month and day without a year: "last Oct. 23" */
      readonly dir?: Direction;
      /** for a month without a year: "June last year" (-1), "January this year" (0) */
      readonly yearShift?: number;
      /** a decade written without "the" ("1990s") is TIMEX3 199X, with it ("the 1990s") 199 */
      readonly decadeX?: boolean;
    }
  | { readonly k: 'day'; readonly offset: number; readonly time?: string }
  | {
      readonly k: 'weekday';
      readonly wd: number;
      readonly dir: Direction;
      readonly time?: string;
      /** "the previous Friday": counted from the last date the text mentioned, not from the reference */
      readonly narrative?: boolean;
    }
  | { readonly k: 'unit'; readonly unit: 'W' | 'M' | 'Q' | 'Y' | 'WE'; readonly offset: number }
  /** "the weekend": the weekend before or after the reference, by tense */
  | { readonly k: 'weekend' }
  /** a month, a quarter, a half or a season of an unstated year: "in March", "the third quarter", "this summer" */
  | {
      readonly k: 'in-year';
      readonly suffix: string;
      readonly month: number;
      readonly dir: Direction;
      readonly yearShift?: number;
    }
  | { readonly k: 'ref'; readonly value: string }
  | { readonly k: 'duration'; readonly value: string }
  | { readonly k: 'set'; readonly value: string }
  /** counted from the last date the text mentioned: "the day before" (D, -1), "a year earlier" (Y, -1) */
  | {
      readonly k: 'narrative';
      readonly unit: 'D' | 'W' | 'M' | 'Q' | 'Y';
      readonly n: number;
      readonly yearAgo?: boolean;
    }
  /** a clock time on the reference day, or on the day of the preceding date in the same sentence */
  | { readonly k: 'time'; readonly time: string }
  /** a period bounded by an event ("since the offensive began"): no TIMEX3 value */
  | { readonly k: 'event-period' };

/** A rule's match: token range [start, end), meaning, and the modifiers it read. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly sem: Sem;
  readonly rule: string;
  readonly lang: string;
  readonly mod?: TimexMod;
  /** Whole days to move the resolved date by: "the day before last Tuesday" (-1) */
  readonly dayShift?: number;
}
