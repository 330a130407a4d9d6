/**
 * The TempEval-3 TBAQ-cleaned files, their dev / check split, and sitrep's timexes for one file: shared by the
 * benchmark (bench-tempeval.ts) and the error dump (errors-tempeval.ts), so both see the same split.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { type DateLexicon, extractDates } from '../../src/stages/dates/index.js';
import { sharedDir } from '../shared-dir.js';
import type { Timex } from './score.js';
import type { TimeMLDoc } from './tml.js';

/** One file in CHECK_MODULUS goes to the untouched "check" split (never inspected while tuning). */
export const CHECK_MODULUS = 4;

export type SysTimex = Timex & { readonly rule: string };

/** The benchmark folder: --dir, else ../shared/bench/tempeval3/TBAQ-cleaned. */
export function tempevalDir(dirArg: string | undefined): string {
  const shared = sharedDir();
  return (
    dirArg ??
    (shared ? path.join(shared, 'bench', 'tempeval3', 'TBAQ-cleaned') : '../shared/bench/tempeval3/TBAQ-cleaned')
  );
}

/** Every .tml file one level below `dir`, sorted. */
export function tempevalFiles(dir: string): string[] {
  const files: string[] = [];
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(path.join(dir, sub.name)))
      if (f.endsWith('.tml')) files.push(path.join(dir, sub.name, f));
  }
  return files.sort();
}

function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** True for the held-out quarter of the files (by a hash of the file name, so the split is stable). */
export const isCheckFile = (file: string): boolean => fnv(path.basename(file)) % CHECK_MODULUS === 0;

export const goldTimexes = (doc: TimeMLDoc): Timex[] =>
  doc.timexes.map((t) => ({ start: t.start, end: t.end, type: t.type, value: t.value }));

/** sitrep's TIMEX3 output for a TimeML document, resolved against its creation time. */
export function sitrepTimexes(doc: TimeMLDoc, lexicon: DateLexicon): SysTimex[] {
  const result = extractDates({ text: doc.text, lexicon, language: 'en', reference: doc.dct, sentences: [], skip: [] });
  return result.dates
    .filter((d) => d.timex)
    .map((d) => ({ start: d.start, end: d.end, type: d.type, value: d.value ?? '', rule: d.rule }));
}
