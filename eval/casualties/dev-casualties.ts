// The casualty ledger on the dev corpus (../shared/corpus/aleppo-2024) against the gold `casualty_figures`: the
// reference scorer's recall and precision (score.mjs §casualties: same count and a span overlapping the gold quote),
// plus outcome, category, qualifier and as_of accuracy over matched gold figures, and with --verbose a line per miss
// and per unmatched report figure. Exits 0 (saying so) without ../shared.
//   node --import tsx eval/casualties/dev-casualties.ts [--verbose]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ReportCasualtyFigure } from '../../src/report/sections/casualties.js';
import { formatMetric, seedScoreSheet } from '../scorer.js';
import { repoRoot, sharedDir, skipWithoutShared } from '../shared-dir.js';
import { analyzeCorpus } from './analyze-corpus.js';

interface GoldFigure {
  count: number;
  who: string;
  type: string;
  qualifier: string;
  as_of: string | null;
  file: string;
  quote: string;
}

const shared = sharedDir() ?? skipWithoutShared('eval:casualties (dev)');
const verbose = process.argv.includes('--verbose');
const corpusDir = join(shared, 'corpus', 'aleppo-2024');
const goldFile = join(shared, 'corpus', 'aleppo-2024.gold.json');
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { casualty_figures: GoldFigure[] };

const { documents, report, ms } = await analyzeCorpus([corpusDir]);
const out = join(repoRoot, 'eval', 'out', 'casualties-dev.report.json');
mkdirSync(join(repoRoot, 'eval', 'out'), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));

const sheet = seedScoreSheet(shared, out);
const fmt = (k: string) => formatMetric(sheet, 'casualties', k);

// Field accuracies (our own view; the scorer does not judge fields): the same match rule as the scorer.
const textOf = new Map(documents.map((d) => [d.document.id, d.document.text]));
const fileOf = new Map(documents.map((d) => [d.document.id, basename(d.document.input)]));
const figures = report.casualties as ReportCasualtyFigure[];
const occurrences = (g: GoldFigure) => {
  const doc = documents.find((d) => basename(d.document.input) === g.file);
  if (!doc) return [];
  const spans: { doc: string; start: number; end: number }[] = [];
  for (let i = doc.document.text.indexOf(g.quote); i >= 0; i = doc.document.text.indexOf(g.quote, i + 1))
    spans.push({ doc: doc.document.id, start: i, end: i + g.quote.length });
  return spans;
};
const matches = (g: GoldFigure, f: ReportCasualtyFigure) =>
  f.count === g.count &&
  occurrences(g).some((o) => o.doc === f.span.doc && o.start < f.span.end && f.span.start < o.end);
/** The gold `who` as a report category (a rough reading of the annotator's words, for this evaluation only). */
const goldCategory = (who: string): string => {
  const w = who.toLowerCase().replace(/\(.*\)/, '');
  const rules: [RegExp, string][] = [
    [/militia/, 'militia'],
    [/government|regime/, 'government_forces'],
    [/civilian/, 'civilians'],
    [/rebel|insurgent/, 'rebels'],
    [/child/, 'children'],
    [/women/, 'women'],
    [/famil/, 'families'],
    [/combatant|fighter|commander/, 'combatants'],
    [/troop|soldier/, 'soldiers'],
  ];
  return rules.find(([re]) => re.test(w))?.[1] ?? 'people';
};
const goldQualifier = (q: string) => (q === 'exact' ? 'exactly' : q.replace(/\s+/g, '_'));
let found = 0;
const ok = { outcome: 0, category: 0, qualifier: 0, as_of: 0 };
const misses: string[] = [];
for (const g of gold.casualty_figures) {
  const f = figures.find((x) => matches(g, x));
  if (!f) {
    misses.push(`  MISS ${g.file} ${g.count} ${g.who} ${g.type}: ${g.quote.slice(0, 100)}`);
    continue;
  }
  found++;
  const wrong: string[] = [];
  const check = (k: keyof typeof ok, got: unknown, want: unknown) => {
    if (got === want) ok[k]++;
    else wrong.push(`${k} ${String(got)} != ${String(want)}`);
  };
  check('outcome', f.outcome, g.type);
  check('category', f.category, goldCategory(g.who));
  check('qualifier', f.qualifier, goldQualifier(g.qualifier));
  check('as_of', f.as_of, g.as_of);
  if (wrong.length) misses.push(`  FIELD ${g.file} ${g.count} ${g.who}: ${wrong.join('; ')}`);
}
const extra = figures.filter((f) => !gold.casualty_figures.some((g) => matches(g, f)));
const pct = (n: number, d: number) => `${d ? (n / d).toFixed(3) : 'n/a'} (${n}/${d})`;
console.log(`casualties dev (aleppo-2024, ${documents.length} documents, ${ms.toFixed(0)} ms for all stages)`);
console.log(`  recall        ${fmt('recall')}`);
console.log(`  precision     ${fmt('precision')}`);
console.log(`  outcome_acc   ${pct(ok.outcome, found)}`);
console.log(`  category_acc  ${pct(ok.category, found)}`);
console.log(`  qualifier_acc ${pct(ok.qualifier, found)}`);
console.log(`  as_of_acc     ${pct(ok.as_of, found)}`);
console.log(`  report: ${out} (${figures.length} figures)`);
if (verbose) {
  for (const line of misses) console.log(line);
  for (const f of extra) {
    const text = textOf.get(f.span.doc) ?? '';
    console.log(
      `  EXTRA ${fileOf.get(f.span.doc)} ${f.count} ${f.category} ${f.outcome}: ${text.slice(f.span.start, f.span.end)}`,
    );
  }
}
