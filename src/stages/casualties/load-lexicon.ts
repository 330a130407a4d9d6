import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type CasualtyLexicon, parseCasualtyLexicon } from './lexicon.js';

/** The package's bundled data directory (works from src/stages/casualties and dist/stages/casualties alike). */
export const BUNDLED_DATA_DIR = new URL('../../../data/', import.meta.url);

const asDirUrl = (dataDir: string | URL): URL => {
  const url = dataDir instanceof URL ? dataDir : pathToFileURL(resolve(dataDir));
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/**
 * Reads data/lexicon/casualties/{nouns,outcomes,qualifiers,numbers,cues}.tsv under `dataDir` (a path or file: URL
 * of the data directory). Called by src/app/resources.ts; the stage receives the result as
 * `ctx.resources.casualtyLexicon`.
 */
export function loadCasualtyLexicon(dataDir: string | URL = BUNDLED_DATA_DIR): CasualtyLexicon {
  const dir = new URL('lexicon/casualties/', asDirUrl(dataDir));
  const read = (name: string): string => readFileSync(new URL(`${name}.tsv`, dir), 'utf8');
  return parseCasualtyLexicon({
    nouns: read('nouns'),
    outcomes: read('outcomes'),
    qualifiers: read('qualifiers'),
    numbers: read('numbers'),
    cues: read('cues'),
  });
}

let cached: CasualtyLexicon | undefined;

/** The lexicon from the bundled data directory, read once (for tests and as the application default). */
export function defaultCasualtyLexicon(): CasualtyLexicon {
  cached ??= loadCasualtyLexicon(BUNDLED_DATA_DIR);
  return cached;
}
