import type { LayerName, Layers, LayerTypes, SourceDocument } from '../model/index.js';

/**
 * Ports a stage may use. Stages never read the filesystem, the network or process.env: what they need arrives
 * here, built once by the application layer. Later stages add their ports to this interface.
 */
// biome-ignore lint/suspicious/noEmptyInterface: each stage that needs a port adds it by module augmentation
export interface StageResources {}

export interface StageContext {
  readonly resources: StageResources;
  readonly warn: (message: string) => void;
}

/** What a per-document stage sees: the document, and only the layers it declared in `requires`. */
export interface DocumentStageInput<R extends LayerName> {
  readonly document: SourceDocument;
  readonly layers: Readonly<Pick<Required<Layers>, R>>;
}

/** A per-document stage: reads the layers it requires and returns the one layer named after it. */
export interface DocumentStage<N extends LayerName = LayerName, R extends LayerName = LayerName> {
  readonly kind: 'document';
  readonly name: N;
  readonly requires: readonly R[];
  /** One sentence: what the layer holds. */
  readonly description: string;
  /**
   * ISO 639-1 languages the stage's rules are written for; absent means any language (it relies on structure,
   * punctuation or multilingual data only). For a document in another language the stage does not run and its
   * layer is empty, and the report says so.
   */
  readonly languages?: readonly string[];
  run(input: DocumentStageInput<R>, ctx: StageContext): readonly LayerTypes[N][];
}

/** Cross-document layers, by name; the provenance and fusion stages add theirs. */
// biome-ignore lint/suspicious/noEmptyInterface: extended by later cross-document stages
export interface CorpusLayerTypes {}

export type CorpusLayerName = keyof CorpusLayerTypes;
export type CorpusLayers = { [K in CorpusLayerName]?: CorpusLayerTypes[K] };

/** One analysed document as the cross-document stages see it. */
export interface AnalyzedDocument {
  readonly document: SourceDocument;
  readonly layers: Layers;
}

/** The value a corpus stage named N writes. */
export type CorpusLayerOf<N extends string> = N extends CorpusLayerName ? CorpusLayerTypes[N] : unknown;

/** A cross-document stage: runs once over the whole batch, after every per-document stage. */
export interface CorpusStage<N extends string = string> {
  readonly kind: 'corpus';
  readonly name: N;
  /** Per-document layers it reads. */
  readonly requires: readonly LayerName[];
  /** Cross-document layers it reads (written by earlier corpus stages). */
  readonly requiresCorpus: readonly string[];
  readonly description: string;
  run(documents: readonly AnalyzedDocument[], corpus: CorpusLayers, ctx: StageContext): CorpusLayerOf<N>;
}

/** True when the stage's rules cover the document's language (an unknown language gets every stage). */
export const stageSupports = (stage: { readonly languages?: readonly string[] }, language: string | null): boolean =>
  !stage.languages || language === null || stage.languages.includes(language);

// biome-ignore lint/suspicious/noExplicitAny: the registry holds stages of every layer type
export type AnyDocumentStage = DocumentStage<any, any>;
export type AnyCorpusStage = CorpusStage<string>;
