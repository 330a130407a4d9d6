import type { GazetteerEntry, PlaceLexicon } from '../gazetteer/types.js';
import type { Token } from '../text/tokenize.js';
import type { Resolved } from './analyse.js';
import type { TokenFrame } from './candidates.js';
import { type Cues, NO_CUES } from './context.js';

/** Lower-case words allowed between "the" (or "the city's") and the head: "the old citadel", "the field artillery college". */
const MAX_MODIFIERS = 3;
/**
 * The place in focus must be a populated place of at least this size, or a capital: a description such as "the
 * airport" refers back to a city, not to a hamlet that happened to be named before. Calibration: dev corpus.
 */
const FOCUS_MIN_POPULATION = 10_000;

/** Token index after `phrase` if it starts at `at` (lower case, same sentence, no noise); else -1. */
function phraseAt(f: TokenFrame, at: number, phrases: readonly (readonly string[])[], sentence: number): number {
  for (const p of phrases) {
    if (at + p.length > f.tokens.length) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) {
      const t = f.tokens[at + k] as Token;
      ok = t.norm === p[k] && !t.cap && f.sentence[at + k] === sentence && !f.noise[at + k];
    }
    if (ok) return at + p.length;
  }
  return -1;
}

const cuesFor = (a: number, b: number): Cues => ({ ...NO_CUES, a, b, landmark: true });

const firstWordSets = new WeakMap<PlaceLexicon, Set<string>>();
/** First words of the back-reference heads (a cheap test before matching the phrases). */
function firstWordsOf(lex: PlaceLexicon): Set<string> {
  let set = firstWordSets.get(lex);
  if (!set) {
    set = new Set();
    for (const p of [...lex.backReferenceHeads, ...lex.backReferencePartHeads]) if (p[0]) set.add(p[0]);
    firstWordSets.set(lex, set);
  }
  return set;
}

/** An ASCII digit in the word (as /\d/, without a regex per token). */
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Definite descriptions without a name that refer to a part of the place in focus: "the old citadel", "the military
 * academy", "the city's international airport", "the city's western edge". The place in focus is the populated place
 * named most often before the phrase (the latest one after a possessive "the city's"). Nothing is found before any
 * place has been named, or when the phrase goes on with "of" ("the citadel of X" names its own place).
 */
export function backReferences(f: TokenFrame, lex: PlaceLexicon, resolved: readonly Resolved[]): Resolved[] {
  if (!lex.backReferenceHeads.length && !lex.backReferencePartHeads.length) return [];
  const cities = resolved.filter(
    (r) =>
      !r.border &&
      r.entry.kind === 'place' &&
      (r.entry.population >= FOCUS_MIN_POPULATION || r.entry.fcode === 'PPLC' || r.entry.fcode === 'PPLA'),
  );
  if (!cities.length) return [];
  const taken = new Uint8Array(f.tokens.length);
  for (const r of resolved) taken.fill(1, r.cues.a, r.cues.b);
  const out: Resolved[] = [];
  const { tokens } = f;
  const starts = firstWordsOf(lex);
  for (let i = 0; i < tokens.length; i++) {
    const the = tokens[i] as Token;
    if (the.norm !== 'the' || f.noise[i] || taken[i]) continue;
    const sentence = f.sentence[i] as number;
    let j = i + 1;
    const possessor = tokens[j];
    const possessive =
      !!possessor &&
      lex.backReferencePossessors.has(possessor.norm) &&
      tokens[j + 1]?.norm === 's' &&
      f.sentence[j + 1] === sentence;
    if (possessive) j += 2;
    let end = -1;
    for (let k = j; k <= j + MAX_MODIFIERS && k < tokens.length; k++) {
      const t = tokens[k] as Token;
      if (t.cap || t.caseless || taken[k] || f.sentence[k] !== sentence || f.noise[k] || hasDigit(t.raw)) break;
      if (!starts.has(t.norm)) continue;
      end = phraseAt(f, k, lex.backReferenceHeads, sentence);
      if (end < 0 && possessive) end = phraseAt(f, k, lex.backReferencePartHeads, sentence);
      if (end > 0) break;
    }
    if (end < 0 || tokens[end]?.norm === 'of') continue;
    const before = cities.filter((r) => r.c.b <= i);
    if (!before.length) continue;
    let anchor: GazetteerEntry;
    if (possessive) anchor = (before[before.length - 1] as Resolved).entry;
    else {
      const counts = new Map<number, number>();
      for (const r of before) counts.set(r.entry.index, (counts.get(r.entry.index) ?? 0) + 1);
      let best = before[before.length - 1] as Resolved;
      for (const r of before) if ((counts.get(r.entry.index) ?? 0) > (counts.get(best.entry.index) ?? 0)) best = r;
      anchor = best.entry;
    }
    out.push({
      c: { a: i, b: end, hits: [], match: 'exact' },
      cues: cuesFor(i, end),
      entry: anchor,
      margin: 1,
      border: false,
      backReference: true,
    });
    i = end - 1;
  }
  return out;
}
