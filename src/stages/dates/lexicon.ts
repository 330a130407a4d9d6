import { tokenize } from './tokens.js';

/** One row of a dates lexicon file: `lang category form value flags`. */
export interface LexEntry {
  readonly lang: string;
  readonly category: string;
  readonly form: string;
  /** The form tokenized and normalised like the text. */
  readonly tokens: readonly string[];
  readonly value: string;
  readonly flags: ReadonlySet<string>;
  /** The matching flags of `flags`, read once here: the matcher tests them for every candidate entry. */
  readonly cap: boolean;
  readonly lower: boolean;
  readonly abbr: boolean;
}

/** The weekday, month, relative-word and cue lists of `data/lexicon/dates`, indexed by first token. */
export interface DateLexicon {
  readonly entries: readonly LexEntry[];
  /** Entries by their first normalised token, longest form first. */
  readonly byFirst: ReadonlyMap<string, readonly LexEntry[]>;
  /** Sets of normalised single-token forms by `category` or `category:value` (for quick membership tests). */
  readonly words: ReadonlyMap<string, ReadonlySet<string>>;
}

export const LEXICON_LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'ru', 'uk', 'ar'] as const;

/** Parses the text of one or more lexicon files (same tab-separated format; `#` starts a comment line). */
export function parseDateLexicon(files: readonly string[]): DateLexicon {
  const entries: LexEntry[] = [];
  for (const file of files) {
    for (const line of file.split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [lang = '', category = '', form = '', value = '', flags = ''] = line.split('\t');
      if (!lang || !category || !form) throw new Error(`dates lexicon: malformed row "${line}"`);
      const tokens = tokenize(form).map((t) => t.norm);
      const flagSet = new Set(flags.split(',').filter(Boolean));
      entries.push({
        lang,
        category,
        form,
        tokens,
        value,
        flags: flagSet,
        cap: flagSet.has('cap'),
        lower: flagSet.has('lower'),
        abbr: flagSet.has('abbr'),
      });
    }
  }
  const byFirst = new Map<string, LexEntry[]>();
  const words = new Map<string, Set<string>>();
  for (const e of entries) {
    const first = e.tokens[0] ?? '';
    const list = byFirst.get(first) ?? [];
    list.push(e);
    byFirst.set(first, list);
    if (e.tokens.length === 1) {
      for (const key of [e.category, `${e.category}:${e.value}`]) {
        const set = words.get(key) ?? new Set<string>();
        set.add(first);
        words.set(key, set);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { entries, byFirst, words };
}
