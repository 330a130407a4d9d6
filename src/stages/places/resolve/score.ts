import type { GazetteerEntry } from '../gazetteer/types.js';
import type { MatchType } from './candidates.js';
import type { Colocation } from './colocation.js';
import type { Cues } from './context.js';
import { distanceKm } from './geometry.js';

/*
 * Disambiguation scores. A candidate entry's score adds a prior (how likely a writer means it: population, kind,
 * capital status, how well the name matched) and context (the document's focus countries and provinces, nearness to
 * the document's other places, an explicit container "Morek in Hama province", cue words). Calibrated on the dev
 * corpus and the LGL / GeoWebNews development sets (see eval/places): each weight is about what it takes for the
 * signal to overturn one to three orders of magnitude of population.
 */

/** Score per tenfold population. */
export const W_POPULATION = 1;
/** Prior by kind: a bare name that is a country is nearly always the country. */
export const KIND_PRIOR: Record<GazetteerEntry['kind'], number> = {
  country: 5,
  admin1: 2,
  /** "Laurel County": the name says it all; which of the namesakes is left to the focus. */
  admin2: 4,
  region: 6,
  landmark: 4,
  route: 4,
  place: 0,
};
/** Capitals and provincial capitals are what news names. */
export const FCODE_PRIOR: Record<string, number> = { PPLC: 2, PPLA: 1, PPLA2: 0.4 };
export const MATCH_PRIOR: Record<MatchType, number> = { exact: 0.6, loose: 0, fuzzy: -1 };
/**
 * Taken from an entry known by the name only through an alternate (another language's word: "Africa" for Mahdia,
 * "Liverpool" for a US town) when another entry bears the name as its own. Calibration: LGL (tune) and GeoWebNews.
 */
export const W_SHADOWED_ALTERNATE = 2;
/** Per edit of a fuzzy match. */
export const FUZZY_EDIT_PENALTY = 0.8;
/** The document's focus country (share of its place evidence), times this. */
export const W_FOCUS_COUNTRY = 3;
/** The document's focus first-level division, times this. */
export const W_FOCUS_ADMIN1 = 2;
/** Nearness to the document's other, unambiguous places: full weight at 0 km, none at NEAR_KM. */
export const W_NEAR = 3;
export const NEAR_KM = 150;
/**
 * Per other name of the document with a reading near this one (see colocation.ts), up to COLOCATED_MAX names.
 * Calibration: LGL (tune); it lets two or three names that agree overturn about one order of population.
 */
export const W_COLOCATED = 2;
export const COLOCATED_MAX = 3;
/** An explicit container ("Alexandria, Louisiana", "Morek in Hama province"). */
export const W_CONTAINED = 6;
export const W_NOT_CONTAINED = -4;
/** "Aleppo province": the first-level division rather than the city. */
export const W_ADMIN_CUE = 8;
/** "Aleppo city", "the town of X": a populated place rather than an area. */
export const W_CITY_CUE = 2;
/** "northern X", "X countryside": an area (or a city with a hinterland) rather than a village. */
export const W_AREA_CUE = 1.5;

export interface ScoredEntry {
  readonly entry: GazetteerEntry;
  readonly match: MatchType;
  readonly edits: number;
  readonly prior: number;
}

/**
 * Lowers the priors of options reached only through alternate names when some option bears the name as its own
 * (`own`: entry indices matched through their own name, exactly).
 */
export function shadowAlternates(options: ScoredEntry[], own: ReadonlySet<number>): void {
  if (!own.size) return;
  for (let i = 0; i < options.length; i++) {
    const o = options[i] as ScoredEntry;
    if (!own.has(o.entry.index)) options[i] = { ...o, prior: o.prior - W_SHADOWED_ALTERNATE };
  }
}

/** The context-free part of an entry's score. */
export function priorScore(e: GazetteerEntry, match: MatchType, edits: number, cues: Cues): number {
  let s = W_POPULATION * Math.log10(e.population + 1) + KIND_PRIOR[e.kind] + (FCODE_PRIOR[e.fcode ?? ''] ?? 0);
  s += MATCH_PRIOR[match] - FUZZY_EDIT_PENALTY * edits;
  if (cues.admin) s += e.kind === 'admin1' ? W_ADMIN_CUE : e.kind === 'country' ? 0 : -W_ADMIN_CUE;
  if (cues.city && e.kind === 'place') s += W_CITY_CUE;
  if ((cues.direction !== null || cues.countryside) && (e.kind !== 'place' || e.population >= 100_000)) s += W_AREA_CUE;
  return s;
}

/** What one distinct name of the document says about where the document is. */
export interface NameVote {
  /** Country → the share of this name's vote (its readings weighted by how likely each is). */
  readonly countries: ReadonlyMap<string, number>;
  readonly admin1s: ReadonlyMap<string, number>;
}

