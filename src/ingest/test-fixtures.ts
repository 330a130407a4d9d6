/** Test helpers for ingest: fixtures in a temporary directory and the items of a run, split by kind. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Rejection, SourceDocument } from '../model/index.js';
import { ingestInputs } from './index.js';
import type { IngestOptions } from './types.js';

/** Fictional article text written for these tests. */
export const ARTICLE =
  'Floodwater reached the centre of Riverton on Saturday, and about 300 residents left their homes, ' +
  'Mayor Ines Carvalho said.\n\nThe regional fire service said crews had reinforced the eastern levee overnight.\n';
export const ARTICLE_2 =
  'A second levee breach was reported near Millbrook on Sunday, according to the county emergency office.\n';

const created: string[] = [];

/** Writes `files` (relative path → content) into a fresh temporary directory and returns its path. */
export async function fixtureDir(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sitrep-ingest-'));
  created.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), content);
  }
  return dir;
}

/** Removes every fixture directory (call from `after`). */
export async function removeFixtures(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

export interface Run {
  readonly documents: SourceDocument[];
  readonly rejections: Rejection[];
  /** Every item as `input code` (documents as `input document`), inputs relative to `base`, in order. */
  readonly summary: string[];
}

/** Runs ingest and collects its items; inputs in `summary` are shown relative to `base`. */
export async function ingest(inputs: string[], options: IngestOptions = {}, base = ''): Promise<Run> {
  const documents: SourceDocument[] = [];
  const rejections: Rejection[] = [];
  const summary: string[] = [];
  const shown = (input: string): string =>
    base && input.startsWith(`${base}/`) ? input.slice(base.length + 1) : input;
  for await (const item of ingestInputs(inputs, options)) {
    if (item.kind === 'document') {
      documents.push(item.document);
      summary.push(`${shown(item.document.input)} document`);
    } else {
      rejections.push(item.rejection);
      summary.push(`${shown(item.rejection.input)} ${item.rejection.code}`);
    }
  }
  return { documents, rejections, summary };
}

/** Ingests one fixture file and returns the run. */
export async function ingestFile(
  name: string,
  content: string | Uint8Array,
  options: IngestOptions = {},
): Promise<Run> {
  const dir = await fixtureDir({ [name]: content });
  return ingest([path.join(dir, name)], options, dir);
}
