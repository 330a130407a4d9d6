/** What the sentence splitter reads from data/lexicon/abbreviations.tsv and sentence-cues.tsv. */
export interface SentenceLexicon {
  /** Abbreviations (with their stop) that never end a sentence: "Mr.", "Brig.", "No.". Case-sensitive. */
  readonly titles: ReadonlySet<string>;
  /** Abbreviations that end a sentence only before a common opener: "p.m.", "Inc.", "Jan.". Case-sensitive. */
  readonly abbreviations: ReadonlySet<string>;
  /** Lower-cased sentence openers ("the", "he", "however", …). */
  readonly openers: ReadonlySet<string>;
  /** Lower-cased speech verbs of quote tags ("said", "asked", …). */
  readonly tagVerbs: ReadonlySet<string>;
  /** Lower-cased words a title never ends on ("and", "of", …). */
  readonly dangling: ReadonlySet<string>;
}

/** Non-comment, non-blank rows `type <TAB> value`, grouped by type; throws with file and line on a bad row. */
function typedRows(text: string, types: readonly string[], file: string, lower: boolean): Map<string, Set<string>> {
  const sets = new Map(types.map((t) => [t, new Set<string>()]));
  text.split('\n').forEach((raw, i) => {
    const row = raw.replace(/\r$/, '');
    if (!row.trim() || row.startsWith('#')) return;
    const [type, value] = row.split('\t').map((c) => c.trim());
    const set = type === undefined ? undefined : sets.get(type);
    if (!set || !value) throw new Error(`${file}:${i + 1}: expected one of ${types.join('|')} <TAB> value`);
    set.add(lower ? value.toLowerCase() : value);
  });
  return sets;
}

/** Builds the lexicon from the texts of the two data files (no I/O here; see load-lexicon.ts). */
export function parseSentenceLexicon(files: { abbreviations: string; cues: string }): SentenceLexicon {
  const abbr = typedRows(files.abbreviations, ['title', 'abbr'], 'abbreviations.tsv', false);
  const cues = typedRows(files.cues, ['opener', 'tag-verb', 'dangling'], 'sentence-cues.tsv', true);
  const get = (m: Map<string, Set<string>>, k: string): Set<string> => m.get(k) ?? new Set();
  return {
    titles: get(abbr, 'title'),
    abbreviations: get(abbr, 'abbr'),
    openers: get(cues, 'opener'),
    tagVerbs: get(cues, 'tag-verb'),
    dangling: get(cues, 'dangling'),
  };
}
