import { distance } from 'fastest-levenshtein';
import { looseKeyOf } from '../gazetteer/builder.js';
import type { EntryKind, Gazetteer, NameRef, PlaceLexicon, RefList } from '../gazetteer/types.js';
import { refEntry } from '../gazetteer/types.js';
import { looseToken, skeletonOf } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import type { ReadingsMemo } from './readings.js';

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
const JOINABLE_GAP_MAX = 3;
/** Besides the stop: space, tab, no-break space, hyphens, apostrophes. */
const JOINABLE_GAP_CHARS = new Set([0x20, 0x09, 0xa0, 0x2d, 0x2010, 0x2011, 0x27, 0x2019]);

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
  /** The readings memo of the hit list, when the matcher memoised the list (see readingsOf). */
  readonly readings?: ReadingsMemo;
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
    // The gap is read in place (no substring or regex per token).
    const from = t.end;
    const to = (tokens[i + 1] as Token).start;
    if (to - from > JOINABLE_GAP_MAX || sentence[i] !== sentence[i + 1]) continue;
    let ok = true;
    let stop = false;
    for (let k = from; k < to && ok; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x2e) stop = true;
      else ok = JOINABLE_GAP_CHARS.has(c);
    }
    // A stop joins only after an abbreviation (St. Petersburg, U.S., W.Va.), not at the end of a sentence.
    if (ok && (!stop || t.raw.length <= ABBREVIATION_MAX_LENGTH)) joinable[i] = 1;
  }
  return { tokens, sentence, noise, joinable };
}

/** True when tokens [a, b) look like a name: capitalised words, with lower-case connectors inside (Bosnia and …). */
function nameShaped(
  lex: PlaceLexicon,
  heads: ReadonlySet<string>,
  tokens: readonly Token[],
  a: number,
  b: number,
): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k] as Token;
    if (t.cap || t.caseless) continue;
    const inner = k > a && k < b - 1;
    if (inner && lex.nameConnectors.has(t.norm)) continue;
    // "Aleppo airport", "Bab al-Hawa crossing", "M5 highway": a cue word written in lower case ends a listed name.
    if (k > a && heads.has(t.norm)) continue;
    if (k === a && b - a > 1 && lex.articles.has(t.norm) && (tokens[a + 1] as Token).hyphenBefore) continue;
    return false;
  }
  const last = tokens[b - 1] as Token;
  return last.cap || last.caseless || (b - a > 1 && heads.has(last.norm));
}

/**
 * Kinds of entry whose multi-word names may be written with lower-case words after a capitalised first one: French and
 * Spanish write country and region names so ("République démocratique du Congo", "Émirats arabes unis", "Arabie
 * saoudite"). These names come from the hand-made tables, so a whole-name match is safe; GeoNames places are not
 * included (their names are capitalised throughout, and lower-case runs after a town are ordinary words).
 */
const LOWER_TAIL_KINDS: ReadonlySet<EntryKind> = new Set(['country', 'admin1', 'region']);

/** Tokens [a, b) start with a capitalised word and hold at least two words (the rest may be in lower case). */
function capitalisedStart(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a] as Token;
  return b - a > 1 && (first.cap || first.caseless);
}

