import type { SpanAnnotation } from '../../model/index.js';
import type { PlaceFeature } from '../../report/contract.js';
import type { Gazetteer } from './gazetteer/types.js';

/**
 * ACLED-style geo-precision: 1 the named place itself (or a part of a town), 2 near it, on its outskirts, a given
 * distance from it, or a part of a region, 3 a province, a country or a vaguer region.
 */
export type GeoPrecision = 1 | 2 | 3;

/**
 * How a mention places the event relative to the place it names. `cue` is the span of the words that say so
 * ("near", "the outskirts of", "15km south-west of"). For an offset, `point` is the estimated location.
 */
export interface PlaceRelation {
  readonly kind: 'near' | 'outskirts' | 'offset' | 'part' | 'border';
  readonly cue: { readonly start: number; readonly end: number } | null;
  readonly distanceKm: number | null;
  /** Degrees clockwise from north, from the named place towards the location meant. */
  readonly bearing: number | null;
  /** The gazetteer id of the place the mention is anchored on, when the mention itself is a derived area. */
  readonly anchorId: string | null;
  readonly point: { readonly lat: number; readonly lon: number } | null;
}

/**
 * One place named in the text: the span as written (with its cue words: "Aleppo province", "north-western Syria"),
 * how it was recognised (`source.rule`), and where it was resolved to. Mentions that could not be resolved are
 * not emitted: the stage abstains rather than guesses.
 */
export interface PlaceMention extends SpanAnnotation {
  /** Canonical name (gazetteer name, or a derived name such as "north-west Syria"). */
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** ISO 3166-1 alpha-2, null for regions spanning countries. */
  readonly country: string | null;
  readonly admin1: string | null;
  readonly feature: PlaceFeature;
  /** 'geonames:170063', 'iso3166:SY', 'geonames-admin1:SY.09', 'sitrep:<id>' (shipped supplement), 'user:<id>'; null for derived areas. */
  readonly gazetteerId: string | null;
  readonly geoPrecision: GeoPrecision;
  readonly relation: PlaceRelation | null;
  /** 0–1: how sure the resolution is (margin over the next candidate, evidence). */
  readonly confidence: number;
}

declare module '../../model/layers.js' {
  interface LayerTypes {
    places: PlaceMention;
  }
}

declare module '../../pipeline/stage.js' {
  interface StageResources {
    gazetteer: Gazetteer;
  }
}
