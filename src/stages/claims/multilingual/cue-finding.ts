/** Finding the reporting cues of one sentence in another language: word forms, auxiliaries, separable particles, negation. */
import type { LanguageCue, LanguageCues } from '../language-cues.js';
import type { CueClass } from '../lexicon.js';
import type { Sent, Tok } from '../tokens.js';
import { isPunct, outside, SENTENCE_END, word } from './words.js';

/** Most words between an auxiliary and its participle ("a également démenti", "n'a pas encore démenti" = 3). */
const MAX_AUX_GAP = 3;
/** Most words between a German auxiliary and its clause-final participle ("hat die Berichte am Montag bestritten"). */
const MAX_VERB_FINAL_GAP = 10;
/** Most words between a German verb and its separable particle ("teilte das Gesundheitsministerium am Abend mit"). */
const MAX_PARTICLE_GAP = 12;

export interface Hit {
  readonly cue: LanguageCue;
  /** Cue tokens [from, to): auxiliary and negation included. */
  readonly from: number;
  readonly to: number;
  /** The verb itself. */
  readonly core: number;
  readonly cls: CueClass;
  /** German separable particle, or verb-final participle, after the source: where the source or content stops. */
  readonly tail: number | null;
}

function matchesAt(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (!outside(toks[i + k]) || word(toks[i + k]) !== words[k]) return false;
  return true;
}

/** Index of the auxiliary before a participle at i (across negators and short adverbs), or -1. */
function auxBefore(toks: readonly Tok[], i: number, lc: LanguageCues, german: boolean): number {
  for (let j = i - 1, gap = 0; j >= 0 && gap <= (german ? MAX_VERB_FINAL_GAP : MAX_AUX_GAP); j--, gap++) {
    const t = toks[j]!;
    if (!outside(t) || (isPunct(t) && !german) || SENTENCE_END.has(t.text)) return -1;
    if (german && (t.text === ',' || lc.that.has(word(t)))) return -1;
    if (lc.aux.has(word(t))) return j;
  }
  return -1;
}

/** True when the cue [from, to) is negated: a negator just before it, inside it, or right after the verb. */
function negated(toks: readonly Tok[], from: number, to: number, core: number, lc: LanguageCues): boolean {
  for (let k = Math.max(0, from - 2); k < to; k++) if (outside(toks[k]) && lc.negators.has(word(toks[k]))) return true;
  // "bestritt nicht", "ne dément pas"
  return outside(toks[core + 1]) && lc.negators.has(word(toks[core + 1])) && !lc.that.has(word(toks[core + 2]));
}

/** The cues of one sentence, left to right, outside quotations. */
export function findLanguageCues(s: Sent, lc: LanguageCues, german: boolean): Hit[] {
  const toks = s.toks;
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!outside(t)) continue;
    let hit: Hit | null = null;
    for (const cue of lc.byFirst.get(word(t)) ?? []) {
      if (cue.type === 'verb-sep') {
        const particle = cue.tokens[cue.tokens.length - 1]!;
        let p = -1;
        for (let k = i + 1; k < toks.length && k - i <= MAX_PARTICLE_GAP; k++) {
          const w = toks[k]!;
          if (
            word(w) === particle &&
            outside(w) &&
            (isPunct(toks[k + 1]) || !toks[k + 1] || lc.that.has(word(toks[k + 1])))
          ) {
            p = k;
            break;
          }
          if (isPunct(w) && w.text !== ',') break;
        }
        if (p < 0) continue;
        hit = { cue, from: i, to: i + 1, core: i, cls: cue.cls, tail: p };
        break;
      }
      if (!matchesAt(toks, i, cue.tokens)) continue;
      const end = i + cue.tokens.length;
      if (cue.type === 'participle') {
        const aux = auxBefore(toks, i, lc, german);
        if (aux < 0) continue; // "un démenti", "le ministère accusé de …": no auxiliary, no cue
        const adjacent = i - aux <= MAX_AUX_GAP + 1 && !toks.slice(aux + 1, i).some((x) => lc.articles.has(word(x)));
        hit = { cue, from: adjacent ? aux : i, to: end, core: i, cls: cue.cls, tail: adjacent ? null : aux };
        break;
      }
      // "un démenti", "la denuncia": an article before a bare form makes it a noun
      if ((cue.type === 'verb' || cue.type === 'gerund') && lc.articles.has(word(toks[i - 1]))) continue;
      hit = { cue, from: i, to: end, core: i, cls: cue.cls, tail: null };
      break;
    }
    if (!hit) continue;
    // "según informó la Media Luna Roja": a reporting verb right after the preposition belongs to its cue
    if (hit.cue.type === 'prep' && lc.byFirst.get(word(toks[hit.to]))?.some((c) => c.type === 'verb'))
      hit = { ...hit, to: hit.to + 1 };
    if (hit.cue.type !== 'prep' && hit.cue.type !== 'post' && hit.cue.type !== 'self') {
      if (negated(toks, hit.from, hit.to, hit.core, lc)) {
        // "no negó que …": the source did not deny, it let the content stand; other negated cues say nothing.
        if (hit.cls !== 'deny') continue;
        let from = hit.from;
        while (from > 0 && lc.negators.has(word(toks[from - 1]))) from--;
        hit = { ...hit, from, cls: 'report' };
      }
    }
    hits.push(hit);
    i = Math.max(i, hit.to - 1);
  }
  return hits;
}
