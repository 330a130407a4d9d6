import type { IngestItem } from '../ingest/index.js';
import type { Layers, Rejection, SourceDocument } from '../model/index.js';
import { type DocumentRun, runCorpusStages, runDocumentStages } from '../pipeline/run-stages.js';
import type { AnalyzedDocument, AnyCorpusStage, AnyDocumentStage, StageContext } from '../pipeline/stage.js';
import type { StageError } from '../pipeline/stage-error.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from '../pipeline/stages.js';
import { type PoolResourceOptions, runDocumentStagesParallel } from '../pipeline/worker-pool.js';
import { buildReport } from '../report/build-report.js';
import type { Report } from '../report/contract.js';
import type { Store } from '../storage/index.js';
import { pipelineFingerprint } from './pipeline-fingerprint.js';
import { generatorName } from './version.js';

/** What one analysis run needs: the inputs already turned into a stream of documents and rejections. */
export interface AnalyzeRequest {
  readonly items: AsyncIterable<IngestItem>;
  readonly store: Store;
  readonly context: StageContext;
  readonly includeText?: boolean;
  readonly documentStages?: readonly AnyDocumentStage[];
  readonly corpusStages?: readonly AnyCorpusStage[];
  /** User data files the stages read (e.g. --gazetteer files): part of the fingerprint of stored layers. */
  readonly userData?: readonly string[];
  /**
   * Worker threads for the per-document stages (default 1: in-process). The pool costs a few seconds to start and a
   * gazetteer per worker; it pays off above about PARALLEL_MIN_DOCUMENTS documents (measured in bench/).
   */
  readonly workers?: number;
  /** What the workers load (they build their own resources: a gazetteer cannot be shared between threads). */
  readonly workerResources?: PoolResourceOptions;
  /** Called after each input is read or rejected. */
  readonly onProgress?: (progress: { documents: number; rejected: number; input: string }) => void;
}

export interface AnalyzeResult {
  readonly report: Report;
  readonly rejected: readonly Rejection[];
  /** Stage failures: the document stays in the report with the layers that did run. */
  readonly stageErrors: readonly StageError[];
  /** Documents seen before in this store (re-analysed, not stored twice). */
  readonly alreadyStored: number;
}

/**
 * The main use-case: reads every input, stores each document once (content-addressed ids make re-runs idempotent),
 * runs the per-document stages, then the cross-document stages over the batch, and builds and stores the report.
 */
export async function analyze(request: AnalyzeRequest): Promise<AnalyzeResult> {
  const documentStages = request.documentStages ?? DOCUMENT_STAGES;
  const corpusStages = request.corpusStages ?? CORPUS_STAGES;
  const version = pipelineFingerprint(documentStages, request.userData);
  const seen = new Set<string>();
  const rejected: Rejection[] = [];
  const stageErrors: StageError[] = [];
  let alreadyStored = 0;

  /** Input order of the documents to report; layers arrive now (resumed, in-process) or later (worker pool). */
  const order: SourceDocument[] = [];
  const layersById = new Map<string, Layers>();
  const finish = (document: SourceDocument, run: DocumentRun) => {
    stageErrors.push(...run.errors);
    request.store.saveAnalysis(document, { layers: run.layers, pipelineVersion: version });
    layersById.set(document.id, run.layers);
  };
  const progress = (input: string) =>
    request.onProgress?.({ documents: layersById.size, rejected: rejected.length, input });

  /** Documents whose layers must be computed: new, not duplicates, not resumable from the store. */
  async function* toCompute(): AsyncGenerator<SourceDocument> {
    for await (const item of request.items) {
      if (item.kind === 'rejected') {
        rejected.push(item.rejection);
        progress(item.rejection.input);
        continue;
      }
      const { document } = item;
      if (seen.has(document.id)) {
        request.context.warn(`${document.input}: same text and source as an earlier input; counted once`);
        continue;
      }
      seen.add(document.id);
      order.push(document);
      if (request.store.getDocument(document.id)) alreadyStored++;
      // Resume: layers stored by the same code, data and stage list are reused (an interrupted run left them whole).
      const stored = request.store.getLayers(document.id);
      if (stored?.pipelineVersion === version) {
        layersById.set(document.id, stored.layers);
        progress(document.input);
      } else yield document;
    }
  }

  if ((request.workers ?? 1) > 1) {
    const results = runDocumentStagesParallel(toCompute(), {
      workers: request.workers,
      stages: documentStages.map((stage) => stage.name),
      resourceOptions: request.workerResources ?? {},
      warn: request.context.warn,
    });
    for await (const { document, run } of results) {
      finish(document, run);
      progress(document.input);
    }
  } else {
    for await (const document of toCompute()) {
      finish(document, runDocumentStages(document, documentStages, request.context));
      progress(document.input);
    }
  }
  const analyzed: AnalyzedDocument[] = order.map((document) => ({ document, layers: layersById.get(document.id)! }));

  const corpusRun = runCorpusStages(analyzed, corpusStages, request.context);
  stageErrors.push(...corpusRun.errors);
  const report = buildReport({
    generator: generatorName(),
    documents: analyzed,
    rejected,
    corpus: corpusRun.corpus,
    includeText: request.includeText ?? false,
    documentStages,
  });
  request.store.saveReport({
    id: `report_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`,
    createdAt: new Date().toISOString(),
    documentIds: analyzed.map((d) => d.document.id),
    report,
  });
  return { report, rejected, stageErrors, alreadyStored };
}
