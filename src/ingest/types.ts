import type { Rejection, SourceDocument } from '../model/index.js';
import type { FetchOptions } from './web/fetch.js';
import type { SeenFilter } from './web/web-items.js';

export interface IngestOptions {
  /** YYYY-MM-DD given by --published: used for inputs whose metadata has no date (basis 'user'). */
  published?: string | null;
  /** Max bytes of one input file / one record (default DEFAULT_MAX_BYTES, 10 MiB). */
  maxBytes?: number;
  /** Readable used for the input "-" (defaults to process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Files listing feed URLs (`--feeds`): one URL per line, `#` comments. Read after `inputs`. */
  feedFiles?: readonly string[];
  /** The fetch policy for URL inputs and feeds (timeouts, size cap, --allow-private); defaults from web-limits.ts. */
  web?: Partial<FetchOptions>;
  /** Items remembered from earlier runs (the watch loop): feed items seen before are not fetched again. */
  seen?: SeenFilter;
}

/** Where a document read from the web came from: what the watch loop remembers about it. */
export interface WebOrigin {
  /** The feed that listed it, or null for a URL given directly. */
  readonly feed: string | null;
  /** The normalised item (or page) URL. */
  readonly url: string;
  /** Text hash with outlet (see web-items.ts `contentKey`). */
  readonly contentKey: string;
}

export type IngestItem =
  | { kind: 'document'; document: SourceDocument; origin?: WebOrigin }
  | { kind: 'rejected'; rejection: Rejection };

/** What every reader needs besides the bytes and the manifest entry: the size limit and the user's date. */
export interface ReadContext {
  readonly published: string | null | undefined;
  readonly maxBytes: number;
}

export const rejected = (rejection: Rejection): IngestItem => ({ kind: 'rejected', rejection });
export const accepted = (document: SourceDocument): IngestItem => ({ kind: 'document', document });
