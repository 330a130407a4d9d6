import { PLACE_FEATURES, type PlaceFeature } from '../../../report/contract.js';
import { parseTsv, splitList } from './tsv.js';
import type { Extent, LatLon } from './types.js';

/** A place from a user gazetteer or the shipped supplement, before it is given an entry. */
export interface ExtraPlace {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Adjectives for the place (European): recognised so they can be left out, never mentions themselves. */
  readonly demonyms: readonly string[];
  readonly lat: number;
  readonly lon: number;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly feature: PlaceFeature;
  readonly population: number;
  readonly extent: Extent | null;
  readonly line: readonly LatLon[] | null;
}

const FEATURES: readonly PlaceFeature[] = PLACE_FEATURES;

const USER_COLUMNS = ['id', 'name', 'aliases', 'lat', 'lon', 'country', 'admin1', 'feature', 'population'] as const;

function checkFields(
  where: string,
  raw: {
    id: unknown;
    name: unknown;
    lat: unknown;
    lon: unknown;
    country: unknown;
    feature: unknown;
    population: unknown;
  },
): { lat: number; lon: number; feature: PlaceFeature; population: number; country: string | null } {
  if (typeof raw.id !== 'string' || !raw.id.trim()) throw new Error(`${where}: "id" is empty`);
  if (typeof raw.name !== 'string' || !raw.name.trim()) throw new Error(`${where}: "name" is empty`);
  const lat = Number(raw.lat);
  const lon = Number(raw.lon);
  if (raw.lat === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new Error(`${where}: lat "${String(raw.lat)}" is not a latitude`);
  }
  if (raw.lon === '' || !Number.isFinite(lon) || lon < -180 || lon > 180) {
    throw new Error(`${where}: lon "${String(raw.lon)}" is not a longitude`);
  }
  const feature = (raw.feature === '' || raw.feature == null ? 'other' : raw.feature) as PlaceFeature;
  if (!FEATURES.includes(feature)) {
    throw new Error(`${where}: feature "${String(raw.feature)}" is not one of ${FEATURES.join(', ')}`);
  }
  const population = raw.population === '' || raw.population == null ? 0 : Number(raw.population);
  if (!Number.isFinite(population) || population < 0) {
    throw new Error(`${where}: population "${String(raw.population)}" is not a number`);
  }
  let country: string | null = null;
  if (raw.country != null && raw.country !== '') {
    if (typeof raw.country !== 'string' || !/^[A-Za-z]{2}$/.test(raw.country)) {
      throw new Error(`${where}: country "${String(raw.country)}" is not an ISO 3166-1 alpha-2 code`);
    }
    country = raw.country.toUpperCase();
  }
  return { lat, lon, feature, population, country };
}

/** Reads a user gazetteer in TSV form (header `id name aliases lat lon country admin1 feature population`). */
export function parseUserTsv(text: string, source: string): ExtraPlace[] {
  return parseTsv(text, source, USER_COLUMNS).map(({ line, fields }) => {
    const checked = checkFields(`${source}:${line}`, fields as unknown as Parameters<typeof checkFields>[1]);
    return {
      id: fields.id as string,
      name: fields.name as string,
      aliases: splitList(fields.aliases),
      demonyms: [],
      admin1: fields.admin1 || null,
      extent: null,
      line: null,
      ...checked,
    };
  });
}

const lineOf = (text: string, needle: string): number => {
  const at = text.indexOf(needle);
  return at < 0 ? 0 : text.slice(0, at).split('\n').length;
};

const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

/**
 * Reads a user gazetteer in GeoJSON form: a FeatureCollection of Points (or LineStrings, for routes) whose properties
 * are the TSV columns; `aliases` may be an array or a |-separated string; an optional `bbox` gives a region's extent.
 */
export function parseUserGeoJson(text: string, source: string): ExtraPlace[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const m = /position (\d+)/.exec(String(cause));
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : 1;
    throw new Error(`${source}:${line}: not valid JSON (${(cause as Error).message})`);
  }
  const fc = json as { type?: unknown; features?: unknown };
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new Error(`${source}:1: expected a GeoJSON FeatureCollection`);
  }
  return fc.features.map((feature: unknown, i: number) => {
    const f = feature as { geometry?: { type?: unknown; coordinates?: unknown }; properties?: Record<string, unknown> };
    const props = f?.properties ?? {};
    const where = `${source}:${lineOf(text, JSON.stringify(props.id ?? `\u0000${i}`))} (feature ${i})`;
    const g = f?.geometry;
    let lat: unknown = '';
    let lon: unknown = '';
    let line: LatLon[] | null = null;
    if (g?.type === 'Point' && isPosition(g.coordinates)) {
      [lon, lat] = g.coordinates;
    } else if (g?.type === 'LineString' && Array.isArray(g.coordinates) && g.coordinates.every(isPosition)) {
      line = (g.coordinates as [number, number][]).map(([x, y]) => ({ lat: y, lon: x }));
      const mid = line[Math.floor(line.length / 2)];
      if (mid) [lat, lon] = [mid.lat, mid.lon];
    } else {
      throw new Error(`${where}: geometry must be a Point (or a LineString for a route)`);
    }
    const checked = checkFields(where, { ...props, lat, lon } as Parameters<typeof checkFields>[1]);
    const aliases = Array.isArray(props.aliases)
      ? (props.aliases as unknown[]).filter((a): a is string => typeof a === 'string')
      : splitList(typeof props.aliases === 'string' ? props.aliases : '');
    const bbox = (f as { bbox?: unknown }).bbox;
    const extent: Extent | null =
      Array.isArray(bbox) && bbox.length === 4 && bbox.every(Number.isFinite)
        ? [bbox[1] as number, bbox[0] as number, bbox[3] as number, bbox[2] as number]
        : null;
    const demonyms = Array.isArray(props.demonyms)
      ? (props.demonyms as unknown[]).filter((a): a is string => typeof a === 'string')
      : [];
    return {
      id: String(props.id),
      name: String(props.name),
      aliases,
      demonyms,
      admin1: typeof props.admin1 === 'string' && props.admin1 ? props.admin1 : null,
      extent,
      line,
      ...checked,
    };
  });
}

/** Reads a user gazetteer, TSV or GeoJSON, chosen by the file name (.json/.geojson) or the first character. */
export function parseUserGazetteer(text: string, source: string): ExtraPlace[] {
  const geo = /\.(geo)?json$/i.test(source) || text.trimStart().startsWith('{');
  return geo ? parseUserGeoJson(text, source) : parseUserTsv(text, source);
}
