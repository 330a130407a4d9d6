import type { NoiseSpan, Sentence } from '../../../model/index.js';
import { cjkName } from '../gazetteer/builder.js';
import type { Gazetteer, GazetteerEntry, PlaceLexicon } from '../gazetteer/types.js';
import { refEntry } from '../gazetteer/types.js';
import type { Token } from '../text/tokenize.js';
import { tokenize } from '../text/tokenize.js';
import { backReferences } from './back-reference.js';
import type { Candidate, TokenFrame } from './candidates.js';
import { findCandidates, findFuzzy, frameOf } from './candidates.js';
import { colocationOf, NO_COLOCATION } from './colocation.js';
import type { Cues } from './context.js';
import { cuesOf } from './context.js';
import { distanceKm } from './geometry.js';
import { F_ADMIN, F_ALL_UPPER, F_AREA, F_CITY, F_PERIOD, F_SHORT_CAPS, F_STREET, readingsOf } from './readings.js';
import type { DocumentFocus, NameVote, ScoredEntry } from './score.js';
import { contains, contextScoreWith, fromOthers, maxVote, NEAR_DEGREES, NEAR_KM, priorScore } from './score.js';
import { readInflections } from './variants.js';

/**
 * Below this population a place named without any supporting word ("in", "the town of", a list of places, a
 * containing province) is not taken. Calibration: dev corpus and LGL; 50,000 keeps provincial towns (Idlib, Hama,
 * Latakia are far above) and drops hamlets that share a surname or a common word.
 */
export const PROMINENT_POPULATION = 50_000;
/**
 * A single word known only as an alternate (foreign-language) name of a place, with nothing else supporting it,
 * is taken only for places at least this large (Alep, Alepo for Aleppo; Hama is an alternate of Ḩamāh) or in the
 * document's focus country, and never right before a verb of saying or at the start of a sentence ("Bala said" is
 * not Basel, whose name is "Bala" in one language). Calibration: dev corpus and the near-miss tests.
 */
export const ALTERNATE_PROMINENT_POPULATION = 300_000;
/**
 * A place below this population, outside the document's focus country and far from its other places, needs more
 * than a preposition: a cue word ("the village of"), a container, or a list of accepted places. Calibration: LGL
 * (tune), GeoWebNews and the dev corpus; 1,000–10,000 tried.
 */
const STRAY_HAMLET_POPULATION = 5_000;
/** A sentence with at least this share of capitalised words (of 4+ letters; at least 6 such) is a headline: no chunk rule. */
const HEADLINE_CAPS_SHARE = 0.8;
const HEADLINE_MIN_WORDS = 6;
/** All-capital words up to this length match only acronyms in the gazetteer (US, UAE), not names (Sna). */
const SHORT_ACRONYM = 4;
/** Score margin at which a candidate's best entry anchors nearness for the others. */
const ANCHOR_MARGIN = 2;
/** Rounds of choosing with a focus recomputed from the previous round's choices (1: the prior-only focus only). Calibration: a second round changed LGL (tune) by -0.1 to +0.1 point. */
const FOCUS_ROUNDS = 1;
/**
 * Votes (distinct other names, each spread over its readings) for a division before its name is read as the division
 * rather than its namesake city (see preferDivision). Calibration: LGL (tune), 1–3 tried.
 */
const DIVISION_OVER_CITY_VOTES = 1;
/** Votes (distinct other names) for a first-level division before its small towns are taken without other evidence. */
const ADMIN1_FOCUS_VOTES = 1;
/** Softmax temperature of a name's vote over its readings, in prior-score units (1 = one order of population). */
const SOFT_VOTE_TEMPERATURE = 1;
/** Share of the document's evidence a country needs before fuzzy matches inside it are believed. */
const FUZZY_FOCUS_SHARE = 0.3;

/** Word lengths told apart by the lower-case filter of analyse (longer words share the last slot). */
const LENGTH_SLOTS = 32;

/** A recognised and resolved place name, before it becomes a mention. */
export interface Resolved {
  readonly c: Candidate;
  readonly cues: Cues;
  readonly entry: GazetteerEntry;
  readonly margin: number;
  /** A border between the focus country and this entry's country is meant. */
  readonly border: boolean;
  /** A description with no name ("the old citadel") taken as a part of the place in focus. */
  readonly backReference?: boolean;
}

