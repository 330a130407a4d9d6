/**
 * Shared by the claims evaluations: runs noise -> sentences -> claims over a text. The noise and sentences stages
 * are loaded dynamically so that the evaluation still runs (with the test helper's plain splitter and no noise)
 * where they are missing.
 */
import type { Layers, SourceDocument } from '../../src/model/index.js';
import { runDocumentStages } from '../../src/pipeline/run-stages.js';
import type { AnyDocumentStage, StageResources } from '../../src/pipeline/stage.js';
import {
  type ClaimOptions,
  createClaimsStage,
  DEFAULT_CLAIM_OPTIONS,
  loadClaimResources,
} from '../../src/stages/claims/index.js';
import { plainSentences } from '../../src/stages/claims/test-helpers.js';

export interface Analyzer {
  readonly upstream: string;
  analyze(document: SourceDocument): Layers;
}

// biome-ignore lint/suspicious/noExplicitAny: modules loaded by name, typed at the call site
type AnyModule = any;

async function tryImport(path: string): Promise<AnyModule | null> {
  try {
    return await import(path);
  } catch {
    return null;
  }
}

export async function createAnalyzer(options: ClaimOptions = DEFAULT_CLAIM_OPTIONS): Promise<Analyzer> {
  const claimsStage = createClaimsStage(options);
  const claimResources = loadClaimResources();
  const noiseMod = await tryImport(new URL('../../src/stages/noise/index.js', import.meta.url).href);
  const sentMod = await tryImport(new URL('../../src/stages/sentences/index.js', import.meta.url).href);
  if (noiseMod?.noise && sentMod?.sentences) {
    const resources = {
      noiseLexicon: noiseMod.defaultNoiseLexicon(),
      sentenceLexicon: sentMod.defaultSentenceLexicon(),
      claims: claimResources,
    } as unknown as StageResources;
    const stages: AnyDocumentStage[] = [noiseMod.noise, sentMod.sentences, claimsStage];
    return {
      upstream: 'noise + sentences stages',
      analyze(document) {
        const run = runDocumentStages(document, stages, { resources, warn: () => {} });
        if (run.errors.length) throw run.errors[0];
        return run.layers;
      },
    };
  }
  const resources = { claims: claimResources } as unknown as StageResources;
  return {
    upstream: 'plain test splitter, no noise (noise/sentences stages not found)',
    analyze(document) {
      const layers = { noise: [], sentences: plainSentences(document.text) };
      const items = claimsStage.run({ document, layers }, { resources, warn: () => {} });
      return { ...layers, claims: items };
    },
  };
}
