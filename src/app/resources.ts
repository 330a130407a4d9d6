import type { StageResources } from '../pipeline/stage.js';
import { loadCasualtyLexicon } from '../stages/casualties/index.js';
import { loadClaimResources } from '../stages/claims/index.js';
import { loadDateLexicon } from '../stages/dates/index.js';
import { loadEventLexicon } from '../stages/events/index.js';
import { loadNoiseLexicon } from '../stages/noise/index.js';
import { loadOutletLexicon } from '../stages/outlet/index.js';
import { loadGazetteer } from '../stages/places/index.js';
import { loadProvenanceLexicon } from '../stages/provenance/index.js';
import { loadSentenceLexicon } from '../stages/sentences/index.js';

/** The package's data folder (one level above src/ and dist/). */
export const DATA_DIR = new URL('../../data/', import.meta.url);

/** Options that change which data the stages load. */
export interface ResourceOptions {
  readonly dataDir?: string | URL;
  /** User gazetteers (TSV or GeoJSON) from `--gazetteer`, added to the bundled GeoNames data. */
  readonly gazetteerFiles?: readonly string[];
  /** Where the compiled gazetteer index is cached (undefined: the default cache folder; null: none). */
  readonly gazetteerCacheDir?: string | null;
  readonly warn?: (message: string) => void;
}

/** A data file the user named could not be used: the message names the file (and line) and what is wrong. */
export class ResourceError extends Error {
  readonly code = 'bad_resource';
}

/**
 * Loads every data file the registered stages need (lexicons, gazetteers) once, and hands them to the stages
 * through StageContext.resources. The only place that knows which stage needs which data.
 */
export function loadResources(options: ResourceOptions = {}): StageResources {
  const dataDir = options.dataDir ?? DATA_DIR;
  let gazetteer: ReturnType<typeof loadGazetteer>;
  try {
    gazetteer = loadGazetteer({
      extraFiles: options.gazetteerFiles ?? [],
      ...(options.gazetteerCacheDir !== undefined ? { cacheDir: options.gazetteerCacheDir } : {}),
      ...(options.warn ? { warn: options.warn } : {}),
    });
  } catch (e) {
    throw new ResourceError(`gazetteer: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  return {
    noiseLexicon: loadNoiseLexicon(dataDir),
    sentenceLexicon: loadSentenceLexicon(dataDir),
    outletLexicon: loadOutletLexicon(dataDir),
    dateLexicon: loadDateLexicon(dataDir),
    provenanceLexicon: loadProvenanceLexicon(dataDir),
    claims: loadClaimResources(dataDir),
    eventLexicon: loadEventLexicon(dataDir),
    casualtyLexicon: loadCasualtyLexicon(dataDir),
    gazetteer,
  } as StageResources;
}
