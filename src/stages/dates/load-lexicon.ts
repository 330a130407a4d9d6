import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type DateLexicon, parseDateLexicon } from './lexicon.js';

/** The package's bundled data directory (works from src/stages/dates and dist/stages/dates alike). */
export const BUNDLED_DATA_DIR = new URL('../../../data/', import.meta.url);

const asDirUrl = (dataDir: string | URL): URL => {
  const url = dataDir instanceof URL ? dataDir : pathToFileURL(resolve(dataDir));
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/**
 * Reads every `.tsv` of data/lexicon/dates under `dataDir` (a path or file: URL of the data directory) and parses
 * them. Called by src/app/resources.ts and by tests; the stage itself does no I/O and receives the result as
 * `ctx.resources.dateLexicon`.
 */
export function loadDateLexicon(dataDir: string | URL = BUNDLED_DATA_DIR): DateLexicon {
  const dir = new URL('lexicon/dates/', asDirUrl(dataDir));
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  return parseDateLexicon(files);
}

let cached: DateLexicon | undefined;

/** The lexicon from the bundled data directory, read once (for tests and as the application default). */
export function defaultDateLexicon(): DateLexicon {
  cached ??= loadDateLexicon(BUNDLED_DATA_DIR);
  return cached;
}
