import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type ProvenanceLexicon, parseProvenanceLexicon } from './lexicon.js';

/** The package's bundled data directory (works from src/stages/provenance and dist/stages/provenance alike). */
export const BUNDLED_DATA_DIR = new URL('../../../data/', import.meta.url);

const asDirUrl = (dataDir: string | URL): URL => {
  const url = dataDir instanceof URL ? dataDir : pathToFileURL(resolve(dataDir));
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/** Reads data/lexicon/provenance/* under `dataDir` and parses it. Called by src/app/resources.ts. */
export function loadProvenanceLexicon(dataDir: string | URL): ProvenanceLexicon {
  const dir = new URL('lexicon/provenance/', asDirUrl(dataDir));
  const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
  return parseProvenanceLexicon({
    synonyms: read('synonyms.tsv'),
    stopwords: read('stopwords.txt'),
    irregular: read('irregular.tsv'),
    numbers: read('numbers.tsv'),
    agencies: read('agencies.tsv'),
    creditPatterns: read('credit-patterns.tsv'),
  });
}

let cached: ProvenanceLexicon | undefined;

/** The lexicon from the bundled data directory, read once (for tests, eval and as the application default). */
export function defaultProvenanceLexicon(): ProvenanceLexicon {
  cached ??= loadProvenanceLexicon(BUNDLED_DATA_DIR);
  return cached;
}
