import type { GazetteerEntry } from '../gazetteer/types.js';

/*
 * Spatial coherence between ambiguous names. A local article names places that lie close together: "Richmond" and
 * "Madison County" are each ambiguous (dozens of readings), but only one Richmond lies in a Madison County. Each
 * reading of a name gets support from every other distinct name of the document that has some reading near it,
 * whatever that reading's own score: the names confirm each other, as anchors (clear readings) do for one name.
 */

/** Readings closer than this support each other, linearly less with distance. Calibration: LGL (tune), 60–150 km tried. */
export const COLOCATED_KM = 80;
/** Kinds of reading that can support one another (areas are handled by the country and division focus). */
const POINT_KINDS = new Set<GazetteerEntry['kind']>(['place', 'admin2', 'landmark']);
/**
 * Grid cells: COLOCATED_KM tall, and twice as many degrees wide (a degree of longitude shrinks with latitude; up to
 * 60° a cell stays at least COLOCATED_KM wide), so that every near reading lies in the 3 × 3 cells around.
 */
const CELL_LAT = COLOCATED_KM / 111;
const CELL_LON = 2 * CELL_LAT;
const KM_PER_DEG = 111.2;

interface Reading {
  readonly entry: GazetteerEntry;
  /** Index of the distinct name it is a reading of. */
  readonly name: number;
}

/** Support of a reading by the other names of a document (see the module comment). */
export interface Colocation {
  /** Sum over the other names (not `name`) of the closeness (0–1) of their nearest reading to `e`. */
  support(e: GazetteerEntry, name: string): number;
}

export const NO_COLOCATION: Colocation = { support: () => 0 };

const cellY = (lat: number): number => Math.floor(lat / CELL_LAT);
const cellX = (lon: number): number => Math.floor(lon / CELL_LON);
const cellKey = (y: number, x: number): number => y * 100_000 + x;

/** Flat-earth distance (km), enough at under a hundred kilometres. */
function nearKm(a: GazetteerEntry, b: GazetteerEntry): number {
  const dy = (a.lat - b.lat) * KM_PER_DEG;
  const dx = (a.lon - b.lon) * KM_PER_DEG * Math.cos(((a.lat + b.lat) / 2) * (Math.PI / 180));
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * Builds the colocation support for a document from its names and their readings (`names`: name key → readings;
 * `aliases`: other keys of the same names).
 * Readings are bucketed on a grid, so the cost follows the number of readings that are actually near each other.
 */
export function colocationOf(
  names: ReadonlyMap<string, readonly GazetteerEntry[]>,
  aliases: ReadonlyMap<string, string> = new Map(),
): Colocation {
  if (names.size < 2) return NO_COLOCATION;
  const index = new Map<string, number>();
  // Names that can read as a country or a first-level division ("Kansas", "Jordan") are left to the focus and the
  // priors: nearness would otherwise prefer a hamlet of that name next to some other name's reading.
  const areaNames = new Set<string>();
  const grid = new Map<number, Reading[]>();
  let n = 0;
  for (const [key, entries] of names) {
    const name = n++;
    index.set(key, name);
    for (const entry of entries) {
      if (entry.kind === 'country' || entry.kind === 'admin1') areaNames.add(key);
      if (!POINT_KINDS.has(entry.kind)) continue;
      const k = cellKey(cellY(entry.lat), cellX(entry.lon));
      const list = grid.get(k);
      if (list) list.push({ entry, name });
      else grid.set(k, [{ entry, name }]);
    }
  }
  // Another spelling of a name counts as that name (it neither supports it nor is supported by it).
  for (const [alias, key] of aliases) {
    const name = index.get(key);
    if (name !== undefined) index.set(alias, name);
    if (areaNames.has(key)) areaNames.add(alias);
  }
  // Memoised per reading (entry index) and name (index + 1, 0 for a name not listed), in one map with integer keys.
  const memo = new Map<number, number>();
  const stride = n + 1;
  // Each other name's best closeness, and the names in the order first met (the sum adds them in that order).
  const best = new Float64Array(n);
  const met = new Int32Array(n);
  return {
    support(e, key) {
      if (!POINT_KINDS.has(e.kind) || areaNames.has(key)) return 0;
      const own = index.get(key) ?? -1;
      const memoKey = e.index * stride + own + 1;
      const hit = memo.get(memoKey);
      if (hit !== undefined) return hit;
      let count = 0;
      const y = cellY(e.lat);
      const x = cellX(e.lon);
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          const list = grid.get(cellKey(y + dy, x + dx));
          if (!list) continue;
          for (const r of list) {
            if (r.name === own) continue;
            const km = r.entry.index === e.index ? 0 : nearKm(r.entry, e);
            if (km >= COLOCATED_KM) continue;
            const c = 1 - km / COLOCATED_KM;
            const was = best[r.name] as number;
            if (was === 0) met[count++] = r.name;
            if (c > was) best[r.name] = c;
          }
        }
      }
      let sum = 0;
      for (let k = 0; k < count; k++) {
        const name = met[k] as number;
        sum += best[name] as number;
        best[name] = 0;
      }
      memo.set(memoKey, sum);
      return sum;
    },
  };
}
