import { normaliseToken } from '../text/normalize.js';
import { nameTokens } from './builder.js';
import type { PlaceLexicon } from './types.js';

type Json = Record<string, unknown>;

const strings = (json: Json, key: string, source: string): string[] => {
  const value = json[key];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw new Error(`${source}: "${key}" must be an array of strings`);
  }
  return value as string[];
};

const numbers = (json: Json, key: string, source: string): [string, number][] => {
  const value = json[key];
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new Error(`${source}: "${key}" must be an object`);
  return Object.entries(value as Record<string, unknown>).map(([k, v]) => {
    if (typeof v !== 'number') throw new Error(`${source}: "${key}.${k}" must be a number`);
    return [k, v];
  });
};

/** An optional list (absent from older cue files): empty when missing. */
const optionalStrings = (json: Json, key: string, source: string): string[] =>
  json[key] === undefined ? [] : strings(json, key, source);

const words = (list: readonly string[]): Set<string> => new Set(list.map((w) => normaliseToken(w)));
const phrases = (list: readonly string[]): string[][] =>
  list
    .map((p) => nameTokens(p))
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);

/** Optional [ending, replacement] pairs, normalised, longest ending first (stable otherwise). */
const pairs = (json: Json, key: string, source: string): [string, string][] => {
  const value = json[key];
  if (value === undefined) return [];
  if (
    !Array.isArray(value) ||
    value.some((v) => !Array.isArray(v) || v.length !== 2 || v.some((x) => typeof x !== 'string'))
  ) {
    throw new Error(`${source}: "${key}" must be an array of [ending, replacement] string pairs`);
  }
  const norm = (w: string) => (w ? normaliseToken(w) : '');
  return (value as [string, string][])
    .map(([e, r]): [string, string] => [norm(e), norm(r)])
    .sort((x, y) => y[0].length - x[0].length);
};

/** Words of the common-word list: one token, or a CJK word as its characters joined by spaces (as the matcher keys it). */
const commonKey = (w: string): string => {
  const t = nameTokens(w);
  return t.length > 1 ? t.join(' ') : normaliseToken(w);
};

/** Builds the lexicon from the cue file (JSON) and the common-word list (one word a line, # comments). */
export function parseLexicon(cuesJson: string, commonWords: string, source = 'place-cues.json'): PlaceLexicon {
  let json: Json;
  try {
    json = JSON.parse(cuesJson) as Json;
  } catch (cause) {
    throw new Error(`${source}: not valid JSON (${String(cause)})`);
  }
  const direction = new Map<string, number>();
  for (const [k, v] of numbers(json, 'directions', source)) direction.set(nameTokens(k).join(' '), v);
  const units = new Map<string, number>();
  for (const [k, v] of numbers(json, 'distanceUnits', source)) units.set(normaliseToken(k), v);
  return {
    adminHeads: words(strings(json, 'adminHeads', source)),
    adminHeadsBefore: phrases(strings(json, 'adminHeadsBefore', source)),
    cityHeads: words(strings(json, 'cityHeads', source)),
    cityHeadsBefore: phrases(strings(json, 'cityHeadsBefore', source)),
    countrysideHeads: phrases(strings(json, 'countrysideHeads', source)),
    countrysideHeadsBefore: phrases(strings(json, 'countrysideHeadsBefore', source)),
    landmarkHeads: phrases(strings(json, 'landmarkHeads', source)),
    routeHeads: words(strings(json, 'routeHeads', source)),
    directions: direction,
    centralWords: words(strings(json, 'centralWords', source)),
    nearWords: phrases(strings(json, 'nearWords', source)),
    outskirtsWords: phrases(strings(json, 'outskirtsWords', source)),
    distanceUnits: units,
    borderWords: words(strings(json, 'borderWords', source)),
    locativePrepositions: words(strings(json, 'locativePrepositions', source)),
    personTitles: words(strings(json, 'personTitles', source)),
    nonPlaceCompounds: words(strings(json, 'nonPlaceCompounds', source)),
    nameConnectors: words(strings(json, 'nameConnectors', source)),
    articles: words(strings(json, 'articles', source)),
    chunkNeutral: words(strings(json, 'chunkNeutral', source)),
    speechVerbs: words(strings(json, 'speechVerbs', source)),
    backReferenceHeads: phrases(optionalStrings(json, 'backReferenceHeads', source)),
    backReferencePartHeads: phrases(optionalStrings(json, 'backReferencePartHeads', source)),
    backReferencePossessors: words(optionalStrings(json, 'backReferencePossessors', source)),
    facilityHeads: words(optionalStrings(json, 'facilityHeads', source)),
    streetHeads: words(optionalStrings(json, 'streetHeads', source)),
    inflections: pairs(json, 'inflections', source),
    adjectiveInflections: pairs(json, 'adjectiveInflections', source),
    proclitics: optionalStrings(json, 'proclitics', source).map((w) => normaliseToken(w)),
    commonWords: new Set(
      commonWords
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'))
        .map(commonKey),
    ),
  };
}