export interface Analysis {
  readonly frame: TokenFrame;
  readonly resolved: readonly Resolved[];
  readonly focus: DocumentFocus;
}

interface Working {
  readonly c: Candidate;
  /** The name as written, normalised (tokens joined by spaces): one focus vote per distinct key. */
  readonly key: string;
  /** One word: a single token, or a CJK name (one token per character, written without spaces). */
  readonly word: boolean;
  readonly cues: Cues;
  readonly options: readonly ScoredEntry[];
  readonly demonyms: readonly GazetteerEntry[];
  best: ScoredEntry | null;
  margin: number;
  container: GazetteerEntry | null;
  accepted: boolean;
}

function sentenceIds(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Int32Array {
  const ids = new Int32Array(tokens.length).fill(-1);
  const sorted = [...sentences].sort((x, y) => x.start - y.start);
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (s < sorted.length && (sorted[s] as Sentence).end <= t.start) s++;
    const cur = sorted[s];
    ids[i] = cur && cur.start <= t.start ? s : -1 - lineOf(text, t.start);
  }
  return ids;
}

/** Tokens outside every sentence are grouped by line, so that names still never cross a line. */
function lineOf(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function noiseMask(tokens: readonly Token[], noise: readonly NoiseSpan[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  if (!noise.length) return mask;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (noise.some((n) => n.start < t.end && t.start < n.end)) mask[i] = 1;
  }
  return mask;
}

function headlineSentences(f: TokenFrame): Set<number> {
  // Counted over runs of tokens of one sentence (tokens come in text order), flushed into a map per run.
  const counts = new Map<number, [number, number]>();
  let cur = Number.NaN;
  let n = 0;
  let caps = 0;
  const flush = () => {
    if (!n) return;
    const c = counts.get(cur);
    if (c) {
      c[0] += n;
      c[1] += caps;
    } else counts.set(cur, [n, caps]);
  };
  const { tokens, sentence } = f;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.end - t.start < 4 || t.caseless || hasDigit(t.raw)) continue;
    const s = sentence[i] as number;
    if (s !== cur) {
      flush();
      cur = s;
      n = 0;
      caps = 0;
    }
    n++;
    if (t.cap) caps++;
  }
  flush();
  const out = new Set<number>();
  for (const [s, [k, c]] of counts) if (k >= HEADLINE_MIN_WORDS && c / k >= HEADLINE_CAPS_SHARE) out.add(s);
  return out;
}

