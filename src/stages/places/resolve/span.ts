import { looseKeyOf, nameTokens } from '../gazetteer/builder.js';
import type { Gazetteer, GazetteerEntry, PlaceLexicon } from '../gazetteer/types.js';
import { NameKind, refEntry, refKind } from '../gazetteer/types.js';
import { skeletonOf } from '../text/normalize.js';
import type { Analysis } from './analyse.js';
import type { MatchType } from './candidates.js';
import { type Cues, NO_CUES } from './context.js';
import { distanceKm } from './geometry.js';
import type { ScoredEntry } from './score.js';
import { contextScore, NEAR_KM, priorScore, shadowAlternates } from './score.js';

/**
 * A sub-span of a longer name ("Cavan" in "Cavan Town Hall", "Colorado" in "Colorado State University") is taken
 * only when its reading is this sure: named elsewhere in the document, in the document's focus country, or a place
 * of at least this population. Calibration: LGL (tune) and GeoWebNews.
 */
const BACKOFF_MIN_POPULATION = 50_000;
/** Share of the document's evidence a country needs for a backed-off reading in it to be believed. */
const BACKOFF_FOCUS_SHARE = 0.5;

interface Reading {
  readonly entry: GazetteerEntry;
  readonly score: number;
  readonly match: MatchType;
}

/**
 * True when a place lies within NEAR_KM of some other precise place the document names, or when the document names
 * no precise place at all (nothing to contradict it).
 */
function nearDocument(analysis: Analysis, e: GazetteerEntry): boolean {
  let any = false;
  for (const r of analysis.resolved) {
    const x = r.entry;
    if (r.border || x.index === e.index || (x.kind !== 'place' && x.kind !== 'landmark')) continue;
    any = true;
    if (distanceKm(x, e) < NEAR_KM) return true;
  }
  return !any;
}

/**
 * Resolves a span of the analysed text known to name a place (a benchmark's gold toponym): the stage's own in-context
 * reading when it recognised exactly these words (so that "Huntsville, Texas" keeps its container), else resolveName
 * on the words, else — a street, a building or a name the gazetteer lacks — the document's place in focus.
 */
export function resolveSpan(
  g: Gazetteer,
  analysis: Analysis,
  text: string,
  start: number,
  end: number,
): GazetteerEntry | null {
  const tokens = analysis.frame.tokens;
  for (const r of analysis.resolved) {
    if (r.backReference) continue;
    const a = tokens[r.c.a];
    const b = tokens[r.c.b - 1];
    if (a && b && a.start === start && b.end === end) return r.entry;
  }
  return resolveName(g, analysis, text.slice(start, end)) ?? focusPlace(g, analysis);
}

/**
 * The place a document is about: its most often named precise place in the country its mentions name most often
 * (the larger place on a tie), else its focus first-level division, else its focus country; null when it names no
 * place.
 */
export function focusPlace(g: Gazetteer, analysis: Analysis): GazetteerEntry | null {
  const top = (m: ReadonlyMap<string, number>): string | null => {
    let key: string | null = null;
    let max = 0;
    for (const [k, v] of m) if (v > max) [key, max] = [k, v];
    return key;
  };
  // The country of the accepted mentions (ties go to the focus computed from every candidate).
  const mentioned = new Map<string, number>();
  for (const r of analysis.resolved) {
    const c = r.entry.country;
    if (c && !r.backReference)
      mentioned.set(c, (mentioned.get(c) ?? 0) + 1 + (analysis.focus.countries.get(c) ?? 0) / 2);
  }
  const country = top(mentioned) ?? top(analysis.focus.countries);
  const counts = new Map<GazetteerEntry, number>();
  for (const r of analysis.resolved) {
    if (r.border || r.backReference || r.entry.kind !== 'place') continue;
    if (country && r.entry.country !== country) continue;
    counts.set(r.entry, (counts.get(r.entry) ?? 0) + 1);
  }
  let best: GazetteerEntry | null = null;
  let bestCount = 0;
  for (const [e, n] of counts) {
    if (n > bestCount || (n === bestCount && best && e.population > best.population)) {
      best = e;
      bestCount = n;
    }
  }
  if (best) return best;
  const admin1 = top(analysis.focus.admin1s);
  return (admin1 ? g.admin1(admin1) : undefined) ?? (country ? g.country(country) : undefined) ?? null;
}

/**
 * Resolves a given name (a span someone else recognised, e.g. a benchmark's gold toponym) in the context of an
 * analysed document. Demonyms resolve to their country. A cue word after the name ("Aleppo province", "Hama city")
 * is read as in running text. A name the gazetteer does not have is backed off to its longest known part
 * ("Cavan Town Hall" → Cavan) when that part's reading is sure (see BACKOFF_MIN_POPULATION). Null when nothing fits.
 */
