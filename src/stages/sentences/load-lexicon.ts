import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseSentenceLexicon, type SentenceLexicon } from './lexicon.js';

/** The package's bundled data directory (works from src/stages/sentences and dist/stages/sentences alike). */
export const BUNDLED_DATA_DIR = new URL('../../../data/', import.meta.url);

const asDirUrl = (dataDir: string | URL): URL => {
  const url = dataDir instanceof URL ? dataDir : pathToFileURL(resolve(dataDir));
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/**
 * Reads data/lexicon/abbreviations.tsv and sentence-cues.tsv under `dataDir` (a path or file: URL of the data
 * directory) and parses them. Throws with file and line on a malformed row. Called by src/app/resources.ts.
 */
export function loadSentenceLexicon(dataDir: string | URL): SentenceLexicon {
  const dir = new URL('lexicon/', asDirUrl(dataDir));
  const read = (name: string): string => readFileSync(new URL(name, dir), 'utf8');
  return parseSentenceLexicon({ abbreviations: read('abbreviations.tsv'), cues: read('sentence-cues.tsv') });
}

let cached: SentenceLexicon | undefined;

/** The lexicon from the bundled data directory, read once (for tests and as the application default). */
export function defaultSentenceLexicon(): SentenceLexicon {
  cached ??= loadSentenceLexicon(BUNDLED_DATA_DIR);
  return cached;
}
