import type { PlaceMention } from '../places/types.js';
import type { EventDate } from './types.js';

/**
 * A day carried to the sentences after it: "Rebels reached the edge of X on Wednesday. State TV denied that they
 * had entered the city. It said army units had repelled them": the undated mentions of the same kind of event at
 * the same place, right after a dated one, go on telling that event (its day, with the evidence span where the text
 * gave it).
 */

/** How many trigger-holding sentences after a dated mention an undated one of the same type may take its day
 * (sentences that tell no event, "X could not verify the footage", do not count). Mirrors the place carry
 * (PLACE_CARRY_SENTENCES): further on, a report has usually moved to another event. */
export const DATE_CARRY_SENTENCES = 2;
/** How far apart the two places may be (km): a square in a city and the city itself, not the next town (the
 * fusion stage's distance for a town itself is 12 km). */
export const DATE_CARRY_KM = 12;

export interface DatedMention {
  readonly key: string;
  readonly date: EventDate;
  readonly place: PlaceMention | null;
  readonly sentence: number;
}

const KM_PER_RAD = 6371;
function km(a: PlaceMention, b: PlaceMention): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * KM_PER_RAD * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The day an undated mention (type key, place, sentence index) takes from the last dated one, or null. */
export function carriedDay(
  last: DatedMention | undefined,
  key: string,
  place: PlaceMention | null,
  sentence: number,
): EventDate | null {
  if (!last || last.key !== key || last.sentence >= sentence) return null;
  if (sentence - last.sentence > DATE_CARRY_SENTENCES) return null;
  const a = last.place;
  if (!a || !place) return a === place ? last.date : null;
  if (a.gazetteerId && a.gazetteerId === place.gazetteerId) return last.date;
  return km(a, place) <= DATE_CARRY_KM ? last.date : null;
}
