import { applySpec, formatDay, parseExactIsoDay } from '../../lib/time/index.js';
import { type DateMention, type DocumentView, dayOf, type MentionView } from './document-view.js';
import { idfOf, similarity } from './similarity.js';
import type { PublicationEvidence } from './types.js';

/**
 * Cross-document inference of a publication date.
 *
 * An undated document's day phrases ("on Saturday", "yesterday", "on 27 November") are relative: each candidate
 * publication day P resolves them to days. P scores DAY_MATCH_WEIGHT for every phrase landing on a day that a related
 * dated document also reports, plus the similarity of the two sentences when they tell the same event
 * (idf-weighted word overlap). Within one week most P give the same days (a past "on Saturday" is the same Saturday
 * for P from Saturday to Friday), so ties are broken by
 *  (1) the smallest spread of the document's own relative days (its "Wednesday", "Saturday" and "Sunday" are one
 *      stretch of days, not a Sunday six days before a Wednesday),
 *  (2) the fewest day phrases landing before the earliest day the related dated documents report (the story has no
 *      record of those days),
 *  (3) the P nearest after the latest day the document reports as past or present: news is written on the day of
 *      the latest events it reports (a future "will travel on Sunday" keeps P before that Sunday).
 * A week away the days shift and the alignment breaks, which is what makes the answer unique; the best score a week
 * or more away is kept as the rival and the winner must lead it by MIN_MARGIN.
 *
 * Only phrases whose day depends on P's weekday choose P: weekday names and days of a stated month ("6 October",
 * its year taken from the candidate, i.e. from the related dated reports). Deictic phrases ("this morning",
 * "overnight", "yesterday") land on a day relative to any P, so they would drag P towards the most reported day;
 * they count only when their sentence tells the same event, and only to break the last ties. Hard bounds: a day
 * reported as past or present ("on Tuesday", "By Thursday morning they were sleeping…") lies on or before P; a day
 * of a stated month in a future-tense clause ("will meet on 12 October") on or after it. (Calibration history: the
 * first version ranked P by the total score, deictics included, and dated two of the example corpus's undated
 * articles a day off: "this morning"/"overnight" pulled one onto the next day's reports, and "yesterday"/"overnight"
 * pulled the other two days back, behind its own "By Thursday morning".)
 */

/** How far (days) before the earliest and after the latest anchor day a publication day is looked for. */
export const CANDIDATE_WINDOW_DAYS = 10;
/**
 * What one day phrase of the undated document earns when it lands on a day that a related dated document also
 * reports: the weekday arithmetic agrees. Sentence similarity adds to it (below).
 */
export const DAY_MATCH_WEIGHT = 0.2;
/**
 * Sentence similarity from which two date phrases are taken to tell the same event; it is then added to
 * DAY_MATCH_WEIGHT. Calibrated with `eval/time/dev-time.ts --calibrate` on the dev corpus, where the articles
 * paraphrase each other heavily: weekday-phrase sentences naming the same day score median 0.07, p90 0.16; those
 * naming different days p90 0.14, p95 0.17. So 0.15 marks a better-than-typical match: a weak signal on its own,
 * which is why the weekday arithmetic and the tie-breaks carry the inference and MIN_EVENT_MATCHES asks for one.
 */
export const MIN_SENTENCE_SIMILARITY = 0.15;
/** Aligned phrases whose sentences must also tell the same event (similarity ≥ MIN_SENTENCE_SIMILARITY). */
export const MIN_EVENT_MATCHES = 1;
/** Total alignment a date needs: two day phrases landing on reported days, or one with a close sentence. */
export const MIN_ALIGNMENT_SCORE = 0.4;
/** Lead over the best date a week or more away (the same weekdays one week off): one more aligned phrase. */
export const MIN_MARGIN = 0.2;
/** Anchors from documents dated by inference count less than those dated by metadata or text. */
export const INFERRED_ANCHOR_WEIGHT = 0.8;
/**
 * Days before the earliest reported day that still count as part of the story (the eve of the first report). A
 * phrase landing further back counts as early (tie-break 2). Calibrated on the dev corpus: 1 day was needed.
 */
export const EARLY_SLACK_DAYS = 3;
/** A week: candidates this far apart resolve every weekday phrase to different days. */
const RIVAL_DISTANCE_DAYS = 7;
/** Score ties closer than this are broken by the latest-day rule. */
const SCORE_EPSILON = 1e-6;