/** The exact hits of a span that are countries, first-level divisions or regions (see LOWER_TAIL_KINDS). */
function lowerTailHits(g: Gazetteer, parts: readonly string[], n: number): NameHit[] {
  const hits: NameHit[] = [];
  hitsOf(g.exactJoined(parts, n), 'exact', hits);
  return hits.filter((h) => LOWER_TAIL_KINDS.has((g.entries[refEntry(h.ref)] as { kind: EntryKind }).kind));
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

/** Lists up to this long are deduplicated by a scan; longer ones ("Washington": hundreds of refs) through a set. */
const SCAN_DEDUPE_MAX = 16;

/** Appends the refs not in `out` yet, in order. */
const hitsOf = (refs: RefList | undefined, match: MatchType, out: NameHit[]): void => {
  if (!refs) return;
  if (out.length + refs.length <= SCAN_DEDUPE_MAX) {
    for (const ref of refs) if (!out.some((h) => h.ref === ref)) out.push({ ref, match, edits: 0 });
    return;
  }
  const seen = new Set<number>();
  for (const h of out) seen.add(h.ref);
  for (const ref of refs) {
    if (seen.has(ref)) continue;
    seen.add(ref);
    out.push({ ref, match, edits: 0 });
  }
};

const NO_HITS: readonly NameHit[] = [];

/** What the gazetteer says about one normalised word: the longest name starting with it, its one-word hits. */
interface WordInfo {
  readonly longest: number;
  readonly hits: readonly NameHit[];
  readonly match: MatchType;
  readonly readings: ReadingsMemo | undefined;
}

/** A word that starts no name of the gazetteer. */
const NO_WORD: WordInfo = { longest: 0, hits: NO_HITS, match: 'loose', readings: undefined };

/** Word facts per gazetteer (one map lookup per capitalised word of a text; cleared when full). */
const wordMemo = new WeakMap<Gazetteer, (norm: string) => WordInfo>();
const WORD_MEMO_MAX = 200_000;

function wordsOf(g: Gazetteer): (norm: string) => WordInfo {
  let f = wordMemo.get(g);
  if (!f) {
    const memo = new Map<string, WordInfo>();
    f = (norm: string): WordInfo => {
      // Most capitalised words start no name: the gazetteer's filter says so without a lookup or a memo entry.
      const loose = looseToken(norm);
      if (!g.mayStartName(norm) && (loose === norm || !g.mayStartName(loose))) return NO_WORD;
      let info = memo.get(norm);
      if (info === undefined) {
        const longest = Math.max(g.startsName(norm), g.startsName(loose));
        const hits: NameHit[] = [];
        if (longest) {
          hitsOf(g.exact(norm), 'exact', hits);
          if (loose && loose !== norm) {
            hitsOf(g.exact(loose), 'loose', hits);
            hitsOf(g.loose(loose), 'loose', hits);
          } else if (loose) hitsOf(g.loose(loose), 'loose', hits);
        }
        const match: MatchType = hits.some((h) => h.match === 'exact') ? 'exact' : 'loose';
        info = { longest, hits: hits.length ? hits : NO_HITS, match, readings: hits.length ? [] : undefined };
        if (memo.size >= WORD_MEMO_MAX) memo.clear();
        memo.set(norm, info);
      }
      return info;
    };
    wordMemo.set(g, f);
  }
  return f;
}

/** A memoised hit list of a multi-word span, with its readings memo. */
interface SpanHits {
  readonly hits: readonly NameHit[];
  readonly match: MatchType;
  readonly readings: ReadingsMemo;
}

/**
 * Hit lists of the multi-word spans that name something, per gazetteer, by exact key (cleared when full). Spans that
 * name nothing (most of them) are not remembered: looking them up in the index again costs less than building a key.
 */
const spanMemo = new WeakMap<Gazetteer, Map<string, SpanHits>>();
const SPAN_MEMO_MAX = 100_000;

function spansOf(g: Gazetteer): Map<string, SpanHits> {
  let m = spanMemo.get(g);
  if (!m) {
    m = new Map();
    spanMemo.set(g, m);
  }
  return m;
}

const initialSets = new WeakMap<ReadonlySet<string>, Uint8Array>();
/** ASCII first letters of a set's words (1 = some word starts so). */
function initialsOf(set: ReadonlySet<string>): Uint8Array {
  let out = initialSets.get(set);
  if (!out) {
    out = new Uint8Array(128);
    for (const w of set) {
      const c = w.charCodeAt(0);
      if (c < 128) out[c] = 1;
    }
    initialSets.set(set, out);
  }
  return out;
}

const longestWords = new WeakMap<ReadonlySet<string>, number>();
/** Length of the longest word of a set (a cheap test before a set lookup). */
function longestWord(set: ReadonlySet<string>): number {
  let n = longestWords.get(set);
  if (n === undefined) {
    n = 0;
    for (const w of set) if (w.length > n) n = w.length;
    longestWords.set(set, n);
  }
  return n;
}

function exactKeyOf(tokens: readonly Token[], a: number, b: number): string {
  let key = (tokens[a] as Token).norm;
  for (let k = a + 1; k < b; k++) key = `${key} ${(tokens[k] as Token).norm}`;
  return key;
}

/**
 * The parts of the loose key of tokens [a, b) (as looseKeyOf: articles dropped unless last, each token loosened), into
 * `out`; returns their count. Each token's loose form is cached in `cache`.
 */
function looseParts(
  tokens: readonly Token[],
  a: number,
  b: number,
  articles: ReadonlySet<string>,
  cache: (string | undefined)[],
  out: string[],
): number {
  let n = 0;
  for (let k = a; k < b; k++) {
    const norm = (tokens[k] as Token).norm;
    if (k < b - 1 && articles.has(norm)) continue;
    let loose = cache[k];
    if (loose === undefined) {
      loose = looseToken(norm);
      cache[k] = loose;
    }
    out[n++] = loose;
  }
  return n;
}

/** True when parts x[0..n) and y[0..m) join into the same key (parts hold no spaces). */
function sameParts(x: readonly string[], n: number, y: readonly string[], m: number): boolean {
  if (n !== m) return false;
  for (let k = 0; k < n; k++) if (x[k] !== y[k]) return false;
  return true;
}

/** The hits of a multi-word span: its exact key, then its loose key (as exact names, then as loose names). */
function spanHits(g: Gazetteer, exactParts: readonly string[], n: number, looseParts: readonly string[], m: number) {
  const hits: NameHit[] = [];
  hitsOf(g.exactJoined(exactParts, n), 'exact', hits);
  // An empty loose key (one empty part) is not looked up.
  const looseKey = !(m === 1 && looseParts[0] === '');
  if (looseKey && !sameParts(exactParts, n, looseParts, m)) {
    hitsOf(g.exactJoined(looseParts, m), 'loose', hits);
    hitsOf(g.looseJoined(looseParts, m), 'loose', hits);
  } else if (looseKey) hitsOf(g.looseJoined(looseParts, m), 'loose', hits);
  return hits;
}

/** Finds every name of the gazetteer in the text: leftmost-longest over token n-grams, by hash lookups. */
export function findCandidates(g: Gazetteer, frame: TokenFrame): Candidate[] {
  const { tokens, noise, joinable } = frame;
  const out: Candidate[] = [];
  const maxN = Math.min(MAX_NGRAM, g.maxTokens);
  const articles = g.lexicon.articles;
  const maxArticle = longestWord(articles);
  const articleInitials = initialsOf(articles);
  const words = wordsOf(g);
  const spans = spansOf(g);
  const headSet = headWords(g.lexicon);
  // Loose form of each token, computed once per call when first needed.
  const looseAt: (string | undefined)[] = new Array(tokens.length);
  // The parts of the span keys looked up (reused from span to span).
  const exactParts: string[] = [];
  const loose: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (noise[i]) continue;
    // Lower-case words are looked at only when they may be an article (al-, el-): length and first letter first.
    const n0 = t.norm.charCodeAt(0);
    const article = t.norm.length <= maxArticle && (n0 >= 128 || articleInitials[n0] === 1) && articles.has(t.norm);
    if (!(t.cap || t.caseless || article)) continue;
    // One memoised lookup per token: the longest name starting with its exact or loose form.
    const word = words(t.norm);
    let longest = word.longest;
    if (!longest) {
      const next = tokens[i + 1];
      // "al-Atarib": the loose key drops the article, so the name may start at the next token.
      const after = next && article && joinable[i] ? g.startsName(next.norm) : 0;
      if (!after) continue;
      longest = after + 1;
    }
    // Loose keys can be a token longer than the text (an article dropped on one side only).
    const limit = Math.min(maxN, longest + 1);
    let reach = i + 1;
    while (reach < tokens.length && reach - i < limit && joinable[reach - 1] && !noise[reach]) reach++;
    for (let b = reach; b > i; b--) {
      if (!nameShaped(g.lexicon, headSet, tokens, i, b)) {
        // "République démocratique du Congo": a country or region name with lower-case words, matched whole.
        if (!capitalisedStart(tokens, i, b)) continue;
        for (let k = i; k < b; k++) exactParts[k - i] = (tokens[k] as Token).norm;
        const tail = lowerTailHits(g, exactParts, b - i);
        if (!tail.length) continue;
        out.push({ a: i, b, hits: tail, match: 'exact' });
        i = b - 1;
        break;
      }
      if (b === i + 1) {
        // One word: its hits are memoised with its longest-name length.
        if (word.hits.length) {
          out.push({ a: i, b, hits: word.hits, match: word.match, readings: word.readings });
          break;
        }
        continue;
      }
      // Spans are looked up without building their keys; a key is built only for a span that names something.
      for (let k = i; k < b; k++) exactParts[k - i] = (tokens[k] as Token).norm;
      const m = looseParts(tokens, i, b, articles, looseAt, loose);
      const hits = spanHits(g, exactParts, b - i, loose, m);
      if (hits.length) {
        const exactKey = exactKeyOf(tokens, i, b);
        // The memoised list keeps one identity per name (its readings are memoised with it).
        let span = spans.get(exactKey);
        if (span === undefined) {
          span = { hits, match: hits.some((h) => h.match === 'exact') ? 'exact' : 'loose', readings: [] };
          if (spans.size >= SPAN_MEMO_MAX) spans.clear();
          spans.set(exactKey, span);
        }
        out.push({ a: i, b, hits: span.hits, match: span.match, readings: span.readings });
        i = b - 1;
        break;
      }
    }
  }
  return out;
}

