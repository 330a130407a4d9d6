import type { StageResources } from '../pipeline/stage.js';
import { loadNoiseLexicon } from '../stages/noise/index.js';
import { loadOutletLexicon } from '../stages/outlet/index.js';
import { loadSentenceLexicon } from '../stages/sentences/index.js';

/** The package's data folder (one level above src/ and dist/). */
export const DATA_DIR = new URL('../../data/', import.meta.url);

/** Options that change which data the stages load (e.g. a user gazetteer). */
export interface ResourceOptions {
  readonly dataDir?: string | URL;
}

/**
 * Loads every data file the registered stages need (lexicons, gazetteers) once, and hands them to the stages
 * through StageContext.resources. The only place that knows which stage needs which data.
 */
export function loadResources(options: ResourceOptions = {}): StageResources {
  const dataDir = options.dataDir ?? DATA_DIR;
  return {
    noiseLexicon: loadNoiseLexicon(dataDir),
    sentenceLexicon: loadSentenceLexicon(dataDir),
    outletLexicon: loadOutletLexicon(dataDir),
  } as StageResources;
}
