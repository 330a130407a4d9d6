import type { Gazetteer } from '../gazetteer/types.js';
import { looseToken } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';

/** Shortest word (characters) left after changing a case ending or taking off a proclitic. */
const MIN_STEM = 3;

const cyrillic = (code: number): boolean => code >= 0x0400 && code <= 0x052f;
const arabic = (code: number): boolean => code >= 0x0600 && code <= 0x06ff;
const ARABIC_MARK = /[\u0610-\u061A\u064B-\u065F\u0670\u0640]/;

const known = (g: Gazetteer, norm: string): boolean => g.startsName(norm) > 0 || g.startsName(looseToken(norm)) > 0;

/**
 * Words the gazetteer does not know as written, read as an inflected form of a name it does know: a Cyrillic case
 * ending replaced (Киеве → Киев, Харкові → Харків; the lexicon's `inflections`), an Arabic proclitic dropped
 * (بحلب → حلب; the span then starts after it). Only words of those scripts are looked at (no cost on English);
 * the array is changed in place.
 */
export function readInflections(g: Gazetteer, text: string, tokens: Token[]): void {
  const lex = g.lexicon;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const code = t.norm.charCodeAt(0);
    if (code < 0x0400) continue;
    if (cyrillic(code) && t.cap && lex.inflections.length) {
      if (known(g, t.norm)) continue;
      for (const [ending, replacement] of lex.inflections) {
        if (!t.norm.endsWith(ending)) continue;
        const v = t.norm.slice(0, t.norm.length - ending.length) + replacement;
        if (v.length >= MIN_STEM && g.exact(v) !== undefined) {
          tokens[i] = { ...t, norm: v };
          break;
        }
      }
    } else if (arabic(code) && t.caseless && lex.proclitics.length) {
      if (known(g, t.norm)) continue;
      const first = t.norm[0] as string;
      if (!lex.proclitics.includes(first) || t.norm.length - 1 < MIN_STEM) continue;
      // لل + name is li- + al- with the article's alef dropped.
      const rest = t.norm.slice(1);
      const v = first === 'ل' && rest.startsWith('ل') ? `ا${rest}` : rest;
      if (!known(g, v)) continue;
      let start = t.start + 1;
      while (start < t.end - 1 && ARABIC_MARK.test(text[start] as string)) start++;
      tokens[i] = { ...t, start, raw: text.slice(start, t.end), norm: v };
    }
  }
}
