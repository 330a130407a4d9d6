import { createHash } from 'node:crypto';
import type { DocumentMeta, Layers, SourceDocument } from '../model/index.js';
import { emptyMeta } from '../model/index.js';
import { runDocumentStages } from '../pipeline/run-stages.js';
import type { AnyDocumentStage, StageContext, StageResources } from '../pipeline/stage.js';

/** A document over `text` for tests, with optional metadata. */
export function documentOf(text: string, meta: Partial<DocumentMeta> = {}, input = 'test.txt'): SourceDocument {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return { id: `doc_${contentHash.slice(0, 12)}`, input, text, meta: { ...emptyMeta, ...meta }, contentHash };
}

/** A stage context for tests; warnings are collected in the returned array. */
export function contextOf(resources: Partial<StageResources> = {}): StageContext & { warnings: string[] } {
  const warnings: string[] = [];
  return { resources: resources as StageResources, warn: (m) => warnings.push(m), warnings };
}

/** Runs the given stages (in order) over a document and returns its layers; throws on any stage error. */
export function analyzeWith(
  stages: readonly AnyDocumentStage[],
  document: SourceDocument,
  ctx: StageContext = contextOf(),
): Layers {
  const run = runDocumentStages(document, stages, ctx);
  if (run.errors.length) throw run.errors[0];
  return run.layers;
}

/** The text of every span-bearing item, for assertions on surface strings rather than offsets. */
export const surfaces = (text: string, items: readonly { start: number; end: number }[] | undefined): string[] =>
  (items ?? []).map((s) => text.slice(s.start, s.end));
