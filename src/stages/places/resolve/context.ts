import type { PlaceLexicon } from '../gazetteer/types.js';
import type { Token } from '../text/tokenize.js';
import type { Candidate, TokenFrame } from './candidates.js';

export type RelationKind = 'near' | 'outskirts' | 'offset';

/** What the words around a candidate say about it. Token indices [a, b) include the cue words kept in the span. */
export interface Cues {
  readonly a: number;
  readonly b: number;
  admin: boolean;
  readonly adminPlural: boolean;
  readonly city: boolean;
  readonly countryside: boolean;
  readonly landmark: boolean;
  readonly route: boolean;
  /** Bearing of "northern", "north-west" …, or null. */
  readonly direction: number | null;
  readonly central: boolean;
  readonly relation: {
    readonly kind: RelationKind;
    readonly cueA: number;
    readonly cueB: number;
    readonly distanceKm: number | null;
    readonly bearing: number | null;
  } | null;
  /** Something besides the name itself says it is a place (a locative preposition, a cue word, a relation). */
  readonly evidence: boolean;
  readonly sentenceInitial: boolean;
  readonly personTitle: boolean;
  readonly nonPlaceCompound: boolean;
  /** A border is meant: "the Turkish border", "the border with Turkey". */
  readonly border: boolean;
}

/** Cues of a name read with no context around it: only the name itself is evidence. */
export const NO_CUES: Cues = {
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

const DISTANCE = /^(\d+(?:[.,]\d+)?)([a-z]+)?$/;

type Phrases = readonly (readonly string[])[];
const lastWords = new WeakMap<Phrases, Map<string, Phrases>>();
const firstWords = new WeakMap<Phrases, Map<string, Phrases>>();

/** A phrase list grouped by one of its words (list order kept): one map lookup instead of a scan of the list. */
function indexBy(
  phrases: Phrases,
  cache: WeakMap<Phrases, Map<string, Phrases>>,
  word: (p: readonly string[]) => string,
) {
  // The last few lists asked, compared by identity, before the WeakMap (cuesOf asks the same handful of lists for
  // every candidate, and a WeakMap lookup costs more than a few comparisons).
  for (const r of recent) if (r.phrases === phrases && r.cache === cache) return r.map;
  let m = cache.get(phrases);
  if (!m) {
    const built = new Map<string, (readonly string[])[]>();
    for (const p of phrases) {
      if (!p.length) continue;
      const w = word(p);
      const list = built.get(w);
      if (list) list.push(p);
      else built.set(w, [p]);
    }
    m = built;
    cache.set(phrases, m);
  }
  recent.unshift({ phrases, cache, map: m });
  if (recent.length > RECENT_LISTS) recent.pop();
  return m;
}

/** How many phrase indexes indexBy keeps at hand (cuesOf reads about eight lists). */
const RECENT_LISTS = 12;
const recent: { phrases: Phrases; cache: WeakMap<Phrases, Map<string, Phrases>>; map: Map<string, Phrases> }[] = [];

const lastWordOf = (p: readonly string[]): string => p[p.length - 1] as string;
const firstWordOf = (p: readonly string[]): string => p[0] as string;

/** Token index where `phrase` (normalised tokens) starts if it ends right before `at`, same sentence; else -1. */
function phraseBefore(f: TokenFrame, at: number, phrases: readonly (readonly string[])[]): number {
  const last = f.tokens[at - 1];
  if (!last) return -1;
  const byLast = indexBy(phrases, lastWords, lastWordOf).get(last.norm);
  if (!byLast) return -1;
  for (const p of byLast) {
    const from = at - p.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) {
      const t = f.tokens[from + k] as Token;
      ok = t.norm === p[k] && f.sentence[from + k] === f.sentence[at] && !f.noise[from + k];
    }
    if (ok) return from;
  }
  return -1;
}

/** Token index after `phrase` if it starts at `at`, same sentence; else -1. */
function phraseAfter(f: TokenFrame, at: number, phrases: readonly (readonly string[])[], sentence: number): number {
  const first = f.tokens[at];
  if (!first) return -1;
  const byFirst = indexBy(phrases, firstWords, firstWordOf).get(first.norm);
  if (!byFirst) return -1;
  for (const p of byFirst) {
    if (at + p.length > f.tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) {
      ok = (f.tokens[at + k] as Token).norm === p[k] && f.sentence[at + k] === sentence && !f.noise[at + k];
    }
    if (ok) return at + p.length;
  }
  return -1;
}

/** A direction word (or hyphenated pair: north-western) ending right before `at`: [start, bearing] or null. */
function directionBefore(f: TokenFrame, lex: PlaceLexicon, at: number): [number, number] | null {
  const t1 = f.tokens[at - 1];
  const t2 = f.tokens[at - 2];
  if (t1 && t2 && t1.hyphenBefore && f.sentence[at - 2] === f.sentence[at]) {
    const two = lex.directions.get(`${t2.norm} ${t1.norm}`);
    if (two !== undefined) return [at - 2, two];
  }
  if (t1 && f.sentence[at - 1] === f.sentence[at]) {
    const one = lex.directions.get(t1.norm);
    if (one !== undefined) return [at - 1, one];
  }
  return null;
}

/** Token i exists, lies in sentence `sentence` and outside noise. */
function sameSentence(f: TokenFrame, sentence: number, i: number): boolean {
  return i >= 0 && i < f.tokens.length && f.sentence[i] === sentence && !f.noise[i];
}

