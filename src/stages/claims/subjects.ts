/** Finding a cue's source phrase: left of it, after it (inverted), through appositives and relative pronouns. */
import type { CueHit } from './cues.js';
import {
  CONJ,
  DASHES,
  isComma,
  isThat,
  MAX_CHAIN_SEGMENTS,
  MAX_SEGMENT_TOKENS,
  RELATIVES,
  SENTENCE_END,
} from './frame-kit.js';
import type { ClaimLexicon } from './lexicon.js';
import { hasName, isHeadTok, type NpSpan, npLeft, npRight } from './np.js';
import { isQuoteMark, type Sent, type Tok } from './tokens.js';

/** Words that may follow an inverted source and open a clause of their own ("…,” said X when asked about …"). */
const INVERTED_FOLLOWERS = new Set(['when', 'while', 'after', 'before', 'as', 'because']);

/** A source phrase right after an inverted cue ("said Mr Carden", "said the ministry."), with its end. */
export function invertedSource(s: Sent, hit: CueHit, lex: ClaimLexicon): NpSpan | null {
  const toks = s.toks;
  const before = toks[hit.from - 1];
  if (!before || !(isComma(before) || isQuoteMark(before))) return null;
  const np = npRight(toks, hit.to, toks.length, lex);
  if (!np) return null;
  // "…,” said X." / "…, said X, a lawyer who …" / "…,” said X when asked …" / "…, said X of the plan".
  if (isThat(toks[np.from]) || (RELATIVES.has(toks[np.from]!.lower) && np.to - np.from === 1)) return null;
  const after = toks[np.to];
  if (!after) return np;
  const ok =
    SENTENCE_END.has(after.text) ||
    isComma(after) ||
    after.text === ';' ||
    DASHES.has(after.text) ||
    RELATIVES.has(after.lower) ||
    after.pos === 'ADP' ||
    after.pos === 'SCONJ' ||
    INVERTED_FOLLOWERS.has(after.lower) ||
    (after.pos === 'VERB' && /ing$/.test(after.lower));
  return ok ? np : null;
}

/** An appositive right after a phrase ending at `to` (", a UK-based monitoring group,"), or null. */
export function appositiveAfter(s: Sent, to: number, lex: ClaimLexicon): NpSpan | null {
  const toks = s.toks;
  if (!isComma(toks[to])) return null;
  const det = toks[to + 1];
  if (!det || !(det.pos === 'DET' || det.lower === 'the')) return null;
  const np = npRight(toks, to + 1, toks.length, lex);
  if (!np) return null;
  const after = toks[np.to];
  return !after || SENTENCE_END.has(after.text) || isComma(after) || RELATIVES.has(after.lower) ? np : null;
}

type SegmentKind = 'np' | 'relative' | 'other';

/** A bare name: two or more capitalised words and nothing else ("David Carden", "Abd Alghani Al-Aryan"). */
function isBareName(toks: readonly Tok[], np: NpSpan): boolean {
  if (np.to - np.from < 2) return false;
  for (let k = np.from; k < np.to; k++) {
    const t = toks[k]!;
    if (!(/^\p{Lu}/u.test(t.text) || /^(?:-|al|el|bin|ibn|abu)$/i.test(t.text)) || t.pos === 'DET') return false;
  }
  return true;
}

/**
 * "X, a commander in Y, said": the subject of a cue preceded by a comma. Walks the comma-separated phrases
 * leftwards and returns the leftmost noun phrase that names someone (else the leftmost noun phrase); the other
 * noun phrases are appositives.
 */