/** A place the document names unambiguously, once per place, with the candidates (owners) that name it. */
export interface Anchor {
  readonly owners: readonly number[];
  readonly entry: GazetteerEntry;
}

/** True when `anchor` comes from some candidate other than `owner`. */
export const fromOthers = (anchor: Anchor, owner: number): boolean =>
  anchor.owners.length > 1 || anchor.owners[0] !== owner;

/** What the whole document says about where it is. */
export interface DocumentFocus {
  /** Country → share (0–1) of the document's place evidence. */
  readonly countries: ReadonlyMap<string, number>;
  readonly admin1s: ReadonlyMap<string, number>;
  /** Country → raw evidence (so that a candidate's own vote can be left out). */
  readonly votes: ReadonlyMap<string, number>;
  /** First-level division → raw evidence. */
  readonly admin1Votes: ReadonlyMap<string, number>;
  /** The largest raw evidence of any country and of any division. */
  readonly maxVote: number;
  readonly maxAdmin1Vote: number;
  /** Each distinct name's vote (key: the name's normalised tokens), left out when that name is resolved. */
  readonly nameVotes: ReadonlyMap<string, NameVote>;
  /** Unambiguous precise places, with the candidate they come from. */
  readonly anchors: readonly Anchor[];
  /** Support of a reading by the other names' readings near it. */
  readonly colocation: Colocation;
}

/**
 * Share (0–1) of the document's evidence for `key` (a country or a division) once the name being resolved has been
 * left out: a name repeated ten times, or resolved wrongly in the first pass, does not vote for itself.
 */
function shareOf(votes: ReadonlyMap<string, number>, key: string, own: number, max: number): number {
  const v = (votes.get(key) ?? 0) - own;
  return v <= 0 ? 0 : Math.min(1, v / Math.max(1, max));
}

/** The largest value of a vote map (0 when empty). */
export function maxVote(votes: ReadonlyMap<string, number>): number {
  let max = 0;
  for (const x of votes.values()) if (x > max) max = x;
  return max;
}

/** Degrees of latitude beyond which no anchor is near (a cheap test before the great-circle distance). */
export const NEAR_DEGREES = NEAR_KM / 111;

/**
 * The full score of an entry for candidate `owner` (written as `name`, its normalised tokens), given the document's
 * focus and an optional container.
 */
export function contextScore(
  s: ScoredEntry,
  owner: number,
  focus: DocumentFocus,
  container: GazetteerEntry | null,
  name: string | null = null,
): number {
  return contextScoreWith(s, owner, focus, container, name === null ? undefined : focus.nameVotes.get(name), name);
}

/** As contextScore, with the name's own vote already looked up (once per name, not once per reading). */
export function contextScoreWith(
  s: ScoredEntry,
  owner: number,
  focus: DocumentFocus,
  container: GazetteerEntry | null,
  own: NameVote | undefined,
  name: string | null = null,
): number {
  const e = s.entry;
  let score = s.prior;
  if (name !== null) score += W_COLOCATED * Math.min(COLOCATED_MAX, focus.colocation.support(e, name));
  if (e.country) {
    score += W_FOCUS_COUNTRY * shareOf(focus.votes, e.country, own?.countries.get(e.country) ?? 0, focus.maxVote);
  }
  if (e.admin1Code) {
    const ownVote = own?.admin1s.get(e.admin1Code) ?? 0;
    score += W_FOCUS_ADMIN1 * shareOf(focus.admin1Votes, e.admin1Code, ownVote, focus.maxAdmin1Vote);
  }
  if (e.kind !== 'country') {
    let nearest = Number.POSITIVE_INFINITY;
    for (const anchor of focus.anchors) {
      if (anchor.entry.index === e.index || !fromOthers(anchor, owner)) continue;
      if (Math.abs(anchor.entry.lat - e.lat) > NEAR_DEGREES) continue;
      const km = distanceKm(anchor.entry, e);
      if (km < nearest) nearest = km;
    }
    if (nearest < NEAR_KM) score += W_NEAR * (1 - nearest / NEAR_KM);
  }
  if (container) score += contains(container, e) ? W_CONTAINED : W_NOT_CONTAINED;
  return score;
}

/** True when `outer` (a country or first-level division) holds `inner`. */
export function contains(outer: GazetteerEntry, inner: GazetteerEntry): boolean {
  if (outer.index === inner.index) return false;
  if (outer.kind === 'country') return inner.country === outer.country;
  if (outer.kind === 'admin1')
    return !!inner.admin1Code && inner.admin1Code === outer.admin1Code && inner.kind !== 'admin1';
  return false;
}
