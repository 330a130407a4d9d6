import type { Gazetteer, GazetteerEntry, RefList } from '../gazetteer/types.js';
import { refEntry } from '../gazetteer/types.js';
import { looseToken, normaliseToken } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/** Shortest word (characters) left after changing a case ending or taking off a proclitic. */
const MIN_STEM = 3;
/**
 * Two readings of one inflected word (Газе: Газа, or a place named Газ?) that name different places: the larger
 * is taken only when it is at least this many times the other's population, else the word is left unread (an
 * ambiguous ending is no evidence). Calibration: the invented Russian and Ukrainian sentences of
 * eval/multilingual/places (cities against hamlets differ by 100× or more; 10 leaves a margin).
 */
const INFLECTION_DOMINANCE = 10;

const cyrillic = (code: number): boolean => code >= 0x0400 && code <= 0x052f;
const arabic = (code: number): boolean => code >= 0x0600 && code <= 0x06ff;
const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/;

/**
 * Shortest base form (characters) read from a Cyrillic case form: three-letter bases are mostly common nouns
 * ("Доме" → дом, a house, capitalised inside a name), not places. Calibration: invented sentences of
 * eval/multilingual/places; costs the inflected forms of three-letter towns (Уфе), whose base form still matches.
 */
const MIN_CYRILLIC_BASE = 4;
/** French and Italian elision before a capitalised name: l’Ukraine, d’Alep, qu’Idleb (the rest is the name). */
const ELISION = /^(?:[LlDd]|[Qq]u)['’]\p{Lu}/u;
const UPPER_START = /^\p{Lu}/u;

const known = (g: Gazetteer, norm: string): boolean => g.startsName(norm) > 0 || g.startsName(looseToken(norm)) > 0;

/** The population of the largest entry a name reaches (countries and divisions count by their population too). */
function largest(g: Gazetteer, refs: RefList): number {
  let max = 0;
  for (const ref of refs) max = Math.max(max, (g.entries[refEntry(ref)] as GazetteerEntry).population);
  return max;
}

const shareAnEntry = (a: RefList, b: RefList): boolean => {
  const set = new Set<number>();
  for (const r of a) set.add(refEntry(r));
  for (const r of b) if (set.has(refEntry(r))) return true;
  return false;
};

/** A base form read from an inflected word: the variant, the names it reaches, their largest population. */
interface BaseForm {
  readonly v: string;
  readonly refs: RefList;
  readonly size: number;
}

/**
 * The base form of an inflected Cyrillic word: every [ending, replacement] pair of the lexicon that fits is tried and
 * the variants the gazetteer knows as names are weighed (see INFLECTION_DOMINANCE); null when none fits or the
 * readings are too close to call.
 */
export function cyrillicBase(
  g: Gazetteer,
  norm: string,
  pairs: readonly (readonly [string, string])[] = g.lexicon.inflections,
): string | null {
  let best = null as BaseForm | null;
  let rival = 0;
  for (const [ending, replacement] of pairs) {
    if (!norm.endsWith(ending)) continue;
    const v = norm.slice(0, norm.length - ending.length) + replacement;
    if (v.length < MIN_CYRILLIC_BASE || v === best?.v) continue;
    const refs = g.exact(v);
    if (refs === undefined) continue;
    const size = largest(g, refs);
    if (!best) best = { v, refs, size };
    else if (!shareAnEntry(best.refs, refs)) {
      if (size > best.size) {
        rival = Math.max(rival, best.size);
        best = { v, refs, size };
      } else rival = Math.max(rival, size);
    }
  }
  if (!best) return null;
  return rival > 0 && best.size < rival * INFLECTION_DOMINANCE ? null : best.v;
}

/**
 * Words the gazetteer does not know as written, read as an inflected form of a name it does know: a Cyrillic case
 * ending replaced (Киеве → Киев, Харкові → Харків, Донецкой → Донецк; the lexicon's `inflections`), an Arabic
 * proclitic dropped (بحلب → حلب; the span then starts after it). Only the token view changes (its norm, and for a
 * proclitic its start): the text is never changed, and the mention covers the word as written. Only words of those
 * scripts are looked at (no cost on English); the array is changed in place.
 */
export function readInflections(g: Gazetteer, text: string, tokens: Token[]): void {
  const lex = g.lexicon;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const code = t.norm.charCodeAt(0);
    if (code < 0x0400) {
      // l’Ukraine: the token view starts after the elided article when the gazetteer knows the rest, not the whole.
      if ((code === 108 || code === 100 || code === 113) && ELISION.test(t.raw) && !known(g, t.norm)) {
        const cut = code === 113 ? 3 : 2;
        const raw = t.raw.slice(cut);
        const norm = normaliseToken(raw);
        if (known(g, norm)) tokens[i] = { ...t, start: t.start + cut, raw, norm, cap: UPPER_START.test(raw) };
      }
      continue;
    }
    if (cyrillic(code) && t.cap && lex.inflections.length) {
      if (known(g, t.norm)) continue;
      // Before области / області the word is an adjective (Донецкой области): its own endings are tried first.
      const next = tokens[i + 1];
      const adjective =
        next && lex.adminHeads.has(next.norm) ? cyrillicBase(g, t.norm, lex.adjectiveInflections) : null;
      const v = adjective ?? cyrillicBase(g, t.norm);
      if (v !== null) tokens[i] = { ...t, norm: v };
    } else if (arabic(code) && t.caseless && lex.proclitics.length) {
      if (known(g, t.norm)) continue;
      const first = t.norm[0] as string;
      if (!lex.proclitics.includes(first)) continue;
      // لل + name is li- + al- with the article's alef dropped.
      const rest = t.norm.slice(1);
      const v = first === 'ل' && rest.startsWith('ل') ? `ا${rest}` : rest;
      if (!known(g, v)) continue;
      // A short remainder (وأم درمان → أم) is taken only as the first word of a name the next word completes.
      const next = tokens[i + 1];
      if (v.length < MIN_STEM && !(next && g.exact(`${v} ${next.norm}`) !== undefined)) continue;
      let start = t.start + 1;
      while (start < t.end - 1 && ARABIC_MARK.test(text[start] as string)) start++;
      tokens[i] = { ...t, start, raw: text.slice(start, t.end), norm: v };
    }
  }
}
