import { formTokens, type Token } from './tokens.js';
import type { CasualtyOutcome, CasualtyQualifier } from './types.js';

/** One row of a casualty lexicon file. */
export interface LexiconEntry {
  readonly lang: string;
  readonly category: string;
  readonly form: readonly string[];
  readonly value: string;
  readonly extra: string;
}

function matches(tokens: readonly Token[], start: number, form: readonly string[]): boolean {
  for (let k = 0; k < form.length; k++) if (tokens[start + k]?.norm !== form[k]) return false;
  return true;
}

/** Phrases of one category, matched token by token on normalised tokens (longest match first). */
export class PhraseTable {
  private readonly byFirst = new Map<string, LexiconEntry[]>();
  private readonly byLast = new Map<string, LexiconEntry[]>();

  add(entry: LexiconEntry): void {
    const push = (map: Map<string, LexiconEntry[]>, key: string) => {
      const list = map.get(key) ?? [];
      list.push(entry);
      list.sort((a, b) => b.form.length - a.form.length);
      map.set(key, list);
    };
    push(this.byFirst, entry.form[0]!);
    push(this.byLast, entry.form[entry.form.length - 1]!);
  }

  /** The longest entry starting at token `i`. */
  at(tokens: readonly Token[], i: number): LexiconEntry | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.norm);
    if (!list) return null;
    for (const e of list) if (matches(tokens, i, e.form)) return e;
    return null;
  }

  /** The longest entry ending just before token `end`. */
  endingAt(tokens: readonly Token[], end: number): LexiconEntry | null {
    const last = tokens[end - 1];
    if (!last) return null;
    const list = this.byLast.get(last.norm);
    if (!list) return null;
    for (const e of list) {
      const start = end - e.form.length;
      if (start >= 0 && matches(tokens, start, e.form)) return e;
    }
    return null;
  }

  has(word: string): boolean {
    return this.byFirst.get(word)?.some((e) => e.form.length === 1) ?? false;
  }
}

export type NumberKind =
  | 'unit'
  | 'teen'
  | 'tens'
  | 'hundred'
  | 'scale'
  | 'dozen'
  | 'half'
  | 'vague'
  | 'joiner'
  | 'part';

export interface NumberWord {
  readonly kind: NumberKind;
  readonly value: number;
  /** Only glued to digits ("1.5m", "300k"). */
  readonly digitsOnly: boolean;
}

/** The roles an outcome word plays (outcomes.tsv categories). */
export type OutcomeRole = 'trans' | 'ing' | 'active' | 'intrans' | 'passive' | 'noun' | 'adj' | 'toll';

/** Everything the casualties stage reads from data/lexicon/casualties. */
export interface CasualtyLexicon {
  /** Head nouns (value: category, extra: sg | pl | any). */
  readonly nouns: PhraseTable;
  /** Modifiers (value: category, extra: the head categories they override or *). */
  readonly modifiers: PhraseTable;
  /** Heads that take their category from an "of" phrase ("members of …"). */
  readonly members: PhraseTable;
  /** "family" heads ("a family of five"). */
  readonly families: PhraseTable;
  readonly outcomes: ReadonlyMap<OutcomeRole, PhraseTable>;
  readonly qualifiers: PhraseTable;
  /** Qualifiers after the counted noun (Arabic "12 مدنيا على الأقل", at least 12 civilians). */
  readonly postQualifiers: PhraseTable;
  readonly numbers: ReadonlyMap<string, NumberWord>;
  readonly cues: ReadonlyMap<string, PhraseTable>;
  /** The files it was parsed from (absent: the lexicon cannot be narrowed to one language). */
  readonly files?: CasualtyLexiconFiles;
  /** The language its rows were narrowed to (null: every language). */
  readonly language?: string | null;
}

const OUTCOMES: ReadonlySet<string> = new Set<CasualtyOutcome>([
  'killed',
  'injured',
  'displaced',
  'captured',
  'missing',
]);
const QUALIFIERS: ReadonlySet<string> = new Set<CasualtyQualifier>([
  'at_least',
  'more_than',
  'almost',
  'about',
  'up_to',
  'exactly',
]);
const ROLES: ReadonlySet<string> = new Set<OutcomeRole>([
  'trans',
  'ing',
  'active',
  'intrans',
  'passive',
  'noun',
  'adj',
  'toll',
]);
const NUMBER_KINDS: ReadonlySet<string> = new Set<NumberKind>([
  'unit',
  'teen',
  'tens',
  'hundred',
  'scale',
  'dozen',
  'half',
  'vague',
  'joiner',
  'part',
]);
const CUE_CATEGORIES: ReadonlySet<string> = new Set([
  'continuation',
  'subset',
  'subset-of',
  'coordination',
  'not-count',
  'not-count-after',
  'stop',
  'aux',
  'determiner',
  'singular',
  'toll-link',
  'family',
  'year-prep',
  'speech',
  'as-of',
  'function',
  'state-suffix',
  'not-qualifier',
]);

/** The files of data/lexicon/casualties, by name. */
export interface CasualtyLexiconFiles {
  readonly nouns: string;
  readonly outcomes: string;
  readonly qualifiers: string;
  readonly numbers: string;
  readonly cues: string;
}

