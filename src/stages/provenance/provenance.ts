import type { CorpusStage } from '../../pipeline/stage.js';
import { alignDocuments, forgetSentenceIndexes } from './align.js';
import { CandidateIndex, type CandidateIndexOptions } from './candidate-index.js';
import { findCredits, outletAgency } from './credits.js';
import {
  contentSentences,
  type DocumentFeatures,
  documentFeatures,
  sortedContainment,
  sortedGrams,
} from './features.js';
import { independenceGroups } from './groups.js';
import type { ProvenanceLexicon } from './lexicon.js';
import { shingleHashes, signature } from './minhash.js';
import { relate } from './relate.js';
import { inverseFrequency, sentenceFrequency } from './similarity.js';
import type { WordCache } from './tokens.js';
import type { CreditFinding, ProvenanceLink, ProvenanceResult } from './types.js';

declare module '../../pipeline/stage.js' {
  interface StageResources {
    provenanceLexicon: ProvenanceLexicon;
  }
}

/** Shingles are pairs of consecutive content units (function words dropped, synonyms and lemmas canonicalised). */
export const SHINGLE_SIZE = 2;

/**
 * Candidate index settings. Calibration (eval/provenance/background-jaccard.ts): content-unit bigram Jaccard is
 * 0.0035 (median) between unrelated news texts (pseudo-articles of MRPC sentences), 0.026–0.058 between the dev
 * corpus pairs (independent reports of one event, and the pair sharing spun Reuters copy), and ≥ 0.3 for copies and
 * spun rewrites. Bands of one row over 64 one-permutation bins, "agree in ≥ 2 bins": a pair at J = 0.05 is proposed
 * with p ≈ 0.84, at J = 0.1 with p ≈ 0.99, at J = 0.0035 with p ≈ 0.02. Buckets stop growing at 16 documents (a
 * minimum shared by more is a stock phrase, or a story copied so often that its first 16 copies suffice to group
 * it): on 100,000 synthetic documents this cut candidates from 30 to 9 per document with the same copy and rewrite
 * recall (eval/provenance/index-scale.ts). Each document keeps its 50 best-agreeing earlier documents.
 */
export const CANDIDATE_INDEX: CandidateIndexOptions = {
  signatureSize: 64,
  bucketCap: 16,
  minAgreements: 2,
  maxCandidates: 50,
};

/** Documents whose verbatim grams stay cached while candidate pairs are checked (≈4 kB each for a 5 kB article). */
const GRAM_CACHE = 2048;

interface Prepared {
  readonly features: DocumentFeatures;
  readonly credits: readonly CreditFinding[];
  readonly agency: string | null;
  readonly published: string | null;
}

/** Pairs proposed by the candidate index, as [earlier index, later index]. */
export function candidatePairs(features: readonly DocumentFeatures[], options = CANDIDATE_INDEX): [number, number][] {
  const index = new CandidateIndex({ ...options, expectedDocuments: features.length });
  const pairs: [number, number][] = [];
  for (const f of features) {
    const { id, candidates } = index.add(signature(shingleHashes(f.stream, SHINGLE_SIZE), options.signatureSize));
    for (const c of candidates) pairs.push([c.id, id]);
  }
  return pairs;
}

export const provenance: CorpusStage<'provenance'> = {
  kind: 'corpus',
  name: 'provenance',
  requires: ['noise', 'sentences', 'outlet'],
  requiresCorpus: [],
  description:
    'Which documents copy, rewrite or share wire copy with which (aligned sentences as evidence), and the ' +
    'independence groups used to count corroboration.',
  run(documents, _corpus, ctx): ProvenanceResult {
    const lex = ctx.resources.provenanceLexicon;
    if (!lex) throw new Error('resources.provenanceLexicon is missing (load it with loadProvenanceLexicon)');
    const cache: WordCache = new Map();
    const prepared: Prepared[] = documents.map(({ document, layers }, i) => {
      if (!layers.sentences) ctx.warn(`provenance: ${document.id} has no sentences layer; it is not compared`);
      const noise = layers.noise ?? [];
      const spans = contentSentences(layers.sentences ?? [], noise);
      return {
        features: documentFeatures(document.id, i, document.text, spans, lex, cache),
        credits: findCredits(document.text, noise, document.meta, lex),
        agency: outletAgency(layers.outlet?.[0]?.name ?? document.meta.outlet, lex),
        published: document.meta.published,
      };
    });
    const pairs = candidatePairs(prepared.map((p) => p.features));
    const { df, n } = sentenceFrequency(prepared.flatMap((p) => p.features.sentences));
    const weight = inverseFrequency(df, n);
    const links: ProvenanceLink[] = [];
    // Pairs come in order of their earlier document, whose candidates are mostly recent documents: a bounded cache
    // of gram arrays serves nearly every lookup without holding the grams of the whole batch.
    const grams = new Map<number, Uint32Array>();
    const gramsOf = (i: number): Uint32Array => {
      const known = grams.get(i);
      if (known) return known;
      const g = sortedGrams(prepared[i]!.features);
      grams.set(i, g);
      if (grams.size > GRAM_CACHE) grams.delete(grams.keys().next().value!);
      return g;
    };
    for (const [x, y] of pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1])) {
      const [pa, pb] = [prepared[x]!, prepared[y]!];
      const alignments = alignDocuments(pa.features, pb.features, weight);
      const [gx, gy] = [gramsOf(x), gramsOf(y)];
      const [containmentA, containmentB] = [sortedContainment(gx, gy), sortedContainment(gy, gx)];
      const v = relate({
        a: pa.features,
        b: pb.features,
        alignments,
        creditsA: pa.credits,
        creditsB: pb.credits,
        agencyA: pa.agency,
        agencyB: pb.agency,
        publishedA: pa.published,
        publishedB: pb.published,
        containmentA,
        containmentB,
      });
      if (!v.relation) continue;
      links.push({
        a: pa.features.id,
        b: pb.features.id,
        relation: v.relation,
        direction: v.direction,
        similarity: Number(v.similarity.toFixed(3)),
        aligned: alignments.map((m) => ({
          a: pa.features.sentences[m.i]!.span,
          b: pb.features.sentences[m.j]!.span,
          kind: m.kind,
          score: Number(m.score.toFixed(3)),
        })),
        evidence: {
          coverageA: Number(v.coverageA.toFixed(3)),
          coverageB: Number(v.coverageB.toFixed(3)),
          containmentA: Number(containmentA.toFixed(3)),
          containmentB: Number(containmentB.toFixed(3)),
          sharedCredits: v.sharedCredits,
          relationRule: v.relationRule,
          directionRule: v.directionRule,
        },
        source: { stage: 'provenance', rule: v.relationRule },
      });
    }
    forgetSentenceIndexes();
    const ids = prepared.map((p) => p.features.id);
    return {
      links,
      groups: independenceGroups(ids, links),
      credits: Object.fromEntries(prepared.map((p) => [p.features.id, p.credits])),
      candidatePairs: pairs.length,
    };
  },
};
