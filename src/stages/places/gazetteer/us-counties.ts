import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Extent } from './types.js';

/**
 * US counties (second-level divisions) from the us-atlas package (U.S. Census Bureau cartographic boundaries,
 * public domain; packaged by Mike Bostock, ISC): name, state, and a point computed here as the area-weighted
 * centroid of the county's polygons (GeoNames ADM2 points are close to that).
 */
export interface UsCounty {
  /** Five-digit FIPS code. */
  readonly fips: string;
  /** "Laurel County", "Acadia Parish", "Bristol Bay Borough". */
  readonly name: string;
  /** The bare name ("Laurel"). */
  readonly base: string;
  /** The state's name as us-atlas gives it ("Kentucky"). */
  readonly state: string;
  readonly lat: number;
  readonly lon: number;
  readonly extent: Extent;
}

/** FIPS county codes from this number up are independent cities (Virginia, Baltimore, St. Louis): GeoNames has them. */
const INDEPENDENT_CITY_FROM = 500;
/** The word that follows a county's name, by state FIPS code (Louisiana parishes, Alaska boroughs). */
const HEAD_BY_STATE: Record<string, string> = { '22': 'Parish', '02': 'Borough' };

type Ring = readonly (readonly [number, number])[];

/** Area-weighted centroid and bounding box of polygons (planar lon/lat: counties are small). */
function centroidOf(polygons: readonly (readonly Ring[])[]): { lat: number; lon: number; extent: Extent } | null {
  let area = 0;
  let cx = 0;
  let cy = 0;
  let s = 90;
  let w = 180;
  let n = -90;
  let e = -180;
  for (const poly of polygons) {
    poly.forEach((ring, r) => {
      let a = 0;
      let x = 0;
      let y = 0;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x0, y0] = ring[j] as readonly [number, number];
        const [x1, y1] = ring[i] as readonly [number, number];
        const f = x0 * y1 - x1 * y0;
        a += f;
        x += (x0 + x1) * f;
        y += (y0 + y1) * f;
        if (r === 0) {
          s = Math.min(s, y1);
          n = Math.max(n, y1);
          w = Math.min(w, x1);
          e = Math.max(e, x1);
        }
      }
      // Holes are subtracted whatever their winding: the outer ring's sign decides.
      const sign = r === 0 ? 1 : -1;
      area += (sign * Math.abs(a)) / 2;
      const k = Math.sign(a) || 1;
      cx += (sign * k * x) / 6;
      cy += (sign * k * y) / 6;
    });
  }
  if (!(area > 0)) return null;
  return { lon: cx / area, lat: cy / area, extent: [s, w, n, e] };
}

/** Parses us-atlas counties-10m.json (TopoJSON with objects counties and states). */
export function parseUsCounties(json: string): UsCounty[] {
  const topo = JSON.parse(json) as Topology;
  const states = new Map<string, string>();
  const stateGeoms = (topo.objects.states as { geometries: { id?: string | number; properties?: { name?: string } }[] })
    .geometries;
  for (const g of stateGeoms) if (g.id !== undefined && g.properties?.name) states.set(String(g.id), g.properties.name);
  const collection = feature(topo, topo.objects.counties as never) as unknown as {
    features: {
      id?: string | number;
      properties: { name?: string };
      geometry: { type: string; coordinates: unknown };
    }[];
  };
  const out: UsCounty[] = [];
  for (const f of collection.features) {
    const fips = String(f.id ?? '').padStart(5, '0');
    const base = f.properties?.name;
    const state = states.get(fips.slice(0, 2));
    if (!base || !state || Number(fips.slice(2)) >= INDEPENDENT_CITY_FROM) continue;
    const g = f.geometry;
    const polygons =
      g.type === 'Polygon' ? [g.coordinates as Ring[]] : g.type === 'MultiPolygon' ? (g.coordinates as Ring[][]) : [];
    const c = centroidOf(polygons);
    if (!c) continue;
    const head = HEAD_BY_STATE[fips.slice(0, 2)] ?? 'County';
    out.push({ fips, name: `${base} ${head}`, base, state, ...c });
  }
  return out;
}