export function resolveName(g: Gazetteer, analysis: Analysis, name: string): GazetteerEntry | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const lex = g.lexicon;
  const tokens = nameTokens(name);
  // A street is known only by a name of its own: never by a town it is named after, nor by another language's name.
  const street =
    tokens.length > 1 && (lex.streetHeads.has(tokens[tokens.length - 1] ?? '') || lex.streetHeads.has(tokens[0] ?? ''));
  const whole = readName(g, analysis, words.join(' '), NO_CUES, !street, street);
  // A spelling variant is believed only near the document's other places (Lanexa is not Lenexa, 1,500 km away).
  if (whole?.match === 'fuzzy' && !nearDocument(analysis, whole.entry)) return null;
  if (whole || street) return whole?.entry ?? null;
  for (let len = words.length - 1; len >= 1; len--) {
    for (let a = 0; a + len <= words.length; a++) {
      const part = words.slice(a, a + len);
      if (!/^\p{Lu}/u.test(part[0] as string) || generic(lex, part)) continue;
      const next = nameTokens(words[a + len] ?? '')[0] ?? '';
      const prev = nameTokens(words[a - 1] ?? '')[0] ?? '';
      const cues: Cues = {
        ...NO_CUES,
        admin: lex.adminHeads.has(next) || prev === 'state' || prev === 'province',
        city: lex.cityHeads.has(next),
      };
      const r = readName(g, analysis, part.join(' '), cues, false);
      if (!r) continue;
      if (analysis.resolved.some((x) => x.entry.index === r.entry.index)) return r.entry;
      const dropped = [...words.slice(0, a), ...words.slice(a + len)];
      const facility = nameTokens(dropped.join(' ')).every((t) => lex.facilityHeads.has(t));
      const local = r.entry.kind !== 'place' || nearDocument(analysis, r.entry);
      if (facility && local && (cues.admin || cues.city || sure(analysis, r.entry))) return r.entry;
    }
  }
  return null;
}

/** A part made only of cue, direction, common or function words ("North", "Center", "Point") is no name. */
function generic(lex: PlaceLexicon, part: readonly string[]): boolean {
  return nameTokens(part.join(' ')).every(
    (t) =>
      lex.directions.has(t) ||
      lex.commonWords.has(t) ||
      lex.chunkNeutral.has(t) ||
      lex.adminHeads.has(t) ||
      lex.cityHeads.has(t) ||
      lex.routeHeads.has(t) ||
      lex.centralWords.has(t) ||
      lex.landmarkHeads.some((h) => h.includes(t)),
  );
}

/** A fuzzy reading is believed only in the document's focus country (as in running text). */
const FUZZY_FOCUS_SHARE = 0.3;

function sure(analysis: Analysis, e: GazetteerEntry): boolean {
  if (e.kind !== 'place') return e.kind !== 'route';
  if (e.population >= BACKOFF_MIN_POPULATION) return true;
  return (analysis.focus.countries.get(e.country ?? '') ?? 0) >= BACKOFF_FOCUS_SHARE;
}

function readName(
  g: Gazetteer,
  analysis: Analysis,
  name: string,
  cues: Cues,
  allowFuzzy: boolean,
  ownNamesOnly = false,
): Reading | null {
  const tokens = nameTokens(name);
  if (!tokens.length) return null;
  const exact = tokens.join(' ');
  const loose = looseKeyOf(tokens, g.lexicon.articles);
  const options: ScoredEntry[] = [];
  const own = new Set<number>();
  const trimmed = name.trim();
  const allUpper = trimmed === trimmed.toUpperCase();
  // "EU" written in capitals is an acronym, not the town "Eu".
  const shortCaps = /^[A-Z]{2,4}$/.test(trimmed);
  const add = (refs: Iterable<number> | undefined, match: MatchType, edits = 0) => {
    for (const ref of refs ?? []) {
      const entry = g.entries[refEntry(ref)] as GazetteerEntry;
      const kind = refKind(ref);
      // A capital's name names the city, not its province, when no cue word says otherwise.
      if (kind === NameKind.seat && !cues.admin) continue;
      if (kind === NameKind.acronym && (!allUpper || match !== 'exact')) continue;
      if (kind !== NameKind.acronym && shortCaps) continue;
      if (kind === NameKind.dotted && !trimmed.endsWith('.')) continue;
      if (ownNamesOnly && (kind !== NameKind.name || match !== 'exact')) continue;
      if (kind !== NameKind.alternate && match === 'exact') own.add(entry.index);
      const m: MatchType = kind === NameKind.alternate && match === 'exact' ? 'loose' : match;
      const prior = priorScore(entry, m, edits, cues);
      const found = options.find((o) => o.entry.index === entry.index);
      if (!found) options.push({ entry, match: m, edits, prior });
      else if (found.prior < prior) Object.assign(found, { prior, match: m });
    }
  };
  add(g.exact(exact), 'exact');
  add(g.exact(loose), 'loose');
  add(g.loose(loose), 'loose');
  if (allowFuzzy && !options.length && /^[a-z ]+$/.test(loose) && loose.length >= 5) {
    for (const f of g.fuzzy(skeletonOf(loose))) {
      if (f.loose[0] === loose[0] && f.loose.length >= loose.length - 1 && f.loose.length <= loose.length + 1) {
        add([f.ref], 'fuzzy', 1);
      }
    }
  }
  shadowAlternates(options, own);
  let best: ScoredEntry | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const o of options) {
    const s = contextScore(o, -1, analysis.focus, null, exact);
    if (s > bestScore) {
      bestScore = s;
      best = o;
    }
  }
  if (!best) return null;
  if (best.match === 'fuzzy' && (analysis.focus.countries.get(best.entry.country ?? '') ?? 0) < FUZZY_FOCUS_SHARE) {
    return null;
  }
  return { entry: best.entry, score: bestScore, match: best.match };
}
