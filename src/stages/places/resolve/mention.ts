import type { Gazetteer, GazetteerEntry, LatLon } from '../gazetteer/types.js';
import type { Token } from '../text/tokenize.js';
import type { GeoPrecision, PlaceMention, PlaceRelation } from '../types.js';
import type { Analysis, Resolved } from './analyse.js';
import { borderPoint } from './border.js';
import { centroid, destination, distanceKm, nearestOnLine, round, shiftInExtent } from './geometry.js';

/**
 * How far "X countryside" lies from the city X, in km (towards the direction given, if any). Calibration: the
 * "western Aleppo countryside" of the dev corpus lies 15–30 km west of the city.
 */
export const COUNTRYSIDE_KM = 20;

/**
 * A route mention takes its point from a place named in the same sentence ("the M5 … near Saraqeb") when that place
 * lies within this distance of the document's other places; otherwise from the document's places as a whole
 * ("cutting off supply routes to Damascus" does not put the cut at Damascus).
 */
const ROUTE_LOCAL_KM = 100;

const DIRECTION_NAMES = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];
const directionName = (bearing: number): string => DIRECTION_NAMES[Math.round(bearing / 45) % 8] as string;

const isArea = (e: GazetteerEntry): boolean =>
  e.kind === 'country' || e.kind === 'admin1' || e.kind === 'admin2' || e.kind === 'region';

/** Where the document's precise places in its focus country are: the reference point for routes and borders. */
function contextPoint(analysis: Analysis, focusCountry: string | null): LatLon | null {
  // Each place weighs as often as the document names it.
  const all = analysis.focus.anchors.flatMap((a) => a.owners.map(() => a.entry));
  const local = all.filter((e) => e.country === focusCountry);
  return centroid(local.length ? local : all);
}

/** The precise place named nearest before or after token `at` in the same sentence (for "the M5 near Zarbah"). */
function sentencePoint(analysis: Analysis, at: number): LatLon | null {
  const { frame } = analysis;
  let best: LatLon | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const r of analysis.resolved) {
    if (r.border || r.c.a === at || frame.sentence[r.c.a] !== frame.sentence[at]) continue;
    if (r.entry.kind !== 'place' && r.entry.kind !== 'landmark') continue;
    const gap = Math.abs(r.c.a - at);
    if (gap < bestGap) {
      best = r.entry;
      bestGap = gap;
    }
  }
  return best;
}

/** Turns resolved names into the stage's mentions (ids p1, p2, … in text order). */
export function mentionsOf(g: Gazetteer, analysis: Analysis): PlaceMention[] {
  const out: PlaceMention[] = [];
  const tokens = analysis.frame.tokens;
  const focusCountry = [...analysis.focus.countries].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  const here = contextPoint(analysis, focusCountry);
  for (const r of analysis.resolved) {
    const local = r.entry.line ? sentencePoint(analysis, r.c.a) : null;
    const near = local && (!here || distanceKm(local, here) <= ROUTE_LOCAL_KM) ? local : here;
    const m = r.border ? borderMention(g, r, tokens, focusCountry, here) : placeMention(r, tokens, near);
    if (m) out.push({ ...m, id: `p${out.length + 1}` });
  }
  return out;
}

type Draft = Omit<PlaceMention, 'id'>;

const spanOf = (tokens: readonly Token[], a: number, b: number) => ({
  start: (tokens[a] as Token).start,
  end: (tokens[b - 1] as Token).end,
});

