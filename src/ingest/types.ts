import type { Rejection, SourceDocument } from '../model/index.js';

export interface IngestOptions {
  /** YYYY-MM-DD given by --published: used for inputs whose metadata has no date (basis 'user'). */
  published?: string | null;
  /** Max bytes of one input file / one record (default DEFAULT_MAX_BYTES, 10 MiB). */
  maxBytes?: number;
  /** Readable used for the input "-" (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export type IngestItem = { kind: 'document'; document: SourceDocument } | { kind: 'rejected'; rejection: Rejection };

/** What every reader needs besides the bytes and the manifest entry: the size limit and the user's date. */
export interface ReadContext {
  readonly published: string | null | undefined;
  readonly maxBytes: number;
}

export const rejected = (rejection: Rejection): IngestItem => ({ kind: 'rejected', rejection });
export const accepted = (document: SourceDocument): IngestItem => ({ kind: 'document', document });
