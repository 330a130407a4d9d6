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

/** Pairs each unit of a with the unit of b it matches: the same key, or for anchors the same name spelled otherwise. */
function matchUnits(a: SentenceFeatures, b: SentenceFeatures): Map<string, string> {
  const inB = new Set(b.units);
  const pairs = new Map<string, string>();
  const taken = new Set<string>();
  for (const u of a.units) {
    if (inB.has(u)) {
      pairs.set(u, u);
      taken.add(u);
    }
  }
  for (const u of a.units) {
    if (pairs.has(u) || !a.anchors.has(u)) continue;
    const hit = b.units.find((v) => !taken.has(v) && b.anchors.has(v) && sameName(u, v));
    if (hit !== undefined) {
      pairs.set(u, hit);
      taken.add(hit);
    }
  }
  return pairs;
}

/** How many wording units right before a name may be its title ("interior ministry spokesman"). */
export const TITLE_MAX_UNITS = 3;

/**
 * Shared wording units that stand right before a shared full name (two name units in a row) in both sentences, in
 * the same order ("interior ministry spokesman" before "Teodor Malsky"): a title that independent reports copy
 * from the same press release, so it counts as part of the name, not as wording. Single names (places, weekdays)
 * take no title: a spun copy keeps its word order before them too.
 */
function descriptors(a: SentenceFeatures, b: SentenceFeatures, pairs: Map<string, string>): Set<string> {
  const posB = new Map(b.units.map((u, i) => [u, i]));
  const out = new Set<string>();
  a.units.forEach((n, i) => {
    const m = pairs.get(n);
    if (m === undefined || n[0] === '#' || !(a.anchors.has(n) || b.anchors.has(m))) return;
    const j = posB.get(m)!;
    const next = a.units[i + 1];
    const isName = (u: string | undefined) => u !== undefined && u[0] !== '#' && a.anchors.has(u);
    if (!isName(next) || posB.get(pairs.get(next!) ?? '') !== j + 1 || isName(a.units[i - 1])) return;
    for (let k = 1; k <= TITLE_MAX_UNITS && i - k >= 0 && j - k >= 0; k++) {
      const u = a.units[i - k]!;
      if (pairs.get(u) !== b.units[j - k]) break;
      if (!a.anchors.has(u) && !b.anchors.has(pairs.get(u)!)) out.add(u);
    }
  });
  return out;
}

/** Overlap of two sentences' content units; names match across one-letter transliteration differences. */
export function overlap(a: SentenceFeatures, b: SentenceFeatures, w: Weight): Overlap {
  const pairs = matchUnits(a, b);
  const titles = descriptors(a, b, pairs);
  const titlesB = new Set([...titles].map((u) => pairs.get(u)!));
  let shared = 0;
  let sharedWordingW = 0;
  let sharedWording = 0;
  let sharedAnchors = 0;
  for (const [u, v] of pairs) {
    const wu = (w(u) + w(v)) / 2;
    shared += wu;
    if (a.anchors.has(u) || b.anchors.has(v) || titles.has(u)) sharedAnchors++;
    else {
      sharedWording++;
      sharedWordingW += wu;
    }
  }
  const matchedB = new Set(pairs.values());
  const numbersOnlyA = a.units.filter((u) => u[0] === '#' && !pairs.has(u)).length;
  const numbersOnlyB = b.units.filter((u) => u[0] === '#' && !matchedB.has(u)).length;
  const totalA = sum(a.units, w);
  const totalB = sum(b.units, w);
  const wordingA = sum(
    a.units.filter((u) => !a.anchors.has(u) && !titles.has(u)),
    w,
  );
  const wordingB = sum(
    b.units.filter((u) => !b.anchors.has(u) && !titlesB.has(u)),
    w,
  );
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
  return (u) => Math.max(0.1, Math.log((sentences + 1) / ((df.get(u) ?? 0) + 0.5)));
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
