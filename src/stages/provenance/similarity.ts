import { distance } from 'fastest-levenshtein';
import type { SentenceFeatures } from './features.js';

/** Weight of a unit: its inverse sentence frequency in the batch (rare words say more than "say" or "Aleppo"). */
export type Weight = (unit: string) => number;

/** Two name keys at least this long may differ by one edit (Araghchi ~ Araqchi, Dmitry ~ Dmitri). */
export const FUZZY_NAME_MIN_LENGTH = 5;

/** True when two anchor keys name the same thing despite transliteration (one edit, two for long names). */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] === '#' || b[0] === '#' || a.length < FUZZY_NAME_MIN_LENGTH || b.length < FUZZY_NAME_MIN_LENGTH)
    return false;
  if (Math.abs(a.length - b.length) > 2 || a[0] !== b[0]) return false;
  return distance(a, b) <= (Math.min(a.length, b.length) >= 8 ? 2 : 1);
}

/** What two sentences share, weighted. */
export interface Overlap {
  /** Weighted Dice over all content units, 0–1. */
  readonly dice: number;
  /** Weighted Dice over the non-anchor (wording) units only. */
  readonly wordingDice: number;
  /** Shared wording units (not names, numbers or quotes). */
  readonly sharedWording: number;
  /** Shared anchors. */
  readonly sharedAnchors: number;
  /** Numbers in each sentence that the other lacks. */
  readonly numbersOnlyA: number;
  readonly numbersOnlyB: number;
  /** Weighted share of the smaller sentence covered by shared units. */
  readonly containment: number;
}

const sum = (units: Iterable<string>, w: Weight): number => {
  let t = 0;
  for (const u of units) t += w(u);
  return t;
};

/** A sentence's weighted totals under one weight function, computed once (a sentence is compared with many). */
interface SentenceTotals {
  readonly w: Weight;
  /** Sum of the weights of every unit, in unit order. */
  readonly all: number;
  /** Sum of the weights of the non-anchor (wording) units, in unit order. */
  readonly wording: number;
}

/** Numbers only, so that it stays small next to the features it annotates; recomputed when the weight changes. */
const TOTALS = new WeakMap<SentenceFeatures, SentenceTotals>();

/** The weighted totals of `s` under `w` (the same sums, in the same order, as summing on every comparison). */
export function sentenceTotals(s: SentenceFeatures, w: Weight): SentenceTotals {
  const known = TOTALS.get(s);
  if (known && known.w === w) return known;
  const totals = {
    w,
    all: sum(s.units, w),
    wording: sum(
      s.units.filter((u) => !s.anchors.has(u)),
      w,
    ),
  };
  TOTALS.set(s, totals);
  return totals;
}

/**
 * Pairs each unit of a with the unit of b it matches: the same key, or for anchors the same name spelled otherwise.
 * Returns, per unit index of a, the index of its match in b (-1: none), and the indices of a in the order the
 * matches were made (exact matches first, then names): sums over the pairs run in that order. Units never repeat
 * within a sentence, so positions stand for units; sentences are short, so scans beat building sets per comparison.
 */
function matchUnits(
  a: SentenceFeatures,
  b: SentenceFeatures,
): { match: Int32Array; order: number[]; taken: Uint8Array } {
  const match = new Int32Array(a.units.length).fill(-1);
  const taken = new Uint8Array(b.units.length);
  const order: number[] = [];
  for (let i = 0; i < a.units.length; i++) {
    const j = b.units.indexOf(a.units[i]!);
    if (j < 0) continue;
    match[i] = j;
    taken[j] = 1;
    order.push(i);
  }
  for (let i = 0; i < a.units.length; i++) {
    const u = a.units[i]!;
    if (match[i] !== -1 || !a.anchors.has(u)) continue;
    for (let j = 0; j < b.units.length; j++) {
      const v = b.units[j]!;
      if (taken[j] || !b.anchors.has(v) || !sameName(u, v)) continue;
      match[i] = j;
      taken[j] = 1;
      order.push(i);
      break;
    }
  }
  return { match, order, taken };
}

/** How many wording units right before a name may be its title ("interior ministry spokesman"). */
export const TITLE_MAX_UNITS = 3;

/**
 * Shared wording units that stand right before a shared full name (two name units in a row) in both sentences, in
 * the same order ("interior ministry spokesman" before "Teodor Malsky"): a title that independent reports copy
 * from the same press release, so it counts as part of the name, not as wording. Single names (places, weekdays)
 * take no title: a spun copy keeps its word order before them too. Returns flags per unit index of a (null: none).
 */
