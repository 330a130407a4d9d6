import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLAIM_LEXICON_FILES, type ClaimLexicon, type ClaimLexiconFiles, parseClaimLexicon } from './lexicon.js';
import { type ClaimTagger, createWinkTagger } from './tagger.js';

/** What the claims stage needs, built once by the application (`ctx.resources.claims`). */
export interface ClaimResources {
  readonly lexicon: ClaimLexicon;
  readonly tagger: ClaimTagger;
}

/** The package's bundled data directory (works from src/stages/claims and dist/stages/claims alike). */
export const BUNDLED_DATA_DIR = new URL('../../../data/', import.meta.url);

const asDirUrl = (dataDir: string | URL): URL => {
  const url = dataDir instanceof URL ? dataDir : pathToFileURL(resolve(dataDir));
  return url.href.endsWith('/') ? url : new URL(`${url.href}/`);
};

/** Reads data/lexicon/claims/*.tsv under `dataDir` and parses them; throws with file and line on a bad row. */
export function loadClaimLexicon(dataDir: string | URL = BUNDLED_DATA_DIR): ClaimLexicon {
  const dir = new URL('lexicon/claims/', asDirUrl(dataDir));
  const files = Object.fromEntries(
    CLAIM_LEXICON_FILES.map((name) => [name, readFileSync(new URL(name, dir), 'utf8')]),
  ) as ClaimLexiconFiles;
  return parseClaimLexicon(files);
}

let cached: ClaimResources | undefined;

/** The lexicon and the wink tagger, built once per process (the app passes them as `resources.claims`). */
export function loadClaimResources(dataDir?: string | URL): ClaimResources {
  if (dataDir !== undefined) return { lexicon: loadClaimLexicon(dataDir), tagger: createWinkTagger() };
  cached ??= { lexicon: loadClaimLexicon(), tagger: createWinkTagger() };
  return cached;
}
