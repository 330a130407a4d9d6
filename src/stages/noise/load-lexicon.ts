import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type NoiseLexicon, parseNoiseLexicon } from './lexicon.js';

/** The package's bundled data directory (works from src/stages/noise and dist/stages/noise alike). */
export const BUNDLED_DATA_DIR = new URL('../../../data/', import.meta.url);

const asDirUrl = (dataDir: string | URL): URL => {
  const url = dataDir instanceof URL ? dataDir : pathToFileURL(resolve(dataDir));
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/**
 * Reads data/lexicon/boilerplate.tsv, photo-credits.tsv and bylines.tsv under `dataDir` (a path or file: URL of
 * the data directory) and parses them. Throws with file and line on a malformed row. Called by src/app/resources.ts.
 */
export function loadNoiseLexicon(dataDir: string | URL): NoiseLexicon {
  const dir = new URL('lexicon/', asDirUrl(dataDir));
  const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
  return parseNoiseLexicon({
    boilerplate: read('boilerplate.tsv'),
    photoCredits: read('photo-credits.tsv'),
    bylines: read('bylines.tsv'),
  });
}

let cached: NoiseLexicon | undefined;

/** The lexicon from the bundled data directory, read once (for tests and as the application default). */
export function defaultNoiseLexicon(): NoiseLexicon {
  cached ??= loadNoiseLexicon(BUNDLED_DATA_DIR);
  return cached;
}
