import { looseKeyOf, nameTokens } from '../gazetteer/builder.js';
import type { Gazetteer, GazetteerEntry, PlaceLexicon } from '../gazetteer/types.js';
import { NameKind, refEntry, refKind } from '../gazetteer/types.js';
import { skeletonOf } from '../text/normalize.js';
import type { Analysis } from './analyse.js';
import type { MatchType } from './candidates.js';
import type { Cues } from './context.js';
import type { ScoredEntry } from './score.js';
import { contextScore, priorScore, shadowAlternates } from './score.js';

const NO_CUES: Cues = {
  a: 0,
  b: 0,
  admin: false,
  adminPlural: false,
  city: false,
  countryside: false,
  landmark: false,
  route: false,
  direction: null,
  central: false,
  relation: null,
  evidence: true,
  sentenceInitial: false,
  personTitle: false,
  nonPlaceCompound: false,
  border: false,
};

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
  const whole = readName(g, analysis, words.join(' '), NO_CUES, true);
  if (whole) return whole.entry;
  const lex = g.lexicon;
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
      if (facility && (cues.admin || cues.city || sure(analysis, r.entry))) return r.entry;
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

function readName(g: Gazetteer, analysis: Analysis, name: string, cues: Cues, allowFuzzy: boolean): Reading | null {
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
  return { entry: best.entry, score: bestScore };
}
