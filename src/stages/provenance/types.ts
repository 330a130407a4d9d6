import type { Span } from '../../model/index.js';

/** How two documents are related. `independent` links are kept only as reviewed near misses (see relate.ts). */
export type ProvenanceRelation = 'duplicate' | 'copy' | 'rewrite' | 'shared_source' | 'independent';

/** Which document derives from which: `a_from_b` means a was made from b. */
export type ProvenanceDirection = 'a_from_b' | 'b_from_a' | null;

/** How closely two aligned sentences match. */
export type AlignmentKind = 'verbatim' | 'near_verbatim' | 'paraphrase';

/** One sentence of document a aligned with one sentence of document b. */
export interface AlignedSentences {
  readonly a: Span;
  readonly b: Span;
  readonly kind: AlignmentKind;
  /** The aligner's score, 0–1 (1 for verbatim). */
  readonly score: number;
}

/** A wire agency or outlet a document credits, with the span that says so (null when it came from metadata). */
export interface CreditFinding {
  readonly agency: string;
  readonly span: Span | null;
  readonly rule: string;
}

/** Why the relation was chosen, for people reading the report. */
export interface LinkEvidence {
  /** Share of a's (b's) content characters inside aligned sentences. */
  readonly coverageA: number;
  readonly coverageB: number;
  /** Share of a's (b's) word 5-grams that occur in the other text. */
  readonly containmentA: number;
  readonly containmentB: number;
  /** Agencies both documents credit (or that one credits and the other is). */
  readonly sharedCredits: readonly string[];
  /** Which rule set the relation and which set the direction. */
  readonly relationRule: string;
  readonly directionRule: string | null;
}

/** A provenance link between two documents (ids in input order: a before b). */
export interface ProvenanceLink {
  readonly a: string;
  readonly b: string;
  readonly relation: ProvenanceRelation;
  readonly direction: ProvenanceDirection;
  /** 0–1: the aligned, score-weighted share of the shorter document's content. */
  readonly similarity: number;
  readonly aligned: readonly AlignedSentences[];
  readonly evidence: LinkEvidence;
  readonly source: { readonly stage: 'provenance'; readonly rule: string };
}

/** What the provenance stage writes: the links, each document's credits, and the independence groups. */
export interface ProvenanceResult {
  readonly links: readonly ProvenanceLink[];
  /** Document id → independence group id. Documents linked by copy, rewrite, duplicate or shared source share one. */
  readonly groups: Readonly<Record<string, string>>;
  /** Document id → agencies the document credits (credit lines, byline metadata). */
  readonly credits: Readonly<Record<string, readonly CreditFinding[]>>;
  /** How many pairs the candidate index proposed (the rest were never compared). */
  readonly candidatePairs: number;
}

declare module '../../pipeline/stage.js' {
  interface CorpusLayerTypes {
    provenance: ProvenanceResult;
  }
}
