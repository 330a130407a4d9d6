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
/** Places of a country by grid cell, per gazetteer and country (one grid serves every pair with that country). */
const grids = new WeakMap<Gazetteer, Map<string, Map<number, GazetteerEntry[]>>>();

/** Integer cell keys (no string per place): latitude cells × a stride wider than any longitude cell range. */
const cellKey = (la: number, lo: number): number => la * CELL_STRIDE + lo;

function gridOf(g: Gazetteer, country: string): Map<number, GazetteerEntry[]> {
  let byCountry = grids.get(g);
  if (!byCountry) {
    byCountry = new Map();
    grids.set(g, byCountry);
  }
  let grid = byCountry.get(country);
  if (grid) return grid;
  grid = new Map();
  for (const i of g.placesOf(country)) {
    const e = g.entries[i] as GazetteerEntry;
    const k = cellKey(Math.floor(e.lat / CELL_DEGREES), Math.floor(e.lon / CELL_DEGREES));
    const list = grid.get(k);
    if (list) list.push(e);
    else grid.set(k, [e]);
  }
  byCountry.set(country, grid);
  return grid;
}

/** The keys of a cell and its eight neighbours. */
function around(k: number): number[] {
  const la = Math.round(k / CELL_STRIDE);
  const lo = k - la * CELL_STRIDE;
  const out: number[] = [];
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) out.push(cellKey(la + dy, lo + dx));
  return out;
}

/** True when the grid has a place in cell k or next to it. */
function aroundHas(grid: ReadonlyMap<number, unknown>, k: number): boolean {
  for (const n of around(k)) if (grid.has(n)) return true;
  return false;
}

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
  const grid = gridOf(g, other);
  // Only cells of `inside` in or next to a cell of `other` can hold a border place: they are found from whichever
  // country has fewer cells (most of a large country's cells lie far from any given neighbour).
  const own = gridOf(g, inside);
  const near = new Set<number>();
  if (own.size <= grid.size) {
    for (const k of own.keys()) if (aroundHas(grid, k)) near.add(k);
  } else {
    for (const k of grid.keys()) for (const n of around(k)) if (own.has(n)) near.add(n);
  }
  const out: GazetteerEntry[] = [];
  for (const k of near) {
    const others: GazetteerEntry[][] = [];
    for (const n of around(k)) {
      const cell = grid.get(n);
      if (cell) others.push(cell);
    }
    for (const e of own.get(k) as GazetteerEntry[]) {
      let isNear = false;
      for (let c = 0; c < others.length && !isNear; c++) {
        for (const o of others[c] as GazetteerEntry[]) {
          if (distanceKm(e, o) <= BORDER_KM) {
            isNear = true;
            break;
          }
        }
      }
      if (isNear) out.push(e);
    }
  }
  // In the gazetteer's order, as placesOf lists them.
  out.sort((x, y) => x.index - y.index);
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
