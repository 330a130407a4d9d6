/**
 * TempEval-3 error dump for the dev split only (the check split stays unseen): every value, extent, missed and
 * spurious timex, grouped by error category with counts, largest class first, so that rule work goes where the
 * errors are. Categories are computed from the gold and system values alone (error-category.ts).
 *
 *   node --import tsx eval/time/errors-tempeval.ts [--dir DIR] [--examples N] [--only CATEGORY-PREFIX] [--extraction]
 *
 * --extraction groups only the missed and spurious timexes, by their lower-cased text with digits as "0" (so
 * "1989" and "1990" fall together), largest group first: the classes of expressions found or emitted wrongly.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadDateLexicon } from '../../src/stages/dates/index.js';
import { valueCategory } from './error-category.js';
import { emptyCounts, scoreDoc, type Timex } from './score.js';
import {
  goldTimexes,
  isCheckFile,
  type SysTimex,
  sitrepTimexes,
  tempevalDir,
  tempevalFiles,
} from './tempeval-corpus.js';
import { parseTimeML, type TimeMLDoc } from './tml.js';

const args = process.argv.slice(2);
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dir = tempevalDir(argOf('--dir'));
const examples = Number(argOf('--examples') ?? 6);
const only = argOf('--only');
const extractionOnly = args.includes('--extraction');

/** The pattern an extraction error is grouped under: its words lower-cased, digits folded to 0. */
const shapeOf = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').replace(/\d/g, '0');

function context(doc: TimeMLDoc, t: Timex): string {
  const before = doc.text.slice(Math.max(0, t.start - 45), t.start).replace(/\s+/g, ' ');
  const after = doc.text.slice(t.end, t.end + 35).replace(/\s+/g, ' ');
  return `${before}[${doc.text.slice(t.start, t.end)}]${after}`;
}

if (!existsSync(dir)) {
  console.log(`errors-tempeval: ${dir} not found — nothing to dump. Exit 0.`);
  process.exit(0);
}

const groups = new Map<string, string[]>();
const add = (category: string, line: string): void => {
  if (only && !category.startsWith(only)) return;
  const list = groups.get(category) ?? [];
  list.push(line);
  groups.set(category, list);
};

const lexicon = loadDateLexicon();
for (const file of tempevalFiles(dir)) {
  if (isCheckFile(file)) continue;
  const doc = parseTimeML(readFileSync(file, 'utf8'), path.basename(file, '.tml'));
  const gold = goldTimexes(doc);
  const sys: SysTimex[] = sitrepTimexes(doc, lexicon);
  const pairs = scoreDoc(gold, sys, emptyCounts());
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedSys = new Set<Timex>(pairs.map((p) => p.sys));
  const dct = `dct ${doc.dct?.slice(0, 10)}`;
  for (const t of gold) {
    if (matchedGold.has(t)) continue;
    if (extractionOnly) add(`missed "${shapeOf(doc.text.slice(t.start, t.end))}"`, `${t.value} | ${context(doc, t)}`);
    else add(`missed ${t.type}`, `${t.value} ${dct} | ${context(doc, t)}`);
  }
  for (const t of sys) {
    if (matchedSys.has(t)) continue;
    const line = `${t.type} ${t.value} (${t.rule}) | ${context(doc, t)}`;
    if (extractionOnly) add(`spurious "${shapeOf(doc.text.slice(t.start, t.end))}"`, line);
    else add(`spurious (${t.rule})`, line);
  }
  if (extractionOnly) continue;
  for (const p of pairs) {
    const line = `gold ${p.gold.type} ${p.gold.value} sys ${p.sys.type} ${p.sys.value} (${p.sys.rule}) ${dct} | ${context(doc, p.gold)}`;
    if (p.gold.value !== p.sys.value || p.gold.type !== p.sys.type) add(`value: ${valueCategory(p.gold, p.sys)}`, line);
    if (p.gold.start !== p.sys.start || p.gold.end !== p.sys.end) {
      const g = doc.text.slice(p.gold.start, p.gold.end);
      const s = doc.text.slice(p.sys.start, p.sys.end);
      add(`extent (${p.sys.rule})`, `gold "${g}" sys "${s}"`);
    }
  }
}

const sorted = [...groups].sort((a, b) => b[1].length - a[1].length);
const total = sorted.reduce((n, [, lines]) => n + lines.length, 0);
console.log(`${total} errors in ${sorted.length} groups`);
console.log('Dev-split errors by category (value errors count against value F1; extent errors only against strict F1)');
for (const [category, lines] of sorted) console.log(`${String(lines.length).padStart(5)}  ${category}`);
for (const [category, lines] of sorted) {
  console.log(`\n== ${category} (${lines.length})`);
  for (const line of lines.slice(0, examples)) console.log(`  ${line}`);
}