/** An ASCII digit in the word (as /\d/, without a regex per token). */
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Finds, filters and resolves the place names of a text. */
export function analyse(
  g: Gazetteer,
  text: string,
  sentences: readonly Sentence[],
  noise: readonly NoiseSpan[],
): Analysis {
  const lex = g.lexicon;
  const tokens = tokenize(text);
  readInflections(g, text, tokens);
  const frame = frameOf(text, tokens, sentenceIds(text, tokens, sentences), noiseMask(tokens, noise));
  const exact = findCandidates(g, frame);
  const covered = new Uint8Array(tokens.length);
  for (const c of exact) covered.fill(1, c.a, c.b);
  const neutralWords = neutralOf(lex);
  const neutral = (i: number): boolean => neutralWords.has((tokens[i] as Token).norm);
  const fuzzy = findFuzzy(
    g,
    frame,
    covered,
    (i) => neutral(i) || (i > 0 && lex.personTitles.has((tokens[i - 1] as Token).norm)),
  );
  const candidates = [...exact, ...fuzzy].sort((x, y) => x.a - y.a);
  // Candidates' first words that the text also writes in lower case ("Reading", "Mobile"): a common word here.
  const firstWords = new Set<string>();
  for (const c of candidates) firstWords.add((tokens[c.a] as Token).norm);
  const lowercase = new Set<string>();
  // A cheap filter before the set lookup, which would hash every lower-case word: length with first letter, and
  // length with last letter (ASCII letters; a word with another first or last character goes to the set).
  const byFirst = new Uint8Array(LENGTH_SLOTS * 128);
  const byLast = new Uint8Array(LENGTH_SLOTS * 128);
  let minLen = Number.POSITIVE_INFINITY;
  let maxLen = 0;
  for (const w of firstWords) {
    if (w.length < minLen) minLen = w.length;
    if (w.length > maxLen) maxLen = w.length;
    const slot = Math.min(w.length, LENGTH_SLOTS - 1) * 128;
    const c = w.charCodeAt(0);
    const z = w.charCodeAt(w.length - 1);
    byFirst[slot + (c < 128 ? c : 0)] = 1;
    byLast[slot + (z < 128 ? z : 0)] = 1;
  }
  for (const t of tokens) {
    if (t.cap || t.caseless) continue;
    const n = t.norm;
    if (n.length < minLen || n.length > maxLen) continue;
    const slot = Math.min(n.length, LENGTH_SLOTS - 1) * 128;
    const c = n.charCodeAt(0);
    if (!byFirst[slot + (c < 128 ? c : 0)]) continue;
    const z = n.charCodeAt(n.length - 1);
    if (!byLast[slot + (z < 128 ? z : 0)]) continue;
    if (firstWords.has(n)) lowercase.add(n);
  }
  const headlines = headlineSentences(frame);
  const starts = new Set(candidates.map((c) => c.a));
  const ends = new Set(candidates.map((c) => c.b));

  const kept: { c: Candidate; cues: Cues }[] = [];
  for (const c of candidates) {
    const cues = cuesOf(frame, lex, c);
    if (cues.nonPlaceCompound || cues.personTitle) continue;
    // A lone weekday, month, title or preposition ("Thursday", "May", "Brig", "إلى") is not a place.
    const first = tokens[c.a] as Token;
    const lone = c.b - c.a === 1;
    if (
      lone &&
      (lex.chunkNeutral.has(first.norm) || lex.personTitles.has(first.norm) || lex.locativePrepositions.has(first.norm))
    ) {
      continue;
    }
    if (!headlines.has(frame.sentence[c.a] as number) && chunked(frame, cues, neutral, starts, ends)) continue;
    // "Darby Street", "Post Road": a street's name (and a lone "Road" or "Street" is no place either).
    const after = tokens[c.b];
    if (after?.cap && frame.joinable[c.b - 1] && lex.streetHeads.has(after.norm)) continue;
    if (lone && first.cap && lex.streetHeads.has(first.norm)) continue;
    // A cue word written before a name ("مدينة حلب", the city of Aleppo) is not a place of its own (Medina).
    if (lone && starts.has(c.b) && frame.joinable[c.a] && cueBefore(lex).has(first.norm)) continue;
    kept.push({ c, cues });
  }
  // "Aleppo and Idlib provinces": the plural cue word covers the names listed before it.
  for (let k = kept.length - 2; k >= 0; k--) {
    const w = kept[k] as { c: Candidate; cues: Cues };
    const next = kept[k + 1] as { c: Candidate; cues: Cues };
    if (
      (next.cues.adminPlural || (next.cues.admin && next.cues.adminPlural === false && w.cues.admin)) &&
      listed(text, frame, w.cues.b, next.cues.a)
    ) {
      w.cues.admin = next.cues.admin;
    }
  }
  const minor = (o: ScoredEntry): boolean => o.entry.kind === 'place' && o.entry.population < PROMINENT_POPULATION;
  const work: Working[] = [];
  for (const { c, cues } of kept) {
    const first = tokens[c.a] as Token;
    const last = tokens[c.b - 1] as Token;
    const single = c.b - c.a === 1;
    let flags = 0;
    if (cues.admin) flags |= F_ADMIN;
    if (cues.city) flags |= F_CITY;
    if (cues.direction !== null || cues.countryside) flags |= F_AREA;
    if (last.periodAfter) flags |= F_PERIOD;
    if (upperRun(tokens, c.a, c.b)) flags |= F_ALL_UPPER;
    // "Washington Square" is a square, not a town known by that name in some other language.
    if (!single && lex.streetHeads.has(last.norm)) flags |= F_STREET;
    // "SNA" written in capitals is an acronym, not the town "Sna".
    if (single && first.upper && first.raw.length <= SHORT_ACRONYM && !hasDigit(first.raw)) flags |= F_SHORT_CAPS;
    const readings = readingsOf(g, c.hits, flags, cues, c.readings);
    const { demonyms } = readings;
    // "Canadian", "Arab": an adjective of a country or region, not the small town of that name.
    const options = demonyms.length && readings.options.every(minor) ? [] : readings.options;
    if (!options.length && !demonyms.length) continue;
    const key = single ? first.norm : keyOf(tokens, c.a, c.b);
    const word = single || cjkName(key.split(' '));
    work.push({ c, key, word, cues, options, demonyms, best: null, margin: 0, container: null, accepted: false });
  }

  // Pass 1: priors only, to learn the document's focus.
  const empty: DocumentFocus = {
    countries: new Map(),
    admin1s: new Map(),
    votes: new Map(),
    admin1Votes: new Map(),
    maxVote: 0,
    maxAdmin1Vote: 0,
    nameVotes: new Map(),
    anchors: [],
    colocation: NO_COLOCATION,
  };
  for (let k = 0; k < work.length; k++) choose(work[k] as Working, k, empty, true);
  // Common words ("Court", "Man" capitalised at the start of a headline) do not vote.
  const voter = (w: Working): boolean => {
    const first = tokens[w.c.a] as Token;
    return !(w.word && !first.upper && (lex.commonWords.has(w.key) || lowercase.has(w.key)));
  };
  const focus = focusOf(work, voter);
  // Containers: "X, Texas" and "X in Hama province".
  for (let k = 0; k + 1 < work.length; k++) {
    const w = work[k] as Working;
    const next = work[k + 1] as Working;
    const outer = next.best?.entry;
    if (!outer || (outer.kind !== 'country' && outer.kind !== 'admin1')) continue;
    const between = text.slice((tokens[w.cues.b - 1] as Token).end, (tokens[next.cues.a] as Token).start).trim();
    if (
      (between === ',' || between === 'in' || between === ', in') &&
      w.options.some((o) => contains(outer, o.entry))
    ) {
      w.container = outer;
    }
  }
  // Pass 2: with the focus, nearness and containers; then once more with the focus those choices give.
  for (let k = 0; k < work.length; k++) choose(work[k] as Working, k, focus);
  let focus2 = focus;
  for (let round = 1; round < FOCUS_ROUNDS; round++) {
    focus2 = focusOf(work, voter);
    for (let k = 0; k < work.length; k++) choose(work[k] as Working, k, focus2);
  }

  for (let k = 0; k < work.length; k++) preferDivision(g, work[k] as Working, k, focus2);
  accept(g, work, text, frame, lowercase, focus2);
  const resolved: Resolved[] = [];
  for (const w of work) {
    const country = w.best?.entry.kind === 'country' ? w.best.entry : (w.demonyms[0] ?? null);
    if (w.cues.border && country) resolved.push({ c: w.c, cues: w.cues, entry: country, margin: 1, border: true });
    else if (w.accepted && w.best)
      resolved.push({ c: w.c, cues: w.cues, entry: w.best.entry, margin: w.margin, border: false });
  }
  if (resolved.length) {
    resolved.push(...backReferences(frame, lex, resolved));
    resolved.sort((x, y) => x.cues.a - y.cues.a);
  }
  return { frame, resolved, focus: focus2 };
}

