import { type LanguageCues, parseLanguageCues } from './language-cues.js';
import type { SourceKind, SourceRole } from './types.js';

/** The class of a cue, as listed in data/lexicon/claims/cue-verbs.tsv. */
export type CueClass =
  | 'report'
  | 'claim'
  | 'assert'
  | 'insist'
  | 'deny'
  | 'admit'
  | 'appeal'
  | 'evaluate'
  | 'cognition';

export interface CueVerb {
  readonly lemma: string;
  readonly cls: CueClass;
  /** Takes an addressee before its content ("told Reuters that"). */
  readonly addressee: boolean;
  /** When non-empty the verb is a cue only with one of these particles right after it ("called for"). */
  readonly particles: readonly string[];
  /**
   * Prepositions the cue takes when they follow it, with their object as content ("asked about the strikes",
   * "boasted of the gains", "said of the plan"); unlike particles they are optional.
   */
  readonly preps: readonly string[];
  /** The content may be a plain noun phrase ("condemned the attack"). */
  readonly object: boolean;
  /** A cue only before a that-clause, quote or colon, or after its content. */
  readonly weak: boolean;
  /**
   * Also a cue before an infinitive, even in the passive with no source written ("is expected to win", "appears
   * to be", "are believed to have left"): the infinitive is the content.
   */
  readonly raising?: boolean;
}

export type PhraseFrame = 'prep' | 'post' | 'verb' | 'noun' | 'noun-of';

export interface CuePhrase {
  readonly tokens: readonly string[];
  readonly frame: PhraseFrame;
  readonly cls: CueClass;
  readonly lang: string;
}

/** One element of a token pattern: a set of accepted words (null = any word) and whether it may be left out. */
export interface PatternElement {
  readonly words: ReadonlySet<string> | null;
  readonly optional: boolean;
}
export type TokenPattern = readonly PatternElement[];

export interface KindEntry {
  readonly tokens: readonly string[];
  readonly caseSensitive: boolean;
  readonly kind: SourceKind | null;
  readonly role: SourceRole | null;
}

export interface AffiliationEntry {
  readonly tokens: readonly string[];
  readonly state: string;
  readonly type: 'demonym' | 'capital' | 'seat' | 'country';
}

export type PronounClass = 'person' | 'thing' | 'plural' | 'any' | 'self';

/** Everything the claims stage reads from data/lexicon/claims. */
export interface ClaimLexicon {
  readonly verbs: ReadonlyMap<string, CueVerb>;
  readonly phrases: readonly CuePhrase[];
  /** Verbs that may govern an infinitival cue and join it ("sought to insist"). */
  readonly leads: ReadonlySet<string>;
  readonly media: ReadonlySet<string>;
  readonly platforms: readonly (readonly string[])[];
  readonly documents: ReadonlySet<string>;
  readonly distance: readonly TokenPattern[];
  readonly unverified: readonly TokenPattern[];
  readonly pluralAnaphors: readonly TokenPattern[];
  /** Anaphors pointing back to two claims ("neither claim", "both"). */
  readonly dualAnaphors: readonly TokenPattern[];
  /** Positive verification phrases that disclaim after a negative word ("Neither claim could be confirmed"). */
  readonly verifiedNegated: readonly TokenPattern[];
  /** The negative words of `verifiedNegated`. */
  readonly negators: ReadonlySet<string>;
  /** Nouns for what a source put out ("claims", "account", "figures"): "the group's claims" names the group. */
  readonly claimNouns: ReadonlySet<string>;
  readonly singularAnaphors: readonly TokenPattern[];
  readonly admission: readonly TokenPattern[];
  readonly negation: ReadonlySet<string>;
  readonly contested: readonly { readonly category: string; readonly pattern: TokenPattern }[];
  readonly kinds: readonly KindEntry[];
  /** Kind entries by their first word (lower-cased), for lookups in constant time. */
  readonly kindsByFirst: ReadonlyMap<string, readonly KindEntry[]>;
  /** Single lower-case kind words ("army", "sources"): common nouns, never names. */
  readonly kindWords: ReadonlySet<string>;
  readonly affiliations: readonly AffiliationEntry[];
  /** Affiliation entries by their first word (case kept). */
  readonly affiliationsByFirst: ReadonlyMap<string, readonly AffiliationEntry[]>;
  readonly combatNouns: readonly (readonly string[])[];
  readonly titles: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, PronounClass>;
  readonly labels: ReadonlySet<string>;
  readonly timeWords: ReadonlySet<string>;
  /** Cues of documents in other languages, by ISO 639-1 code (cues-by-language.tsv). */
  readonly languages: ReadonlyMap<string, LanguageCues>;
}

