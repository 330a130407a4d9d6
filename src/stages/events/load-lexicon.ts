import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseEventLexicon } from './lexicon.js';
import type { EventLexicon } from './types.js';

/** The package's bundled data directory (works from src/stages/events and dist/stages/events alike). */
export const BUNDLED_DATA_DIR = new URL('../../../data/', import.meta.url);

const asDirUrl = (dataDir: string | URL): URL => {
  const url = dataDir instanceof URL ? dataDir : pathToFileURL(resolve(dataDir));
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/**
 * Reads data/lexicon/events/*.tsv under `dataDir` (a path or file: URL of the data directory). Called by
 * src/app/resources.ts and tests; the stage receives the result as `ctx.resources.eventLexicon`.
 */
export function loadEventLexicon(dataDir: string | URL = BUNDLED_DATA_DIR): EventLexicon {
  const dir = new URL('lexicon/events/', asDirUrl(dataDir));
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.tsv'))) files[f] = readFileSync(new URL(f, dir), 'utf8');
  return parseEventLexicon(files);
}

let cached: EventLexicon | undefined;

/** The bundled lexicon, read once. */
export function defaultEventLexicon(): EventLexicon {
  cached ??= loadEventLexicon(BUNDLED_DATA_DIR);
  return cached;
}