/** Tokens [a, b) written without lower-case letters (as raw === raw.toUpperCase(), without a new string). */
function upperRun(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (!(t.upper || t.caseless || (t.cap && t.raw.length === 1))) return false;
  }
  return true;
}

function keyOf(tokens: readonly Token[], a: number, b: number): string {
  let key = (tokens[a] as Token).norm;
  for (let k = a + 1; k < b; k++) key = `${key} ${(tokens[k] as Token).norm}`;
  return key;
}

const neutralSets = new WeakMap<PlaceLexicon, Set<string>>();
/** Words that are not part of a name: function words, common words, titles, directions, cue words (one set). */
function neutralOf(lex: PlaceLexicon): Set<string> {
  let set = neutralSets.get(lex);
  if (!set) {
    set = new Set([
      ...lex.chunkNeutral,
      ...lex.commonWords,
      ...lex.personTitles,
      ...lex.directions.keys(),
      ...lex.adminHeads,
      ...lex.cityHeads,
      ...lex.routeHeads,
      ...lex.centralWords,
    ]);
    neutralSets.set(lex, set);
  }
  return set;
}

const cueWordsBefore = new WeakMap<PlaceLexicon, Set<string>>();
/** The one-word cues that stand before a name (مدينة, محافظة, город): from the lexicon's "…Before" lists. */
function cueBefore(lex: PlaceLexicon): Set<string> {
  let set = cueWordsBefore.get(lex);
  if (!set) {
    set = new Set();
    for (const p of [...lex.cityHeadsBefore, ...lex.adminHeadsBefore, ...lex.countrysideHeadsBefore])
      if (p.length === 1) set.add(p[0] as string);
    cueWordsBefore.set(lex, set);
  }
  return set;
}

