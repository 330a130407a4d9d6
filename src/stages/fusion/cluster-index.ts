/**
 * Blocking for first-fit clustering: clusters are indexed by their first member's type, day and place keys, so a
 * mention is checked only against the clusters whose first member it could fit, in creation order. Every lookup
 * returns a superset of those clusters: which cluster a mention joins is the one a scan of every cluster finds.
 */

const KM_PER_RAD = 6371;
/**
 * Side of the cells places are indexed in, in km of a 3-D grid over the globe: two places at most this far apart
 * on the ground are in the same or adjacent cells (a chord is never longer than its arc). Must exceed the widest
 * distance fusion allows between two places of one event (PLACE_KM in fuse.ts, 80 km).
 */
export const PLACE_CELL_KM = 100;

export interface Placed {
  readonly lat: number;
  readonly lon: number;
  readonly gazetteerId: string | null;
  readonly geoPrecision: 1 | 2 | 3;
  readonly area: string | null;
}

const cell = (lat: number, lon: number): [number, number, number] | null => {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  const rad = Math.PI / 180;
  const r = KM_PER_RAD / PLACE_CELL_KM;
  return [
    Math.floor(r * Math.cos(lat * rad) * Math.cos(lon * rad)),
    Math.floor(r * Math.cos(lat * rad) * Math.sin(lon * rad)),
    Math.floor(r * Math.sin(lat * rad)),
  ];
};

/**
 * The keys a cluster whose first member is at `place` is indexed under: its gazetteer entry, its grid cell, its
 * area (`A:`), and its area again (`a:`) when it is a province. Two places fusion can take for one are the same
 * entry, a province and a place with the same area, or near each other: they share a key of `placeKeys` and
 * `nearKeys`. A place without finite coordinates is never near anything.
 */
export function placeKeys(place: Placed): string[] {
  const keys: string[] = [];
  if (place.gazetteerId) keys.push(`g:${place.gazetteerId}`);
  const c = cell(place.lat, place.lon);
  if (c) keys.push(`c:${c.join(',')}`);
  if (place.area) {
    keys.push(`A:${place.area}`);
    if (place.geoPrecision === 3) keys.push(`a:${place.area}`);
  }
  return keys;
}

/** The keys to look up for a mention at `place`: see placeKeys. */
export function nearKeys(place: Placed): string[] {
  const keys: string[] = [];
  if (place.gazetteerId) keys.push(`g:${place.gazetteerId}`);
  const c = cell(place.lat, place.lon);
  if (c) {
    for (let i = -1; i <= 1; i++)
      for (let j = -1; j <= 1; j++) for (let k = -1; k <= 1; k++) keys.push(`c:${c[0] + i},${c[1] + j},${c[2] + k}`);
  }
  if (place.area) {
    keys.push(`a:${place.area}`);
    if (place.geoPrecision === 3) keys.push(`A:${place.area}`);
  }
  return keys;
}

interface Entry {
  readonly all: number[];
  readonly loose: number[];
  readonly days: Map<number, number[]>;
}

/**
 * Clusters by their first member's type key and day (null: no full day), under the empty place key and any place
 * keys given. A cluster joins the index when it is created; its first member never changes.
 */
export class ClusterIndex {
  private readonly entries = new Map<string, Entry>();

  /** `window`: the widest gap in days between two full days that may still be compatible. */
  constructor(private readonly window: number) {}

  add(cluster: number, type: string, day: number | null, keys: readonly string[] = []): void {
    for (const key of ['', ...keys]) {
      const name = `${type}\u0001${key}`;
      let entry = this.entries.get(name);
      if (!entry) {
        entry = { all: [], loose: [], days: new Map() };
        this.entries.set(name, entry);
      }
      entry.all.push(cluster);
      if (day === null) entry.loose.push(cluster);
      else {
        const list = entry.days.get(day);
        if (list) list.push(cluster);
        else entry.days.set(day, [cluster]);
      }
    }
  }

  /** The clusters of this type indexed on a day within the window of `day` or on none (every one when `day` is
   * null), and under one of `keys` when given; ascending. */
  candidates(type: string, day: number | null, keys?: readonly string[]): readonly number[] {
    if (!keys) return this.lookup(`${type}\u0001`, day);
    const found = new Set<number>();
    for (const key of keys) for (const k of this.lookup(`${type}\u0001${key}`, day)) found.add(k);
    return [...found].sort((a, b) => a - b);
  }

  private lookup(name: string, day: number | null): readonly number[] {
    const entry = this.entries.get(name);
    if (!entry) return [];
    if (day === null) return entry.all;
    const out = [...entry.loose];
    for (let d = day - this.window; d <= day + this.window; d++) for (const k of entry.days.get(d) ?? []) out.push(k);
    return out.sort((a, b) => a - b);
  }
}
