import { distance } from 'fastest-levenshtein';
import { looseKeyOf } from '../gazetteer/builder.js';
import type { Gazetteer, NameRef, PlaceLexicon, RefList } from '../gazetteer/types.js';
import { looseToken, skeletonOf } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/** Longest name tried, in tokens (longer GeoNames names are almost never written out in news). */
const MAX_NGRAM = 6;
/** Fuzzy matching looks at runs of at most this many capitalised tokens. */
const FUZZY_MAX_TOKENS = 3;
/** Shortest loose key (letters) tried fuzzily. */
const FUZZY_MIN_LETTERS = 5;
/**
 * Edits allowed between a text's loose key and a gazetteer name's: 1 up to this length, 2 above. Calibration:
 * Saraqab/Saraqib (1), Khan Sheikhoun/Khan Shaykhun (2 after loosening); 3 let "Hassan" reach "Hassana"-like hamlets.
 */
const FUZZY_ONE_EDIT_MAX_LENGTH = 7;
/** Gaps allowed inside a multi-word name: spaces, hyphens, the stop of an abbreviation, apostrophes. */
const JOINABLE_GAP = /^[ \t\u00a0.\-‐‑'’]{0,3}$/;

/** Longest word taken as an abbreviation before a stop inside a name (St., Ft., W.Va.). */
const ABBREVIATION_MAX_LENGTH = 3;

export type MatchType = 'exact' | 'loose' | 'fuzzy';

export interface NameHit {
  readonly ref: NameRef;
  readonly match: MatchType;
  readonly edits: number;
}

/** A run of tokens [a, b) that names one or more gazetteer entries. */
export interface Candidate {
  readonly a: number;
  readonly b: number;
  readonly hits: readonly NameHit[];
  readonly match: MatchType;
}

/** Per-token facts the matcher needs besides the token itself. */
export interface TokenFrame {
  readonly tokens: readonly Token[];
  /** Sentence index per token (-1 outside every sentence); names never cross sentences. */
  readonly sentence: Int32Array;
  /** 1 when the token lies in a noise span. */
  readonly noise: Uint8Array;
  /** 1 when token i and i+1 may belong to one name (only spaces, hyphens, stops or apostrophes between). */
  readonly joinable: Uint8Array;
}

export function frameOf(text: string, tokens: readonly Token[], sentence: Int32Array, noise: Uint8Array): TokenFrame {
  const joinable = new Uint8Array(tokens.length);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const gap = text.slice(t.end, (tokens[i + 1] as Token).start);
    // A stop joins only after an abbreviation (St. Petersburg, U.S., W.Va.), not at the end of a sentence.
    const stopOk = !gap.includes('.') || t.raw.length <= ABBREVIATION_MAX_LENGTH;
    joinable[i] = JOINABLE_GAP.test(gap) && stopOk && sentence[i] === sentence[i + 1] ? 1 : 0;
  }
  return { tokens, sentence, noise, joinable };
}

/** True when tokens [a, b) look like a name: capitalised words, with lower-case connectors inside (Bosnia and …). */
function nameShaped(g: Gazetteer, tokens: readonly Token[], a: number, b: number): boolean {
  const lex = g.lexicon;
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.cap || t.caseless) continue;
    const inner = k > a && k < b - 1;
    if (inner && lex.nameConnectors.has(t.norm)) continue;
    // "Aleppo airport", "Bab al-Hawa crossing", "M5 highway": a cue word written in lower case ends a listed name.
    if (k > a && headWords(lex).has(t.norm)) continue;
    if (k === a && b - a > 1 && lex.articles.has(t.norm) && (tokens[a + 1] as Token).hyphenBefore) continue;
    return false;
  }
  const last = tokens[b - 1] as Token;
  return last.cap || last.caseless || (b - a > 1 && headWords(lex).has(last.norm));
}

const heads = new WeakMap<PlaceLexicon, Set<string>>();
/** Every single word of the landmark, route, city, admin and countryside cue lists. */
function headWords(lex: PlaceLexicon): Set<string> {
  let set = heads.get(lex);
  if (!set) {
    set = new Set([...lex.adminHeads, ...lex.cityHeads, ...lex.routeHeads]);
    for (const p of [...lex.landmarkHeads, ...lex.countrysideHeads]) for (const w of p) set.add(w);
    heads.set(lex, set);
  }
  return set;
}

const hitsOf = (refs: RefList | undefined, match: MatchType, out: NameHit[]): void => {
  if (!refs) return;
  for (const ref of refs) if (!out.some((h) => h.ref === ref)) out.push({ ref, match, edits: 0 });
};

