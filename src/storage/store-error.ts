/**
 * Why a store call failed. Shells turn the code into a plain-language message and an exit status, so adapters
 * never let a raw driver error (with its native stack) reach the user.
 */
export type StoreErrorCode =
  /** The file is not a database, or its pages are damaged. */
  | 'store_corrupt'
  /** The file or its folder cannot be created, opened, locked or written (permissions, disk full, busy). */
  | 'store_unavailable'
  /** A database of another program, or of a newer sitrep whose schema this version does not know. */
  | 'store_incompatible'
  /** The store was used after close(). */
  | 'store_closed'
  /** Layers were offered for a document that is not stored. */
  | 'unknown_document'
  /** saveAnalysis offered a text that differs from the stored text with the same id: its spans would not fit. */
  | 'document_conflict'
  /** The text holds a lone UTF-16 surrogate, which UTF-8 storage would silently replace (moving no span, but
   *  changing the text every span points into). */
  | 'invalid_text'
  /** A layer item or report is not plain JSON (BigInt, cycle...), so it cannot be stored as it is. */
  | 'not_serialisable';

export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    /** The database path (or ':memory:' / 'memory'), also named in the message. */
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${message} (store: ${path})`, options);
  }
}