export function commaChainSubject(
  s: Sent,
  comma: number,
  lex: ClaimLexicon,
): { subject: NpSpan; describers: NpSpan[]; extent: NpSpan } | null {
  const toks = s.toks;
  const nps: { np: NpSpan; full: boolean; named: boolean; bare: boolean }[] = [];
  const describers: NpSpan[] = [];
  let end = comma;
  /** Comma-separated phrases passed, adverbs ("however", "for instance") not counted. */
  let segments = 0;
  for (let n = 0; n < MAX_CHAIN_SEGMENTS && end > 0; n++) {
    let start = end - 1;
    let depth = 0;
    while (start >= 0 && end - start <= MAX_SEGMENT_TOKENS) {
      const t = toks[start]!;
      if (t.text === ')') depth++;
      if (t.text === '(') depth--;
      if (depth <= 0 && isComma(t)) break;
      if (t.quote >= 0 || SENTENCE_END.has(t.text) || t.text === ';') break;
      start--;
    }
    const from = start + 1;
    if (from >= end || end - start > MAX_SEGMENT_TOKENS) break;
    let a = from;
    while (a < end && CONJ.has(toks[a]!.lower)) a++;
    const first = toks[a];
    if (!first) break;
    // "X, however, said", "X, for instance, said": an adverbial between commas is stepped over.
    if (isAdverbial(toks, a, end)) {
      if (!isComma(toks[start])) break;
      end = start;
      continue;
    }
    let kind: SegmentKind = 'other';
    // "Arab leaders, such as X and Y, said": the examples describe the subject.
    const suchAs = first.lower === 'such' && toks[a + 1]?.lower === 'as';
    const np = npRight(toks, suchAs ? a + 2 : a, end, lex);
    if (suchAs) {
      kind = 'relative';
      if (np) describers.push(np);
    } else if (RELATIVES.has(first.lower) || (first.pos === 'VERB' && /(?:ing|ed)$/.test(first.lower))) {
      kind = 'relative';
    } else if (np) kind = 'np';
    if (kind === 'np' && np)
      nps.push({ np, full: np.to === end, named: hasName(toks, np), bare: isBareName(toks, np) });
    if (kind === 'other') {
      // "Earlier this month a woman in Worcester, Massachusetts, told": the noun phrase ending the segment.
      const tail = npLeft(toks, end, from, lex);
      if (tail && tail.to === end)
        nps.push({ np: tail, full: true, named: hasName(toks, tail), bare: isBareName(toks, tail) });
      break;
    }
    segments++;
    if (start < 0 || !isComma(toks[start])) break;
    end = start;
  }
  const leftmost = [...nps].reverse();
  // The subject is the leftmost named phrase ("Stacy Baker of Columbia, South Carolina,"), unless it opens with a
  // determiner and a bare name follows ("The UN's deputy coordinator, David Carden,").
  const firstNamed = leftmost.find((x) => x.named && x.full);
  const opensWithDet = firstNamed !== undefined && toks[firstNamed.np.from]!.pos === 'DET';
  const named =
    (opensWithDet ? leftmost.find((x) => x.bare && x.full) : undefined) ??
    firstNamed ??
    leftmost.find((x) => x.bare && x.full) ??
    leftmost.find((x) => x.full);
  if (!named) return null;
  const first = leftmost.find((x) => x.full) ?? named;
  // Only adverbials between the subject and the cue ("The government, for instance, refused"): the subject alone.
  const extent =
    segments <= 1 && nps.length === 1 && !describers.length
      ? named.np
      : { from: Math.min(first.np.from, named.np.from), to: comma + 1 };
  return {
    subject: named.np,
    describers: [...nps.filter((x) => x !== named && x.full).map((x) => x.np), ...describers],
    extent,
  };
}

/** Nouns that make an adverbial phrase with a preposition ("for instance", "in fact", "of course"). */
const ADVERBIAL_NOUNS = new Set([
  'instance',
  'example',
  'fact',
  'course',
  'turn',
  'particular',
  'addition',
  'contrast',
]);

/** True when toks[a, end) is an adverb or a fixed adverbial phrase. */
function isAdverbial(toks: readonly Tok[], a: number, end: number): boolean {
  if (end - a === 1) return toks[a]!.pos === 'ADV';
  return end - a === 2 && toks[a]!.pos === 'ADP' && ADVERBIAL_NOUNS.has(toks[a + 1]!.lower);
}

/** Commas tried when looking for a clause subject after an introductory phrase ("On Friday, in Aleppo, X …"). */
const MAX_INTRO_COMMAS = 3;

/** The subject noun phrase of the clause starting at `from` (after any introductory phrase), or null. */
export function clauseSubject(s: Sent, from: number, before: number, lex: ClaimLexicon): NpSpan | null {
  const toks = s.toks;
  const starts: number[] = [from];
  for (let k = from; k < before && starts.length <= MAX_INTRO_COMMAS; k++) if (isComma(toks[k])) starts.push(k + 1);
  for (const [n, start] of starts.entries()) {
    let a = start;
    while (a < before && (CONJ.has(toks[a]!.lower) || toks[a]!.pos === 'ADV' || isComma(toks[a]))) a++;
    const np = npRight(toks, a, before, lex);
    let v = np ? np.to : a;
    while (np && v < before && toks[v]!.pos === 'ADV') v++;
    // "The OLF on Wednesday released …": a time adjunct between the subject and its verb.
    if (np && toks[v]?.pos === 'ADP') {
      let w = v + 1;
      while (w < before && w - v <= 3 && (toks[w]!.pos === 'DET' || lex.timeWords.has(toks[w]!.lower))) w++;
      if (w > v + 1 && lex.timeWords.has(toks[w - 1]!.lower)) v = w;
    }
    const next = np ? toks[v] : undefined;
    if (!np || !next) continue;
    if (next.pos === 'VERB' || next.pos === 'AUX') return np;
    // "The rebels released photos of …": the chunker read the verb as a participle modifier; the subject ends
    // before it.
    for (let k = np.from + 1; k < np.to; k++) {
      const t = toks[k]!;
      if (t.pos === 'VERB' && /ed$/.test(t.lower) && isHeadTok(toks[k - 1]) && toks[k - 1]!.pos !== 'PROPN')
        return { from: np.from, to: k };
    }
    // "Turkey, a key supporter of the rebels, condemned …": a subject followed by its appositive.
    if (n === 0 && isComma(next)) return np;
  }
  return null;
}

