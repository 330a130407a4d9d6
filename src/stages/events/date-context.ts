import type { Span } from '../../model/index.js';
import type { DateMention } from '../dates/types.js';
import { anyMatch, type Token } from './match.js';
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
