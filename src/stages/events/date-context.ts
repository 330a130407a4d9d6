import type { Span } from '../../model/index.js';
import type { DateMention } from '../dates/types.js';
import { anyMatch, firstTokenFrom, matchAt, type Token } from './match.js';
import type { EventLexicon } from './types.js';

/**
 * Dates a sentence borrows or refuses: the day of the statement a sentence goes on with ("It said …"), the day a
 * "within two days" counts from, and an opening "since" phrase whose year is not the main clause's.
 */

/** Signals that make a date a period bound rather than the event's date. */
export const PERIOD_SIGNALS = new Set([
  'since',
  'until',
  'till',
  'for',
  'within',
  'over',
  'during',
  'throughout',
  'by',
]);

/** "Within two days" counts from a day the text gave at most this many sentences before ("The offensive began on
 * Wednesday. Within two days, …"); further back, the day may belong to another story. */
export const RANGE_ANCHOR_SENTENCES = 2;

/** A sentence opening with a subject pronoun and a reporting verb ("It said", "They also added"). */
export function continuesStatement(tokens: readonly Token[], lexicon: EventLexicon): boolean {
  if (!anyMatch(lexicon.cues.get('subjpronoun'), tokens, 0, 1)) return false;
  return anyMatch(lexicon.cues.get('reportverb'), tokens, 1, Math.min(tokens.length, 3));
}

/** The one full day a sentence gives (not a period bound), or null when it gives none or several. */
export function statementDay(dates: readonly DateMention[], sentence: Span): DateMention | null {
  const days = dates.filter(
    (d) =>
      d.start >= sentence.start &&
      d.end <= sentence.end &&
      d.type === 'DATE' &&
      !d.role &&
      !(d.signal && PERIOD_SIGNALS.has(d.signal)) &&
      /^\d{4}-\d{2}-\d{2}/.test(d.value ?? ''),
  );
  return days.length === 1 ? (days[0] as DateMention) : null;
}

/** The last full day the document gave in the RANGE_ANCHOR_SENTENCES sentences before this one, or null. */
export function rangeAnchor(
  dates: readonly DateMention[],
  starts: readonly number[],
  sentenceStart: number,
): DateMention | null {
  const from = starts[starts.length - 1 - RANGE_ANCHOR_SENTENCES] ?? 0;
  let best: DateMention | null = null;
  for (const d of dates) {
    if (d.start < from || d.end > sentenceStart || d.type !== 'DATE' || d.role) continue;
    if (!/^\d{4}-\d{2}-\d{2}/.test(d.value ?? '')) continue;
    if (!best || d.end > best.end) best = d;
  }
  return best;
}

/** The opening phrase of a sentence that starts with a `sinceref` word, up to its comma ("Since deploying its air
 * force in 2015,"), or null. */
export function openingSincePhrase(
  text: string,
  sentence: Span,
  tokens: readonly Token[],
  lexicon: EventLexicon,
): Span | null {
  if (!anyMatch(lexicon.cues.get('sinceref'), tokens, 0, 1)) return null;
  const comma = text.slice(sentence.start, sentence.end).indexOf(',');
  return comma > 0 ? { start: sentence.start, end: sentence.start + comma } : null;
}

/** How many words after "since" its clause may run ("since the town fell to the rebels on Tuesday" is eight words
 * to the day; "since the rebels broke out of A on Monday and seized B" eleven to the second verb). A clause break
 * (comma, colon, bracket, dash) ends it sooner, so the bound only caps run-on sentences. */
export const SINCE_CLAUSE_WORDS = 15;

/**
 * Days inside a "since" clause (a `sinceref` word up to SINCE_CLAUSE_WORDS words before the day, no clause break
 * between), by date id, with where the "since" word starts. For a trigger before that word ("have fled … since the
 * town fell on Tuesday") the day bounds a period; for one inside the clause ("fell") it is its own day.
 */
export function sinceClauseDays(
  text: string,
  dates: readonly DateMention[],
  tokens: readonly Token[],
  lexicon: EventLexicon,
): Map<string, number> {
  const out = new Map<string, number>();
  const since = lexicon.cues.get('sinceref');
  for (const d of dates) {
    if (d.type !== 'DATE' || d.precision !== 'day' || (d.signal && PERIOD_SIGNALS.has(d.signal))) continue;
    const at = firstTokenFrom(tokens, d.start);
    for (let k = at - 1; k >= 0 && k >= at - SINCE_CLAUSE_WORDS; k--) {
      const t = tokens[k] as Token;
      if (/[,;:()–—]/.test(text.slice(t.end, (tokens[k + 1] as Token).start))) break;
      if (anyMatch(since, tokens, k, k + 1)) {
        out.set(d.id, t.start);
        break;
      }
    }
  }
  return out;
}

