// Reads a corpus directory into AnalyzedDocument objects for the provenance evaluation: ingest as the CLI does, then
// the real `noise`, `sentences` and `outlet` stages when they load and run, else a plain line/sentence splitter (reported).

import { ingestInputs } from '../../src/ingest/index.js';
import type { NoiseSpan, Sentence, SourceDocument } from '../../src/model/index.js';
import type { AnalyzedDocument } from '../../src/pipeline/stage.js';
import { splitSentences } from './split-sentences.js';

export interface LoadedCorpus {
  readonly documents: AnalyzedDocument[];
  /** How noise and sentences were obtained. */
  readonly layers: string;
}

async function realStages(): Promise<((d: SourceDocument) => AnalyzedDocument) | null> {
  try {
    const noise = await import('../../src/stages/noise/index.js');
    const sentences = await import('../../src/stages/sentences/index.js');
    const outlet = await import('../../src/stages/outlet/index.js');
    const { runDocumentStages } = await import('../../src/pipeline/run-stages.js');
    const ctx = {
      resources: {
        noiseLexicon: noise.defaultNoiseLexicon(),
        sentenceLexicon: sentences.defaultSentenceLexicon(),
        outletLexicon: outlet.defaultOutletLexicon(),
      } as never,
      warn: () => {},
    };
    return (document) => {
      const run = runDocumentStages(document, [noise.noise, sentences.sentences, outlet.outlet], ctx);
      if (run.errors.length) throw run.errors[0];
      return { document, layers: run.layers };
    };
  } catch {
    return null;
  }
}

function fallback(document: SourceDocument): AnalyzedDocument {
  const sentences: Sentence[] = splitSentences(document.text).map((s, i) => ({
    ...s,
    id: `s${i}`,
    kind: 'sentence',
    paragraph: 0,
    source: { stage: 'sentences', rule: 'eval-fallback' },
  }));
  const noise: NoiseSpan[] = [];
  return { document, layers: { noise, sentences } };
}

export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const docs: SourceDocument[] = [];
  for await (const item of ingestInputs([dir])) if (item.kind === 'document') docs.push(item.document);
  const run = await realStages();
  if (run) {
    try {
      return { documents: docs.map(run), layers: 'noise, sentences and outlet stages' };
    } catch (cause) {
      console.error(`real stages failed (${String(cause)}); using the fallback splitter`);
    }
  }
  return { documents: docs.map(fallback), layers: 'fallback splitter, no noise' };
}
