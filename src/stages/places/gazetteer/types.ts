import type { PlaceFeature } from '../../../report/contract.js';

/** A point in decimal degrees. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** [south, west, north, east] in decimal degrees: where most of an area's places lie (not its legal boundary). */
export type Extent = readonly [number, number, number, number];

/** What a gazetteer entry is, for matching: countries and admin1 are areas; routes are lines. */
export type EntryKind = 'country' | 'admin1' | 'admin2' | 'place' | 'landmark' | 'route' | 'region';

export interface GazetteerEntry {
  readonly index: number;
  /** 'geonames:170063', 'iso3166:SY', 'geonames-admin1:SY.09', 'sitrep:sy-m5' (shipped supplement), 'user:<id>'. */
  readonly gazetteerId: string;
  readonly name: string;
  readonly kind: EntryKind;
  readonly feature: PlaceFeature;
  /** GeoNames feature code (PPLA, PPLC, …) when known. */
  readonly fcode: string | null;
  /** ISO 3166-1 alpha-2, or null for regions spanning several countries. */
  readonly country: string | null;
  /** 'SY.09' (country.admin1 code) when known. */
  readonly admin1Code: string | null;
  /** Admin1 name as given by a user or supplement row, when it has no code. */
  readonly admin1Name: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** Where the area's places lie, for "northern X" (countries, admin1, regions with a bbox). */
  readonly extent: Extent | null;
  /** Waypoints of a route; the mention takes the one nearest the document's other places. */
  readonly line: readonly LatLon[] | null;
}

/** How a name belongs to its entry. */
export const NameKind = {
  /** The entry's own name or an alternate name. */
  name: 0,
  /** A demonym (Syrian): recognised so it can be skipped, never a place mention by itself. */
  demonym: 1,
  /** The name of an admin1's capital: the admin1 only with a cue word ("Aleppo province"). */
  seat: 2,
  /** An abbreviation written with a full stop (Ga., W.Va.): matches only when the text has the stop. */
  dotted: 3,
  /** An all-capital abbreviation (US, UAE): matches only when written in capitals. */
  acronym: 4,
  /** A GeoNames alternate name (another language or spelling): weaker evidence than the place's own name. */
  alternate: 5,
} as const;
export type NameKind = (typeof NameKind)[keyof typeof NameKind];

/** A name's hit in the index: entry and how the name belongs to it, packed as entry * 8 + kind. */
export type NameRef = number;
/** Refs as the index returns them (typed arrays from the compiled tables). */
export type RefList = ArrayLike<NameRef> & Iterable<NameRef>;
export const refEntry = (ref: NameRef): number => ref >>> 3;
export const refKind = (ref: NameRef): NameKind => (ref & 7) as NameKind;

export interface FuzzyName {
  readonly ref: NameRef;
  readonly loose: string;
}

/** Cue words and word lists (data/gazetteer/place-cues.json, common-words.txt), normalised. */
export interface PlaceLexicon {
  readonly adminHeads: ReadonlySet<string>;
  readonly adminHeadsBefore: readonly (readonly string[])[];
  readonly cityHeads: ReadonlySet<string>;
  readonly cityHeadsBefore: readonly (readonly string[])[];
  readonly countrysideHeads: readonly (readonly string[])[];
  readonly countrysideHeadsBefore: readonly (readonly string[])[];
  readonly landmarkHeads: readonly (readonly string[])[];
  readonly routeHeads: ReadonlySet<string>;
  /** Direction word → bearing in degrees (north 0, east 90). */
  readonly directions: ReadonlyMap<string, number>;
  readonly centralWords: ReadonlySet<string>;
  readonly nearWords: readonly (readonly string[])[];
  readonly outskirtsWords: readonly (readonly string[])[];
  /** Distance unit → kilometres per unit. */
  readonly distanceUnits: ReadonlyMap<string, number>;
  readonly borderWords: ReadonlySet<string>;
  readonly locativePrepositions: ReadonlySet<string>;
  readonly personTitles: ReadonlySet<string>;
  readonly nonPlaceCompounds: ReadonlySet<string>;
  readonly nameConnectors: ReadonlySet<string>;
  readonly articles: ReadonlySet<string>;
  readonly chunkNeutral: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  /** Verbs of saying: a name right before one is a speaker (a person, or a government by metonymy). */
  readonly speechVerbs: ReadonlySet<string>;
  /** Heads of a definite description that refers to a part of the place in focus ("the old citadel"). */
  readonly backReferenceHeads: readonly (readonly string[])[];
  /** Heads that refer back only after a possessive ("the city's western edge"). */
  readonly backReferencePartHeads: readonly (readonly string[])[];
  /** Nouns whose possessive refers to the place in focus ("the city's", "the town's"). */
  readonly backReferencePossessors: ReadonlySet<string>;
  /** Words of a facility or feature name around a place's name ("Town Hall", "University", "River"). */
  readonly facilityHeads: ReadonlySet<string>;
  /** Last words of a street's name ("Royal Street", "Collins Avenue"): a street named after a place is not in it. */
  readonly streetHeads: ReadonlySet<string>;
  /** Case endings (normalised): [ending, replacement], longest ending first ('ове' → 'ов': Харькове → Харьков). */
  readonly inflections: readonly (readonly [string, string])[];
  /**
   * Adjective endings of a division named after its city ('ской' → '': Херсонской области → Херсон), tried only
   * before an admin cue word (области, області), where the adjective cannot be a noun's case form.
   */
  readonly adjectiveInflections: readonly (readonly [string, string])[];
  /** One-letter prefixes (Arabic wa-, bi-, li-…) dropped from a word the gazetteer does not know. */
  readonly proclitics: readonly string[];
}

/** The compiled gazetteer the places stage reads (see gazetteer/load.ts for how it is built). */
export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  readonly lexicon: PlaceLexicon;
  /** Longest name, in tokens. */
  readonly maxTokens: number;
  /** Refs for an exact key (normalised tokens joined by one space). */
  exact(key: string): RefList | undefined;
  /** Refs for a loose key (articles dropped, doubled letters collapsed). */
  loose(key: string): RefList | undefined;
  /** As exact, for the key parts[0..count) joined by one space, without building it (most runs of words miss). */
  exactJoined(parts: readonly string[], count: number): RefList | undefined;
  /** As loose, for the key parts[0..count) joined by one space. */
  looseJoined(parts: readonly string[], count: number): RefList | undefined;
  /** Names whose loose form has this consonant skeleton (fuzzy blocking key), with that loose form. */
  fuzzy(skeleton: string): readonly FuzzyName[];
  /** As fuzzy, only the names whose loose form starts with char code `first` and is minLength–maxLength long. */
  fuzzyAround(skeleton: string, first: number, minLength: number, maxLength: number): readonly FuzzyName[];
  /** False when no name starts with this normalised (or loose) token (true: maybe; a filter, no lookup). */
  mayStartName(token: string): boolean;
  /** The most tokens of any name starting with this normalised (or loose) token; 0 when none does. */
  startsName(token: string): number;
  country(iso2: string): GazetteerEntry | undefined;
  admin1(code: string): GazetteerEntry | undefined;
  /** Populated places of a country (indices), for border points. */
  placesOf(iso2: string): readonly number[];
}
