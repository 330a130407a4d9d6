/**
 * Ingest: local inputs (files, directories, stdin) → `SourceDocument` or `Rejection`. This is where a document's
 * text is fixed for good; see `content.ts` for what the stored text is for each format.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MAX_BYTES, MANIFEST_NAME } from './limits.js';
import { loadManifest, type Manifest, manifestKey } from './manifest.js';
import type { MetaDraft } from './metadata.js';
import { fileItems } from './read-file.js';
import { describeFsError, isMissingError, rejections } from './rejection.js';
import { STDIN_INPUT, stdinItems } from './stdin.js';
import { type IngestItem, type IngestOptions, type ReadContext, rejected } from './types.js';
import { listDirectory } from './walk.js';
import { defaultFetchOptions } from './web/fetch.js';
import { feedItems, isWebInput, newWebSession, readFeedList, urlItems, type WebSession } from './web/web-items.js';

export { DEFAULT_MAX_BYTES } from './limits.js';
export type { IngestItem, IngestOptions, WebOrigin } from './types.js';
export { classifyAddress } from './web/address-policy.js';
export { normaliseUrl } from './web/feeds.js';
export { defaultFetchOptions, type FetchOptions, type Resolver } from './web/fetch.js';
export { contentKey, type SeenFilter, urlKey } from './web/web-items.js';
export { CONNECT_TIMEOUT_MS, MAX_REDIRECTS, TOTAL_TIMEOUT_MS, WEB_MAX_BYTES } from './web/web-limits.js';

/** Streams items in input order (directories recursively, sorted by path); never throws for a bad input. */
export async function* ingestInputs(
  inputs: readonly string[],
  options: IngestOptions = {},
): AsyncGenerator<IngestItem> {
  const context: ReadContext = { published: options.published, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES };
  let session: WebSession | null = null;
  const web = (): WebSession => {
    session ??= newWebSession(
      defaultFetchOptions({ ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}), ...options.web }),
      options.seen,
    );
    return session;
  };
  for (const input of inputs) {
    if (isWebInput(input)) {
      yield* urlItems(input, context, web());
      continue;
    }
    if (input === STDIN_INPUT) {
      yield* stdinItems(options.stdin ?? process.stdin, context);
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = (await fs.stat(input)).isDirectory();
    } catch (error) {
      yield rejected(
        isMissingError(error) ? rejections.notFound(input) : rejections.unreadable(input, describeFsError(error)),
      );
      continue;
    }
    yield* isDirectory ? directoryItems(input, context) : singleFileItems(input, context);
  }
  for (const file of options.feedFiles ?? []) {
    const list = await readFeedList(file);
    for (const problem of list.problems) yield rejected(problem);
    for (const url of list.urls) yield* feedItems(url, context, web());
  }
}

/** A file named on its own still gets the metadata its directory's manifest gives it. */
async function* singleFileItems(input: string, context: ReadContext): AsyncGenerator<IngestItem> {
  const dir = path.dirname(input);
  const manifest = path.basename(input) === MANIFEST_NAME ? null : await loadManifest(dir, dir, context.maxBytes);
  // The manifest's own broken lines are reported when its directory is read, not for each file named from it.
  const draft = manifest?.entries.get(path.basename(input))?.draft ?? null;
  yield* fileItems(input, input, draft, context);
}

/** The parent of a relative `/` path, '' at the top. */
const parentOf = (rel: string): string => (rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '');

/**
 * A file's manifest entry: the nearest manifest (its own directory's, then its parents' up to the input
 * directory) whose `file` names it relative to that manifest's directory.
 */
function manifestDraftFor(rel: string, manifests: ReadonlyMap<string, Manifest>): MetaDraft | null {
  for (let dir = parentOf(rel); ; dir = parentOf(dir)) {
    const key = dir === '' ? rel : rel.slice(dir.length + 1);
    const entry = manifests.get(dir)?.entries.get(key);
    if (entry) return entry.draft;
    if (dir === '') return null;
  }
}

async function* directoryItems(root: string, context: ReadContext): AsyncGenerator<IngestItem> {
  const listing = await listDirectory(root, root);
  for (const problem of listing.problems) yield rejected(problem);
  const manifests = new Map<string, Manifest>();
  for (const dir of listing.manifestDirs) {
    const manifest = await loadManifest(
      path.join(root, dir),
      dir === '' ? root : path.join(root, dir),
      context.maxBytes,
    );
    if (!manifest) continue;
    manifests.set(dir, manifest);
    for (const problem of manifest.problems) yield rejected(problem);
  }
  if (listing.files.length === 0 && listing.problems.length === 0) {
    yield rejected(rejections.empty(root, 'holds no files to read'));
  }
  for (const rel of listing.files) {
    const input = path.join(root, rel);
    yield* fileItems(input, input, manifestDraftFor(rel, manifests), context);
  }
  yield* missingManifestFiles(root, listing.files, manifests);
}

/** Files a manifest lists that are not there: an analyst needs to know the corpus is short of what it says. */
async function* missingManifestFiles(
  root: string,
  files: readonly string[],
  manifests: ReadonlyMap<string, Manifest>,
): AsyncGenerator<IngestItem> {
  const present = new Set(files);
  for (const [dir, manifest] of manifests) {
    for (const [key, entry] of manifest.entries) {
      const rel = dir === '' ? key : `${dir}/${key}`;
      if (present.has(rel) || manifestKey(rel) !== rel) continue;
      // Listed files skipped on purpose (dot-files) exist; only truly absent ones are reported.
      const exists = await fs.stat(path.join(root, rel)).then(
        () => true,
        () => false,
      );
      if (!exists) yield rejected(rejections.missingFromManifest(path.join(root, rel), manifest.input, entry.line));
    }
  }
}
