import type { ReportPlace } from '../contract.js';
import type { ReportSection } from '../report-input.js';
import { toReportSpan } from '../report-input.js';
import '../../stages/places/types.js';

/** Mentions of derived areas ("north-west Syria") are one place when their names and points agree to this many decimals. */
const DERIVED_POINT_DECIMALS = 2;

/** The stable key of a mention's place: its gazetteer id, or its derived name and point. */
export function placeKey(m: { gazetteerId: string | null; name: string; lat: number; lon: number }): string {
  if (m.gazetteerId) return m.gazetteerId;
  const at = (x: number) => x.toFixed(DERIVED_POINT_DECIMALS);
  return `derived:${m.name.toLowerCase()}@${at(m.lat)},${at(m.lon)}`;
}

/** A report id from a place key: place_geonames_170063, place_iso3166_sy, place_north_west_syria_36_15_36_85. */
export function placeId(key: string): string {
  const slug = key
    .replace(/^derived:/, '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return `place_${slug}`;
}

/**
 * `places`: one entry per distinct resolved place across all documents, in order of first mention, with every span
 * that names it. Mentions without coordinates are never produced by the stage, so none are dropped here.
 */
export const placesSection: ReportSection = (input) => {
  const byKey = new Map<string, ReportPlace>();
  for (const { document, layers } of input.documents) {
    for (const m of layers.places ?? []) {
      if (!Number.isFinite(m.lat) || !Number.isFinite(m.lon)) continue;
      const key = placeKey(m);
      let place = byKey.get(key);
      if (!place) {
        place = {
          id: placeId(key),
          name: m.name,
          lat: m.lat,
          lon: m.lon,
          country: m.country,
          admin1: m.admin1,
          feature: m.feature,
          gazetteer_id: m.gazetteerId,
          mentions: [],
        };
        byKey.set(key, place);
      }
      place.mentions.push(toReportSpan(document.id, m));
    }
  }
  return { places: [...byKey.values()] };
};
