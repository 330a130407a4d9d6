import type { PlaceFeature } from '../../../report/contract.js';

/** Populated places at or above this population are "city" in the report (calibration: ACLED/press usage). */
export const CITY_MIN_POPULATION = 100_000;
/** …and at or above this one "town"; smaller ones are "village". */
export const TOWN_MIN_POPULATION = 10_000;

/** One row of a GeoNames dump (geoname table layout, as in cities500.txt). */
export interface GeoNamesRow {
  readonly id: string;
  readonly name: string;
  readonly ascii: string;
  readonly alternates: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly fclass: string;
  readonly fcode: string;
  readonly country: string;
  readonly admin1: string;
  readonly population: number;
}

const ALTERNATE_MAX_LENGTH = 60;
/** Short all-capital alternates in GeoNames are airport and postal codes (ALP, OSAC): not names people write. */
const CODE_LIKE = /^[A-Z0-9]{2,5}$/;
const HAS_DIGIT = /\d/;

const LETTER = /\p{L}/u;
/** Letters, marks, spaces and the punctuation of names only: mojibake ("AA¬²±") and symbols are not names. */
const NAME_CHARS = /^[\p{L}\p{M}\p{N}\s\-'’‘`ʿʾ().,]+$/u;

/**
 * Keeps the alternate names worth matching, in any script (Latin, Arabic, Cyrillic, Greek, Hebrew, CJK, …): no
 * codes, no digits, no URLs, at least one letter.
 */
export function usefulAlternate(name: string): boolean {
  if (name.length < 2 || name.length > ALTERNATE_MAX_LENGTH) return false;
  if (CODE_LIKE.test(name) || HAS_DIGIT.test(name) || name.includes('http')) return false;
  return LETTER.test(name) && NAME_CHARS.test(name);
}

/** Parses a GeoNames geoname-table dump (cities500.txt); rows that are not populated places are skipped. */
export function* parseGeoNames(text: string): Generator<GeoNamesRow> {
  let pos = 0;
  while (pos < text.length) {
    let next = text.indexOf('\n', pos);
    if (next < 0) next = text.length;
    const line = text.slice(pos, next);
    pos = next + 1;
    if (!line || line.startsWith('#')) continue;
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P') continue;
    const lat = Number(f[4]);
    const lon = Number(f[5]);
    if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    yield {
      id: f[0] as string,
      name: f[1] as string,
      ascii: f[2] as string,
      alternates: f[3] ? (f[3] as string).split(',') : [],
      lat,
      lon,
      fclass: f[6] as string,
      fcode: f[7] as string,
      country: f[8] as string,
      admin1: f[10] as string,
      population: Number(f[14]) || 0,
    };
  }
}

/** The contract's feature for a populated place. */
export function featureOfPlace(fcode: string, population: number): PlaceFeature {
  if (fcode === 'PPLX') return 'other';
  if (population >= CITY_MIN_POPULATION || fcode === 'PPLC') return 'city';
  if (population >= TOWN_MIN_POPULATION) return 'town';
  return 'village';
}