/** Fuzzy hits of one loose key, with the readings memo of the list (undefined when there are none). */
interface FuzzyHits {
  readonly hits: readonly NameHit[];
  readonly readings: ReadingsMemo | undefined;
}
const NO_FUZZY: FuzzyHits = { hits: NO_HITS, readings: undefined };

/** Fuzzy hits per loose key (the same capitalised words recur from text to text; cleared when full). */
const fuzzyMemo = new WeakMap<Gazetteer, (loose: string) => FuzzyHits>();
const FUZZY_MEMO_MAX = 50_000;
const LOWER_WORDS = /^[a-z ]+$/;

function fuzzyOf(g: Gazetteer): (loose: string) => FuzzyHits {
  let f = fuzzyMemo.get(g);
  if (!f) {
    const memo = new Map<string, FuzzyHits>();
    f = (loose: string): FuzzyHits => {
      let found = memo.get(loose);
      if (found === undefined) {
        const hits = computeFuzzy(g, loose);
        found = hits.length ? { hits, readings: [] } : NO_FUZZY;
        if (memo.size >= FUZZY_MEMO_MAX) memo.clear();
        memo.set(loose, found);
      }
      return found;
    };
    fuzzyMemo.set(g, f);
  }
  return f;
}

/** Skeleton lookup, then the edit-distance check on the loose forms. */
function computeFuzzy(g: Gazetteer, loose: string): readonly NameHit[] {
  if (!LOWER_WORDS.test(loose) || loose.replace(/ /g, '').length < FUZZY_MIN_LETTERS) return NO_HITS;
  const allowed = loose.length <= FUZZY_ONE_EDIT_MAX_LENGTH ? 1 : 2;
  const hits: NameHit[] = [];
  // Names of another first letter, or more than `allowed` letters longer or shorter, cannot pass: not even read.
  const around = g.fuzzyAround(skeletonOf(loose), loose.charCodeAt(0), loose.length - allowed, loose.length + allowed);
  for (const f of around) {
    const edits = distance(loose, f.loose);
    if (edits <= allowed && !hits.some((h) => h.ref === f.ref)) hits.push({ ref: f.ref, match: 'fuzzy', edits });
  }
  return hits.length ? hits : NO_HITS;
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
  const fuzzyHits = fuzzyOf(g);
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
      // Too few letters for a fuzzy key whatever the loose form (it is never longer than the words).
      let letters = 0;
      for (let k = i; k < b; k++) letters += (tokens[k] as Token).norm.length;
      if (letters < FUZZY_MIN_LETTERS) continue;
      let key: string;
      if (b === i + 1) key = looseToken((tokens[i] as Token).norm);
      else {
        const norms: string[] = [];
        for (let k = i; k < b; k++) norms.push((tokens[k] as Token).norm);
        key = looseKeyOf(norms, articles);
      }
      const { hits, readings } = fuzzyHits(key);
      if (hits.length) {
        out.push({ a: i, b, hits, match: 'fuzzy', readings });
        i = b - 1;
        break;
      }
    }
  }
  return out;
}