/** A day phrase of a dated document, with the words of its sentence. */
export interface Anchor {
  readonly doc: string;
  readonly mention: DateMention;
  readonly day: number;
  readonly words: Set<string>;
  readonly weight: number;
}

export interface Inference {
  readonly published: string;
  readonly best: number;
  readonly rival: number;
  readonly evidence: PublicationEvidence[];
  readonly aligned: number;
  readonly latest: DateMention | null;
}

/**
 * Signals after which a weekday is a deadline, not a day already reported ("until Sunday"), unless the clause is in
 * the past tense and the signal is in REACHED_SIGNALS ("By Thursday morning they were sleeping in a van").
 */
const FORWARD_SIGNALS = new Set(['until', 'till', 'by', 'before']);
const REACHED_SIGNALS = new Set(['by']);

/**
 * A deictic phrase ("today", "this morning", "yesterday", "overnight") names the same day relative to every
 * candidate: it says nothing about which weekday the document was written on. It may not bound the date (it always
 * holds) and it may not earn DAY_MATCH_WEIGHT for merely landing on a reported day (it lands on the busiest day of
 * whichever candidate is tried, so it would pull the date towards the most reported day); it counts only when its
 * sentence tells the same event as the dated report (similarity ≥ MIN_SENTENCE_SIMILARITY).
 */
function isDeictic(m: DateMention): boolean {
  const spec = m.relative;
  if (spec?.unit !== 'day') return false;
  const first = spec.offsets[0];
  return spec.offsets.every((o) => o === first);
}

/** The day a mention of an undated document stands for if the document were published on `p`. */
function dayAt(m: DateMention, p: number): number | null {
  if (m.anchor === 'absolute') return dayOf(m);
  const spec = m.relative;
  if (!spec) return null;
  if (spec.unit === 'day' || (spec.unit === 'in-year' && /^-\d{2}-\d{2}/.test(spec.suffix))) {
    return parseExactIsoDay(applySpec(spec, p).slice(0, 10));
  }
  return null;
}

/** Mentions that bound the publication day from below: days reported as past or present. */
const bounds = (m: DateMention): boolean =>
  (m.tense === 'past' || m.tense === 'present') &&
  (!FORWARD_SIGNALS.has(m.signal ?? '') || (m.tense === 'past' && REACHED_SIGNALS.has(m.signal ?? ''))) &&
  m.role === null &&
  !isDeictic(m);

/**
 * Mentions that bound the publication day from above: a day of a stated month ("will travel on 12 October") in a
 * future-tense clause lies on or after it. (A future weekday phrase already resolves forward whatever the date.)
 */
const boundsAbove = (m: DateMention): boolean =>
  m.tense === 'future' && m.role === null && m.relative?.unit === 'in-year' && !FORWARD_SIGNALS.has(m.signal ?? '');

export function anchorsOf(
  view: DocumentView,
  weight: number,
  resolvedValue: (m: DateMention) => string | null,
): Anchor[] {
  const out: Anchor[] = [];
  for (const { mention, words } of view.mentions) {
    const v = resolvedValue(mention);
    const day = v && (mention.type === 'DATE' || mention.type === 'TIME') ? parseExactIsoDay(v.slice(0, 10)) : null;
    if (day !== null && mention.role === null) out.push({ doc: view.document.id, mention, day, words, weight });
  }
  return out;
}

interface Scored {
  readonly p: number;
  readonly score: number;
  /** The part of `score` earned by phrases whose day depends on the candidate's weekday (not deictic). */
  readonly weekdayScore: number;
  readonly gap: number;
  /** Days between the earliest and the latest relative day phrase: the document's own days should lie close. */
  readonly spread: number;
  /** Relative day phrases landing before the earliest day any related dated document reports. */
  readonly early: number;
  readonly pairs: { m: MentionView; a: Anchor; sim: number; day: number }[];
  readonly latest: DateMention | null;
}

