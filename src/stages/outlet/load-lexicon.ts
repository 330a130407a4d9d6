import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type OutletLexicon, parseOutletLexicon } from './lexicon.js';

/** The package's bundled data directory (works from src/stages/outlet and dist/stages/outlet alike). */
export const BUNDLED_DATA_DIR = new URL('../../../data/', import.meta.url);

const asDirUrl = (dataDir: string | URL): URL => {
  const url = dataDir instanceof URL ? dataDir : pathToFileURL(resolve(dataDir));
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/**
 * Reads data/lexicon/outlets.tsv and outlet-cues.tsv under `dataDir` (a path or file: URL of the data directory)
 * and parses them. Throws with file and line on a malformed row. Called by src/app/resources.ts.
 */
export function loadOutletLexicon(dataDir: string | URL): OutletLexicon {
  const dir = new URL('lexicon/', asDirUrl(dataDir));
  const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
  return parseOutletLexicon({ outlets: read('outlets.tsv'), cues: read('outlet-cues.tsv') });
}

let cached: OutletLexicon | undefined;

/** The lexicon from the bundled data directory, read once (for tests and as the application default). */
export function defaultOutletLexicon(): OutletLexicon {
  cached ??= loadOutletLexicon(BUNDLED_DATA_DIR);
  return cached;
}