/** Only a comma or a conjunction between two candidates (token indices: the first's end, the second's start). */
function listed(text: string, f: TokenFrame, from: number, to: number): boolean {
  if (from <= 0 || to >= f.tokens.length || to < from || f.sentence[from - 1] !== f.sentence[to]) return false;
  const gap = text.slice((f.tokens[from - 1] as Token).end, (f.tokens[to] as Token).start);
  return LIST_GAP.test(gap);
}
const LIST_GAP = /^\s*(,|,? ?(and|or|&|et|y|e|und|و))\s*$/;

/** Part of a longer capitalised name: "Middle East Eye", "David Carden", "Aleppo Military Council". */
/** The token is a Cyrillic word (its normalised form starts in the Cyrillic block). */
function cyrillicWord(t: Token | undefined): boolean {
  const c = t ? t.norm.charCodeAt(0) : 0;
  return c >= 0x0400 && c <= 0x052f;
}

function chunked(
  f: TokenFrame,
  cues: Cues,
  neutral: (i: number) => boolean,
  starts: ReadonlySet<number>,
  ends: ReadonlySet<number>,
): boolean {
  const left = cues.a - 1;
  const right = cues.b;
  const isName = (i: number): boolean => {
    const t = f.tokens[i];
    return !!t && t.cap && !f.noise[i] && !neutral(i);
  };
  // A neighbouring place joined by a hyphen (Israel-Palestine, Aleppo-Damascus) is not a longer name.
  const leftPlace = ends.has(cues.a) && (f.tokens[cues.a] as Token).hyphenBefore;
  const rightPlace = starts.has(right) && !!f.tokens[right]?.hyphenBefore;
  // Russian and Ukrainian capitalise only the first word of a sentence and proper names: a sentence's first word
  // before a name ("Обстрел Харькова", "Делегация ОАЭ") is an ordinary word, not the start of a longer name.
  const opener =
    left >= 0 && (left === 0 || f.sentence[left - 1] !== f.sentence[left]) && cyrillicWord(f.tokens[cues.a]);
  if (left >= 0 && f.joinable[left] && isName(left) && !leftPlace && !opener) return true;
  if (right < f.tokens.length && f.joinable[right - 1] && isName(right) && !rightPlace) return true;
  return false;
}

function choose(w: Working, owner: number, focus: DocumentFocus, priorsOnly = false): void {
  // One reading: nothing to weigh (the margin is then ANCHOR_MARGIN * 2, as below).
  if (w.options.length === 1) {
    w.best = w.options[0] as ScoredEntry;
    w.margin = ANCHOR_MARGIN * 2;
    return;
  }
  let best: ScoredEntry | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  let second = Number.NEGATIVE_INFINITY;
  const own = focus.nameVotes.get(w.key);
  for (const o of w.options) {
    // With an empty focus and no container the context adds nothing: the score is the prior.
    const s = priorsOnly ? o.prior : contextScoreWith(o, owner, focus, w.container, own, w.key);
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = o;
    } else if (s > second) second = s;
  }
  w.best = best;
  w.margin = Number.isFinite(second) ? bestScore - second : ANCHOR_MARGIN * 2;
}

/**
 * One name's vote, spread over its readings by a softmax of their prior scores: an ambiguous name ("Henderson
 * County", five states) gives each state a little, so that the states several ambiguous names share add up.
 */
function softVote(w: Working): NameVote {
  const countries = new Map<string, number>();
  const admin1s = new Map<string, number>();
  let max = Number.NEGATIVE_INFINITY;
  for (const o of w.options) if (o.prior > max) max = o.prior;
  let z = 0;
  for (const o of w.options) z += Math.exp((o.prior - max) / SOFT_VOTE_TEMPERATURE);
  for (const o of w.options) {
    const p = Math.exp((o.prior - max) / SOFT_VOTE_TEMPERATURE) / z;
    if (p < 0.01) continue;
    const e = o.entry;
    if (e.country) countries.set(e.country, (countries.get(e.country) ?? 0) + p);
    if (e.admin1Code) admin1s.set(e.admin1Code, (admin1s.get(e.admin1Code) ?? 0) + p);
  }
  return { countries, admin1s };
}

