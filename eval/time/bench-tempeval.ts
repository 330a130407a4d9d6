/**
 * TempEval-3 Task A on TBAQ-cleaned (TimeBank + AQUAINT TimeML): TIMEX3 extraction (strict / relaxed P R F1),
 * type accuracy and value accuracy / value F1 — sitrep's `dates` extractor beside chrono-node alone, in one run,
 * with HeidelTime's published figure for reference.
 *
 *   node --import tsx eval/time/bench-tempeval.ts [--dir DIR] [--errors N] [--json]
 *
 * The files are split in two by a hash of their name: "dev" (¾, whose errors `--errors` prints and which the rules
 * were tuned on) and "check" (¼, never inspected), so the check figures estimate performance on unseen text.
 * errors-tempeval.ts groups the dev split's errors by category.
 * Exits 0 with a note when the benchmark directory is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDateLexicon } from '../../src/stages/dates/index.js';
import { chronoTimexes } from './chrono-baseline.js';
import { type Counts, emptyCounts, figures, type Pair, scoreDoc, type Timex } from './score.js';
import {
  goldTimexes,
  isCheckFile,
  type SysTimex,
  sitrepTimexes,
  tempevalDir,
  tempevalFiles,
} from './tempeval-corpus.js';
import { parseTimeML, type TimeMLDoc } from './tml.js';

/** HeidelTime's value F1 on the TempEval-3 platinum test set (UzZaman et al. 2013, Task A ranking measure). */
const HEIDELTIME_TE3_VALUE_F1 = 77.6;

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = tempevalDir(argOf('--dir'));
const errorsWanted = Number(argOf('--errors') ?? 0);

if (!existsSync(dir)) {
  console.log(`bench-tempeval: ${dir} not found — nothing to score (the shared benchmark is not mounted). Exit 0.`);
  process.exit(0);
}

const files = tempevalFiles(dir);
const lexicon = loadDateLexicon();
const counts = { sitrep: emptyCounts(), chrono: emptyCounts(), dev: emptyCounts(), check: emptyCounts() };
const errors: string[] = [];
let sitrepMs = 0;
let chronoMs = 0;
let chars = 0;

function context(doc: TimeMLDoc, t: Timex): string {
  const s = doc.text.slice(Math.max(0, t.start - 50), t.start).replace(/\s+/g, ' ');
  const e = doc.text.slice(t.end, t.end + 40).replace(/\s+/g, ' ');
  return `${s}[${doc.text.slice(t.start, t.end)}]${e}`;
}

function collectErrors(
  doc: TimeMLDoc,
  gold: readonly Timex[],
  sys: readonly SysTimex[],
  pairs: Pair<SysTimex>[],
): void {
  const g = new Set(pairs.map((p) => p.gold));
  const s = new Set(pairs.map((p) => p.sys));
  for (const t of gold) if (!g.has(t)) errors.push(`FN  ${t.type} ${t.value} | ${context(doc, t)}`);
  for (const t of sys) if (!s.has(t)) errors.push(`FP  ${t.type} ${t.value} (${t.rule}) | ${context(doc, t)}`);
  for (const p of pairs) {
    if (p.gold.value !== p.sys.value || p.gold.type !== p.sys.type) {
      errors.push(
        `VAL gold ${p.gold.type} ${p.gold.value} sys ${p.sys.type} ${p.sys.value} (${p.sys.rule}) dct ${doc.dct} | ${context(doc, p.gold)}`,
      );
    } else if (p.gold.start !== p.sys.start || p.gold.end !== p.sys.end) {
      errors.push(
        `EXT gold "${doc.text.slice(p.gold.start, p.gold.end)}" sys "${doc.text.slice(p.sys.start, p.sys.end)}"`,
      );
    }
  }
}

for (const file of files) {
  const doc = parseTimeML(readFileSync(file, 'utf8'), path.basename(file, '.tml'));
  chars += doc.text.length;
  const gold = goldTimexes(doc);
  let t0 = performance.now();
  const sys = sitrepTimexes(doc, lexicon);
  sitrepMs += performance.now() - t0;
  t0 = performance.now();
  const base = chronoTimexes(doc.text, doc.dct);
  chronoMs += performance.now() - t0;
  const check = isCheckFile(file);
  const pairs = scoreDoc(gold, sys, counts.sitrep);
  scoreDoc(gold, sys, check ? counts.check : counts.dev);
  scoreDoc(gold, base, counts.chrono);
  if (!check && errorsWanted) collectErrors(doc, gold, sys, pairs);
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const row = (name: string, c: Counts): string => {
  const f = figures(c);
  return `${name.padEnd(26)} ${pct(f.strictP)} ${pct(f.strictR)} ${pct(f.strictF1)}   ${pct(f.relaxedP)} ${pct(f.relaxedR)} ${pct(f.relaxedF1)}   ${pct(f.typeAcc)}  ${pct(f.valueAcc)}  ${pct(f.valueF1)}   ${String(c.gold).padStart(5)} ${String(c.sys).padStart(5)}`;
};

if (args.includes('--json')) {
  console.log(
    JSON.stringify({
      sitrep: figures(counts.sitrep),
      chrono: figures(counts.chrono),
      dev: figures(counts.dev),
      check: figures(counts.check),
    }),
  );
} else {
  console.log(
    `TempEval-3 Task A — ${files.length} TimeML files in ${path.relative(process.cwd(), dir) || dir} (${(chars / 1e6).toFixed(2)} M chars)`,
  );
  console.log(
    `${''.padEnd(26)} ${'strict P     R    F1'}   ${'relaxed P    R    F1'}    type   value  value  gold   sys`,
  );
  console.log(`${''.padEnd(26)} ${''.padEnd(20)}   ${''.padEnd(20)}    acc    acc    F1`);
  console.log(row('sitrep dates (all)', counts.sitrep));
  console.log(row('  dev split (tuned on)', counts.dev));
  console.log(row('  check split (unseen)', counts.check));
  console.log(row('chrono-node 2.10 alone', counts.chrono));
  console.log(
    `${'HeidelTime (published)'.padEnd(26)} ${'TE3 platinum test set, value F1'.padEnd(73)}${HEIDELTIME_TE3_VALUE_F1.toFixed(1).padStart(5)}`,
  );
  console.log(`time: sitrep ${sitrepMs.toFixed(0)} ms, chrono ${chronoMs.toFixed(0)} ms`);
}
if (errorsWanted) {
  for (const e of errors.slice(0, errorsWanted)) console.log(e);
  console.log(`(${errors.length} errors in the dev split)`);
}