/** Token i's normalised form when sameSentence, else ''. */
function normIn(f: TokenFrame, sentence: number, i: number): string {
  return sameSentence(f, sentence, i) ? (f.tokens[i] as Token).norm : '';
}

/** The words around candidate `c`. */
export function cuesOf(f: TokenFrame, lex: PlaceLexicon, c: Candidate): Cues {
  const { tokens } = f;
  const sentence = f.sentence[c.a] as number;
  let a = c.a;
  let b = c.b;
  let admin = false;
  let adminPlural = false;
  let city = false;
  let countryside = false;
  let landmark = false;
  let route = false;
  let evidence = false;

  // After the name.
  const after = normIn(f, sentence, b);
  if (lex.adminHeads.has(after)) {
    admin = true;
    adminPlural = after.endsWith('s') && after !== 'kray';
    b++;
  } else if (lex.cityHeads.has(after)) {
    city = true;
    b++;
  } else if (lex.routeHeads.has(after)) {
    route = true;
    b++;
  } else {
    const end = phraseAfter(f, b, lex.landmarkHeads, sentence);
    if (end > 0) {
      landmark = true;
      b = end;
    } else {
      const cs = phraseAfter(f, b, lex.countrysideHeads, sentence);
      if (cs > 0) {
        countryside = true;
        b = cs;
      }
    }
  }
  const next = tokens[b];
  const nonPlaceCompound =
    !!next && next.hyphenBefore && sameSentence(f, sentence, b) && lex.nonPlaceCompounds.has(next.norm);
  const border = lex.borderWords.has(normIn(f, sentence, b));

  // Before the name: direction, then "province of" / "city of" / "rural", then a relation.
  let direction: number | null = null;
  let central = false;
  const dir = directionBefore(f, lex, a);
  if (dir) {
    [a, direction] = dir;
  } else if (lex.centralWords.has(normIn(f, sentence, a - 1))) {
    a--;
    central = true;
  }
  const adminBefore = phraseBefore(f, a, lex.adminHeadsBefore);
  if (adminBefore >= 0) {
    admin = true;
    a = adminBefore;
  } else {
    const cityBefore = phraseBefore(f, a, lex.cityHeadsBefore);
    if (cityBefore >= 0) {
      city = true;
      evidence = true;
    } else {
      const ruralBefore = phraseBefore(f, a, lex.countrysideHeadsBefore);
      if (ruralBefore >= 0) {
        countryside = true;
        a = ruralBefore;
      }
    }
  }
  if (direction === null && countryside) {
    const d = directionBefore(f, lex, a);
    if (d) [a, direction] = d;
  }

  let relation: Cues['relation'] = null;
  let p = a;
  if (normIn(f, sentence, p - 1) === 'the') p--;
  const outskirts = phraseBefore(f, p, lex.outskirtsWords);
  const near = outskirts < 0 ? phraseBefore(f, p, lex.nearWords) : -1;
  if (outskirts >= 0) {
    const from = normIn(f, sentence, outskirts - 1) === 'the' ? outskirts - 1 : outskirts;
    relation = { kind: 'outskirts', cueA: from, cueB: p, distanceKm: null, bearing: null };
  } else if (near >= 0) {
    relation = { kind: 'near', cueA: near, cueB: p, distanceKm: null, bearing: null };
  } else if (normIn(f, sentence, p - 1) === 'of' || normIn(f, sentence, p - 1) === 'from') {
    const d = directionBefore(f, lex, p - 1);
    if (d) {
      const [dStart, bearing] = d;
      let km: number | null = null;
      let cueA = dStart;
      const unitTok = normIn(f, sentence, dStart - 1);
      const m = DISTANCE.exec(unitTok);
      if (m?.[2] && lex.distanceUnits.has(m[2])) {
        km = Number((m[1] as string).replace(',', '.')) * (lex.distanceUnits.get(m[2]) as number);
        cueA = dStart - 1;
      } else if (lex.distanceUnits.has(unitTok) && /^\d+([.,]\d+)?$/.test(normIn(f, sentence, dStart - 2))) {
        km = Number(normIn(f, sentence, dStart - 2).replace(',', '.')) * (lex.distanceUnits.get(unitTok) as number);
        cueA = dStart - 2;
      }
      relation = { kind: km === null ? 'near' : 'offset', cueA, cueB: p, distanceKm: km, bearing };
    }
  }

  const start = relation ? relation.cueA : a;
  let q = start;
  if (normIn(f, sentence, q - 1) === 'the') q--;
  if (
    lex.locativePrepositions.has(normIn(f, sentence, q - 1)) ||
    lex.locativePrepositions.has(normIn(f, sentence, a - 1))
  )
    evidence = true;
  if (admin || city || countryside || landmark || route || relation || direction !== null) evidence = true;
  const before = tokens[a - 1];
  const personTitle = !!before && sameSentence(f, sentence, a - 1) && before.cap && lex.personTitles.has(before.norm);
  const borderBefore = normIn(f, sentence, a - 1) === 'with' && lex.borderWords.has(normIn(f, sentence, a - 2));
  return {
    a,
    b,
    admin,
    adminPlural,
    city,
    countryside,
    landmark,
    route,
    direction,
    central,
    relation,
    evidence,
    sentenceInitial: a === 0 || f.sentence[a - 1] !== sentence,
    personTitle,
    nonPlaceCompound,
    border: border || borderBefore,
  };
}
