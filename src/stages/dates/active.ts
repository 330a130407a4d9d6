import type { DateLexicon, LexEntry } from './lexicon.js';
import { LEXICON_LANGUAGES } from './lexicon.js';
import { isCapitalized, type Token } from './tokens.js';

const NONE: readonly LexEntry[] = [];
const NO_KEYS: ReadonlyMap<string, readonly LexEntry[]> = new Map();

/** One view per lexicon and language: its caches fill once and serve every later document. */
const VIEWS = new WeakMap<DateLexicon, Map<string | null, ActiveLexicon>>();

export interface LexMatch {
  readonly entry: LexEntry;
  /** Token index after the match (an abbreviation's "." included). */
  readonly end: number;
}

/**
 * The lexicon as seen by one document: English always; the document's own language when it is one of
 * LEXICON_LANGUAGES (es, fr, it, de, ru, uk, ar);
 * when the language is unknown, every language's entries except those flagged `ambiguous` ("Mai", "mars").
 */
export class ActiveLexicon {
  /**
   * The shared view of `lexicon` for `language`: everything a view holds depends only on the lexicon and the first
   * two letters of the language, so documents of one language reuse one view and its caches.
   */
  static of(lexicon: DateLexicon, language: string | null): ActiveLexicon {
    const lang = language?.slice(0, 2).toLowerCase() ?? null;
    let views = VIEWS.get(lexicon);
    if (!views) {
      views = new Map();
      VIEWS.set(lexicon, views);
    }
    let view = views.get(lang);
    if (!view) {
      view = new ActiveLexicon(lexicon, lang);
      views.set(lang, view);
    }
    return view;
  }

  private readonly langs: ReadonlySet<string>;
  private readonly foreignUnambiguous: boolean;
  /** Verb endings that set a tense in the document's own language (not English: its -ed rule is in tense.ts). */
  readonly tenseEndings: readonly { readonly ending: string; readonly tense: string }[];
  /** Prefixes that set a tense in the document's own language (the Arabic future sa-), and their false friends. */
  readonly tensePrefixes: readonly { readonly prefix: string; readonly tense: string }[];
  readonly tensePrefixStops: readonly string[];

  constructor(
    readonly lexicon: DateLexicon,
    language: string | null,
  ) {
    const lang = language?.slice(0, 2).toLowerCase() ?? null;
    const known = lang !== null && (LEXICON_LANGUAGES as readonly string[]).includes(lang);
    this.langs = new Set(['*', 'en', ...(known && lang ? [lang] : [])]);
    this.foreignUnambiguous = lang === null;
    this.foreign = known && lang !== 'en' ? lang : null;
    this.tenseEndings =
      known && lang !== 'en'
        ? lexicon.entries
            .filter((e) => e.category === 'tense-ending' && e.lang === lang)
            .map((e) => ({ ending: e.form.toLowerCase(), tense: e.value }))
            .sort((a, b) => b.ending.length - a.ending.length)
        : [];
    const own = (category: string) =>
      known && lang !== 'en' ? lexicon.entries.filter((e) => e.category === category && e.lang === lang) : [];
    this.tensePrefixes = own('tense-prefix').map((e) => ({ prefix: e.tokens[0] ?? e.form, tense: e.value }));
    this.tensePrefixStops = own('tense-prefix-stop').map((e) => e.tokens[0] ?? e.form);
  }

  /** The document's language when it is a known language other than English, else null. */
  private readonly foreign: string | null;

  /**
   * Grammar words (tense cues) must be of the document's own language: English "am" or "will" are German words
   * too ("am Dienstag", "er will"). Calendar names stay shared: an English month name in a French text is a date.
   */
  ownGrammar(e: LexEntry): boolean {
    return this.foreign === null || e.lang === this.foreign || e.lang === '*';
  }

  allows(e: LexEntry): boolean {
    return this.langs.has(e.lang) || (this.foreignUnambiguous && !e.flags.has('ambiguous'));
  }

