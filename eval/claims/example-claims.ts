// The claims of the example corpus (examples/corpus), one line each: document, status, speaker | source as written |
// cue | content. For eyeballing speakers after a change:  node --import tsx eval/claims/example-claims.ts
import { basename } from 'node:path';
import { ingestInputs } from '../../src/ingest/index.js';
import { runDocumentStages } from '../../src/pipeline/run-stages.js';
import type { AnyDocumentStage, StageResources } from '../../src/pipeline/stage.js';
import { loadClaimResources } from '../../src/stages/claims/index.js';
import { claims } from '../../src/stages/claims/stage.js';
import { defaultNoiseLexicon, noise } from '../../src/stages/noise/index.js';
import { defaultSentenceLexicon, sentences } from '../../src/stages/sentences/index.js';

const resources = {
  noiseLexicon: defaultNoiseLexicon(),
  sentenceLexicon: defaultSentenceLexicon(),
  claims: loadClaimResources(),
} as unknown as StageResources;
const stages = [noise, sentences, claims] as unknown as AnyDocumentStage[];
for await (const item of ingestInputs(['examples/corpus'])) {
  if (item.kind !== 'document') continue;
  const d = item.document;
  const run = runDocumentStages(d, stages, { resources, warn: () => {} });
  for (const c of run.layers.claims ?? [])
    console.log(
      `${basename(d.input).slice(0, 2)} ${c.status.padEnd(10)} ${String(c.speaker?.name).padEnd(30)} | ${c.sourceText} | ${c.cueText} | ${d.text.slice(c.content.start, c.content.end).replace(/\s+/g, ' ').slice(0, 110)}`,
    );
}
