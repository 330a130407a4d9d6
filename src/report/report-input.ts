import type { Rejection } from '../model/index.js';
import type { AnalyzedDocument, CorpusLayers } from '../pipeline/stage.js';
import type { Report, ReportSpan } from './contract.js';

/** Everything the report builder reads: the analysed documents in input order, rejections, corpus layers. */
export interface ReportInput {
  readonly generator: string;
  readonly documents: readonly AnalyzedDocument[];
  readonly rejected: readonly Rejection[];
  readonly corpus: CorpusLayers;
  readonly includeText: boolean;
  /** The per-document stages of the run (name and languages), so the report can say which ran for each document. */
  readonly documentStages?: readonly { readonly name: string; readonly languages?: readonly string[] }[];
}

/**
 * One section of the report: reads the input and the sections built before it (so events can refer to place ids)
 * and returns the fields it fills.
 */
export type ReportSection = (input: ReportInput, soFar: Readonly<Report>) => Partial<Report>;

export const toReportSpan = (doc: string, span: { start: number; end: number }): ReportSpan => ({
  doc,
  start: span.start,
  end: span.end,
});
