import type { RelativeSpec } from '../../lib/time/index.js';
import type { SpanAnnotation } from '../../model/index.js';

export type { RelativeSpec } from '../../lib/time/index.js';

/** TIMEX3 type: a calendar date or period (DATE), a clock time (TIME), a length of time (DURATION), a recurrence (SET). */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How fine the resolved value is. `null` for durations, sets and reference words (now, recently). */
export type DatePrecision = 'time' | 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

/**
 * What a value depends on:
 * - `absolute`: the text gives it whole ("30 November 2024", "in 2016");
 * - `publication`: counted from the publication date ("on Saturday", "last month", "Nov. 30" without a year);
 * - `narrative`: counted from the last date the text mentioned ("the day before", "a year earlier");
 * - `unanchored`: not a point in time (durations, sets, "since the offensive began").
 */
export type DateAnchor = 'absolute' | 'publication' | 'narrative' | 'unanchored';

export type Tense = 'past' | 'present' | 'future';

/** TIMEX3 `mod`: where inside the value ("early May" = START) or how a quantity is bounded. */
export type TimexMod =
  | 'START'
  | 'MID'
  | 'END'
  | 'APPROX'
  | 'MORE_THAN'
  | 'LESS_THAN'
  | 'EQUAL_OR_LESS'
  | 'EQUAL_OR_MORE'
  | 'BEFORE'
  | 'AFTER'
  | 'ON_OR_BEFORE'
  | 'ON_OR_AFTER';

/** What a date states about the document itself: its publication or update (datelines, "Published 30 Nov 2024"). */
export type DocumentDateRole = 'published' | 'updated' | 'dateline';

/** One temporal expression in a document (TIMEX3-like). Spans follow TimeML extents: "on" is left out. */
export interface DateMention extends SpanAnnotation {
  readonly type: TimexType;
  /**
   * Normalised TIMEX3 value: an ISO date or part of one (2024-11-30, 2024-11, 2024-W48, 2024-Q4, 2024-SU, 199),
   * a duration (P2D, PT3H, PXY), a set (P1D, XXXX-WXX-5) or a reference (PRESENT_REF, PAST_REF, FUTURE_REF).
   * `null` when it needs a publication date the document does not have (see `relative`), or when it is a period
   * bounded by an event ("since the offensive began").
   */
  readonly value: string | null;
  readonly precision: DatePrecision | null;
  readonly anchor: DateAnchor;
  /** Tense of the clause's verb group ("launched … on Wednesday" past; "will travel … on Sunday" future). */
  readonly tense: Tense | null;
  readonly mod: TimexMod | null;
  /** The preposition before the expression, lower-cased ("since", "within", "until"), or null. */
  readonly signal: string | null;
  /**
   * Where the phrase starts with its signal ("over the past two days", "since Wednesday"): slice [phraseStart, end)
   * for a period in the text's own words (a casualty figure's `period`). Equals `start` without a signal.
   */
  readonly phraseStart: number;
  /**
   * ACLED time precision of the value: 1 = a day (or finer), 2 = a week, or a day known only up to a week (a
   * weekday phrase in an undated document), 3 = a month or vaguer; null for durations, sets and references.
   */
  readonly timePrecision: 1 | 2 | 3 | null;
  /** For `publication`-anchored values: how to recompute the value from another reference date. */
  readonly relative: RelativeSpec | null;
  /** Set when the expression dates the document itself (it is then evidence for the publication stage). */
  readonly role: DocumentDateRole | null;
  /** False for periods TimeML does not tag as TIMEX3 ("since the offensive began"): the evaluation skips them. */
  readonly timex: boolean;
  /** Language of the lexicon entry that matched (en, es, fr, it, de). */
  readonly language: string;
}

declare module '../../model/layers.js' {
  interface LayerTypes {
    dates: DateMention;
  }
}
