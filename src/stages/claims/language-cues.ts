/** Parsing of data/lexicon/claims/cues-by-language.tsv: the cues of documents in languages other than English. */
import type { CueClass } from './lexicon.js';

export type LanguageCueType = 'verb' | 'verb-sep' | 'participle' | 'gerund' | 'prep' | 'post' | 'self';
const CUE_TYPES: ReadonlySet<string> = new Set<LanguageCueType>([
  'verb',
  'verb-sep',
  'participle',
  'gerund',
  'prep',
  'post',
  'self',
]);
const GRAMMAR_TYPES = new Set(['aux', 'negator', 'that', 'opener', 'prefix', 'article', 'definite']);

type GrammarSet = 'aux' | 'negators' | 'that' | 'openers' | 'prefixes' | 'articles' | 'definites';

export interface LanguageCue {
  readonly type: LanguageCueType;
  /** The form's words (elisions split off as in `wordParts`); for `verb-sep`, the verb then its particle. */
  readonly tokens: readonly string[];
  readonly cls: CueClass;
}

/** The cues and grammar words of one language. */
export interface LanguageCues {
  /** Cues by their first word, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly LanguageCue[]>;
  readonly aux: ReadonlySet<string>;
  readonly negators: ReadonlySet<string>;
  readonly that: ReadonlySet<string>;
  readonly openers: ReadonlySet<string>;
  /** Conjunctions written joined to the next word (Arabic "و"): a cue is also looked for after them. */
  readonly prefixes: ReadonlySet<string>;
  /** Articles: before a bare verb form they make it a noun; a source may start with one. Empty: none. */
  readonly articles: ReadonlySet<string>;
  /** A definite article written joined to its noun (Arabic "ال"): it closes a verb-first subject (definite-np.ts). */
  readonly definites: ReadonlySet<string>;
}

/**
 * Elided articles, pronouns and prepositions of French and Italian that the tagger leaves glued to the next word
 * ("l'armée", "n'ont", "dell'esercito", "qu'il"): split off so that words and sources are read on their own.
 */
export const ELISION =
  /^(l|d|n|qu|s|c|j|m|t|dell|dall|nell|sull|all|coll|un|quest|quell|lorsqu|puisqu|jusqu)(['’])(?=\p{L})/iu;

/** The words of a form: split on spaces, elisions split off ("d'après" -> d' après). */
export function wordParts(form: string): string[] {
  const out: string[] = [];
  for (const w of form.toLowerCase().split(/\s+/).filter(Boolean)) {
    const m = ELISION.exec(w);
    if (m) out.push(`${m[1]}'`, w.slice(m[0].length));
    else out.push(w);
  }
  return out;
}

/** Parses the file's text; throws with the line on a malformed row. Returns the cues by ISO 639-1 language. */
export function parseLanguageCues(
  text: string,
  cueClasses: ReadonlySet<string>,
  file = 'cues-by-language.tsv',
): Map<string, LanguageCues> {
  const building = new Map<string, { byFirst: Map<string, LanguageCue[]> } & Record<GrammarSet, Set<string>>>();
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells.length !== 4) throw new Error(`${file}:${i + 1}: expected 4 tab-separated columns`);
    const [lang, type, form, cls] = cells as [string, string, string, string];
    let entry = building.get(lang);
    if (!entry) {
      entry = {
        byFirst: new Map(),
        aux: new Set(),
        negators: new Set(),
        that: new Set(),
        openers: new Set(),
        prefixes: new Set(),
        articles: new Set(),
        definites: new Set(),
      };
      building.set(lang, entry);
    }
    const word = form.toLowerCase().replace(/’/g, "'");
    if (GRAMMAR_TYPES.has(type)) {
      const sets: Record<string, Set<string>> = {
        aux: entry.aux,
        negator: entry.negators,
        that: entry.that,
        opener: entry.openers,
        prefix: entry.prefixes,
        article: entry.articles,
        definite: entry.definites,
      };
      sets[type]!.add(word);
      return;
    }
    if (!CUE_TYPES.has(type)) throw new Error(`${file}:${i + 1}: unknown type "${type}"`);
    if (!cueClasses.has(cls)) throw new Error(`${file}:${i + 1}: unknown class "${cls}"`);
    const tokens = wordParts(word);
    const cue: LanguageCue = { type: type as LanguageCueType, tokens, cls: cls as CueClass };
    const first = tokens[0]!;
    const list = entry.byFirst.get(first) ?? [];
    list.push(cue);
    entry.byFirst.set(first, list);
  });
  // longest first (for verb-sep only the verb is matched in place, so it counts as one word); then a
  // participle before a finite verb of the same form: "a dit", "hat … bestritten" need their auxiliary
  for (const e of building.values())
    for (const list of e.byFirst.values()) list.sort((a, b) => span(b) - span(a) || rank(a) - rank(b));
  return building;
}

const rank = (c: LanguageCue): number => (c.type === 'participle' ? 0 : 1);
const span = (c: LanguageCue): number => (c.type === 'verb-sep' ? 1 : c.tokens.length);
