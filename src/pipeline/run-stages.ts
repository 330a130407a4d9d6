import type { LayerName, Layers, SourceDocument } from '../model/index.js';
import { isValidSpan } from '../model/index.js';
import type {
  AnalyzedDocument,
  AnyCorpusStage,
  AnyDocumentStage,
  CorpusLayers,
  DocumentStageInput,
  StageContext,
} from './stage.js';
import { stageSupports } from './stage.js';
import { StageError } from './stage-error.js';

/** Result of running the per-document stages on one document. Failed stages leave their layer out. */
export interface DocumentRun {
  readonly layers: Layers;
  readonly errors: readonly StageError[];
  readonly timings: Readonly<Record<string, number>>;
}

function pickLayers(layers: Layers, names: readonly LayerName[]): Layers {
  const picked: Record<string, unknown> = {};
  for (const name of names) picked[name] = layers[name];
  return picked as Layers;
}

/** Every item a stage returns must carry that stage's provenance and spans that lie inside the text. */
function checkLayer(stage: AnyDocumentStage, document: SourceDocument, items: unknown): void {
  if (!Array.isArray(items)) throw new StageError(stage.name, document.id, 'returned something other than an array');
  const length = document.text.length;
  for (const item of items as Record<string, unknown>[]) {
    const source = item.source as { stage?: unknown; rule?: unknown } | undefined;
    if (!source || source.stage !== stage.name || typeof source.rule !== 'string') {
      throw new StageError(
        stage.name,
        document.id,
        `item ${String(item.id)} lacks provenance { stage: '${stage.name}', rule }`,
      );
    }
    for (const key of ['start', 'end'] as const) {
      if (key in item && !isValidSpan(item as unknown as { start: number; end: number }, length)) {
        throw new StageError(stage.name, document.id, `item ${String(item.id)} has a span outside the text`);
      }
    }
  }
}

/**
 * Runs the per-document stages in registry order. A stage sees only the layers it declared; its result is stored
 * under its own name, so it cannot write another layer. A failing stage is recorded and its dependants skipped.
 * A stage whose rules do not cover the document's language leaves its layer empty (see `stageSupports`).
 */
export function runDocumentStages(
  document: SourceDocument,
  stages: readonly AnyDocumentStage[],
  ctx: StageContext,
): DocumentRun {
  const layers: Record<string, unknown> = {};
  const errors: StageError[] = [];
  const timings: Record<string, number> = {};
  for (const stage of stages) {
    if (!stageSupports(stage, document.meta.language)) {
      layers[stage.name] = Object.freeze([]);
      continue;
    }
    const missing = stage.requires.filter((name: LayerName) => layers[name] === undefined);
    if (missing.length) {
      errors.push(new StageError(stage.name, document.id, `skipped: layer(s) ${missing.join(', ')} unavailable`));
      continue;
    }
    const started = performance.now();
    try {
      const input: DocumentStageInput<LayerName> = {
        document,
        layers: pickLayers(layers as Layers, stage.requires) as DocumentStageInput<LayerName>['layers'],
      };
      const items = stage.run(input, ctx);
      checkLayer(stage, document, items);
      layers[stage.name] = Object.freeze([...items]);
    } catch (cause) {
      errors.push(
        cause instanceof StageError ? cause : new StageError(stage.name, document.id, String(cause), { cause }),
      );
    }
    timings[stage.name] = performance.now() - started;
  }
  return { layers: layers as Layers, errors, timings };
}

/** Runs the cross-document stages over the whole batch, in registry order; `timings` is ms per stage. */
export function runCorpusStages(
  documents: readonly AnalyzedDocument[],
  stages: readonly AnyCorpusStage[],
  ctx: StageContext,
): { corpus: CorpusLayers; errors: StageError[]; timings: Record<string, number> } {
  const corpus: Record<string, unknown> = {};
  const errors: StageError[] = [];
  const timings: Record<string, number> = {};
  for (const stage of stages) {
    const started = performance.now();
    const view = documents.map((d) => ({ document: d.document, layers: pickLayers(d.layers, stage.requires) }));
    try {
      corpus[stage.name] = stage.run(view, corpus as CorpusLayers, ctx);
    } catch (cause) {
      errors.push(cause instanceof StageError ? cause : new StageError(stage.name, null, String(cause), { cause }));
    }
    timings[stage.name] = performance.now() - started;
  }
  return { corpus: corpus as CorpusLayers, errors, timings };
}
