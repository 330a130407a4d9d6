import type { Span } from '../../model/index.js';
import type { PlaceMention } from '../places/types.js';
import { anyMatch, type Token } from './match.js';
import type { EventLexicon } from './types.js';

/**
 * Campaign-level ("aggregate") mentions: "seized dozens of towns and villages", "advancing through government-held
 * towns", "clashes in the Idlib countryside". They sum up activity spread over a region rather than name one site,
 * so fusion merges them only with each other (by region and period), never with an event at a town.
 */

/** How many words after a trigger a plural place noun (`placesplural`) may stand and still be its object ("seized
 * control of approximately 70 locations"): a quantity phrase of up to four words between them. */
export const AGGREGATE_WINDOW = 6;

/** Where a trigger's clause ends: the first clause break or clause-opening word after it, else the sentence end. */
export function clauseEnd(text: string, trigger: Span, sentence: Span): number {
  const tail = text.slice(trigger.end, sentence.end);
  const stop = tail.search(/[;:]|\b(?:after|while|when|but|which|said|as well as)\b/);
  return stop >= 0 ? trigger.end + stop : sentence.end;
}

/** True when a plural place noun follows the trigger closely (before the next trigger): its object is many places. */
export function pluralPlaceObject(
  from: number,
  tokens: readonly Token[],
  lexicon: EventLexicon,
  nextTrigger = tokens.length,
): boolean {
  const to = Math.min(tokens.length, from + AGGREGATE_WINDOW, nextTrigger);
  const plural = lexicon.cues.get('placesplural');
  for (let i = from; i < to; i++) {
    if (!anyMatch(plural, tokens, i, i + 1)) continue;
    if (!partsOfOnePlace(i, tokens, lexicon)) return true;
  }
  return false;
}

/** How many words after a plural part noun ("neighbourhoods") its "of X" may come: "on the western fringe of". */
const PART_OF_WINDOW = 6;

/**
 * "outlying neighbourhoods on the western fringe of the city", "several districts of X": a plural noun of a place's
 * parts (also of cue class `placepart`) followed by "of" (`nameof`) names parts of one place, one setting.
 */
function partsOfOnePlace(i: number, tokens: readonly Token[], lexicon: EventLexicon): boolean {
  if (!anyMatch(lexicon.cues.get('placepart'), tokens, i, i + 1)) return false;
  return anyMatch(lexicon.cues.get('nameof'), tokens, i + 1, Math.min(tokens.length, i + 1 + PART_OF_WINDOW));
}

/** True when a plural place noun stands just before the trigger: "the towns the rebels had overrun", "villages
 * were seized". */
export function pluralPlaceBefore(triggerFrom: number, tokens: readonly Token[], lexicon: EventLexicon): boolean {
  return anyMatch(
    lexicon.cues.get('placesplural'),
    tokens,
    Math.max(0, triggerFrom - PLURAL_BEFORE_WINDOW),
    triggerFrom,
  );
}

/** How many words before a trigger its plural object may stand in a relative or passive clause ("the towns the
 * insurgents had overrun": three words between). */
const PLURAL_BEFORE_WINDOW = 4;

/** Region-level: a province or a vaguer region (not a country, which names a state more often than a setting). */
export const regionLevel = (p: Pick<PlaceMention, 'geoPrecision' | 'feature'>): boolean =>
  p.geoPrecision === 3 && p.feature !== 'country';

/** The places of the trigger's clause after it, countries left out ("in the provinces of A and B"). */
export function clausePlaces(
  text: string,
  places: readonly PlaceMention[],
  trigger: Span,
  sentence: Span,
): PlaceMention[] {
  const end = clauseEnd(text, trigger, sentence);
  return places.filter((p) => p.start >= trigger.end && p.end <= end && p.feature !== 'country');
}

/** The distinct non-null area keys of some places, in order. */
export function regionsOf(places: readonly PlaceMention[], areaOf: (p: PlaceMention) => string | null): string[] {
  const out: string[] = [];
  for (const p of places) {
    const a = areaOf(p);
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}
