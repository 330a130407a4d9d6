import type { PublishedBasis } from '../../model/index.js';

/** Why a span is evidence for a document's publication date. */
export type PublicationEvidenceKind =
  /** "Published 30 November 2024" */
  | 'published'
  /** "Updated: 1 December 2024" */
  | 'updated'
  /** a dateline or header date line */
  | 'dateline'
  /** a date phrase of this document aligned with a dated document reporting the same event */
  | 'aligned'
  /** the dated document's date phrase it was aligned with */
  | 'anchor'
  /** the latest day the document reports as past or present: the date is taken to be that day */
  | 'latest-day';

/** A span (in any document of the batch) that supports or contradicts a publication date. */
export interface PublicationEvidence {
  /** Id of the document the span is in (for `anchor`, another document). */
  readonly doc: string;
  readonly start: number;
  readonly end: number;
  readonly kind: PublicationEvidenceKind;
  /** The day the span stands for, when it is a date phrase. */
  readonly value: string | null;
  /** For `aligned` / `anchor`: weighted word overlap of the two sentences (0–1). */
  readonly similarity: number | null;
}

/** The publication date of one document, how it was established, and the spans that say so. */
export interface PublicationFinding {
  readonly doc: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY from metadata), or null when nothing supports one. */
  readonly published: string | null;
  readonly basis: PublishedBasis | null;
  /** Which rule decided: metadata, user, text:published, text:dateline, text:updated, inferred:aligned, none. */
  readonly rule: string;
  readonly evidence: readonly PublicationEvidence[];
  /** Text dates that disagree with a metadata or user date (kept, not used). */
  readonly conflicts: readonly PublicationEvidence[];
  /** For inferred dates: the alignment score of the chosen date and of the best date a week or more away. */
  readonly score: { readonly best: number; readonly rival: number } | null;
  /** One plain-language sentence: how the date was found. */
  readonly explanation: string;
  /**
   * The document's publication-anchored date mentions (`dates` layer ids) resolved against `published`, for
   * documents the `dates` stage could not resolve (dated here from the text or by inference).
   */
  readonly resolved: Readonly<Record<string, string>>;
}

/** The `publication` corpus layer: one finding per document id. */
export interface PublicationDates {
  readonly documents: Readonly<Record<string, PublicationFinding>>;
}

declare module '../../pipeline/stage.js' {
  interface CorpusLayerTypes {
    publication: PublicationDates;
  }
}
