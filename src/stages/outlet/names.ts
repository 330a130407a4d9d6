import type { OutletEntry, OutletLexicon } from './lexicon.js';

/** Most words in an outlet name ("Radio Free Europe/Radio Liberty" is 4; "The Times of Israel" is 4). */
export const NAME_MAX_WORDS = 6;
/** How far around a cue the name is looked for, in characters (keeps every scan bounded on huge sentences). */
export const NAME_WINDOW_CHARS = 160;

/** A name found next to a cue, with its offsets in the scanned string. */
export interface NameAt {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const CAPITALISED = /^(?:[\p{Lu}\p{N}]|(?:al|el|an|ad|as)-\p{Lu})/u;
const POSSESSIVE = /['’]s$/u;
const TRAILING_PUNCT = /[,.;:!?"'”’)\]]+$/u;

export const isCapitalised = (word: string): boolean => CAPITALISED.test(word);

interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function wordsIn(s: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/gu;
  re.lastIndex = from;
  for (let m = re.exec(s); m && m.index < to; m = re.exec(s)) {
    const end = Math.min(to, m.index + m[0].length);
    out.push({ text: s.slice(m.index, end), start: m.index, end });
  }
  return out;
}

/**
 * The capitalised name that starts at `from` in `s`: "The Valdoria Ledger from the city" → "The Valdoria Ledger".
 * Connectors ("of", "della") may sit inside; the name ends on a capitalised word, at punctuation or at a
 * possessive ("Ledger's"). A leading lower-case "the" is skipped.
 */
export function nameAfter(s: string, from: number, lex: OutletLexicon): NameAt | null {
  const words = wordsIn(s, from, Math.min(s.length, from + NAME_WINDOW_CHARS));
  let i = words[0]?.text === 'the' ? 1 : 0;
  let start = -1;
  let end = -1;
  for (let n = 0; i < words.length && n < NAME_MAX_WORDS; i++, n++) {
    const w = words[i]!;
    const core = w.text.replace(TRAILING_PUNCT, '');
    const bare = core.replace(POSSESSIVE, '');
    if (!bare) break;
    if (isCapitalised(bare)) {
      if (start < 0) start = w.start;
      end = w.start + bare.length;
    } else if (start < 0 || !lex.cues.connectors.has(bare.toLowerCase())) break;
    if (core !== w.text || bare !== core) break;
  }
  return start < 0 || isBareArticle(s.slice(start, end)) ? null : { name: s.slice(start, end), start, end };
}

/**
 * The capitalised name that ends just before `to` in `s`: "…, but Middle East Eye could" → "Middle East Eye".
 * Stops at a lower-case word that is not a connector, or at a word carrying punctuation.
 */
export function nameBefore(s: string, to: number, lex: OutletLexicon): NameAt | null {
  const from = Math.max(0, to - NAME_WINDOW_CHARS);
  const words = wordsIn(s, from, to);
  if (from > 0) words.shift();
  let start = -1;
  let end = -1;
  for (let i = words.length - 1, n = 0; i >= 0 && n < NAME_MAX_WORDS; i--, n++) {
    const w = words[i]!;
    if (TRAILING_PUNCT.test(w.text)) break;
    if (isCapitalised(w.text)) {
      if (end < 0) end = w.end;
      start = w.start;
    } else if (end < 0 || !lex.cues.connectors.has(w.text.toLowerCase())) break;
  }
  return end < 0 || isBareArticle(s.slice(start, end)) ? null : { name: s.slice(start, end), start, end };
}

/** "The" alone is no name. */
const isBareArticle = (name: string): boolean => /^the$/iu.test(name);

/** Names at least this long may match a known outlet whatever their case ("USA TODAY"); shorter ones ("i") may not. */
export const CASELESS_MIN_CHARS = 4;

/** The known outlet a name refers to ("Independent", "the BBC", "The Guardian", "USA TODAY"), if any. */
export function knownOutlet(name: string, lex: OutletLexicon): OutletEntry | undefined {
  const bare = name.replace(/^the\s+/iu, '');
  const exact =
    lex.byName.get(name) ?? lex.byName.get(bare) ?? lex.byName.get(`The ${bare}`) ?? lex.byName.get(`the ${bare}`);
  if (exact || bare.length < CASELESS_MIN_CHARS || bare !== bare.toUpperCase()) return exact;
  return lex.byNameLower.get(bare.toLowerCase()) ?? lex.byNameLower.get(`the ${bare.toLowerCase()}`);
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** True when `text` names the entry in full (its name or an alias) as whole words. */
export function namesInFull(text: string, entry: OutletEntry): boolean {
  return [entry.name, ...entry.aliases].some((n) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(n)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  );
}

/** Drops name-drop words ("New", "Ltd") from both edges of a name. */
export function dropEdgeWords(name: string, lex: OutletLexicon): string {
  let out = name.trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of lex.cues.nameDrop) {
      const lw = w.toLowerCase();
      const lo = out.toLowerCase();
      if (lo.startsWith(`${lw} `)) [out, changed] = [out.slice(w.length + 1).trim(), true];
      else if (lo.endsWith(` ${lw}`)) [out, changed] = [out.slice(0, -w.length - 1).trim(), true];
    }
  }
  return out.replace(/[\s,.;:]+$/u, '');
}

/** True when a word of the name marks an institution ("Observatory", "Ministry") rather than a publication. */
export const namesInstitution = (name: string, lex: OutletLexicon): boolean =>
  name.split(/\s+/u).some((w) => lex.cues.notOutlet.has(w.toLowerCase()));

/** True when a word of the name is a publication word ("Times", "Ledger") or the name opens with "The". */
export const soundsLikePublication = (name: string, lex: OutletLexicon): boolean =>
  /^The\s/u.test(name) || name.split(/\s+/u).some((w) => lex.cues.pressWords.has(w.toLowerCase()));