/**
 * The document's focus: one vote per distinct name (spread over its readings, see softVote), so that a name repeated
 * down an article does not outvote the others; `votes` tells which candidates may vote. Anchors (for nearness) are
 * the clear readings of precise places.
 */
function focusOf(work: readonly Working[], votes: (w: Working) => boolean = () => true): DocumentFocus {
  const countries = new Map<string, number>();
  const admin1s = new Map<string, number>();
  const nameVotes = new Map<string, NameVote>();
  // One anchor per place (an article naming Aleppo thirty times has one Aleppo anchor, not thirty).
  const anchorOf = new Map<number, { owners: number[]; entry: GazetteerEntry }>();
  const readings = new Map<string, GazetteerEntry[]>();
  // Two spellings read as one place ("Dublin" and "Dublin City") are one name: one vote, shared by both.
  const byEntry = new Map<number, string>();
  const aliases = new Map<string, string>();
  work.forEach((w, owner) => {
    const e = w.best?.entry;
    if (!e || !votes(w)) return;
    if (!nameVotes.has(w.key)) {
      const first = byEntry.get(e.index);
      const shared = first === undefined ? undefined : nameVotes.get(first);
      if (first !== undefined && shared) {
        nameVotes.set(w.key, shared);
        aliases.set(w.key, first);
      } else {
        byEntry.set(e.index, w.key);
        nameVotes.set(w.key, softVote(w));
        readings.set(
          w.key,
          w.options.map((o) => o.entry),
        );
      }
    }
    if (w.margin >= ANCHOR_MARGIN && (e.kind === 'place' || e.kind === 'landmark')) {
      const a = anchorOf.get(e.index);
      if (a) a.owners.push(owner);
      else anchorOf.set(e.index, { owners: [owner], entry: e });
    }
  });
  for (const v of new Set(nameVotes.values())) {
    for (const [c, x] of v.countries) countries.set(c, (countries.get(c) ?? 0) + x);
    for (const [a, x] of v.admin1s) admin1s.set(a, (admin1s.get(a) ?? 0) + x);
  }
  const norm = (m: Map<string, number>) => {
    const max = Math.max(1, ...m.values());
    const out = new Map<string, number>();
    for (const [k, v] of m) out.set(k, v / max);
    return out;
  };
  return {
    countries: norm(countries),
    admin1s: norm(admin1s),
    votes: countries,
    admin1Votes: admin1s,
    maxVote: maxVote(countries),
    maxAdmin1Vote: maxVote(admin1s),
    nameVotes,
    anchors: [...anchorOf.values()],
    colocation: colocationOf(readings, aliases),
  };
}

/**
 * A name that is both a first-level division and a city ("New York", "Washington") means the division when the
 * document's other names lie in that division but none near the city: an article about Rochester and Albany that
 * names "New York" names the state.
 */
function preferDivision(g: Gazetteer, w: Working, owner: number, focus: DocumentFocus): void {
  const p = w.best?.entry;
  if (p?.kind !== 'place' || w.container || w.cues.city) return;
  const own = focus.nameVotes.get(w.key);
  let division: ScoredEntry | null = null;
  const consider = (o: ScoredEntry): void => {
    const e = o.entry;
    if (e.kind !== 'admin1' || !e.admin1Code) return;
    const others = (focus.admin1Votes.get(e.admin1Code) ?? 0) - (own?.admin1s.get(e.admin1Code) ?? 0);
    if (others >= DIVISION_OVER_CITY_VOTES) division = o;
  };
  for (const o of w.options) consider(o);
  // The division may be named only with its head word ("New York State", "Washington State").
  for (const ref of g.exact(`${w.key} state`) ?? []) {
    const e = g.entries[refEntry(ref)] as GazetteerEntry;
    consider({ entry: e, match: 'exact', edits: 0, prior: priorScore(e, 'exact', 0, w.cues) });
  }
  if (!division) return;
  if (focus.colocation.support(p, w.key) > 0) return;
  if (focus.anchors.some((a) => fromOthers(a, owner) && a.entry.index !== p.index && distanceKm(a.entry, p) < NEAR_KM))
    return;
  w.best = division;
}

/**
 * True when the document's other names put it in this entry's first-level division (a town in the state the
 * article is about). Calibration: LGL (tune).
 */
