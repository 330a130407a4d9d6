import type { Extent, LatLon } from '../gazetteer/types.js';

const R = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km. */
export function distanceKm(a: LatLon, b: LatLon): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The point `km` away from `from` along `bearing` (degrees clockwise from north). */
export function destination(from: LatLon, km: number, bearing: number): LatLon {
  const d = km / R;
  const t = bearing * RAD;
  const lat1 = from.lat * RAD;
  const lon1 = from.lon * RAD;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(t));
  const lon2 =
    lon1 + Math.atan2(Math.sin(t) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: round(lat2 / RAD), lon: round(((lon2 / RAD + 540) % 360) - 180) };
}

/**
 * Share of the way from an area's point to the edge of its extent that "northern X" moves. Calibration: 0.5 puts
 * "north-west Syria" at about 36.2 N 36.8 E (Idlib and western Aleppo, where the dev corpus means it) and
 * "southern Idlib" on the Maarat al-Numan – Khan Sheikhoun line.
 */
export const DIRECTION_SHIFT = 0.5;

/** The part of an area lying in a direction: its point moved towards the extent's edge. */
export function shiftInExtent(point: LatLon, extent: Extent, bearing: number): LatLon {
  const [south, west, north, east] = extent;
  const dy = Math.cos(bearing * RAD);
  const dx = Math.sin(bearing * RAD);
  const lat = point.lat + (dy >= 0 ? (north - point.lat) * dy : (point.lat - south) * dy) * DIRECTION_SHIFT;
  const lon = point.lon + (dx >= 0 ? (east - point.lon) * dx : (point.lon - west) * dx) * DIRECTION_SHIFT;
  return { lat: round(lat), lon: round(lon) };
}

/** The vertex of a line nearest to a point (a highway's point where the document's other places are). */
export function nearestOnLine(line: readonly LatLon[], to: LatLon): LatLon {
  let best = line[0] as LatLon;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const p of line) {
    const km = distanceKm(p, to);
    if (km < bestKm) {
      best = p;
      bestKm = km;
    }
  }
  return best;
}

export const round = (x: number): number => Math.round(x * 1e5) / 1e5;

/** The mean of points (adequate over a few hundred km). */
export function centroid(points: readonly LatLon[]): LatLon | null {
  if (!points.length) return null;
  let lat = 0;
  let lon = 0;
  for (const p of points) {
    lat += p.lat;
    lon += p.lon;
  }
  return { lat: lat / points.length, lon: lon / points.length };
}
