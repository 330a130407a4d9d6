import type { Span } from '../../model/index.js';
import type { PlaceMention } from '../places/types.js';
import { anyMatch, firstTokenFrom, type Token, tokenize } from './match.js';
import type { EventLexicon } from './types.js';

/**
 * What the words around a place say about it: a dateline's place, the anchor of a distance phrase ("15km north of
 * X"), or a part of a town that is a landmark the document names ("the city's airport").
 */

/** How far from a city its landmark ("the city's airport") may lie: airports and bases sit outside the city. */
const LANDMARK_KM = 30;

/** How many words before a place a distance unit makes it the anchor of a distance phrase ("15km south-west of
 * the provincial capital X": five words between). */
const ANCHOR_WINDOW = 6;

/** How far into a sentence a dateline's dash may stand ("TALVESH, Veldoria (Agency) - "). */
const DATELINE_CHARS = 80;

/**
 * A place in a dateline ("KYIV, Ukraine (Agency) - …"): written in capitals at the start of a sentence, before a
 * dash. It says where the report was filed, not where the event happened.
 */
export function inDateline(text: string, p: Span, sentence: Span): boolean {
  if (p.start - sentence.start > 2) return false;
  const name = text.slice(p.start, p.end);
  if (name !== name.toUpperCase() || !/\p{Lu}/u.test(name)) return false;
  return /\s[-–—]\s/.test(text.slice(p.end, Math.min(sentence.end, p.end + DATELINE_CHARS)));
}

/**
 * What a place anaphor stands for: the settlement, or, for "the city's airport" (a possessive and a `landmarkhead`
 * noun), the landmark of that kind the document names within LANDMARK_KM of the settlement.
 */
export function landmarkOf(
  text: string,
  anaphor: Span,
  settlement: PlaceMention,
  places: readonly PlaceMention[],
  lexicon: EventLexicon,
): PlaceMention {
  if (!/['’]s$/.test(text.slice(anaphor.start, anaphor.end))) return settlement;
  const next = tokenize(text, anaphor.end, Math.min(text.length, anaphor.end + 40)).slice(0, 2);
  return landmarkNear(next, settlement, places, lexicon) ?? settlement;
}

/** The landmark the document names near `near` whose name holds a `landmarkhead` word of `words`, or null. */
function landmarkNear(
  words: readonly Token[],
  near: PlaceMention,
  places: readonly PlaceMention[],
  lexicon: EventLexicon,
): PlaceMention | null {
  for (const [k, t] of words.entries()) {
    if (!anyMatch(lexicon.cues.get('landmarkhead'), words, k, k + 1)) continue;
    const found = places.find(
      (p) => p.feature === 'landmark' && p.name.toLowerCase().includes(t.lower) && approxKm(p, near) <= LANDMARK_KM,
    );
    if (found) return found;
  }
  return null;
}

/**
 * A place mention the places stage read as a part of a town ("the city's international airport" -> the city) when
 * the document names that landmark elsewhere: the landmark, kept on this mention's span and id.
 */
export function namedLandmark(
  text: string,
  p: PlaceMention,
  places: readonly PlaceMention[],
  lexicon: EventLexicon,
): PlaceMention {
  const surface = text.slice(p.start, p.end);
  const at = surface.search(/['’]s\s/);
  if (p.relation?.kind !== 'part' || at < 0) return p;
  const found = landmarkNear(tokenize(text, p.start + at + 2, p.end), p, places, lexicon);
  return found ? { ...found, id: p.id, start: p.start, end: p.end, source: p.source } : p;
}

/** Distance in km, equirectangular: exact enough at the scale of a city and its surroundings. */
function approxKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const x = (b.lon - a.lon) * rad * Math.cos(((a.lat + b.lat) / 2) * rad);
  const y = (b.lat - a.lat) * rad;
  return Math.sqrt(x * x + y * y) * 6371;
}

/**
 * Ids of the places a distance phrase measures from ("15km south-west of the provincial capital X", "about 10km
 * north of X"): a `distanceunit` word at most ANCHOR_WINDOW words before the place. They say where another place
 * lies; the event is there, not at X.
 */
export function distanceAnchors(
  places: readonly PlaceMention[],
  tokens: readonly Token[],
  lexicon: EventLexicon,
): string[] {
  const out: string[] = [];
  for (const p of places) {
    const at = firstTokenFrom(tokens, p.start);
    if (at <= 0) continue;
    // "15km" is one word: its unit is what follows the digits
    const window = tokens
      .slice(Math.max(0, at - ANCHOR_WINDOW), at)
      .map((t) => ({ ...t, lower: t.lower.replace(/^\d+(?:[.,]\d+)?/, '') }));
    if (anyMatch(lexicon.cues.get('distanceunit'), window)) out.push(p.id);
  }
  return out;
}
