/** Reading BRAT standoff attribution files (PolNeAR): role spans per document, fragments kept apart. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../src/model/index.js';

export type Role = 'Source' | 'Cue' | 'Content';
export const ROLES: readonly Role[] = ['Source', 'Cue', 'Content'];

export interface BratDoc {
  readonly stem: string;
  readonly text: string;
  /**
   * Every piece of every span of the role: a discontinuous span ("a b;c d") gives one piece per run of tokens.
   * Fragments of one span that only whitespace on one line separates are one run of tokens (a BIO tagging, as
   * CofeNet's, tags them as one chunk) and are joined; `rawFragments` keeps them apart, as written in the file.
   */
  readonly spans: Readonly<Record<Role, Span[]>>;
}

export interface ReadOptions {
  /** Keep every fragment apart, as written in the .ann file (the scoring before content parts existed). */
  readonly rawFragments?: boolean;
}

/** Joins the fragments of one span that only same-line whitespace separates. */
export function joinTokenRuns(text: string, fragments: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const f of fragments) {
    const prev = out[out.length - 1];
    if (prev && f.start >= prev.end && /^[^\S\n]*$/.test(text.slice(prev.end, f.start)))
      out[out.length - 1] = { start: prev.start, end: f.end };
    else out.push(f);
  }
  return out;
}

/** Trims whitespace off a span's edges. */
export function trimmed(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Documents of a split (one annotation per text: the first annotator's file in name order). */
export function readSplit(dir: string, limit = Number.POSITIVE_INFINITY, options: ReadOptions = {}): BratDoc[] {
  const annDir = join(dir, 'attributions');
  const files = readdirSync(annDir)
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const seen = new Set<string>();
  const docs: BratDoc[] = [];
  for (const f of files) {
    const stem = f.replace(/_[0-9a-f]+\.ann$/, '');
    if (seen.has(stem) || docs.length >= limit) continue;
    seen.add(stem);
    const text = readFileSync(join(dir, 'text', `${stem}.txt`), 'utf8');
    const spans: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
    for (const line of readFileSync(join(annDir, f), 'utf8').split('\n')) {
      const m = /^T\d+\t(Source|Cue|Content) ([\d; ]+)\t/.exec(line);
      if (!m) continue;
      const fragments: Span[] = [];
      for (const frag of m[2]!.split(';')) {
        const [a, b] = frag.trim().split(/\s+/).map(Number);
        if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) continue;
        const s = trimmed(text, { start: a, end: b });
        if (s.end > s.start) fragments.push(s);
      }
      spans[m[1] as Role].push(...(options.rawFragments ? fragments : joinTokenRuns(text, fragments)));
    }
    docs.push({ stem, text, spans });
  }
  return docs;
}
