// A stage registry for the worker pool that probes stages on hostile inputs (bench/probe.ts): the registered
// per-document stages, each announcing itself (ctx.warn, which the pool forwards at once, even while the worker is
// busy) before it runs, so a document that times out can be blamed on the stage it was in; then each corpus stage
// run on the document alone, as a document stage named `corpus:<name>` that returns no items (its time is in the
// run's timings). Loaded inside the pool's workers; not a registry for real use.
import { loadResources } from '../src/app/resources.js';
import { runCorpusStages } from '../src/pipeline/run-stages.js';
import type { AnyCorpusStage, AnyDocumentStage } from '../src/pipeline/stage.js';
import { CORPUS_STAGES, DOCUMENT_STAGES as REGISTERED } from '../src/pipeline/stages.js';

export { loadResources };

/** ctx.warn messages starting with this name the stage about to run and the document: `probe:start STAGE DOC`. */
export const PROBE_PREFIX = 'probe:start ';

const announced = (stage: AnyDocumentStage): AnyDocumentStage => ({
  kind: 'document',
  name: stage.name,
  requires: stage.requires,
  description: stage.description,
  run: (input, ctx) => {
    ctx.warn(`${PROBE_PREFIX}${stage.name} ${input.document.id}`);
    return stage.run(input, ctx);
  },
});

const corpusProbe = (stage: AnyCorpusStage, k: number): AnyDocumentStage => ({
  kind: 'document',
  name: `corpus:${stage.name}` as AnyDocumentStage['name'],
  requires: stage.requires,
  description: `${stage.name} (cross-document) on this document alone`,
  run: ({ document, layers }, ctx) => {
    ctx.warn(`${PROBE_PREFIX}corpus:${stage.name} ${document.id}`);
    // A stage that reads earlier corpus layers runs after them (their time is then included).
    const chain = stage.requiresCorpus.length ? CORPUS_STAGES.slice(0, k + 1) : [stage];
    const result = runCorpusStages([{ document, layers }], chain, ctx);
    if (result.errors.length) throw result.errors[0];
    return [];
  },
});

export const DOCUMENT_STAGES: readonly AnyDocumentStage[] = [
  ...REGISTERED.map(announced),
  ...CORPUS_STAGES.map(corpusProbe),
];
