import { distance } from 'fastest-levenshtein';
import type { DocumentFeatures, SentenceFeatures } from './features.js';
import { MIN_SENTENCE_UNITS } from './features.js';
import { overlap, sentenceTotals, type Weight } from './similarity.js';
import type { AlignmentKind } from './types.js';

/**
 * Two sentences are near-verbatim when their lower-case token strings differ by at most this share of characters
 * (Levenshtein / longer length). Calibration: light copy-editing (a changed tense, "the" dropped, a day added)
 * stays above 0.8; independent reports of one fact are below 0.6 on the dev corpus (best 0.55).
 */
export const NEAR_VERBATIM_MIN_RATIO = 0.8;

/**
 * Paraphrase score threshold: score = mean of the weighted Dice over all content units and the weighted Dice over
 * wording units only (anchors excluded). Calibration: on the dev corpus the spun Reuters sentences score 0.54–0.71,
 * independent reports of one fact (the same UN official, the same minister's visit) 0.28–0.45, and formulaic
 * army statements reported by two outlets reach 0.51; 0.5 is also the best 2-fold threshold on MRPC (see
 * eval/provenance/bench-mrpc.ts). Sentence-level paraphrase alone never makes a link: see relate.ts.
 */
export const PARAPHRASE_MIN_SCORE = 0.5;

/**
 * A paraphrase must share at least this many wording units (not names or numbers): two reports of one fact share
 * the names and numbers but word the rest their own way. Calibration: "could not independently verify" pairs share
 * 3; spun sentences share 6–7.
 */
export const PARAPHRASE_MIN_SHARED_WORDING = 4;

/**
 * When both sentences carry numbers the other lacks, they report different figures: the score is multiplied by
 * this factor (a spinner never changes numbers).
 */
export const NUMBER_CONFLICT_FACTOR = 0.5;

/**
 * Sentence pairs whose weighted Dice over exactly equal units is below this are not compared in full. Calibration:
 * every MRPC pair the full comparison accepts has an exact-unit Dice ≥ 0.386 (eval/provenance/bench-mrpc.ts), so the
 * filter loses nothing there, and it makes aligning two dev-corpus articles 16× cheaper (11.5 → 0.7 ms).
 */
export const PREFILTER_MIN_DICE = 0.3;

/** Levenshtein is computed only for pairs whose unit Dice reaches this (near-verbatim pairs share almost all units). */
export const NEAR_VERBATIM_MIN_DICE = 0.6;

export interface SentenceMatch {
  readonly kind: AlignmentKind | null;
  /** 1 for verbatim, the character ratio for near-verbatim, the paraphrase score otherwise. */
  readonly score: number;
  /** The paraphrase score before the shared-wording gate, whatever the kind (used by the MRPC benchmark). */
  readonly paraphraseScore: number;
}

const NO_MATCH: SentenceMatch = { kind: null, score: 0, paraphraseScore: 0 };

/** The paraphrase score of two sentences (0–1) and the gates: enough shared wording, no conflicting figures. */
export function paraphraseScore(
  a: SentenceFeatures,
  b: SentenceFeatures,
  w: Weight,
): { score: number; dice: number; gated: boolean; numberConflict: boolean } {
  const o = overlap(a, b, w);
  const score = (o.dice + o.wordingDice) / 2;
  const numberConflict = o.numbersOnlyA > 0 && o.numbersOnlyB > 0;
  return {
    score: numberConflict ? score * NUMBER_CONFLICT_FACTOR : score,
    dice: o.dice,
    gated: o.sharedWording < PARAPHRASE_MIN_SHARED_WORDING,
    numberConflict,
  };
}

/**
 * Compares two sentences: verbatim, near-verbatim, paraphrase or nothing. Sentences that report different figures
 * are never near-verbatim (a template sentence reused with another toll is a new report, not a copy).
 */
export function matchSentences(a: SentenceFeatures, b: SentenceFeatures, w: Weight): SentenceMatch {
  if (a.units.length < MIN_SENTENCE_UNITS || b.units.length < MIN_SENTENCE_UNITS) return NO_MATCH;
  if (a.surface === b.surface) return { kind: 'verbatim', score: 1, paraphraseScore: 1 };
  const { score: para, dice, gated, numberConflict } = paraphraseScore(a, b, w);
  const longer = Math.max(a.surface.length, b.surface.length);
  const shorter = Math.min(a.surface.length, b.surface.length);
  if (!numberConflict && dice >= NEAR_VERBATIM_MIN_DICE && shorter >= NEAR_VERBATIM_MIN_RATIO * longer) {
    const ratio = 1 - distance(a.surface, b.surface) / longer;
    if (ratio >= NEAR_VERBATIM_MIN_RATIO) return { kind: 'near_verbatim', score: ratio, paraphraseScore: para };
  }
  if (!gated && para >= PARAPHRASE_MIN_SCORE) return { kind: 'paraphrase', score: para, paraphraseScore: para };
  return { kind: null, score: para, paraphraseScore: para };
}

