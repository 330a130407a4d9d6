import type { DateLexicon, LexEntry } from './lexicon.js';
import { LEXICON_LANGUAGES } from './lexicon.js';
import { isCapitalized, type Token } from './tokens.js';

const NONE: readonly LexEntry[] = [];

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
  private entriesAt(first: Token, categories: readonly string[]): readonly LexEntry[] {
    const memo = first.lexMemo;
    const byKey = memo && memo.owner === this ? memo.byKey : this.byKeyOf(first.norm);
    if (!memo || memo.owner !== this) (first as { lexMemo?: Token['lexMemo'] }).lexMemo = { owner: this, byKey };
    if (categories.length === 1) return byKey.get(categories[0] as string) ?? NONE;
    let present = 0;
    for (const cat of categories) if (byKey.has(cat)) present++;
    if (present === 0) return NONE;
    return this.entriesFor(first.norm, categories);
  }

  private byKeyOf(norm: string): Map<string, readonly LexEntry[]> {
    let byKey = this.candidates.get(norm);
    if (!byKey) {
      byKey = new Map();
      for (const e of this.lexicon.byFirst.get(norm) ?? []) if (this.allows(e)) byKey.set(e.category, []);
      for (const cat of byKey.keys()) byKey.set(cat, this.filtered(norm, [cat]));
      this.candidates.set(norm, byKey);
    }
    return byKey;
  }

  private entriesFor(norm: string, categories: readonly string[]): readonly LexEntry[] {
    let byKey = this.candidates.get(norm);
    if (!byKey) {
      byKey = new Map();
      for (const e of this.lexicon.byFirst.get(norm) ?? []) if (this.allows(e)) byKey.set(e.category, []);
      for (const cat of byKey.keys()) byKey.set(cat, this.filtered(norm, [cat]));
      this.candidates.set(norm, byKey);
    }
    if (categories.length === 1) return byKey.get(categories[0] as string) ?? NONE;
    const key = categories.join('|');
    let list = byKey.get(key);
    if (!list) {
      list = this.filtered(norm, categories);
      byKey.set(key, list);
    }
    return list;
  }

  private filtered(norm: string, categories: readonly string[]): readonly LexEntry[] {
    return (this.lexicon.byFirst.get(norm) ?? []).filter((e) => categories.includes(e.category) && this.allows(e));
  }

  /** The end of entry `e` matched at token i, or -1. */
  private endOf(tokens: readonly Token[], i: number, first: Token, e: LexEntry): number {
    if (e.flags.has('cap') && !isCapitalized(first)) return -1;
    if (e.flags.has('lower') && first.text !== first.text.toLowerCase()) return -1;
    for (let k = 1; k < e.tokens.length; k++) {
      const t = tokens[i + k];
      if (!t || t.norm !== e.tokens[k] || t.newline) return -1;
    }
    let end = i + e.tokens.length;
    const dot = tokens[end];
    if (e.flags.has('abbr') && dot && dot.text === '.' && !dot.spaced) end++;
    return end;
  }

  /** Every entry of the given categories that matches at token i, longest first. */
  matchAll(tokens: readonly Token[], i: number, categories: readonly string[]): LexMatch[] {
    const first = tokens[i];
    if (!first) return [];
    const out: LexMatch[] = [];
    for (const entry of this.entriesAt(first, categories)) {
      const end = this.endOf(tokens, i, first, entry);
      if (end >= 0) out.push({ entry, end });
    }
    return out;
  }

  /** The longest entry of the given categories matching at token i, or null. */
  match(tokens: readonly Token[], i: number, ...categories: string[]): LexMatch | null {
    const first = tokens[i];
    if (!first) return null;
    for (const entry of this.entriesAt(first, categories)) {
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
