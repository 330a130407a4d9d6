import type { Layers, SourceDocument } from '../model/index.js';
import type { Report } from '../report/contract.js';

/** A document's per-document layers as stored, with the pipeline version that computed them. */
export interface StoredLayers {
  readonly layers: Layers;
  readonly pipelineVersion: string;
}

/**
 * Layers already serialised by `serialiseLayers` (serialise.ts): one JSON text per layer. A worker thread serialises
 * its document's layers, so the main thread writes them without cloning the objects back and stringifying again.
 */
export interface SerialisedLayers {
  readonly layerJson: Readonly<Record<string, string>>;
  readonly pipelineVersion: string;
}

/** One document and its layers, as objects or already serialised, for `saveAnalyses`. */
export interface AnalysisToSave {
  readonly document: SourceDocument;
  readonly stored: StoredLayers | SerialisedLayers;
}

/** One stored analysis run: which documents it covered and the report it produced. */
export interface StoredReport {
  readonly id: string;
  readonly createdAt: string;
  readonly documentIds: readonly string[];
  readonly report: Report;
}

/** A revision: what changed between two stored reports (the watch loop records one per poll that changed something). */
export interface StoredRevision {
  readonly id: string;
  /** ISO 8601 UTC (`toISOString()`), so that text order is time order. */
  readonly createdAt: string;
  /** The report this revision leads to. */
  readonly reportId: string;
  /** The report it is compared with; null for the first. */
  readonly previousReportId: string | null;
  /** What changed, as plain JSON (the app's ReportDiff; the store does not look inside). */
  readonly changes: unknown;
}

/**
 * The storage port. SQLite is the default adapter; every adapter passes the one contract suite in
 * store-contract.ts. Writes are atomic per call: a crash between calls loses at most the call under way.
 *
 * Every failure is a `StoreError` (store-error.ts) with a stable `code`. Values go in and come out as copies:
 * layers and reports must be plain JSON (a BigInt gives `not_serialisable`), and a caller mutating what it
 * passed or got back never changes what is stored.
 */
export interface Store {
  /**
   * Stores a document unless one with the same id exists. Returns true when it was new. Never edits a stored text.
   * A text with a lone UTF-16 surrogate is refused (`invalid_text`): it could not be stored exactly.
   */
  saveDocument(document: SourceDocument): boolean;
  getDocument(id: string): SourceDocument | null;
  /** All stored documents, oldest (first saved) first. */
  listDocuments(): SourceDocument[];
  /**
   * Replaces the stored layers of a document (all of them, in one transaction). The document must be stored
   * (`unknown_document` otherwise). Layers whose value is undefined are skipped; an empty `layers` object clears.
   */
  saveLayers(documentId: string, stored: StoredLayers): void;
  /** The layers last saved for the document, or null when it has none (or is unknown). */
  getLayers(documentId: string): StoredLayers | null;
  /**
   * Stores a document (unless present) and replaces its layers, atomically: on any error nothing is written.
   * If a document with the same id but a different text is stored, throws `document_conflict`, since the
   * layers' spans point into the offered text.
   */
  saveAnalysis(document: SourceDocument, stored: StoredLayers): void;
  /**
   * saveAnalysis for many documents in one transaction: all are written or, on any error, none. A batch costs one
   * commit instead of one per document (the per-document phase of `analyze` writes in batches).
   */
  saveAnalyses(batch: readonly AnalysisToSave[]): void;
  /** The pipeline version of the layers last saved for the document (without reading them), or null. */
  getLayersVersion(documentId: string): string | null;
  /** Stores a report; a report with the same id is replaced and becomes the latest. */
  saveReport(report: StoredReport): void;
  /** The report saved last, or null. */
  getLatestReport(): StoredReport | null;
  /** Summaries of all reports, oldest (first saved) first. */
  listReports(): { id: string; createdAt: string; documents: number }[];
  /** A stored report by id, or null. */
  getReport(id: string): StoredReport | null;
  /**
   * Remembers item keys (a normalised URL, a content hash) as read, with the document they gave (null when none,
   * e.g. a duplicate). A key already seen keeps its first document and time.
   */
  markSeen(keys: readonly string[], documentId: string | null, seenAt: string): void;
  /** True when the key was marked seen. */
  hasSeen(key: string): boolean;
  /** Stores a revision; one with the same id is replaced. */
  saveRevision(revision: StoredRevision): void;
  /** Revisions created at or after `since` (ISO 8601 UTC; all when omitted), oldest (first saved) first. */
  listRevisions(since?: string): StoredRevision[];
  /** Releases the store; idempotent. Any later call throws `store_closed`. */
  close(): void;
}