function placeMention(r: Resolved, tokens: readonly Token[], here: LatLon | null): Draft {
  const e = r.entry;
  const { cues } = r;
  const span = spanOf(tokens, cues.a, cues.b);
  let point: LatLon = { lat: e.lat, lon: e.lon };
  let name = e.name;
  let gazetteerId: string | null = e.gazetteerId;
  let feature = e.feature;
  let precision: GeoPrecision = isArea(e) ? 3 : e.kind === 'route' ? 2 : 1;
  let relation: PlaceRelation | null = null;
  const rules: string[] = [r.c.match];

  if (e.line && here) point = nearestOnLine(e.line, here);
  if (cues.countryside && !isArea(e)) {
    const bearing = cues.direction;
    point = bearing === null ? point : destination(point, COUNTRYSIDE_KM, bearing);
    name = `${bearing === null ? '' : `${directionName(bearing)} `}${e.name} countryside`;
    relation = part(bearing, e);
    gazetteerId = null;
    feature = 'region';
    precision = 2;
    rules.push('countryside');
  } else if ((cues.direction !== null || cues.central) && isArea(e) && e.extent) {
    if (cues.direction !== null) point = shiftInExtent(point, e.extent, cues.direction);
    name = `${cues.direction === null ? 'central' : directionName(cues.direction)} ${e.name}`;
    relation = part(cues.direction, e);
    gazetteerId = null;
    feature = 'region';
    rules.push('direction');
  } else if (cues.direction !== null || cues.central) {
    relation = part(cues.direction, e);
    rules.push('direction');
  }
  if (cues.admin) rules.push('admin-cue');
  if (cues.city) rules.push('city-cue');
  if (cues.landmark && e.kind === 'place') {
    relation = part(null, e);
    precision = 2;
    rules.push(r.backReference ? 'back-reference' : 'landmark-cue');
  }
  if (cues.relation) {
    const rel = cues.relation;
    const cue = spanOf(tokens, rel.cueA, rel.cueB);
    const offset =
      rel.distanceKm !== null && rel.bearing !== null ? destination(point, rel.distanceKm, rel.bearing) : null;
    relation = {
      kind: rel.kind,
      cue,
      distanceKm: rel.distanceKm,
      bearing: rel.bearing,
      anchorId: null,
      point: offset,
    };
    if (precision === 1) precision = 2;
    rules.push(rel.kind);
  }
  return {
    start: span.start,
    end: span.end,
    source: { stage: 'places', rule: rules.join('+') },
    name,
    lat: round(point.lat),
    lon: round(point.lon),
    country: e.country,
    admin1: e.kind === 'admin1' ? null : e.admin1Name,
    feature,
    gazetteerId,
    geoPrecision: precision,
    relation,
    confidence: confidenceOf(r),
  };
}

function part(bearing: number | null, anchor: GazetteerEntry): PlaceRelation {
  return { kind: 'part', cue: null, distanceKm: null, bearing, anchorId: anchor.gazetteerId, point: null };
}

/** "the Turkish border", "the border with Turkey": a point on the focus country's border with that country. */
function borderMention(
  g: Gazetteer,
  r: Resolved,
  tokens: readonly Token[],
  focusCountry: string | null,
  here: LatLon | null,
): Draft | null {
  const other = r.entry.country;
  if (!other || !focusCountry || other === focusCountry) return null;
  const point = borderPoint(g, focusCountry, other, here);
  const inside = g.country(focusCountry);
  if (!point || !inside) return null;
  const borderAfter = r.cues.b < tokens.length && g.lexicon.borderWords.has((tokens[r.cues.b] as Token).norm);
  const span = borderAfter ? spanOf(tokens, r.cues.a, r.cues.b + 1) : spanOf(tokens, r.cues.a - 2, r.cues.b);
  return {
    ...span,
    source: { stage: 'places', rule: `${r.c.match}+border` },
    name: `${inside.name}–${g.country(other)?.name ?? other} border`,
    lat: round(point.lat),
    lon: round(point.lon),
    country: focusCountry,
    admin1: null,
    feature: 'region',
    gazetteerId: null,
    geoPrecision: 2,
    relation: {
      kind: 'border',
      cue: null,
      distanceKm: null,
      bearing: null,
      anchorId: r.entry.gazetteerId,
      point: null,
    },
    confidence: 0.6,
  };
}

/** 0.5 for a coin toss between readings, towards 1 as the winning reading's margin grows; fuzzy matches capped. */
function confidenceOf(r: Resolved): number {
  const c = 1 / (1 + Math.exp(-r.margin / 2));
  return Math.round((r.c.match === 'fuzzy' ? Math.min(c, 0.7) : c) * 100) / 100;
}
