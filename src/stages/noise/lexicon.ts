import type { NoiseKind } from '../../model/index.js';

/** How a boilerplate rule compares its pattern with a trimmed line (see data/lexicon/boilerplate.tsv). */
export type MatchMode = 'line' | 'prefix' | 'suffix' | 'contains' | 'regex';

/** One row of boilerplate.tsv, compiled. */
export interface NoiseRule {
  readonly kind: NoiseKind;
  readonly match: MatchMode;
  readonly maxWords: number;
  /** When true the line must not end like a sentence. */
  readonly open: boolean;
  readonly pattern: string;
  /** Tests a trimmed line; `lower` is the same line lower-cased. */
  readonly test: (line: string, lower: string) => boolean;
}

/** Everything the noise stage reads from data/lexicon: boilerplate rules, photo credits and byline words. */
export interface NoiseLexicon {
  readonly rules: readonly NoiseRule[];
  /** Lower-cased agency names that mark a trailing "(…)" as a photo credit. */
  readonly creditAgencies: ReadonlySet<string>;
  /** Lower-cased caption labels ("photo", "photograph", …). */
  readonly captionLabels: ReadonlySet<string>;
  readonly byline: BylineWords;
}

/** Lower-cased word sets of bylines.tsv. */
export interface BylineWords {
  readonly leads: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly joiners: ReadonlySet<string>;
  readonly particles: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly titleLinks: ReadonlySet<string>;
  readonly notNames: ReadonlySet<string>;
}

const NOISE_KINDS: ReadonlySet<string> = new Set<NoiseKind>([
  'newsletter',
  'subscribe',
  'caption',
  'credit',
  'byline',
  'share',
  'source-line',
  'related',
  'advert',
  'copyright',
]);
const MATCH_MODES: ReadonlySet<string> = new Set<MatchMode>(['line', 'prefix', 'suffix', 'contains', 'regex']);

/** Non-comment, non-blank rows of a TSV/TXT data file, split on tabs, with 1-based line numbers. */
export function dataRows(text: string): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  text.split('\n').forEach((raw, i) => {
    const row = raw.replace(/\r$/, '');
    if (!row.trim() || row.startsWith('#')) return;
    rows.push({ cells: row.split('\t').map((c) => c.trim()), line: i + 1 });
  });
  return rows;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Drops trailing . : ! and spaces, so "Advertisement." matches the line rule "Advertisement". */
const stripTrailing = (s: string): string => s.replace(/[\s.:!]+$/u, '');

function compileTest(match: MatchMode, pattern: string): NoiseRule['test'] {
  const lowerPattern = pattern.toLowerCase();
  switch (match) {
    case 'line':
      return (_line, lower) => stripTrailing(lower) === lowerPattern;
    case 'prefix': {
      const needsBoundary = isWordChar(lowerPattern.at(-1));
      return (_line, lower) =>
        lower.startsWith(lowerPattern) && (!needsBoundary || !isWordChar(lower[lowerPattern.length]));
    }
    case 'suffix':
      return (_line, lower) => {
        const body = stripTrailing(lower);
        return body.endsWith(lowerPattern) && !isWordChar(body[body.length - lowerPattern.length - 1]);
      };
    case 'contains': {
      // Not inside a word, and not part of a domain or address ("www.newsletter.example").
      const re = new RegExp(`(?<![\\p{L}\\p{N}./@])${escapeRegex(lowerPattern)}(?![\\p{L}\\p{N}]|\\.\\p{L})`, 'u');
      return (_line, lower) => re.test(lower);
    }
    case 'regex': {
      const re = new RegExp(pattern, 'iu');
      return (line) => re.test(line);
    }
  }
}

/** Parses boilerplate.tsv; throws with the file line on a malformed row. */
export function parseBoilerplateRules(text: string, file = 'boilerplate.tsv'): NoiseRule[] {
  return dataRows(text).map(({ cells, line }) => {
    const [kind, match, maxWords, guard, pattern] = cells;
    const words = Number(maxWords);
    if (!kind || !NOISE_KINDS.has(kind)) throw new Error(`${file}:${line}: unknown kind "${kind}"`);
    if (!match || !MATCH_MODES.has(match)) throw new Error(`${file}:${line}: unknown match "${match}"`);
    if (!Number.isInteger(words) || words < 1) throw new Error(`${file}:${line}: bad max_words "${maxWords}"`);
    if (guard !== 'any' && guard !== 'open') throw new Error(`${file}:${line}: bad guard "${guard}"`);
    if (!pattern) throw new Error(`${file}:${line}: empty pattern`);
    const mode = match as MatchMode;
    return {
      kind: kind as NoiseKind,
      match: mode,
      maxWords: words,
      open: guard === 'open',
      pattern,
      test: compileTest(mode, pattern),
    };
  });
}

/** Parses a two-column `type <TAB> phrase` file into lower-cased sets per type. */
export function parseTypedList(text: string, types: readonly string[], file: string): Map<string, Set<string>> {
  const sets = new Map(types.map((t) => [t, new Set<string>()]));
  for (const { cells, line } of dataRows(text)) {
    const [type, phrase] = cells;
    const set = type === undefined ? undefined : sets.get(type);
    if (!set || !phrase) throw new Error(`${file}:${line}: expected one of ${types.join('|')} <TAB> phrase`);
    set.add(phrase.toLowerCase());
  }
  return sets;
}

/** Builds the lexicon from the texts of the three data files (no I/O here; see load-lexicon.ts). */
export function parseNoiseLexicon(files: { boilerplate: string; photoCredits: string; bylines: string }): NoiseLexicon {
  const credits = parseTypedList(files.photoCredits, ['agency', 'label'], 'photo-credits.tsv');
  const byline = parseTypedList(
    files.bylines,
    ['lead', 'role', 'joiner', 'particle', 'place', 'title-link', 'not-name'],
    'bylines.tsv',
  );
  const get = (m: Map<string, Set<string>>, k: string): Set<string> => m.get(k) ?? new Set();
  return {
    rules: parseBoilerplateRules(files.boilerplate),
    creditAgencies: get(credits, 'agency'),
    captionLabels: get(credits, 'label'),
    byline: {
      leads: get(byline, 'lead'),
      roles: get(byline, 'role'),
      joiners: get(byline, 'joiner'),
      particles: get(byline, 'particle'),
      places: get(byline, 'place'),
      titleLinks: get(byline, 'title-link'),
      notNames: get(byline, 'not-name'),
    },
  };
}