function descriptors(a: SentenceFeatures, b: SentenceFeatures, match: Int32Array): Uint8Array | null {
  let out: Uint8Array | null = null;
  const isName = (u: string | undefined) => u !== undefined && u[0] !== '#' && a.anchors.has(u);
  for (let i = 0; i < a.units.length; i++) {
    const n = a.units[i]!;
    const j = match[i]!;
    if (j < 0 || n[0] === '#' || !(a.anchors.has(n) || b.anchors.has(b.units[j]!))) continue;
    if (!isName(a.units[i + 1]) || isName(a.units[i - 1])) continue;
    if (match[i + 1] !== j + 1) continue;
    for (let k = 1; k <= TITLE_MAX_UNITS && i - k >= 0 && j - k >= 0; k++) {
      if (match[i - k] !== j - k) break;
      const u = a.units[i - k]!;
      if (!a.anchors.has(u) && !b.anchors.has(b.units[j - k]!)) {
        out ??= new Uint8Array(a.units.length);
        out[i - k] = 1;
      }
    }
  }
  return out;
}

/** Overlap of two sentences' content units; names match across one-letter transliteration differences. */
export function overlap(a: SentenceFeatures, b: SentenceFeatures, w: Weight): Overlap {
  const { match, order, taken } = matchUnits(a, b);
  const titles = descriptors(a, b, match);
  let shared = 0;
  let sharedWordingW = 0;
  let sharedWording = 0;
  let sharedAnchors = 0;
  for (const i of order) {
    const [u, v] = [a.units[i]!, b.units[match[i]!]!];
    const wu = (w(u) + w(v)) / 2;
    shared += wu;
    if (a.anchors.has(u) || b.anchors.has(v) || titles?.[i]) sharedAnchors++;
    else {
      sharedWording++;
      sharedWordingW += wu;
    }
  }
  let numbersOnlyA = 0;
  for (let i = 0; i < a.units.length; i++) if (a.units[i]![0] === '#' && match[i] === -1) numbersOnlyA++;
  let numbersOnlyB = 0;
  for (let j = 0; j < b.units.length; j++) if (b.units[j]![0] === '#' && !taken[j]) numbersOnlyB++;
  const [ta, tb] = [sentenceTotals(a, w), sentenceTotals(b, w)];
  const totalA = ta.all;
  const totalB = tb.all;
  // Without titles the wording units are the non-anchor units, whose totals are cached.
  let wordingA = ta.wording;
  let wordingB = tb.wording;
  if (titles) {
    const titlesB = new Uint8Array(b.units.length);
    for (let i = 0; i < a.units.length; i++) if (titles[i]) titlesB[match[i]!] = 1;
    wordingA = sum(
      a.units.filter((u, i) => !a.anchors.has(u) && !titles[i]),
      w,
    );
    wordingB = sum(
      b.units.filter((u, j) => !b.anchors.has(u) && !titlesB[j]),
      w,
    );
  }
  return {
    dice: totalA + totalB > 0 ? (2 * shared) / (totalA + totalB) : 0,
    wordingDice: wordingA + wordingB > 0 ? (2 * sharedWordingW) / (wordingA + wordingB) : 0,
    sharedWording,
    sharedAnchors,
    numbersOnlyA,
    numbersOnlyB,
    containment: Math.min(totalA, totalB) > 0 ? shared / Math.min(totalA, totalB) : 0,
  };
}

/** Inverse sentence frequency: ln((N + 1) / (df + 0.5)), never below 0.1. */
export function inverseFrequency(df: ReadonlyMap<string, number>, sentences: number): Weight {
  // Computed once per unit: the aligner asks for the same weights millions of times on a large batch.
  const weights = new Map<string, number>();
  for (const [u, n] of df) weights.set(u, Math.max(0.1, Math.log((sentences + 1) / (n + 0.5))));
  const unseen = Math.max(0.1, Math.log((sentences + 1) / 0.5));
  return (u) => weights.get(u) ?? unseen;
}

/** Counts, for every unit, how many sentences hold it. */
export function sentenceFrequency(sentences: Iterable<SentenceFeatures>): { df: Map<string, number>; n: number } {
  const df = new Map<string, number>();
  let n = 0;
  for (const s of sentences) {
    n++;
    for (const u of s.units) df.set(u, (df.get(u) ?? 0) + 1);
  }
  return { df, n };
}

/** Weighted Dice over exactly equal units only: the aligner's cheap prefilter (see PREFILTER_MIN_DICE). */
export function exactDice(a: SentenceFeatures, b: SentenceFeatures, w: Weight): number {
  const inB = new Set(b.units);
  let shared = 0;
  for (const u of a.units) if (inB.has(u)) shared += w(u);
  const total = sum(a.units, w) + sum(b.units, w);
  return total > 0 ? (2 * shared) / total : 0;
}