/** Scores one candidate day; null when a past-tense day phrase would fall after it. */
function scoreDay(
  p: number,
  mentions: readonly MentionView[],
  anchorsByDay: ReadonlyMap<number, readonly Anchor[]>,
  idf: ReadonlyMap<string, number>,
  earliest: number,
): Scored | null {
  let score = 0;
  let weekdayScore = 0;
  let early = 0;
  let latestDay = Number.NEGATIVE_INFINITY;
  let latest: DateMention | null = null;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const pairs: Scored['pairs'] = [];
  for (const mv of mentions) {
    const day = dayAt(mv.mention, p);
    if (day === null) continue;
    const deictic = isDeictic(mv.mention);
    if (mv.mention.anchor !== 'absolute' && !deictic) {
      first = Math.min(first, day);
      last = Math.max(last, day);
      if (day < earliest - EARLY_SLACK_DAYS) early++;
    }
    if (bounds(mv.mention)) {
      if (day > p) return null;
      if (day > latestDay) {
        latestDay = day;
        latest = mv.mention;
      }
    }
    if (boundsAbove(mv.mention) && day < p) return null;
    let best: { a: Anchor; sim: number; gain: number } | null = null;
    for (const a of anchorsByDay.get(day) ?? []) {
      const sim = similarity(mv.words, a.words, idf);
      const sameEvent = sim >= MIN_SENTENCE_SIMILARITY;
      if (deictic && !sameEvent) continue;
      const gain = a.weight * (DAY_MATCH_WEIGHT + (sameEvent ? sim : 0));
      if (!best || gain > best.gain) best = { a, sim, gain };
    }
    if (best) {
      score += best.gain;
      if (!deictic) weekdayScore += best.gain;
      pairs.push({ m: mv, a: best.a, sim: best.sim, day });
    }
  }
  return {
    p,
    score,
    weekdayScore,
    gap: latest ? p - latestDay : 0,
    spread: last >= first ? last - first : 0,
    early,
    pairs,
    latest,
  };
}

/** Infers the publication day of an undated document from anchors of dated ones, or returns null. */
export function inferPublication(
  view: DocumentView,
  anchors: readonly Anchor[],
  idf: ReadonlyMap<string, number>,
): Inference | null {
  if (!anchors.length) return null;
  const byDay = new Map<number, Anchor[]>();
  let earliest = Number.POSITIVE_INFINITY;
  let latestAnchor = Number.NEGATIVE_INFINITY;
  for (const a of anchors) {
    byDay.set(a.day, [...(byDay.get(a.day) ?? []), a]);
    earliest = Math.min(earliest, a.day);
    latestAnchor = Math.max(latestAnchor, a.day);
  }
  const scored: Scored[] = [];
  for (let p = earliest - CANDIDATE_WINDOW_DAYS; p <= latestAnchor + CANDIDATE_WINDOW_DAYS; p++) {
    const s = scoreDay(p, view.mentions, byDay, idf, earliest);
    if (s) scored.push(s);
  }
  if (!scored.length) return null;
  // The weekday phrases choose the week and the day; deictic phrases decide only where the weekday phrases tie
  // after every tie-break (or when the document has no aligned weekday phrase at all).
  let topWeekday = 0;
  for (const s of scored) topWeekday = Math.max(topWeekday, s.weekdayScore);
  const key = (s: Scored): number => (topWeekday > 0 ? s.weekdayScore : s.score);
  const top = topWeekday > 0 ? topWeekday : Math.max(...scored.map((s) => s.score));
  const best = scored
    .filter((s) => key(s) >= top - SCORE_EPSILON)
    .sort(
      (a, b) => a.spread - b.spread || a.early - b.early || a.gap - b.gap || b.score - a.score || a.p - b.p,
    )[0] as Scored;
  let rival = 0;
  for (const s of scored) if (Math.abs(s.p - best.p) >= RIVAL_DISTANCE_DAYS) rival = Math.max(rival, s.score);
  if (best.score < MIN_ALIGNMENT_SCORE || best.score - rival < MIN_MARGIN) return null;
  // weekday arithmetic alone cannot tell one week from the next: at least one phrase must tell the same event
  if (best.pairs.filter((x) => x.sim >= MIN_SENTENCE_SIMILARITY).length < MIN_EVENT_MATCHES) return null;
  const evidence: PublicationEvidence[] = [];
  for (const { m, a, sim, day } of best.pairs) {
    const value = formatDay(day);
    const round = Math.round(sim * 100) / 100;
    evidence.push({
      doc: view.document.id,
      start: m.mention.start,
      end: m.mention.end,
      kind: 'aligned',
      value,
      similarity: round,
    });
    evidence.push({ doc: a.doc, start: a.mention.start, end: a.mention.end, kind: 'anchor', value, similarity: round });
  }
  if (best.latest) {
    const l = best.latest;
    evidence.push({
      doc: view.document.id,
      start: l.start,
      end: l.end,
      kind: 'latest-day',
      value: formatDay(best.p - best.gap),
      similarity: null,
    });
  }
  return {
    published: formatDay(best.p),
    best: best.score,
    rival,
    evidence,
    aligned: best.pairs.length,
    latest: best.latest,
  };
}

export { idfOf };
