import type { Gazetteer, GazetteerEntry, LatLon } from '../gazetteer/types.js';
import { distanceKm } from './geometry.js';

/**
 * A place counts as on a border when a place of the other country lies within this distance. Calibration: 25 km
 * keeps Bab al-Hawa, Azaz and Jarablus on the Syria–Turkey border and leaves Aleppo (45 km) out.
 */
export const BORDER_KM = 25;
const CELL_DEGREES = 0.25;
const CELL_STRIDE = 4096;

const cache = new WeakMap<Gazetteer, Map<string, readonly GazetteerEntry[]>>();

/** Places of `inside` that lie within BORDER_KM of a place of `other` (cached per gazetteer and pair). */
export function borderPlaces(g: Gazetteer, inside: string, other: string): readonly GazetteerEntry[] {
  let byPair = cache.get(g);
  if (!byPair) {
    byPair = new Map();
    cache.set(g, byPair);
  }
  const key = `${inside}|${other}`;
  const hit = byPair.get(key);
  if (hit) return hit;
  const grid = new Map<number, GazetteerEntry[]>();
  // Integer cell keys (no string per place): latitude cells × a stride wider than any longitude cell range.
  const key2 = (la: number, lo: number) => la * CELL_STRIDE + lo;
  const cell = (lat: number, lon: number) => key2(Math.floor(lat / CELL_DEGREES), Math.floor(lon / CELL_DEGREES));
  for (const i of g.placesOf(other)) {
    const e = g.entries[i] as GazetteerEntry;
    const k = cell(e.lat, e.lon);
    const list = grid.get(k);
    if (list) list.push(e);
    else grid.set(k, [e]);
  }
  const out: GazetteerEntry[] = [];
  for (const i of g.placesOf(inside)) {
    const e = g.entries[i] as GazetteerEntry;
    const la = Math.floor(e.lat / CELL_DEGREES);
    const lo = Math.floor(e.lon / CELL_DEGREES);
    let near = false;
    for (let dy = -1; dy <= 1 && !near; dy++) {
      for (let dx = -1; dx <= 1 && !near; dx++) {
        for (const o of grid.get(key2(la + dy, lo + dx)) ?? []) {
          if (distanceKm(e, o) <= BORDER_KM) {
            near = true;
            break;
          }
        }
      }
    }
    if (near) out.push(e);
  }
  byPair.set(key, out);
  return out;
}

/** The point of the border between two countries nearest to `towards` (the document's other places), if any. */
export function borderPoint(g: Gazetteer, inside: string, other: string, towards: LatLon | null): LatLon | null {
  const places = borderPlaces(g, inside, other);
  if (!places.length) return null;
  if (!towards) return places.reduce((best, e) => (e.population > best.population ? e : best));
  let best = places[0] as GazetteerEntry;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const e of places) {
    const km = distanceKm(e, towards);
    if (km < bestKm) {
      best = e;
      bestKm = km;
    }
  }
  return { lat: best.lat, lon: best.lon };
}
