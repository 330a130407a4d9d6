// Messages between the document pool (worker-pool.ts) and its workers (worker-entry.ts). Everything here crosses a
// thread boundary by structured clone: plain data only.
import type { Layers, SourceDocument } from '../model/index.js';

/** Resource options a worker passes to loadResources(); URLs travel as strings, callbacks stay in the main thread. */
export interface PoolResourceOptions {
  readonly dataDir?: string;
  readonly gazetteerFiles?: readonly string[];
  readonly gazetteerCacheDir?: string | null;
}

export interface WorkerData {
  /** Module exporting DOCUMENT_STAGES (and optionally loadResources); default: the registry, src/pipeline/stages. */
  readonly registry?: string;
  /** Run only these registered stages (in registry order); default: all. */
  readonly stages?: readonly string[];
  readonly resourceOptions?: PoolResourceOptions;
  /** false: the stages get no resources (tests of the pool itself). */
  readonly loadResources?: boolean;
  /** true: send the layers back as one JSON text per layer (`layerJson`) instead of objects. */
  readonly serialise?: boolean;
}

export interface WorkerRequest {
  readonly type: 'run';
  readonly seq: number;
  readonly document: SourceDocument;
}

export interface SerializedStageError {
  readonly stage: string;
  readonly documentId: string | null;
  readonly message: string;
}

export type WorkerReply =
  | { readonly type: 'ready'; readonly stages: readonly string[] }
  | { readonly type: 'setup-failed'; readonly message: string }
  | { readonly type: 'warn'; readonly message: string }
  | {
      readonly type: 'done';
      readonly seq: number;
      readonly layers: Layers;
      /** With WorkerData.serialise: the layers as JSON texts (`layers` is then empty). */
      readonly layerJson?: Readonly<Record<string, string>>;
      readonly errors: readonly SerializedStageError[];
      readonly timings: Readonly<Record<string, number>>;
    }
  | { readonly type: 'failed'; readonly seq: number; readonly message: string };
