// Runs the registered per-document stages, the claims stage (while it is not registered yet) and the casualties stage
// over a corpus directory, then the registered corpus stages, and builds a report with the sections the casualty
// ledger needs. Shared by the casualty evaluations.
import { loadResources } from '../../src/app/resources.js';
import { ingestInputs } from '../../src/ingest/index.js';
import type { SourceDocument } from '../../src/model/index.js';
import { runCorpusStages, runDocumentStages } from '../../src/pipeline/run-stages.js';
import type { AnalyzedDocument, AnyDocumentStage, CorpusLayers, StageResources } from '../../src/pipeline/stage.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from '../../src/pipeline/stages.js';
import { buildReport } from '../../src/report/build-report.js';
import type { Report } from '../../src/report/contract.js';
import { casualtiesSection } from '../../src/report/sections/casualties.js';
import { claimsSection } from '../../src/report/sections/claims.js';
import { documentsSection } from '../../src/report/sections/documents.js';
import { placesSection } from '../../src/report/sections/places.js';
import { casualties, defaultCasualtyLexicon } from '../../src/stages/casualties/index.js';
import { claims, loadClaimResources } from '../../src/stages/claims/index.js';

export interface AnalyzedCorpus {
  readonly documents: AnalyzedDocument[];
  readonly report: Report;
  readonly ms: number;
}

export async function analyzeCorpus(
  inputs: readonly string[],
  gazetteerFiles: readonly string[] = [],
): Promise<AnalyzedCorpus> {
  const docs: SourceDocument[] = [];
  for await (const item of ingestInputs([...inputs])) if (item.kind === 'document') docs.push(item.document);
  const base = loadResources({ gazetteerFiles, warn: () => {} });
  const resources = {
    ...base,
    claims: (base as Partial<StageResources>).claims ?? loadClaimResources(),
    casualtyLexicon: defaultCasualtyLexicon(),
  } as StageResources;
  const stages: AnyDocumentStage[] = [...DOCUMENT_STAGES];
  if (!stages.some((s) => s.name === 'claims')) stages.push(claims);
  if (!stages.some((s) => s.name === 'casualties')) stages.push(casualties);
  const ctx = { resources, warn: () => {} };
  const started = performance.now();
  const documents: AnalyzedDocument[] = docs.map((document) => {
    const run = runDocumentStages(document, stages, ctx);
    if (run.errors.length) throw run.errors[0];
    return { document, layers: run.layers };
  });
  const corpusRun = runCorpusStages(
    documents,
    CORPUS_STAGES.filter((s) => s.name !== 'provenance'),
    ctx,
  );
  const ms = performance.now() - started;
  const corpus: CorpusLayers = corpusRun.corpus;
  const report = buildReport(
    { generator: 'sitrep eval:casualties', documents, rejected: [], corpus, includeText: false },
    [documentsSection, placesSection, claimsSection, casualtiesSection],
  );
  return { documents, report, ms };
}