/** Finds every name of the gazetteer in the text: leftmost-longest over token n-grams, by hash lookups. */
export function findCandidates(g: Gazetteer, frame: TokenFrame): Candidate[] {
  const { tokens, noise, joinable } = frame;
  const out: Candidate[] = [];
  const maxN = Math.min(MAX_NGRAM, g.maxTokens);
  const articles = g.lexicon.articles;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (noise[i] || !(t.cap || t.caseless || articles.has(t.norm))) continue;
    let longest = Math.max(g.startsName(t.norm), g.startsName(looseToken(t.norm)));
    if (!longest) {
      const next = tokens[i + 1];
      // "al-Atarib": the loose key drops the article, so the name may start at the next token.
      const after = next && articles.has(t.norm) && joinable[i] ? g.startsName(next.norm) : 0;
      if (!after) continue;
      longest = after + 1;
    }
    // Loose keys can be a token longer than the text (an article dropped on one side only).
    const limit = Math.min(maxN, longest + 1);
    let reach = i + 1;
    while (reach < tokens.length && reach - i < limit && joinable[reach - 1] && !noise[reach]) reach++;
    // Keys of [i, b) for every b, built once (longest match is tried first below).
    const exactKeys: string[] = [];
    const looseKeys: string[] = [];
    let exactSoFar = '';
    let looseSoFar = '';
    for (let k = i; k < reach; k++) {
      const norm = (tokens[k] as Token).norm;
      const loose = looseToken(norm);
      exactSoFar = k === i ? norm : `${exactSoFar} ${norm}`;
      exactKeys.push(exactSoFar);
      // An article is dropped from the loose key unless it is the last token (as looseKeyOf does).
      looseKeys.push(looseSoFar ? `${looseSoFar} ${loose}` : loose);
      if (!articles.has(norm)) looseSoFar = looseSoFar ? `${looseSoFar} ${loose}` : loose;
    }
    for (let b = reach; b > i; b--) {
      if (!nameShaped(g, tokens, i, b)) continue;
      const exactKey = exactKeys[b - i - 1] as string;
      const hits: NameHit[] = [];
      hitsOf(g.exact(exactKey), 'exact', hits);
      const looseKey = looseKeys[b - i - 1] as string;
      if (looseKey && looseKey !== exactKey) {
        hitsOf(g.exact(looseKey), 'loose', hits);
        hitsOf(g.loose(looseKey), 'loose', hits);
      } else if (looseKey) hitsOf(g.loose(looseKey), 'loose', hits);
      if (hits.length) {
        out.push({ a: i, b, hits, match: hits.some((h) => h.match === 'exact') ? 'exact' : 'loose' });
        i = b - 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Fuzzy pass over capitalised runs that matched nothing: consonant-skeleton lookup, then an edit-distance check on
 * the loose forms (Saraqab → Sarāqib). `skip(i)` tells which tokens cannot start a name (cue words, titles, …).
 */
export function findFuzzy(
  g: Gazetteer,
  frame: TokenFrame,
  covered: Uint8Array,
  skip: (i: number) => boolean,
): Candidate[] {
  const { tokens, noise, joinable } = frame;
  const out: Candidate[] = [];
  const articles = g.lexicon.articles;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (covered[i] || noise[i] || !t.cap || t.upper || skip(i)) continue;
    let end = i + 1;
    while (
      end < tokens.length &&
      end - i < FUZZY_MAX_TOKENS &&
      joinable[end - 1] &&
      !covered[end] &&
      !noise[end] &&
      ((tokens[end] as Token).cap || articles.has((tokens[end] as Token).norm)) &&
      !skip(end)
    ) {
      end++;
    }
    for (let b = end; b > i; b--) {
      if (!(tokens[b - 1] as Token).cap) continue;
      const norms: string[] = [];
      for (let k = i; k < b; k++) norms.push((tokens[k] as Token).norm);
      const loose = looseKeyOf(norms, articles);
      if (!/^[a-z ]+$/.test(loose) || loose.replace(/ /g, '').length < FUZZY_MIN_LETTERS) continue;
      const allowed = loose.length <= FUZZY_ONE_EDIT_MAX_LENGTH ? 1 : 2;
      const hits: NameHit[] = [];
      for (const f of g.fuzzy(skeletonOf(loose))) {
        if (f.loose[0] !== loose[0]) continue;
        const edits = distance(loose, f.loose);
        if (edits <= allowed && !hits.some((h) => h.ref === f.ref)) hits.push({ ref: f.ref, match: 'fuzzy', edits });
      }
      if (hits.length) {
        out.push({ a: i, b, hits, match: 'fuzzy' });
        i = b - 1;
        break;
      }
    }
  }
  return out;
}