/** One aligned sentence pair, by sentence index. */
export interface Alignment {
  readonly i: number;
  readonly j: number;
  readonly kind: AlignmentKind;
  readonly score: number;
}

const KIND_RANK: Record<AlignmentKind, number> = { verbatim: 2, near_verbatim: 1, paraphrase: 0 };

/** Unit → sentences of one document holding it, and each sentence's total weight: the "b" side of an alignment. */
interface SentenceIndex {
  readonly w: Weight;
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly totalB: readonly number[];
  /** Each sentence's unit weights, in unit order (the "a" side reads them instead of asking the weight again). */
  readonly unitWeights: readonly Float64Array[];
}

/**
 * How many documents keep their SentenceIndex between alignments. The provenance stage aligns candidate pairs in
 * order of the earlier document, and a document's candidates are mostly recent documents, so the same few hundred
 * documents come back as the "b" side again and again; a bounded cache keeps memory flat on a million documents.
 */
const SENTENCE_INDEX_CACHE = 512;
const sentenceIndexes = new Map<DocumentFeatures, SentenceIndex>();

/** Drops the cached sentence indexes (the provenance stage calls it when a run ends, so they do not outlive it). */
export function forgetSentenceIndexes(): void {
  sentenceIndexes.clear();
}

function sentenceIndex(b: DocumentFeatures, w: Weight): SentenceIndex {
  const known = sentenceIndexes.get(b);
  if (known && known.w === w) return known;
  const postings = new Map<string, number[]>();
  const totalB = b.sentences.map((s) => sentenceTotals(s, w).all);
  b.sentences.forEach((s, j) => {
    if (s.units.length < MIN_SENTENCE_UNITS) return;
    for (const u of s.units) (postings.get(u) ?? postings.set(u, []).get(u)!).push(j);
  });
  const unitWeights = b.sentences.map((s) => Float64Array.from(s.units, w));
  const index = { w, postings, totalB, unitWeights };
  sentenceIndexes.delete(b);
  sentenceIndexes.set(b, index);
  if (sentenceIndexes.size > SENTENCE_INDEX_CACHE) sentenceIndexes.delete(sentenceIndexes.keys().next().value!);
  return index;
}

/**
 * Aligns the sentences of two documents one-to-one: every pair passing the exact-unit Dice prefilter is compared,
 * matches are taken best first (verbatim before near-verbatim before paraphrase, then by score), each sentence used once.
 */
export function alignDocuments(a: DocumentFeatures, b: DocumentFeatures, w: Weight): Alignment[] {
  const { postings, totalB } = sentenceIndex(b, w);
  // Consecutive calls mostly share `a` (pairs come in order of their earlier document): its weights are cached too.
  const { unitWeights } = sentenceIndex(a, w);
  const found: Alignment[] = [];
  const shared = new Float64Array(b.sentences.length);
  a.sentences.forEach((s, i) => {
    if (s.units.length < MIN_SENTENCE_UNITS) return;
    const touched: number[] = [];
    const weights = unitWeights[i]!;
    let totalA = 0;
    for (let k = 0; k < s.units.length; k++) {
      const wu = weights[k]!;
      totalA += wu;
      const list = postings.get(s.units[k]!);
      if (!list) continue;
      for (const j of list) {
        if (shared[j] === 0) touched.push(j);
        shared[j]! += wu;
      }
    }
    for (const j of touched) {
      const dice = (2 * shared[j]!) / (totalA + totalB[j]!);
      shared[j] = 0;
      if (dice < PREFILTER_MIN_DICE) continue;
      const m = matchSentences(s, b.sentences[j]!, w);
      if (m.kind) found.push({ i, j, kind: m.kind, score: m.score });
    }
  });
  found.sort((x, y) => KIND_RANK[y.kind] - KIND_RANK[x.kind] || y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: Alignment[] = [];
  for (const m of found) {
    if (usedA.has(m.i) || usedB.has(m.j)) continue;
    usedA.add(m.i);
    usedB.add(m.j);
    out.push(m);
  }
  return out.sort((x, y) => x.i - y.i);
}
