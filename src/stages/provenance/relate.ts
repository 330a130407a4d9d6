import type { Alignment } from './align.js';
import type { DocumentFeatures } from './features.js';
import type { CreditFinding, ProvenanceDirection, ProvenanceRelation } from './types.js';

/**
 * duplicate: both texts are covered to at least this share by verbatim or near-verbatim sentences.
 * Calibration: a republication with a different headline and footer still covers > 0.9 of each body.
 */
export const DUPLICATE_MIN_COVERAGE = 0.9;

/**
 * copy: verbatim or near-verbatim sentences cover at least this share of the shorter text ("substantial share").
 * Calibration: an outlet carrying a wire story with its own intro and context keeps well over half of the wire
 * text; two independent reports of one event share no verbatim sentence on the dev corpus (0 of 10 pairs).
 */
export const COPY_MIN_COVERAGE = 0.5;

/**
 * copy, whatever the sentence splits: at least this share of the shorter text's word 5-grams (function words
 * included) occur in the other. Catches copies whose sentences were merged, split or lightly edited.
 * Calibration: independent reports of one event share ≤ 0.02 of their 5-grams on the dev corpus (names and stock
 * phrases); a copy with a new intro and a cut paragraph keeps > 0.7.
 */
export const COPY_MIN_CONTAINMENT = 0.5;

/** duplicate, whatever the sentence splits: both texts keep at least this share of their 5-grams in the other. */
export const DUPLICATE_MIN_CONTAINMENT = 0.9;

/**
 * rewrite: aligned sentences of any kind (paraphrases included) cover at least this share of the shorter text,
 * with at least REWRITE_MIN_ALIGNED sentences. Calibration: a spun article keeps most sentences (coverage ≥ 0.6 in
 * the tests); independent reports of one event align at most 1 sentence on the dev corpus (coverage ≤ 0.05).
 */
export const REWRITE_MIN_COVERAGE = 0.4;
export const REWRITE_MIN_ALIGNED = 3;

/**
 * shared_source, with a credit: one text credits a wire agency that the other also credits, or that the other
 * (crediting nobody) may carry uncredited, and at least this many sentences align. Calibration: the dev pair that
 * shares Reuters copy aligns 2 spun sentences beside 003's "Associated Press and Reuters contributed" line; the
 * other 003 pairs, which carry the same credit line, align 0 sentences.
 */
export const SHARED_SOURCE_MIN_ALIGNED_WITH_CREDIT = 2;

/**
 * shared_source, without a credit: at least this many verbatim or near-verbatim sentences (not enough for a copy):
 * two outlets carrying passages of one wire story. Two independent reporters do not write the same two sentences.
 */
export const SHARED_SOURCE_MIN_VERBATIM = 2;

/**
 * direction by containment: the shorter text is covered to at least SUPERSET_MIN_COVERAGE and the longer to at
 * most SUPERSET_MAX_OTHER_COVERAGE: the longer text extends the shorter (an outlet adding its own reporting to a
 * wire story), so it is the derived one.
 */
export const SUPERSET_MIN_COVERAGE = 0.8;
export const SUPERSET_MAX_OTHER_COVERAGE = 0.6;

/** Reviewed pairs with at least this many aligned sentences but no relation are kept as `independent` links. */
export const INDEPENDENT_LINK_MIN_ALIGNED = 1;

export interface PairFacts {
  readonly a: DocumentFeatures;
  readonly b: DocumentFeatures;
  readonly alignments: readonly Alignment[];
  readonly creditsA: readonly CreditFinding[];
  readonly creditsB: readonly CreditFinding[];
  /** The agency each document's outlet is, if it is one. */
  readonly agencyA: string | null;
  readonly agencyB: string | null;
  readonly publishedA: string | null;
  readonly publishedB: string | null;
  /** Share of a's (b's) word 5-grams found in the other (see COPY_MIN_CONTAINMENT). */
  readonly containmentA: number;
  readonly containmentB: number;
}

export interface PairVerdict {
  readonly relation: ProvenanceRelation | null;
  readonly direction: ProvenanceDirection;
  readonly similarity: number;
  readonly coverageA: number;
  readonly coverageB: number;
  readonly sharedCredits: readonly string[];
  readonly relationRule: string;
  readonly directionRule: string | null;
}

const VERBATIM = new Set(['verbatim', 'near_verbatim']);