/** The text of each data file, by name (without directory). */
export type ClaimLexiconFiles = Readonly<Record<(typeof CLAIM_LEXICON_FILES)[number], string>>;

export const CLAIM_LEXICON_FILES = [
  'cue-verbs.tsv',
  'cue-phrases.tsv',
  'cue-extensions.tsv',
  'status-markers.tsv',
  'contested-content.tsv',
  'source-kinds.tsv',
  'affiliations.tsv',
  'combat-nouns.tsv',
  'titles.tsv',
  'pronouns.tsv',
  'labels.tsv',
  'time-words.tsv',
  'cues-by-language.tsv',
] as const;

const CUE_CLASSES: ReadonlySet<string> = new Set<CueClass>([
  'report',
  'claim',
  'assert',
  'insist',
  'deny',
  'admit',
  'appeal',
  'evaluate',
  'cognition',
]);
const KINDS: ReadonlySet<string> = new Set<SourceKind>([
  'monitor',
  'government',
  'military',
  'armed_group',
  'media',
  'international_org',
  'ngo',
  'person',
  'unnamed',
  'other',
]);
const ROLES: ReadonlySet<string> = new Set<SourceRole>(['party', 'state', 'neutral']);
const PRONOUN_CLASSES: ReadonlySet<string> = new Set<PronounClass>(['person', 'thing', 'plural', 'any', 'self']);
const AFFILIATION_TYPES: ReadonlySet<string> = new Set(['demonym', 'capital', 'seat', 'country']);

/** Data rows of a file: comments (#) and blank lines dropped, each row split on tabs, with its line number. */
function rows(file: string, text: string, columns: number): { cells: string[]; line: number }[] {
  const out: { cells: string[]; line: number }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells.length !== columns) throw new Error(`${file}:${i + 1}: expected ${columns} tab-separated columns`);
    out.push({ cells, line: i + 1 });
  });
  return out;
}

function check(ok: boolean, file: string, line: number, what: string): void {
  if (!ok) throw new Error(`${file}:${line}: ${what}`);
}

/** Splits a phrase into tokens the way the tagger does for these words: on spaces, keeping "n't" apart. */
export const phraseTokens = (phrase: string): string[] => phrase.split(/\s+/).filter(Boolean);

/** Parses "could|can not (independently) verify|confirm" (see status-markers.tsv) into a token pattern. */
export function parsePattern(text: string): TokenPattern {
  return phraseTokens(text).map((part) => {
    const optional = part.startsWith('(') && part.endsWith(')');
    const body = optional ? part.slice(1, -1) : part;
    return { words: body === '*' ? null : new Set(body.toLowerCase().split('|')), optional };
  });
}

/** The kinds of words a pattern can be tested against. */
export interface PatternToken {
  readonly lower: string;
  readonly lemma: string;
}

/**
 * Length in tokens of the match of `pattern` at `tokens[at]`, or -1. Optional elements are tried present first.
 * Patterns are a handful of elements, so the search is bounded by 2^(optional elements) per position.
 */
export function matchPattern(pattern: TokenPattern, tokens: readonly PatternToken[], at: number): number {
  const end = matchFrom(pattern, tokens, 0, at);
  return end < 0 ? -1 : end - at;
}

/** Index after the match of pattern[p..] at tokens[t], or -1 (a module-level function: no closure per call). */
function matchFrom(pattern: TokenPattern, tokens: readonly PatternToken[], p: number, t: number): number {
  if (p === pattern.length) return t;
  const el = pattern[p]!;
  const tok = tokens[t];
  if (tok && (el.words === null || el.words.has(tok.lower) || el.words.has(tok.lemma))) {
    const n = matchFrom(pattern, tokens, p + 1, t + 1);
    if (n >= 0) return n;
  }
  return el.optional ? matchFrom(pattern, tokens, p + 1, t) : -1;
}

/** The patterns of a list that may match at a token, by its lower-cased form or lemma (see `startingPatterns`). */
interface PatternIndex {
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  /** Patterns that may start with any token (a wildcard before their first required element). */
  readonly any: readonly number[];
}

const NO_INDICES: readonly number[] = [];
const patternIndexes = new WeakMap<readonly TokenPattern[], PatternIndex>();

/**
 * Index of a pattern list by the words a match of at least one token can start with: those of its elements up to
 * and including the first required one. Built once per list (lexicon lists are fixed).
 */
