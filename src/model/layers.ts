import type { Provenance, Span, SpanAnnotation } from './span.js';

/** What a noise span is: boilerplate that later stages skip. Credit lines stay visible to provenance. */
export type NoiseKind =
  | 'newsletter'
  | 'subscribe'
  | 'caption'
  | 'credit'
  | 'byline'
  | 'share'
  | 'source-line'
  | 'related'
  | 'advert'
  | 'copyright';

export interface NoiseSpan extends SpanAnnotation {
  readonly kind: NoiseKind;
}

export type SentenceKind = 'sentence' | 'heading';

export interface Sentence extends SpanAnnotation {
  readonly kind: SentenceKind;
  /** 0-based index of the paragraph (block of text between blank or hard line breaks) holding the sentence. */
  readonly paragraph: number;
}

/** How the outlet was found. */
export type OutletBasis = 'metadata' | 'url' | 'text';

/** The outlet that published a document. `evidence` is the span that names it, or null when it came from metadata. */
export interface OutletFinding {
  readonly id: string;
  readonly name: string;
  readonly basis: OutletBasis;
  readonly evidence: Span | null;
  readonly source: Provenance;
}

/**
 * Every per-document layer, by name. A stage's name is the layer it writes. Later stages add their layer here,
 * with the type of one item: a layer is always an array (possibly empty).
 */
export interface LayerTypes {
  noise: NoiseSpan;
  sentences: Sentence;
  outlet: OutletFinding;
}

export type LayerName = keyof LayerTypes;

/** The layers computed so far for one document. */
export type Layers = { [K in LayerName]?: readonly LayerTypes[K][] };
