import type { IngestItem } from '../ingest/index.js';
import type { Rejection, SourceDocument } from '../model/index.js';
import { type DocumentRun, runCorpusStages, runDocumentStages } from '../pipeline/run-stages.js';
import type { AnalyzedDocument, AnyCorpusStage, AnyDocumentStage, StageContext } from '../pipeline/stage.js';
import type { StageError } from '../pipeline/stage-error.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from '../pipeline/stages.js';
import { type PoolResourceOptions, runDocumentStagesParallel } from '../pipeline/worker-pool.js';
import { buildReport } from '../report/build-report.js';
import type { Report } from '../report/contract.js';
import type { AnalysisToSave, Store } from '../storage/index.js';
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
  /** Where the time went (bench/ and `sitrep analyze` profiles read it). */
  readonly timings: AnalyzeTimings;
}

/** Wall time of each phase of one analysis, in ms. */
export interface AnalyzeTimings {
  /** Reading the inputs and running the per-document stages, store writes included (they overlap on the pool). */
  readonly documentPhaseMs: number;
  /** Of which: writing documents and layers to the store (main thread). */
  readonly storeWriteMs: number;
  /** Reading documents and layers back from the store for the cross-document stages and the report. */
  readonly readBackMs: number;
  /** Each cross-document stage. */
  readonly corpusStagesMs: Readonly<Record<string, number>>;
  readonly buildReportMs: number;
  readonly saveReportMs: number;
}

/**
 * The per-document phase writes in batches of this many documents, one transaction each. Calibration: in the
 * 2,000-document profile (bench/PROFILE.md) one transaction per document cost ≈ 0.8 ms per article beside the
 * JSON serialisation; batches of 64 make the commits negligible, and an interrupted run loses at most the batch under
 * way (the resume recomputes it; src/app/crash-resume.test.ts).
 */
export const STORE_BATCH_DOCUMENTS = 64;
/**
 * A smaller batch is written when the next document finishes after its first document has waited this long, so a
 * slow input (web pages) does not keep finished documents out of the store.
 */
export const STORE_BATCH_MS = 1000;

/**
 * The main use-case: reads every input, stores each document once (content-addressed ids make re-runs idempotent),
 * runs the per-document stages, then the cross-document stages over the batch, and builds and stores the report.
 *
 * Streaming: the per-document phase keeps only document ids; each document and its layers go to the store in
 * batches, and the cross-document stages and the report read them back once every document is done. So the
 * per-document phase holds a bounded number of documents whatever the size of the input (the cross-document stages
 * and the report still need every document's layers at once).
 */
export async function analyze(request: AnalyzeRequest): Promise<AnalyzeResult> {
  const documentStages = request.documentStages ?? DOCUMENT_STAGES;
  const corpusStages = request.corpusStages ?? CORPUS_STAGES;
  const version = pipelineFingerprint(documentStages, request.userData);
  const { store } = request;
  const seen = new Set<string>();
  const rejected: Rejection[] = [];
  const stageErrors: StageError[] = [];
  let alreadyStored = 0;
  const phaseStart = performance.now();

  /** Input order of the documents to report, by id: their texts and layers live in the store. */
  const order: string[] = [];
  let done = 0;
  const progress = (input: string) => request.onProgress?.({ documents: done, rejected: rejected.length, input });

  const pending: AnalysisToSave[] = [];
  let pendingSince = 0;
  let storeWriteMs = 0;
  const flush = () => {
    if (!pending.length) return;
    const started = performance.now();
    store.saveAnalyses(pending);
    pending.length = 0;
    storeWriteMs += performance.now() - started;
  };
  const finish = (document: SourceDocument, run: DocumentRun, layerJson?: Readonly<Record<string, string>>) => {
    stageErrors.push(...run.errors);
    const stored = layerJson
      ? { layerJson, pipelineVersion: version }
      : { layers: run.layers, pipelineVersion: version };
    if (!pending.length) pendingSince = performance.now();
    pending.push({ document, stored });
    if (pending.length >= STORE_BATCH_DOCUMENTS || performance.now() - pendingSince >= STORE_BATCH_MS) flush();
    done++;
    progress(document.input);
  };

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
      order.push(document.id);
      if (store.getDocument(document.id)) alreadyStored++;
      // Resume: layers stored by the same code, data and stage list are reused (an interrupted run left them whole).
      if (store.getLayersVersion(document.id) === version) {
        done++;
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
      serialise: true,
    });
    for await (const { document, run, layerJson } of results) finish(document, run, layerJson);
  } else {
    for await (const document of toCompute()) {
      finish(document, runDocumentStages(document, documentStages, request.context));
    }
  }
  flush();
  const documentPhaseMs = performance.now() - phaseStart;

  const readStart = performance.now();
  const analyzed: AnalyzedDocument[] = order.map((id) => ({
    document: store.getDocument(id) as SourceDocument,
    layers: store.getLayers(id)?.layers ?? {},
  }));
  const readBackMs = performance.now() - readStart;

  const corpusRun = runCorpusStages(analyzed, corpusStages, request.context);
  stageErrors.push(...corpusRun.errors);
  const reportStart = performance.now();
  const report = buildReport({
    generator: generatorName(),
    documents: analyzed,
    rejected,
    corpus: corpusRun.corpus,
    includeText: request.includeText ?? false,
    documentStages,
  });
  const saveStart = performance.now();
  store.saveReport({
    id: `report_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`,
    createdAt: new Date().toISOString(),
    documentIds: order,
    report,
  });
  const timings: AnalyzeTimings = {
    documentPhaseMs,
    storeWriteMs,
    readBackMs,
    corpusStagesMs: corpusRun.timings,
    buildReportMs: saveStart - reportStart,
    saveReportMs: performance.now() - saveStart,
  };
  return { report, rejected, stageErrors, alreadyStored, timings };
}