function patternIndex(patterns: readonly TokenPattern[]): PatternIndex {
  let index = patternIndexes.get(patterns);
  if (index) return index;
  const byWord = new Map<string, number[]>();
  const any: number[] = [];
  patterns.forEach((pattern, i) => {
    const words = new Set<string>();
    let wildcard = false;
    for (const el of pattern) {
      if (el.words === null) wildcard = true;
      else for (const w of el.words) words.add(w);
      if (!el.optional) break;
    }
    if (wildcard) any.push(i);
    else
      for (const w of words) {
        let list = byWord.get(w);
        if (!list) {
          list = [];
          byWord.set(w, list);
        }
        list.push(i);
      }
  });
  index = { byWord, any };
  patternIndexes.set(patterns, index);
  return index;
}

/**
 * Indices, ascending, of the patterns of `patterns` that can match one token or more at `tok`: every other pattern
 * gives `matchPattern(...) <= 0` there.
 */
export function startingPatterns(patterns: readonly TokenPattern[], tok: PatternToken): readonly number[] {
  const index = patternIndex(patterns);
  const a = index.byWord.get(tok.lower);
  const b = tok.lemma !== tok.lower ? index.byWord.get(tok.lemma) : undefined;
  if (!b && !index.any.length) return a ?? NO_INDICES;
  if (!a && !index.any.length) return b ?? NO_INDICES;
  return [...new Set([...(a ?? []), ...(b ?? []), ...index.any])].sort((x, y) => x - y);
}

/** First match of any of the patterns in tokens[from, to): its start and length, or null. */
export function findPattern(
  patterns: readonly TokenPattern[],
  tokens: readonly PatternToken[],
  from = 0,
  to = tokens.length,
): { start: number; length: number } | null {
  if (to - from < 4 && !patternIndexes.has(patterns)) {
    // A few positions against a list built for the call ([...a, ...b]): indexing it would cost more than it saves.
    for (let i = from; i < to; i++) {
      for (const p of patterns) {
        const n = matchPattern(p, tokens, i);
        if (n > 0 && i + n <= to) return { start: i, length: n };
      }
    }
    return null;
  }
  for (let i = from; i < to; i++) {
    const tok = tokens[i];
    if (!tok) continue; // a hole matches nothing (matchFrom needs a token for a match of one or more)
    for (const k of startingPatterns(patterns, tok)) {
      const n = matchPattern(patterns[k]!, tokens, i);
      if (n > 0 && i + n <= to) return { start: i, length: n };
    }
  }
  return null;
}

function parseVerbs(text: string): Map<string, CueVerb> {
  const file = 'cue-verbs.tsv';
  const verbs = new Map<string, CueVerb>();
  for (const { cells, line } of rows(file, text, 3)) {
    const [lemma, cls, flagText] = cells as [string, string, string];
    check(CUE_CLASSES.has(cls), file, line, `unknown class "${cls}"`);
    const flags = flagText === '-' ? [] : flagText.split(',').map((f) => f.trim());
    const particles: string[] = [];
    const preps: string[] = [];
    for (const f of flags) {
      if (f.startsWith('particle:')) particles.push(f.slice('particle:'.length));
      else if (f.startsWith('prep:')) preps.push(f.slice('prep:'.length));
      else check(['addressee', 'object', 'weak', 'raising'].includes(f), file, line, `unknown flag "${f}"`);
    }
    verbs.set(lemma.toLowerCase(), {
      lemma: lemma.toLowerCase(),
      cls: cls as CueClass,
      addressee: flags.includes('addressee'),
      particles,
      preps,
      object: flags.includes('object'),
      weak: flags.includes('weak'),
      raising: flags.includes('raising'),
    });
  }
  return verbs;
}

function parsePhrases(text: string): CuePhrase[] {
  const file = 'cue-phrases.tsv';
  return rows(file, text, 4).map(({ cells, line }) => {
    const [phrase, frame, cls, lang] = cells as [string, string, string, string];
    check(['prep', 'post', 'verb', 'noun', 'noun-of'].includes(frame), file, line, `unknown frame "${frame}"`);
    check(CUE_CLASSES.has(cls), file, line, `unknown class "${cls}"`);
    return { tokens: phraseTokens(phrase.toLowerCase()), frame: frame as PhraseFrame, cls: cls as CueClass, lang };
  });
}

function parseKinds(text: string): KindEntry[] {
  const file = 'source-kinds.tsv';
  return rows(file, text, 3).map(({ cells, line }) => {
    const [word, kind, role] = cells as [string, string, string];
    check(kind === '-' || KINDS.has(kind), file, line, `unknown kind "${kind}"`);
    check(role === '-' || ROLES.has(role), file, line, `unknown role "${role}"`);
    const caseSensitive = word !== word.toLowerCase();
    return {
      tokens: phraseTokens(word),
      caseSensitive,
      kind: kind === '-' ? null : (kind as SourceKind),
      role: role === '-' ? null : (role as SourceRole),
    };
  });
}

