import type { DateLexicon, LexEntry } from './lexicon.js';
import { LEXICON_LANGUAGES } from './lexicon.js';
import { isCapitalized, type Token } from './tokens.js';

export interface LexMatch {
  readonly entry: LexEntry;
  /** Token index after the match (an abbreviation's "." included). */
  readonly end: number;
}

/**
 * The lexicon as seen by one document: English always; the document's own language when it is es/fr/it/de;
 * when the language is unknown, every language's entries except those flagged `ambiguous` ("Mai", "mars").
 */
export class ActiveLexicon {
  private readonly langs: ReadonlySet<string>;
  private readonly foreignUnambiguous: boolean;

  constructor(
    readonly lexicon: DateLexicon,
    language: string | null,
  ) {
    const lang = language?.slice(0, 2).toLowerCase() ?? null;
    const known = lang !== null && (LEXICON_LANGUAGES as readonly string[]).includes(lang);
    this.langs = new Set(['*', 'en', ...(known && lang ? [lang] : [])]);
    this.foreignUnambiguous = lang === null;
  }

  allows(e: LexEntry): boolean {
    return this.langs.has(e.lang) || (this.foreignUnambiguous && !e.flags.has('ambiguous'));
  }

  /** Every entry of the given categories that matches at token i, longest first. */
  matchAll(tokens: readonly Token[], i: number, categories: readonly string[]): LexMatch[] {
    const first = tokens[i];
    if (!first) return [];
    const list = this.lexicon.byFirst.get(first.norm);
    if (!list) return [];
    const out: LexMatch[] = [];
    for (const e of list) {
      if (!categories.includes(e.category) || !this.allows(e)) continue;
      if (e.flags.has('cap') && !isCapitalized(first)) continue;
      if (e.flags.has('lower') && first.text !== first.text.toLowerCase()) continue;
      let ok = true;
      for (let k = 1; k < e.tokens.length; k++) {
        const t = tokens[i + k];
        if (!t || t.norm !== e.tokens[k] || t.newline) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      let end = i + e.tokens.length;
      const dot = tokens[end];
      if (e.flags.has('abbr') && dot && dot.text === '.' && !dot.spaced) end++;
      out.push({ entry: e, end });
    }
    return out;
  }

  /** The longest entry of the given categories matching at token i, or null. */
  match(tokens: readonly Token[], i: number, ...categories: string[]): LexMatch | null {
    return this.matchAll(tokens, i, categories)[0] ?? null;
  }

  /** True when the normalised single word belongs to `category` (or `category:value`), whatever its language. */
  has(key: string, norm: string | undefined): boolean {
    return norm !== undefined && (this.lexicon.words.get(key)?.has(norm) ?? false);
  }
}
