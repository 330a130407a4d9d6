import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Degrees of margin around the report's points: enough context to recognise the region. */
const MARGIN_DEGREES = 12;
/** Coordinates are rounded to this many decimals (~100 m; finer than the 1:50m source) to keep the file small. */
const DECIMALS = 3;

type Ring = [number, number][];
type Geometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export interface Basemap {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { name: string }; geometry: Geometry }[];
}

const require = createRequire(import.meta.url);
const cache = new Map<string, Basemap['features']>();

/** All countries of world-atlas (Natural Earth, public domain) at a scale, as GeoJSON, read once per process. */
function countries(scale: '50m' | '110m'): Basemap['features'] {
  let features = cache.get(scale);
  if (!features) {
    const topology = JSON.parse(
      readFileSync(require.resolve(`world-atlas/countries-${scale}.json`), 'utf8'),
    ) as Topology;
    const collection = feature(topology, topology.objects.countries as GeometryCollection<{ name: string }>);
    features = collection.features
      .filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f) => ({
        type: 'Feature' as const,
        properties: { name: f.properties?.name ?? '' },
        geometry: f.geometry as Geometry,
      }));
    cache.set(scale, features);
  }
  return features;
}

const round = (x: number) => Math.round(x * 10 ** DECIMALS) / 10 ** DECIMALS;

function roundRing(ring: Ring): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function rings(g: Geometry): Ring[] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/**
 * The offline basemap for a report: the 1:50m countries around the given points (whole countries, rounded and
 * deduplicated), or the 1:110m world when there is nothing to locate. Never fetched: read from the installed package.
 */
export function basemapFor(points: readonly { lat: number; lon: number }[]): Basemap {
  if (!points.length) {
    return {
      type: 'FeatureCollection',
      features: countries('110m').map((f) => ({ ...f, geometry: roundGeometry(f.geometry) })),
    };
  }
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const box = {
    s: Math.min(...lats) - MARGIN_DEGREES,
    n: Math.max(...lats) + MARGIN_DEGREES,
    w: Math.min(...lons) - MARGIN_DEGREES,
    e: Math.max(...lons) + MARGIN_DEGREES,
  };
  const features = countries('50m').filter((f) =>
    rings(f.geometry).some((ring) => ring.some(([x, y]) => x >= box.w && x <= box.e && y >= box.s && y <= box.n)),
  );
  return { type: 'FeatureCollection', features: features.map((f) => ({ ...f, geometry: roundGeometry(f.geometry) })) };
}

function roundGeometry(g: Geometry): Geometry {
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(roundRing) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(roundRing)) };
}
