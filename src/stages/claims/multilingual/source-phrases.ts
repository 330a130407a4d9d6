/** The source phrase of a cue: after it (inverted, verb first, "according to"), before it (subject), appositives. */
import type { LanguageCues } from '../language-cues.js';
import type { NpSpan } from '../np.js';
import { isQuoteMark, type Tok } from '../tokens.js';
import { clauseStart } from './content.js';
import { isComma, isPunct, MAX_SOURCE_WORDS, outside, uncased, word } from './words.js';

/** Determiners a German noun phrase may hold between its nouns (genitive "der Armee", "des Ministeriums"). */
const GERMAN_DETS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
]);

/** Drops leading time words ("am Montag", "mardi") and articles before them from a source range. */
export function trimSource(
  toks: readonly Tok[],
  from: number,
  to: number,
  timeWords: ReadonlySet<string>,
): NpSpan | null {
  let a = from;
  let b = to;
  const isTime = (k: number) => timeWords.has(word(toks[k]));
  while (a < b && (isTime(a) || (isTime(a + 1) && a + 1 < b && word(toks[a]).length <= 3))) a++;
  while (b > a && (isTime(b - 1) || isPunct(toks[b - 1]) || isQuoteMark(toks[b - 1]))) b--;
  while (b - 1 > a && isTime(b - 2) && word(toks[b - 2]).length > 0 && isTime(b - 1)) b--;
  if (b <= a || b - a > MAX_SOURCE_WORDS) return null;
  return { from: a, to: b };
}

/**
 * A German noun phrase from k without punctuation to stop it ("der Vereinten Nationen sind …"): determiners,
 * lower-case adjectives, capitalised nouns; it ends at the first lower-case word after a noun that is not a
 * determiner of a following genitive.
 */
export function germanNp(toks: readonly Tok[], k: number, limit: number): NpSpan | null {
  let j = k;
  let sawNoun = false;
  while (j < limit && j - k < MAX_SOURCE_WORDS) {
    const t = toks[j]!;
    if (!outside(t) || isPunct(t)) break;
    const cap = /^\p{Lu}/u.test(t.text);
    if (cap) sawNoun = true;
    else if (sawNoun && !GERMAN_DETS.has(word(t))) break;
    j++;
  }
  return sawNoun ? { from: k, to: j } : null;
}

/** The source after a cue from k: up to punctuation, a complementizer, `stop` (a particle), within the bound. */
export function sourceRight(
  toks: readonly Tok[],
  k: number,
  stop: number,
  lc: LanguageCues,
  german: boolean,
  timeWords: ReadonlySet<string>,
): NpSpan | null {
  if (german && stop === toks.length) {
    const np = germanNp(toks, k, stop);
    if (np) return trimSource(toks, np.from, np.to, timeWords);
  }
  let j = k;
  while (j < stop && j - k <= MAX_SOURCE_WORDS) {
    const t = toks[j]!;
    const quoted = j > k && t.quote >= 0 ? quotedNameEnd(toks, j, stop) : -1;
    if (quoted > 0) {
      j = quoted; // "группа «Северный монитор»": a name in quotation marks ends the phrase
      break;
    }
    if (!outside(t) || (isPunct(t) && t.text !== '(' && t.text !== ')') || lc.that.has(word(t))) break;
    j++;
  }
  return j > k ? trimSource(toks, k, j, timeWords) : null;
}

/** Most words of a name in quotation marks after a source head ("агентство «Восток-Пресс»"). */
const MAX_QUOTED_NAME_WORDS = 4;

/**
 * Index after a short quoted name that opens at k (the tagger may glue the marks to the words: "«Северный"
 * "монитор»"), or -1: the tokens of one quotation, at most MAX_QUOTED_NAME_WORDS words besides the marks.
 */
function quotedNameEnd(toks: readonly Tok[], k: number, stop: number): number {
  const q = toks[k]!.quote;
  if (q < 0 || toks[k - 1]?.quote === q) return -1;
  let j = k;
  while (j < stop && toks[j]!.quote === q) j++;
  const words = toks.slice(k, j).filter((t) => !isQuoteMark(t) && /\p{L}/u.test(t.text)).length;
  return words > 0 && words <= MAX_QUOTED_NAME_WORDS ? j : -1;
}

export interface Written {
  readonly source: NpSpan | null;
  readonly extent: NpSpan | null;
  readonly describers: NpSpan[];
}

