/** Reading-only token splits for other languages: elided articles, joined Arabic conjunctions, glued Arabic commas. */
import type { LanguageCues } from '../language-cues.js';
import { ELISION } from '../language-cues.js';
import type { Sent, Tok } from '../tokens.js';
import { GLUED_PUNCT } from './words.js';

/**
 * The sentence's tokens as the rules read them in another language: elided words split off ("l'armée" -> "l'"
 * "armée"; spans stay over the same text), and articles tagged DET (the English tagger reads "Un" or "Die" as a
 * name or a verb).
 */
export function splitElisions(s: Sent, lc: LanguageCues): Sent {
  const toks: Tok[] = [];
  for (const raw of s.toks) {
    // "ونفت", "ولم": a joined conjunction before a cue or grammar word is split off ("و" + "نفت")
    const conj = joinedConjunction(raw.lower, lc);
    if (conj) {
      const cut = raw.start + conj.length;
      const rest = raw.text.slice(conj.length);
      toks.push({ ...raw, end: cut, text: raw.text.slice(0, conj.length), lower: conj, lemma: conj, pos: 'CCONJ' });
      toks.push({ ...raw, start: cut, text: rest, lower: rest.toLowerCase(), lemma: rest.toLowerCase() });
      continue;
    }
    // "المرصد،": the Arabic comma (and semicolon, question mark) is left glued to the word before it
    let t = raw;
    if (t.text.length > 1 && GLUED_PUNCT.has(t.text[t.text.length - 1]!)) {
      const cut = t.end - 1;
      const body = t.text.slice(0, -1);
      const mark = t.text.slice(-1);
      t = { ...t, end: cut, text: body, lower: body.toLowerCase(), lemma: body.toLowerCase() };
      toks.push(t);
      toks.push({ ...raw, start: cut, text: mark, lower: mark, lemma: mark, pos: 'PUNCT' });
      continue;
    }
    const m = ELISION.exec(t.text);
    if (!m) {
      toks.push(lc.articles.has(t.lower) && t.pos !== 'DET' ? { ...t, pos: 'DET' } : t);
      continue;
    }
    const cut = t.start + m[0].length;
    const head = t.text.slice(0, m[0].length);
    const rest = t.text.slice(m[0].length);
    toks.push({ ...t, end: cut, text: head, lower: head.toLowerCase(), lemma: head.toLowerCase(), pos: 'DET' });
    toks.push({ ...t, start: cut, text: rest, lower: rest.toLowerCase(), lemma: rest.toLowerCase() });
  }
  return { ...s, toks };
}

/** The conjunction joined to the front of a word whose rest is a cue or grammar word ("ولم" -> "و"), or null. */
function joinedConjunction(w: string, lc: LanguageCues): string | null {
  if (lc.byFirst.has(w)) return null;
  for (const p of lc.prefixes) {
    if (w.length <= p.length + 1 || !w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    if (lc.byFirst.has(rest) || lc.negators.has(rest) || lc.that.has(rest)) return p;
  }
  return null;
}