  /**
   * The allowed entries of a first token restricted to a set of categories, in byFirst order (longest first),
   * computed once per (token form, categories): the rules ask the same questions of every token, and on
   * pathological input (a megabyte of "November") these lookups dominate.
   */
  private readonly candidates = new Map<string, Map<string, readonly LexEntry[]>>();

  /** The token's entries by category key, memoised on the token itself (a rule asks about each token many times). */
  private byKeyAt(first: Token): ReadonlyMap<string, readonly LexEntry[]> {
    let byKey = first.lexByKey;
    if (byKey === undefined || first.lexOwner !== this) {
      byKey = this.byKeyOf(first.norm);
      const memo = first as { lexByKey?: Token['lexByKey']; lexOwner?: object };
      memo.lexByKey = byKey;
      memo.lexOwner = this;
    }
    return byKey;
  }

  /**
   * The allowed entries of either category starting with the token, in byFirst order. When only one of the two
   * categories has entries for the token, that category's list is the answer; both at once is rare and cached.
   */
  private entriesAt(first: Token, category: string, other: string | undefined): readonly LexEntry[] {
    const byKey = this.byKeyAt(first);
    const one = byKey.get(category);
    if (other === undefined) return one ?? NONE;
    const two = byKey.get(other);
    if (two === undefined) return one ?? NONE;
    if (one === undefined) return two;
    const key = `${category}|${other}`;
    let list = byKey.get(key);
    if (!list) {
      list = this.filtered(first.norm, [category, other]);
      (byKey as Map<string, readonly LexEntry[]>).set(key, list);
    }
    return list;
  }

  private byKeyOf(norm: string): ReadonlyMap<string, readonly LexEntry[]> {
    let byKey = this.candidates.get(norm);
    if (!byKey) {
      // most words start no entry: answer them without growing the cache (it lives as long as the lexicon)
      if (!this.lexicon.byFirst.has(norm)) return NO_KEYS;
      byKey = new Map();
      for (const e of this.lexicon.byFirst.get(norm) ?? []) if (this.allows(e)) byKey.set(e.category, []);
      for (const cat of byKey.keys()) byKey.set(cat, this.filtered(norm, [cat]));
      this.candidates.set(norm, byKey);
    }
    return byKey;
  }

  private filtered(norm: string, categories: readonly string[]): readonly LexEntry[] {
    return (this.lexicon.byFirst.get(norm) ?? []).filter((e) => categories.includes(e.category) && this.allows(e));
  }

  /** The end of entry `e` matched at token i, or -1. */
  private endOf(tokens: readonly Token[], i: number, first: Token, e: LexEntry): number {
    if (e.cap && !isCapitalized(first)) return -1;
    if (e.lower && first.text !== first.text.toLowerCase()) return -1;
    for (let k = 1; k < e.tokens.length; k++) {
      const t = tokens[i + k];
      if (!t || t.norm !== e.tokens[k] || t.newline) return -1;
    }
    let end = i + e.tokens.length;
    const dot = tokens[end];
    if (e.abbr && dot && dot.text === '.' && !dot.spaced) end++;
    return end;
  }

  /** Every entry of the category that matches at token i, longest first. */
  matchAll(tokens: readonly Token[], i: number, category: string): LexMatch[] {
    const first = tokens[i];
    if (!first) return [];
    const out: LexMatch[] = [];
    for (const entry of this.entriesAt(first, category, undefined)) {
      const end = this.endOf(tokens, i, first, entry);
      if (end >= 0) out.push({ entry, end });
    }
    return out;
  }

  /** The longest entry of the category (or of either category) matching at token i, or null. */
  match(tokens: readonly Token[], i: number, category: string, other?: string): LexMatch | null {
    const first = tokens[i];
    if (!first) return null;
    for (const entry of this.entriesAt(first, category, other)) {
      const end = this.endOf(tokens, i, first, entry);
      if (end >= 0) return { entry, end };
    }
    return null;
  }

  /** True when the normalised single word belongs to `category` (or `category:value`), whatever its language. */
  has(key: string, norm: string | undefined): boolean {
    return norm !== undefined && (this.lexicon.words.get(key)?.has(norm) ?? false);
  }
}
