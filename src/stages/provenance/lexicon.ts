import { lemmaOf } from './lemma.js';

/** A credit-line rule: a regex with a named group `who` holding the credited names. */
export interface CreditPattern {
  readonly rule: string;
  readonly regex: RegExp;
}

/** An agency name as written, compiled into a whole-word matcher. */
export interface AgencyName {
  readonly id: string;
  readonly name: string;
  readonly regex: RegExp;
}

/** Everything the provenance stage reads from data/lexicon/provenance. */
export interface ProvenanceLexicon {
  /** Lemma → canonical lemma of its synonym group. */
  readonly synonyms: ReadonlyMap<string, string>;
  /** Lower-case surface forms left out of similarity. */
  readonly stopwords: ReadonlySet<string>;
  /** Lower-case irregular form → lemma. */
  readonly irregular: ReadonlyMap<string, string>;
  /** Lower-case number word → value. */
  readonly numbers: ReadonlyMap<string, number>;
  readonly agencies: readonly AgencyName[];
  readonly creditPatterns: readonly CreditPattern[];
}

/** The raw text of each data file. */
export interface ProvenanceLexiconFiles {
  readonly synonyms: string;
  readonly stopwords: string;
  readonly irregular: string;
  readonly numbers: string;
  readonly agencies: string;
  readonly creditPatterns: string;
}

interface Row {
  readonly line: number;
  readonly cells: string[];
}

function rows(file: string, text: string): Row[] {
  const out: Row[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    out.push({ line: i + 1, cells: raw.split('\t').map((c) => c.trim()) });
  });
  if (!out.length) throw new Error(`${file}: no rows`);
  return out;
}

function twoColumns(file: string, text: string): [string, string, number][] {
  return rows(file, text).map(({ line, cells }) => {
    const [k, v] = cells;
    if (cells.length !== 2 || !k || !v) throw new Error(`${file}:${line}: expected two tab-separated columns`);
    return [k, v, line];
  });
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function parseIrregular(text: string): Map<string, string> {
  return new Map(twoColumns('irregular.tsv', text).map(([k, v]) => [k.toLowerCase(), v.toLowerCase()]));
}

function parseSynonyms(text: string, irregular: ReadonlyMap<string, string>, stop: ReadonlySet<string>) {
  const out = new Map<string, string>();
  for (const { line, cells } of rows('synonyms.tsv', text)) {
    const words = cells.flatMap((c) => c.split(/\s+/)).filter(Boolean);
    if (words.length < 2) throw new Error(`synonyms.tsv:${line}: a group needs at least two words`);
    const keys = words.map((w) => lemmaOf(w.toLowerCase(), irregular));
    const head = keys[0]!;
    for (const [i, key] of keys.entries()) {
      if (stop.has(words[i]!.toLowerCase())) throw new Error(`synonyms.tsv:${line}: "${words[i]}" is a stopword`);
      const seen = out.get(key);
      if (seen !== undefined && seen !== head)
        throw new Error(`synonyms.tsv:${line}: "${words[i]}" is already in a group`);
      out.set(key, head);
    }
  }
  return out;
}

function parseAgencies(text: string): AgencyName[] {
  return twoColumns('agencies.tsv', text).map(([id, name]) => {
    const caseSensitive = name === name.toUpperCase();
    const regex = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(name)}(?![\\p{L}\\p{N}])`, caseSensitive ? 'u' : 'iu');
    return { id, name, regex };
  });
}

function parseCreditPatterns(text: string): CreditPattern[] {
  return twoColumns('credit-patterns.tsv', text).map(([rule, source, line]) => {
    let regex: RegExp;
    try {
      regex = new RegExp(source, 'iu');
    } catch (cause) {
      throw new Error(`credit-patterns.tsv:${line}: bad regex (${String(cause)})`);
    }
    if (!source.includes('(?<who>')) throw new Error(`credit-patterns.tsv:${line}: no (?<who>…) group`);
    return { rule, regex };
  });
}

/** Parses the data files; throws with file and line on a malformed row. */
export function parseProvenanceLexicon(files: ProvenanceLexiconFiles): ProvenanceLexicon {
  const stopwords = new Set(
    files.stopwords
      .split(/\r?\n/)
      .filter((l) => !l.trim().startsWith('#'))
      .flatMap((l) => l.toLowerCase().split(/\s+/))
      .filter(Boolean),
  );
  const irregular = parseIrregular(files.irregular);
  const numbers = new Map(
    twoColumns('numbers.tsv', files.numbers).map(([w, v, line]) => {
      const n = Number(v);
      if (!Number.isFinite(n)) throw new Error(`numbers.tsv:${line}: "${v}" is not a number`);
      return [w.toLowerCase(), n] as const;
    }),
  );
  return {
    synonyms: parseSynonyms(files.synonyms, irregular, stopwords),
    stopwords,
    irregular,
    numbers,
    agencies: parseAgencies(files.agencies),
    creditPatterns: parseCreditPatterns(files.creditPatterns),
  };
}