function inFocusAdmin1(focus: DocumentFocus, key: string, e: GazetteerEntry): boolean {
  if (!e.admin1Code || e.kind !== 'place') return false;
  const own = focus.nameVotes.get(key);
  const v = (focus.admin1Votes.get(e.admin1Code) ?? 0) - (own?.admin1s.get(e.admin1Code) ?? 0);
  return v >= ADMIN1_FOCUS_VOTES;
}

/** Decides which candidates are place mentions (see PROMINENT_POPULATION and the common-word list). */
function accept(
  g: Gazetteer,
  work: Working[],
  text: string,
  f: TokenFrame,
  lowercase: ReadonlySet<string>,
  focus: DocumentFocus,
): void {
  const lex = g.lexicon;
  const nearAnchor = (w: Working, owner: number): boolean => {
    const e = w.best?.entry;
    if (!e) return false;
    for (const a of focus.anchors) {
      // More than NEAR_DEGREES of latitude apart is more than NEAR_KM: no great-circle distance needed.
      if (Math.abs(a.entry.lat - e.lat) > NEAR_DEGREES || !fromOthers(a, owner)) continue;
      if (distanceKm(a.entry, e) < NEAR_KM) return true;
    }
    return false;
  };
  const maxCountryVote = Math.max(1, focus.maxVote);
  const pending: number[] = [];
  work.forEach((w, k) => {
    const e = w.best?.entry;
    if (!e) return;
    const single = w.word;
    const acronym = (f.tokens[w.c.a] as Token).upper;
    const common = single && !acronym && (lex.commonWords.has(w.key) || lowercase.has(w.key));
    const strong = w.cues.admin || w.cues.city || w.container !== null || w.cues.relation !== null;
    if (common && (w.cues.sentenceInitial ? !strong : !w.cues.evidence)) return;
    const prominent =
      e.kind !== 'place' || e.population >= PROMINENT_POPULATION || e.fcode === 'PPLC' || e.fcode === 'PPLA';
    // Focus from the other names of the document (a candidate's own vote does not count for itself).
    const others =
      (focus.votes.get(e.country ?? '') ?? 0) - (focus.nameVotes.get(w.key)?.countries.get(e.country ?? '') ?? 0);
    const inFocus = others >= FUZZY_FOCUS_SHARE * maxCountryVote || nearAnchor(w, k);
    if (w.best?.match === 'fuzzy') {
      if (inFocus && (w.cues.evidence || w.container)) w.accepted = true;
      else if (inFocus) pending.push(k);
      return;
    }
    // Known only by another language's name (Basel is "Bala" somewhere): needs support unless very large.
    const foreignOnly =
      w.best?.match === 'loose' && single && e.kind === 'place' && e.population < ALTERNATE_PROMINENT_POPULATION;
    const speaker = lex.speechVerbs.has(f.tokens[w.cues.b]?.norm ?? '');
    if (foreignOnly && !inFocus && !w.cues.evidence && !w.container && (speaker || w.cues.sentenceInitial)) return;
    if (foreignOnly && !inFocus && !w.cues.evidence && !w.container && e.population < ALTERNATE_PROMINENT_POPULATION) {
      return;
    }
    // A hamlet abroad, with only a preposition for it ("in the Marigny" is not a French village of 1,200).
    const strayHamlet =
      e.kind === 'place' && e.population < STRAY_HAMLET_POPULATION && !inFocus && !w.container && !w.cues.city;
    if (strayHamlet && !prominent) pending.push(k);
    else if (prominent || w.cues.evidence || w.container) w.accepted = true;
    else if (!single && (focus.countries.get(e.country ?? '') ?? 0) >= FUZZY_FOCUS_SHARE) w.accepted = true;
    else if (!common && inFocusAdmin1(focus, w.key, e)) w.accepted = true;
    else pending.push(k);
  });
  // Names listed with accepted places ("Khan Sheikhoun and Morek") are places too.
  let changed = true;
  while (changed) {
    changed = false;
    for (const k of pending) {
      const w = work[k] as Working;
      if (w.accepted) continue;
      const prev = work[k - 1];
      const next = work[k + 1];
      const withPrev = prev?.accepted && listed(text, f, prev.cues.b, w.cues.a);
      const withNext = next?.accepted && listed(text, f, w.cues.b, next.cues.a);
      if (withPrev || withNext || (w.best?.match !== 'fuzzy' && nearAnchor(w, k))) {
        w.accepted = true;
        changed = true;
      }
    }
  }
}
