import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Rejection } from '../model/index.js';
import { decodeBytes, isBlank } from './decode.js';
import { MANIFEST_NAME } from './limits.js';
import { splitLines } from './lines.js';
import { type MetaDraft, metaFromFields } from './metadata.js';
import { describeFsError, isMissingError, rejections } from './rejection.js';

/** One manifest line: metadata for one file, and where it was written (for "missing file" reasons). */
export interface ManifestEntry {
  readonly draft: MetaDraft;
  readonly line: number;
}

/** A directory's `manifest.jsonl`: entries keyed by file path relative to that directory, in `/` form. */
export interface Manifest {
  /** The manifest as the user would name it (e.g. `corpus/manifest.jsonl`). */
  readonly input: string;
  readonly entries: ReadonlyMap<string, ManifestEntry>;
  /** Lines that could not be used, as `bad_metadata` rejections. */
  readonly problems: readonly Rejection[];
}

/** A manifest `file` as a key: `./a.txt`, `a.txt` and `sub\a.txt` name the same files as `a.txt`, `sub/a.txt`. */
export function manifestKey(file: string): string | null {
  const key = path.posix.normalize(file.trim().replace(/\\/g, '/')).replace(/^\.\//, '');
  if (key === '' || key === '.' || key.startsWith('../') || key === '..' || path.posix.isAbsolute(key)) return null;
  return key;
}

function readEntry(input: string, text: string): { key: string; fields: Record<string, unknown> } | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `the line is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'the line is not a JSON object';
  const fields = value as Record<string, unknown>;
  if (typeof fields.file !== 'string') return `the line has no "file" field naming a file in ${path.dirname(input)}`;
  const key = manifestKey(fields.file);
  return key
    ? { key, fields }
    : `its "file" ${JSON.stringify(fields.file)} is not a path inside ${path.dirname(input)}`;
}

/**
 * Reads `manifest.jsonl` in a directory, or returns null when there is none. Read line by line like any JSONL;
 * a bad line is reported and skipped, so one typo does not cost the whole corpus its dates. When a file is listed
 * twice the later line wins, as when a line is appended to correct an earlier one.
 */
export async function loadManifest(fsDir: string, inputDir: string, maxBytes: number): Promise<Manifest | null> {
  const input = inputDir === '' ? MANIFEST_NAME : path.join(inputDir, MANIFEST_NAME);
  const entries = new Map<string, ManifestEntry>();
  const problems: Rejection[] = [];
  const bad = (line: number, detail: string): void => {
    problems.push(rejections.badMetadata(`${input}:${line}`, `${detail}; this line's metadata is not used.`));
  };
  try {
    for await (const line of splitLines(createReadStream(path.join(fsDir, MANIFEST_NAME)), maxBytes)) {
      if (line.bytes === null) {
        bad(line.number, 'the line is too long');
        continue;
      }
      const decoded = decodeBytes(line.bytes);
      if (!decoded.ok) bad(line.number, 'the line is not valid UTF-8');
      else if (!isBlank(decoded.text)) {
        const entry = readEntry(input, decoded.text);
        if (typeof entry === 'string') bad(line.number, entry);
        else entries.set(entry.key, { draft: metaFromFields(entry.fields), line: line.number });
      }
    }
  } catch (error) {
    if (isMissingError(error)) return null;
    problems.push(
      rejections.badMetadata(
        input,
        `the manifest could not be read (${describeFsError(error)}); no file gets its metadata.`,
      ),
    );
  }
  return { input, entries, problems };
}
