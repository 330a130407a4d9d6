/**
 * The watch use-case: poll feeds, read only items not seen before, analyse the new documents, re-run the
 * cross-document stages over everything stored, and record what changed since the previous report as a revision.
 * One poll is `pollOnce`; `watch` repeats it every interval until stopped (between polls, never mid-poll).
 */

import type { FetchOptions } from '../ingest/index.js';
import { type IngestItem, ingestInputs, normaliseUrl, urlKey } from '../ingest/index.js';
import type { Rejection, SourceDocument } from '../model/index.js';
import { runCorpusStages, runDocumentStages } from '../pipeline/run-stages.js';
import type { AnalyzedDocument, AnyCorpusStage, AnyDocumentStage, StageContext } from '../pipeline/stage.js';
import type { StageError } from '../pipeline/stage-error.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from '../pipeline/stages.js';
import { buildReport } from '../report/build-report.js';
import type { Report } from '../report/contract.js';
import type { ReportInput } from '../report/report-input.js';
import type { Store, StoredRevision } from '../storage/index.js';
import { diffReports, isEmptyDiff, type ReportDiff, storeTextLookup } from './diff-reports.js';
import { pipelineFingerprint } from './pipeline-fingerprint.js';
import { generatorName } from './version.js';

/** Shortest interval between polls: 30 s. Feeds rarely change faster, and outlets throttle aggressive readers. */
export const MIN_WATCH_INTERVAL_MS = 30_000;

/** Default interval between polls (`--every`): 10 minutes, about how often a busy outlet's feed gains an item. */
export const DEFAULT_WATCH_INTERVAL_MS = 10 * 60_000;

export interface PollRequest {
  readonly store: Store;
  readonly context: StageContext;
  /** Files listing the feed URLs; re-read at every poll, so feeds can be added while watching. */
  readonly feedFiles: readonly string[];
  readonly web?: Partial<FetchOptions>;
  readonly published?: string | null;
  /** User data files the stages read (e.g. --gazetteer files): part of the fingerprint of stored layers. */
  readonly userData?: readonly string[];
  readonly documentStages?: readonly AnyDocumentStage[];
  readonly corpusStages?: readonly AnyCorpusStage[];
  /** The clock (tests pass a fixed one). */
  readonly now?: () => Date;
  /** The report builder; tests pass one that adds figures the way a casualty stage would. */
  readonly buildReport?: (input: ReportInput) => Report;
}

export interface PollResult {
  /** The report after this poll (saved only when something changed, or when it is the first). */
  readonly report: Report;
  readonly reportId: string;
  /** Null when nothing changed: then no report and no revision were saved. */
  readonly revision: StoredRevision | null;
  readonly diff: ReportDiff;
  /** Documents read and analysed in this poll. */
  readonly newDocuments: readonly SourceDocument[];
  readonly rejected: readonly Rejection[];
  readonly stageErrors: readonly StageError[];
}

const randomSuffix = (): string => Math.random().toString(36).slice(2, 8);

/** Seen keys for an item: its URL and content for a document; its URL for a duplicate. */
function seenKeys(item: IngestItem): string[] {
  if (item.kind === 'document') return item.origin ? [urlKey(item.origin.url), item.origin.contentKey] : [];
  if (item.rejection.code !== 'duplicate') return []; // failures are retried at the next poll
  const url = normaliseUrl(item.rejection.input);
  return url ? [urlKey(url)] : [];
}

/** One poll. Never throws for a bad feed or item: those are in `rejected`. */
export async function pollOnce(request: PollRequest): Promise<PollResult> {
  const { store, context } = request;
  const documentStages = request.documentStages ?? DOCUMENT_STAGES;
  const corpusStages = request.corpusStages ?? CORPUS_STAGES;
  const version = pipelineFingerprint(documentStages, request.userData ?? []);
  const now = request.now ?? (() => new Date());
  const rejected: Rejection[] = [];
  const stageErrors: StageError[] = [];
  const newDocuments: SourceDocument[] = [];

  const items = ingestInputs([], {
    feedFiles: request.feedFiles,
    ...(request.web ? { web: request.web } : {}),
    published: request.published ?? null,
    seen: store,
  });
  for await (const item of items) {
    const stamp = now().toISOString();
    if (item.kind === 'rejected') {
      rejected.push(item.rejection);
      store.markSeen(seenKeys(item), null, stamp);
      continue;
    }
    const { document } = item;
    if (!store.getDocument(document.id)) {
      const run = runDocumentStages(document, documentStages, context);
      stageErrors.push(...run.errors);
      store.saveAnalysis(document, { layers: run.layers, pipelineVersion: version });
      newDocuments.push(document);
    }
    store.markSeen(seenKeys(item), document.id, stamp);
  }

  // The cross-document part runs over every stored document; layers computed by an older pipeline are redone.
  const analyzed: AnalyzedDocument[] = store.listDocuments().map((document) => {
    const stored = store.getLayers(document.id);
    if (stored && stored.pipelineVersion === version) return { document, layers: stored.layers };
    const run = runDocumentStages(document, documentStages, context);
    stageErrors.push(...run.errors);
    store.saveLayers(document.id, { layers: run.layers, pipelineVersion: version });
    return { document, layers: run.layers };
  });
  const corpusRun = runCorpusStages(analyzed, corpusStages, context);
  stageErrors.push(...corpusRun.errors);
  const report = (request.buildReport ?? buildReport)({
    generator: generatorName(),
    documents: analyzed,
    rejected,
    corpus: corpusRun.corpus,
    includeText: false,
    documentStages,
  });

  const previous = store.getLatestReport();
  const diff = diffReports(previous?.report ?? null, report, storeTextLookup(store));
  const createdAt = now().toISOString();
  const reportId = `report_${Date.parse(createdAt).toString(36)}_${randomSuffix()}`;
  if (previous && isEmptyDiff(diff)) {
    return { report, reportId: previous.id, revision: null, diff, newDocuments, rejected, stageErrors };
  }
  store.saveReport({ id: reportId, createdAt, documentIds: analyzed.map((d) => d.document.id), report });
  const revision: StoredRevision = {
    id: `rev_${Date.parse(createdAt).toString(36)}_${randomSuffix()}`,
    createdAt,
    reportId,
    previousReportId: previous?.id ?? null,
    changes: diff,
  };
  store.saveRevision(revision);
  return { report, reportId, revision, diff, newDocuments, rejected, stageErrors };
}

export interface WatchRequest extends PollRequest {
  readonly everyMs: number;
  /** Poll once and stop. */
  readonly once?: boolean;
  /** Aborting stops the loop: at once while waiting, after the poll under way otherwise. */
  readonly signal?: AbortSignal;
  readonly onPoll?: (result: PollResult) => void;
}

/** Resolves after `ms`, or earlier when the signal aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/** Polls until stopped; returns the number of polls made. */
export async function watch(request: WatchRequest): Promise<number> {
  let polls = 0;
  for (;;) {
    const result = await pollOnce(request);
    polls++;
    request.onPoll?.(result);
    if (request.once || request.signal?.aborted) return polls;
    await pause(request.everyMs, request.signal);
    if (request.signal?.aborted) return polls;
  }
}
