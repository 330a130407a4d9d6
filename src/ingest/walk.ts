import { type Dirent, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Rejection } from '../model/index.js';
import { MANIFEST_NAME } from './limits.js';
import { describeFsError, rejections } from './rejection.js';

/** The files under a directory, as paths relative to it in `/` form. */
export interface DirectoryListing {
  /** Every file to read, sorted by path (code-unit order, so the order is the same on every machine). */
  readonly files: readonly string[];
  /** Relative directories ('' for the root) that hold a `manifest.jsonl`. */
  readonly manifestDirs: readonly string[];
  /** Sub-directories that could not be listed. */
  readonly problems: readonly Rejection[];
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Lists a directory recursively. Dot-files and dot-directories (`.git`, `.DS_Store`) are skipped, and so is
 * `manifest.jsonl`, which is metadata rather than an article. Symbolic links are followed, each real directory
 * once, so a link cycle cannot loop. Only paths are held, never contents.
 */
export async function listDirectory(root: string, rootInput: string): Promise<DirectoryListing> {
  const files: string[] = [];
  const manifestDirs: string[] = [];
  const problems: Rejection[] = [];
  const seenDirs = new Set<string>();

  const visit = async (relDir: string): Promise<void> => {
    const fsDir = path.join(root, relDir);
    let entries: Dirent[];
    try {
      const real = await fs.realpath(fsDir);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      entries = await fs.readdir(fsDir, { withFileTypes: true });
    } catch (error) {
      problems.push(rejections.unreadable(path.join(rootInput, relDir), describeFsError(error)));
      return;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const rel = relDir === '' ? entry.name : `${relDir}/${entry.name}`;
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        // A dangling link is listed as a file so that it is reported rather than silently skipped.
        isDirectory = await fs.stat(path.join(root, rel)).then(
          (s) => s.isDirectory(),
          () => false,
        );
      }
      if (isDirectory) await visit(rel);
      else if (entry.name === MANIFEST_NAME) manifestDirs.push(relDir);
      else files.push(rel);
    }
  };

  await visit('');
  return { files: files.sort(byCodeUnits), manifestDirs: manifestDirs.sort(byCodeUnits), problems };
}