function allRows(name: string, text: string): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const [n, raw] of text.split(/\r?\n/).entries()) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const cols = raw.split('\t');
    if (cols.length !== 5) throw new Error(`${name}:${n + 1}: expected 5 tab-separated columns, got ${cols.length}`);
    const [lang, category, form, value, extra] = cols.map((c) => c.trim()) as [string, string, string, string, string];
    const tokens = formTokens(form);
    if (!tokens.length) throw new Error(`${name}:${n + 1}: empty form`);
    out.push({ lang, category, form: tokens, value, extra });
  }
  return out;
}

/**
 * Parses the five lexicon files; throws with file and line on a malformed row. With `language`, only the rows of
 * that language and of every language (`*`) are kept, so that a word of one language is never read in another
 * ("once" is eleven in Spanish only).
 */
export function parseCasualtyLexicon(files: CasualtyLexiconFiles, language: string | null = null): CasualtyLexicon {
  const keep = (e: LexiconEntry) => language === null || e.lang === '*' || e.lang === language;
  const rows = (name: string, text: string) => allRows(name, text).filter(keep);
  const nouns = new PhraseTable();
  const modifiers = new PhraseTable();
  const members = new PhraseTable();
  const families = new PhraseTable();
  const outcomes = new Map<OutcomeRole, PhraseTable>();
  const qualifiers = new PhraseTable();
  const postQualifiers = new PhraseTable();
  const numbers = new Map<string, NumberWord>();
  const cues = new Map<string, PhraseTable>();
  const bad = (file: string, e: LexiconEntry, what: string) =>
    new Error(`${file}: ${e.category} "${e.form.join(' ')}": ${what}`);

  for (const e of rows('nouns.tsv', files.nouns)) {
    if (e.category === 'noun') {
      if (e.extra !== 'sg' && e.extra !== 'pl' && e.extra !== 'any')
        throw bad('nouns.tsv', e, 'extra must be sg, pl or any');
      nouns.add(e);
    } else if (e.category === 'modifier') modifiers.add(e);
    else if (e.category === 'member') members.add(e);
    else if (e.category === 'family') families.add(e);
    else throw bad('nouns.tsv', e, 'unknown category');
  }
  for (const e of rows('outcomes.tsv', files.outcomes)) {
    if (!ROLES.has(e.category)) throw bad('outcomes.tsv', e, 'unknown role');
    if (!OUTCOMES.has(e.value)) throw bad('outcomes.tsv', e, `unknown outcome ${e.value}`);
    const role = e.category as OutcomeRole;
    const table = outcomes.get(role) ?? new PhraseTable();
    table.add(e);
    outcomes.set(role, table);
  }
  for (const e of rows('qualifiers.tsv', files.qualifiers)) {
    const post = e.category === 'postqualifier';
    if ((e.category !== 'qualifier' && !post) || !QUALIFIERS.has(e.value))
      throw bad('qualifiers.tsv', e, 'unknown qualifier');
    (post ? postQualifiers : qualifiers).add(e);
  }
  for (const e of rows('numbers.tsv', files.numbers)) {
    const value = Number(e.value);
    if (!NUMBER_KINDS.has(e.category) || !Number.isFinite(value)) throw bad('numbers.tsv', e, 'bad kind or value');
    if (e.form.length !== 1) throw bad('numbers.tsv', e, 'number words are single tokens');
    numbers.set(e.form[0]!, { kind: e.category as NumberKind, value, digitsOnly: e.extra === 'digits' });
  }
  for (const e of rows('cues.tsv', files.cues)) {
    if (!CUE_CATEGORIES.has(e.category)) throw bad('cues.tsv', e, 'unknown category');
    const table = cues.get(e.category) ?? new PhraseTable();
    table.add(e);
    cues.set(e.category, table);
  }
  for (const c of CUE_CATEGORIES) if (!cues.has(c)) cues.set(c, new PhraseTable());
  for (const r of ROLES) if (!outcomes.has(r as OutcomeRole)) outcomes.set(r as OutcomeRole, new PhraseTable());
  return {
    nouns,
    modifiers,
    members,
    families,
    outcomes,
    qualifiers,
    postQualifiers,
    numbers,
    cues,
    files,
    language,
  };
}

const BY_LANGUAGE = new WeakMap<CasualtyLexicon, Map<string, CasualtyLexicon>>();

/**
 * The lexicon a document of language `lang` is read with: the rows of that language and of every language. A
 * document whose language is unknown or has no rows of its own is read with every row. Built once per language.
 */
export function casualtyLexiconFor(lexicon: CasualtyLexicon, lang: string | null): CasualtyLexicon {
  const { files } = lexicon;
  if (!files || !lang || lexicon.language !== null) return lexicon;
  let views = BY_LANGUAGE.get(lexicon);
  if (!views) {
    views = new Map();
    BY_LANGUAGE.set(lexicon, views);
  }
  let view = views.get(lang);
  if (!view) {
    const own = Object.values(files).some((text: string) => text.split('\n').some((l) => l.startsWith(`${lang}\t`)));
    view = own ? parseCasualtyLexicon(files, lang) : lexicon;
    views.set(lang, view);
  }
  return view;
}
