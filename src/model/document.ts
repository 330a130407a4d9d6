import type { Span } from './span.js';

/** How a document's publication date was established (the contract's `published_basis`). */
export type PublishedBasis = 'metadata' | 'text' | 'inferred' | 'user';

/** Metadata known about a document before any stage runs: from the file, its manifest, HTML meta or the user. */
export interface DocumentMeta {
  readonly url: string | null;
  readonly outlet: string | null;
  readonly title: string | null;
  /** ISO date (YYYY-MM-DD, or YYYY-MM / YYYY) or null. */
  readonly published: string | null;
  readonly publishedBasis: PublishedBasis | null;
  /** ISO 639-1, or null when the input did not say. */
  readonly language: string | null;
  /** Credit or byline strings found outside the body text (HTML meta), kept for provenance. */
  readonly byline: string | null;
}

/**
 * A document as ingest fixed it. `text` is set once and never edited: every annotation is a span over it.
 * `id` is derived from the content (text plus the metadata that identifies the copy), so re-reading the same
 * input yields the same id.
 */
export interface SourceDocument {
  readonly id: string;
  /** The path or URL as the user gave it (for records inside a JSONL file: `file.jsonl:LINE`; in a JSON array: `file.json[INDEX]`). */
  readonly input: string;
  readonly text: string;
  readonly meta: DocumentMeta;
  /** sha256 of the text, hex. */
  readonly contentHash: string;
}

/** An input that could not be read: kept with a plain-language reason and a stable code. */
export interface Rejection {
  readonly input: string;
  readonly reason: string;
  readonly code: RejectionCode;
}

export type RejectionCode =
  | 'not_found'
  | 'unreadable'
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too_large'
  | 'unknown_type'
  | 'bad_json'
  | 'no_text'
  | 'bad_metadata'
  | 'bad_url'
  | 'fetch_failed'
  | 'blocked_address'
  | 'bad_content_type'
  | 'timeout'
  | 'too_many_redirects'
  | 'bad_feed'
  | 'bad_warc'
  | 'duplicate';

export const emptyMeta: DocumentMeta = {
  url: null,
  outlet: null,
  title: null,
  published: null,
  publishedBasis: null,
  language: null,
  byline: null,
};

export type { Span };