/** Parses the data files (their text) into a lexicon; throws with file and line on a malformed row. */
export function parseClaimLexicon(files: ClaimLexiconFiles): ClaimLexicon {
  const ext = rows('cue-extensions.tsv', files['cue-extensions.tsv'], 2);
  const extOf = (type: string) => ext.filter((r) => r.cells[0] === type).map((r) => r.cells[1]!.toLowerCase());
  for (const r of ext) {
    const ok = ['medium', 'platform', 'document', 'lead'].includes(r.cells[0]!);
    check(ok, 'cue-extensions.tsv', r.line, `unknown type "${r.cells[0]}"`);
  }
  const markers = rows('status-markers.tsv', files['status-markers.tsv'], 2);
  const markerTypes = [
    'distance',
    'unverified',
    'verified-negated',
    'negator',
    'plural',
    'dual',
    'singular',
    'claim-noun',
    'admission',
    'negation',
  ];
  for (const r of markers) {
    check(markerTypes.includes(r.cells[0]!), 'status-markers.tsv', r.line, `unknown type "${r.cells[0]}"`);
  }
  const markersOf = (type: string) => markers.filter((r) => r.cells[0] === type).map((r) => parsePattern(r.cells[1]!));
  const wordsOf = (type: string) =>
    new Set(markers.filter((r) => r.cells[0] === type).map((r) => r.cells[1]!.toLowerCase()));
  const contested = rows('contested-content.tsv', files['contested-content.tsv'], 2).map(({ cells }) => ({
    category: cells[0]!,
    pattern: parsePattern(cells[1]!),
  }));
  const affiliations = rows('affiliations.tsv', files['affiliations.tsv'], 3).map(({ cells, line }) => {
    check(AFFILIATION_TYPES.has(cells[2]!), 'affiliations.tsv', line, `unknown type "${cells[2]}"`);
    return {
      tokens: phraseTokens(cells[0]!),
      state: cells[1]!,
      type: cells[2] as AffiliationEntry['type'],
    };
  });
  const titles = rows('titles.tsv', files['titles.tsv'], 2);
  const pronouns = new Map<string, PronounClass>();
  for (const { cells, line } of rows('pronouns.tsv', files['pronouns.tsv'], 2)) {
    check(PRONOUN_CLASSES.has(cells[0]!), 'pronouns.tsv', line, `unknown class "${cells[0]}"`);
    pronouns.set(cells[1]!.toLowerCase(), cells[0] as PronounClass);
  }
  const kinds = parseKinds(files['source-kinds.tsv']);
  const byFirst = <T>(entries: readonly T[], first: (e: T) => string): Map<string, T[]> => {
    const m = new Map<string, T[]>();
    for (const e of entries) {
      const k = first(e);
      m.set(k, [...(m.get(k) ?? []), e]);
    }
    return m;
  };
  return {
    verbs: parseVerbs(files['cue-verbs.tsv']),
    phrases: parsePhrases(files['cue-phrases.tsv']),
    leads: new Set(extOf('lead')),
    media: new Set(extOf('medium')),
    platforms: extOf('platform').map(phraseTokens),
    documents: new Set(extOf('document')),
    distance: markersOf('distance'),
    unverified: markersOf('unverified'),
    pluralAnaphors: markersOf('plural'),
    dualAnaphors: markersOf('dual'),
    verifiedNegated: markersOf('verified-negated'),
    negators: wordsOf('negator'),
    claimNouns: wordsOf('claim-noun'),
    singularAnaphors: markersOf('singular'),
    admission: markersOf('admission'),
    negation: wordsOf('negation'),
    contested,
    kinds,
    kindsByFirst: byFirst(kinds, (k) => k.tokens[0]!.toLowerCase()),
    kindWords: new Set(kinds.filter((k) => k.tokens.length === 1 && !k.caseSensitive).map((k) => k.tokens[0]!)),
    affiliations,
    affiliationsByFirst: byFirst(affiliations, (a) => a.tokens[0]!),
    combatNouns: rows('combat-nouns.tsv', files['combat-nouns.tsv'], 1).map((r) => phraseTokens(r.cells[0]!)),
    titles: new Set(titles.filter((r) => r.cells[0] === 'title').map((r) => r.cells[1]!.toLowerCase())),
    honorifics: new Set(titles.filter((r) => r.cells[0] === 'honorific').map((r) => r.cells[1]!.toLowerCase())),
    pronouns,
    labels: new Set(rows('labels.tsv', files['labels.tsv'], 1).map((r) => r.cells[0]!.toLowerCase())),
    timeWords: new Set(rows('time-words.tsv', files['time-words.tsv'], 1).map((r) => r.cells[0]!.toLowerCase())),
    languages: parseLanguageCues(files['cues-by-language.tsv'], CUE_CLASSES),
  };
}