/** True when a `sinceref` word stands up to SINCE_CLAUSE_WORDS words before token `at` with no clause break between:
 * the trigger there tells the past point a period runs from ("since the rebels seized X"). */
export function inSinceClause(text: string, tokens: readonly Token[], at: number, lexicon: EventLexicon): boolean {
  const since = lexicon.cues.get('sinceref');
  for (let k = at - 1; k >= 0 && k >= at - SINCE_CLAUSE_WORDS; k--) {
    const t = tokens[k] as Token;
    if (/[,;:()–—]/.test(text.slice(t.end, (tokens[k + 1] as Token).start))) return false;
    if (anyMatch(since, tokens, k, k + 1)) return true;
  }
  return false;
}

/** The highest ordinal a "the Nth day of the offensive" phrase is read with (cue classes `ordinal1` … this). */
export const MAX_CAMPAIGN_DAY = 10;
/** Words a campaign noun may stand after "day of": "the second day of a surprise offensive" (two). */
const CAMPAIGN_NOUN_GAP = 3;

/**
 * "on Tuesday, the second day of a surprise offensive": a noun trigger after an ordinal (cue classes `ordinal1` …
 * `ordinal10`) and a `campaignday` phrase ("day of") names the campaign the day belongs to. Returns N and the token
 * the phrase starts at, or null. The campaign began N - 1 days before that day, and is not the day's event: the
 * places of the sentence are that event's.
 */
export function campaignDay(
  tokens: readonly Token[],
  hitFrom: number,
  lexicon: EventLexicon,
): { day: number; from: number } | null {
  const dayOf = lexicon.cues.get('campaignday');
  for (let k = hitFrom - 1; k >= 1 && k >= hitFrom - 1 - CAMPAIGN_NOUN_GAP; k--) {
    for (const p of dayOf ?? []) {
      // the phrase ends at word k, right before the campaign noun's determiner and adjectives
      const start = k - p.length + 1;
      if (start < 1 || matchAt(p, tokens, start) !== p.length) continue;
      for (let n = 1; n <= MAX_CAMPAIGN_DAY; n++)
        if (anyMatch(lexicon.cues.get(`ordinal${n}`), tokens, start - 1, start)) return { day: n, from: start - 1 };
    }
  }
  return null;
}

/**
 * "began its offensive on 6 October and swept into X the following day": the days between an earlier trigger (its
 * end at `priorEnd`, -1 for none) and this one (token `hitFrom`), joined to this one by a `listjoin` word, are the
 * earlier trigger's. After a comma ("shelling through Friday morning, and an air strike …") the day may well be
 * both clauses', so it stays.
 */
export function coordinatedDays(
  text: string,
  dates: readonly DateMention[],
  tokens: readonly Token[],
  priorEnd: number,
  hitFrom: number,
  lexicon: EventLexicon,
): DateMention[] {
  if (priorEnd < 0) return [];
  const triggerStart = tokens[hitFrom]?.start ?? Number.POSITIVE_INFINITY;
  return dates.filter((d) => {
    if (d.start < priorEnd || d.end > triggerStart) return false;
    const next = firstTokenFrom(tokens, d.end);
    if (next < 0 || next >= hitFrom || /[,;:(–—]/.test(text.slice(d.end, tokens[next]?.start))) return false;
    return anyMatch(lexicon.cues.get('listjoin'), tokens, next, next + 1);
  });
}

/**
 * "had fled X by Wednesday evening, and … overnight": a day bound (a DATE with a period signal, not a duration:
 * "shelled X for three hours on Monday" keeps Monday) between the trigger and the day picked after it is the
 * trigger's time; the day past it belongs to a later clause.
 */
export function boundBefore(dates: readonly DateMention[], trigger: Span, pick: DateMention): boolean {
  if (pick.start < trigger.end) return false;
  return dates.some(
    (d) =>
      d.type === 'DATE' &&
      d.signal !== null &&
      PERIOD_SIGNALS.has(d.signal) &&
      d.start >= trigger.end &&
      d.start < pick.start,
  );
}