/**
 * The antecedent of a relative pronoun at `rel` ("commanders of HTS, an Islamist group once aligned with
 * al-Qaeda, who said"): the noun phrase before it, stepping over one appositive that opens with a determiner.
 * Returns [antecedent, appositive?] or [].
 */
function antecedentOf(s: Sent, rel: number, lex: ClaimLexicon): NpSpan[] {
  const toks = s.toks;
  const c = isComma(toks[rel - 1]) ? rel - 1 : rel;
  if (c === rel) {
    const np = npLeft(toks, rel, 0, lex);
    return np ? [np] : [];
  }
  let start = c - 1;
  while (start >= 0 && c - start <= MAX_SEGMENT_TOKENS && !isComma(toks[start]) && !SENTENCE_END.has(toks[start]!.text))
    start--;
  const first = toks[start + 1];
  if (start >= 0 && isComma(toks[start]) && first && (first.pos === 'DET' || first.lower === 'the')) {
    const ante = npLeft(toks, start, 0, lex);
    const app = npRight(toks, start + 1, c, lex);
    if (ante) return app ? [ante, app] : [ante];
  }
  const np = npLeft(toks, c, 0, lex);
  return np ? [np] : [];
}

/** Quantifiers that stand alone for a part of the people asked ("some say", "another says", "others said"). */
const STANDALONE_QUANTIFIERS = new Set(['some', 'others', 'another', 'many', 'few', 'most']);

/** "a third said", "nearly a quarter said": a quantifier the tagger did not read as a noun, as the subject. */
export function quantifierBefore(toks: readonly Tok[], j: number, lex: ClaimLexicon): NpSpan | null {
  const q = toks[j - 1];
  // "Some say …", "another says …", "others said …": a quantifier pronoun opening its clause.
  const opener = toks[j - 2];
  if (
    q &&
    q.quote < 0 &&
    STANDALONE_QUANTIFIERS.has(q.lower) &&
    (!opener || isComma(opener) || CONJ.has(opener.lower) || opener.lower === 'while')
  )
    return { from: j - 1, to: j };
  if (!q || q.quote >= 0 || !lex.kindWords.has(q.lower) || (q.pos !== 'ADV' && q.pos !== 'ADJ')) return null;
  const det = toks[j - 2];
  if (det?.lower !== 'a' && det?.lower !== 'the') return null;
  return { from: j - 2, to: j };
}

/** The source phrase left of a verb cue: a noun phrase, a comma chain, "who" and its antecedent, a reduced relative. */
export function leftSource(
  s: Sent,
  hit: CueHit,
  lex: ClaimLexicon,
): { np: NpSpan; describers: NpSpan[]; extent?: NpSpan } | null {
  const toks = s.toks;
  let j = hit.from;
  // "the ministry on Thursday said": a time adjunct between subject and verb.
  if (j >= 2 && lex.timeWords.has(toks[j - 1]!.lower) && toks[j - 2]!.pos === 'ADP') j -= 2;
  if (isComma(toks[j - 1])) {
    const chain = commaChainSubject(s, j - 1, lex);
    return chain ? { np: chain.subject, describers: chain.describers, extent: chain.extent } : null;
  }
  const np = npLeft(toks, j, 0, lex) ?? quantifierBefore(toks, j, lex);
  // "phone calls to discuss": a lone singular common noun with no determiner is a compound, not a speaker.
  const lone = np && np.to - np.from === 1 ? toks[np.from]! : null;
  if (lone && lone.pos === 'NOUN' && lone.lemma === lone.lower && !lex.kindWords.has(lone.lower)) return null;
  if (np) {
    // "…, a charge Lirrow denies": the noun of the statement is not part of its source.
    let from = np.from;
    if (toks[from]?.pos === 'DET') from++;
    const noun = toks[from];
    if (
      noun &&
      np.to - from >= 2 &&
      lex.phrases.some((p) => p.frame === 'noun' && p.tokens.length === 1 && p.tokens[0] === noun.lower)
    ) {
      if (isHeadTok(toks[from + 1]) && /^\p{Lu}/u.test(toks[from + 1]!.text)) {
        return { np: { from: from + 1, to: np.to }, describers: [], extent: np };
      }
    }
    const t = toks[np.from]!;
    if (np.to - np.from === 1 && RELATIVES.has(t.lower)) {
      return { np, describers: antecedentOf(s, np.from, lex) };
    }
    return { np, describers: [] };
  }
  // "A military statement put out on Thursday said": the subject before a reduced relative clause.
  const subj = clauseSubject(s, 0, j, lex);
  if (subj && subj.to < j) {
    let ok = true;
    for (let k = subj.to; k < j; k++) {
      const t = toks[k]!;
      if (t.pos === 'AUX' || t.pos === 'PRON' || isComma(t) || t.quote >= 0) ok = false;
    }
    if (ok) return { np: subj, describers: [] };
  }
  return null;
}