function coverage(f: DocumentFeatures, indices: Iterable<number>): number {
  let n = 0;
  for (const i of indices) n += f.sentences[i]!.surface.length;
  return f.size ? Math.min(1, n / f.size) : 0;
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Which text was made from which, and by which rule; null when the evidence does not say. */
function direction(
  p: PairFacts,
  relation: ProvenanceRelation,
  covA: number,
  covB: number,
): [ProvenanceDirection, string | null] {
  const aCreditsB = p.agencyB !== null && p.creditsA.some((c) => c.agency === p.agencyB);
  const bCreditsA = p.agencyA !== null && p.creditsB.some((c) => c.agency === p.agencyA);
  if (aCreditsB !== bCreditsA) return [aCreditsB ? 'a_from_b' : 'b_from_a', 'credit-names-other'];
  if (relation === 'shared_source') return [null, null];
  const { publishedA: da, publishedB: db } = p;
  if (da && db && FULL_DATE.test(da) && FULL_DATE.test(db) && da !== db) {
    return [da > db ? 'a_from_b' : 'b_from_a', 'published-earlier'];
  }
  if (relation === 'duplicate') return [null, null];
  const [small, large] =
    p.a.size <= p.b.size
      ? [Math.max(covA, p.containmentA), Math.max(covB, p.containmentB)]
      : [Math.max(covB, p.containmentB), Math.max(covA, p.containmentA)];
  if (small >= SUPERSET_MIN_COVERAGE && large <= SUPERSET_MAX_OTHER_COVERAGE) {
    return [p.a.size > p.b.size ? 'a_from_b' : 'b_from_a', 'superset-extends'];
  }
  return [null, null];
}

/** Decides the relation of one candidate pair from its aligned sentences, credits and dates. */
export function relate(p: PairFacts): PairVerdict {
  const al = p.alignments;
  const verbatim = al.filter((m) => VERBATIM.has(m.kind));
  const covA = coverage(
    p.a,
    al.map((m) => m.i),
  );
  const covB = coverage(
    p.b,
    al.map((m) => m.j),
  );
  const vCovA = coverage(
    p.a,
    verbatim.map((m) => m.i),
  );
  const vCovB = coverage(
    p.b,
    verbatim.map((m) => m.j),
  );
  const smallerIsA = p.a.size <= p.b.size;
  const [cov, vCov] = smallerIsA ? [covA, vCovA] : [covB, vCovB];
  let weighted = 0;
  for (const m of al) {
    weighted += m.score * Math.min(p.a.sentences[m.i]!.surface.length, p.b.sentences[m.j]!.surface.length);
  }
  const similarity = Math.min(1, weighted / Math.max(1, Math.min(p.a.size, p.b.size)));
  const agenciesA = new Set(p.creditsA.map((c) => c.agency));
  const agenciesB = new Set(p.creditsB.map((c) => c.agency));
  const sharedCredits = [...agenciesA].filter((x) => agenciesB.has(x));
  const carriesOther =
    (p.agencyB !== null && agenciesA.has(p.agencyB)) || (p.agencyA !== null && agenciesB.has(p.agencyA));
  const oneSidedCredit = agenciesA.size > 0 !== agenciesB.size > 0;

  let relation: ProvenanceRelation | null = null;
  let rule = 'no-evidence';
  const [cA, cB] = [p.containmentA, p.containmentB];
  const cSmall = smallerIsA ? cA : cB;
  if (vCovA >= DUPLICATE_MIN_COVERAGE && vCovB >= DUPLICATE_MIN_COVERAGE) [relation, rule] = ['duplicate', 'duplicate'];
  else if (cA >= DUPLICATE_MIN_CONTAINMENT && cB >= DUPLICATE_MIN_CONTAINMENT)
    [relation, rule] = ['duplicate', 'duplicate-grams'];
  else if (vCov >= COPY_MIN_COVERAGE) [relation, rule] = ['copy', 'copy-verbatim-share'];
  else if (cSmall >= COPY_MIN_CONTAINMENT) [relation, rule] = ['copy', 'copy-contained-grams'];
  else if (cov >= REWRITE_MIN_COVERAGE && al.length >= REWRITE_MIN_ALIGNED)
    [relation, rule] = ['rewrite', 'rewrite-aligned-share'];
  else if (carriesOther && al.length >= SHARED_SOURCE_MIN_ALIGNED_WITH_CREDIT) {
    [relation, rule] = [verbatim.length * 2 >= al.length ? 'copy' : 'rewrite', 'credits-other-outlet'];
  } else if ((sharedCredits.length > 0 || oneSidedCredit) && al.length >= SHARED_SOURCE_MIN_ALIGNED_WITH_CREDIT) {
    [relation, rule] = ['shared_source', sharedCredits.length ? 'shared-credit' : 'one-sided-credit'];
  } else if (verbatim.length >= SHARED_SOURCE_MIN_VERBATIM) [relation, rule] = ['shared_source', 'shared-passages'];
  else if (al.length >= INDEPENDENT_LINK_MIN_ALIGNED) [relation, rule] = ['independent', 'too-little-shared'];

  const [dir, dirRule] = relation && relation !== 'independent' ? direction(p, relation, covA, covB) : [null, null];
  return {
    relation,
    direction: dir,
    similarity,
    coverageA: covA,
    coverageB: covB,
    sharedCredits,
    relationRule: rule,
    directionRule: dirRule,
  };
}