/**
 * "… declaró el ministro de Defensa, Julio Arenas.", "Secondo il portavoce dei ribelli, Marco Dessi, …": a
 * capitalised name after the source phrase and a comma is the source; the phrase before it describes it.
 */
/** Most words of a name between commas in a script without capitals ("سامر الخطيب" = 2, with a kunya 3). */
const MAX_UNCASED_NAME_WORDS = 3;

export function withAppositive(toks: readonly Tok[], src: NpSpan | null): Written {
  if (!src || !isComma(toks[src.to])) return { source: src, extent: src, describers: [] };
  let j = src.to + 1;
  while (j < toks.length && outside(toks[j]) && /^\p{Lu}/u.test(toks[j]!.text) && toks[j]!.pos !== 'DET') j++;
  // without capitals (Arabic), a short phrase closed by a second comma: "المتحدث باسم الجيش، فلان الفلاني، …"
  if (j === src.to + 1 && uncased(toks[j])) {
    while (j < toks.length && j - src.to <= MAX_UNCASED_NAME_WORDS && uncased(toks[j])) j++;
    if (!isComma(toks[j])) return { source: src, extent: src, describers: [] };
  }
  const name = { from: src.to + 1, to: j };
  const closes = j === toks.length || isPunct(toks[j]);
  if (j === name.from || j - name.from > MAX_SOURCE_WORDS || !closes)
    return { source: src, extent: src, describers: [] };
  return { source: name, extent: { from: src.from, to: j }, describers: [src] };
}

/** "X, Name," before a cue (the comma after Name at `comma`): where X and Name start, when Name is capitalised. */
export function appositive(
  toks: readonly Tok[],
  comma: number,
  lc: LanguageCues,
  floor: number,
): { head: number; name: number; comma: number; named: boolean } | null {
  const name = clauseStart(toks, comma, lc, floor);
  const words = toks.slice(name, comma);
  if (!words.length || words.length > MAX_SOURCE_WORDS) return null;
  if (toks[name - 1]?.text !== ',') return null;
  const head = clauseStart(toks, name - 1, lc, floor);
  if (!(head < name - 1 && name - 1 - head <= MAX_SOURCE_WORDS)) return null;
  const named = words.every((t) => /^\p{Lu}/u.test(t.text));
  // the subject before a parenthetical starts with an article or a capital: not a fronted adverbial ("Mardi soir,")
  const subject = toks[head]!.pos === 'DET' || /^\p{Lu}/u.test(toks[head]!.text);
  return named || (subject && words.length <= MAX_PARENTHETICAL_WORDS) ? { head, name, comma, named } : null;
}

/** Longest parenthetical phrase skipped between a subject and its cue ("joint par téléphone"). */
const MAX_PARENTHETICAL_WORDS = 6;

/**
 * True when a source can start at k (after any time words): an article, a capitalised word or a pronoun; any word
 * in a language without articles.
 */
export function startsSource(
  toks: readonly Tok[],
  k: number,
  timeWords: ReadonlySet<string>,
  pronouns: ReadonlySet<string>,
  lc: LanguageCues,
): boolean {
  let j = k;
  while (
    j < toks.length &&
    (timeWords.has(word(toks[j])) || (timeWords.has(word(toks[j + 1])) && word(toks[j]).length <= 3))
  )
    j++;
  const t = toks[j];
  if (t === undefined || !outside(t)) return false;
  // without articles (Russian, Arabic) or without capitals (Arabic) any word may open the source
  if (!lc.articles.size || /^\p{Lo}/u.test(t.text)) return /^\p{L}/u.test(t.text);
  return t.pos === 'DET' || /^\p{Lu}/u.test(t.text) || pronouns.has(word(t));
}

/** The subject at the start of the sentence, up to the first auxiliary or verb ("Die Rebellen der Front haben …"). */
export function subjectAtStart(
  toks: readonly Tok[],
  cueFrom: number,
  lc: LanguageCues,
  german: boolean,
  timeWords: ReadonlySet<string>,
): NpSpan | null {
  if (german) {
    const np = germanNp(toks, 0, cueFrom);
    return np ? trimSource(toks, np.from, np.to, timeWords) : null;
  }
  let j = 0;
  while (j < cueFrom && !lc.aux.has(word(toks[j])) && !isPunct(toks[j])) j++;
  return j > 0 ? trimSource(toks, 0, j, timeWords) : null;
}
