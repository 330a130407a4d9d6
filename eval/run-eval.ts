// npm run eval: runs sitrep on shared/corpus/aleppo-2024, validates the report, prints the reference scorer's
// figures and the foundation checks, and fails when the report breaks the contract or a floor is crossed.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../src/app/analyze.js';
import { loadResources } from '../src/app/resources.js';
import { reportJson, writeFileAtomic } from '../src/app/write-outputs.js';
import { ingestInputs } from '../src/ingest/index.js';
import { checkReportReferences, validateReportSchema } from '../src/report/validate-report.js';
import { MemoryStore } from '../src/storage/index.js';
import { type DevGold, foundationChecks } from './dev-checks.js';
import { runSeedScorer } from './scorer.js';
import { repoRoot, sharedDir, skipWithoutShared } from './shared-dir.js';

/** Floors the dev figures must not fall below (issue 2's "done when"); raise them as capabilities land. */
const FLOORS = { boilerplateCoverage: 0.9, outletAccuracy: 1, maxQuotesInNoise: 0 };

const shared = sharedDir() ?? skipWithoutShared('eval');
const corpus = join(shared, 'corpus', 'aleppo-2024');
const goldFile = join(shared, 'corpus', 'aleppo-2024.gold.json');
const out = join(repoRoot, 'eval', 'out', 'aleppo-2024.report.json');

const warnings: string[] = [];
const result = await analyze({
  items: ingestInputs([corpus]),
  store: new MemoryStore(),
  context: { resources: loadResources(), warn: (m) => warnings.push(m) },
});
for (const e of result.stageErrors) warnings.push(e.message);
for (const w of warnings) console.error(`warning: ${w}`);
writeFileAtomic(out, reportJson(result.report));
console.log(`report: ${out}`);

const texts = new Map(
  result.report.documents.map((d) => [d.id, readFileSync(join(corpus, basename(d.input)), 'utf8')]),
);
const problems = [...validateReportSchema(result.report), ...checkReportReferences(result.report, texts)];
for (const p of problems) console.log(`contract: ${p.path}: ${p.message}`);
console.log(`contract: ${problems.length ? `${problems.length} problem(s)` : 'valid, every span inside its text'}`);

const scorer = runSeedScorer(shared, out);
process.stdout.write(scorer.stdout);
process.stderr.write(scorer.stderr);

const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as DevGold;
const byFile = new Map(result.report.documents.map((d) => [basename(d.input), texts.get(d.id) ?? '']));
const checks = foundationChecks(result.report, byFile, gold);
console.log('[foundation]');
console.log(`  boilerplate_coverage: ${checks.boilerplateCoverage?.toFixed(3)} (n=${checks.boilerplateLines})`);
console.log(`  gold_quotes_in_noise: ${checks.quotesInNoise} (of ${checks.quotesChecked})`);
console.log(`  outlet_acc_with_evidence: ${checks.outletAccuracy.toFixed(3)} (n=${gold.documents.length})`);
for (const n of checks.notes) console.log(`  # ${n}`);

const failures = [
  ...(problems.length ? ['the report breaks the contract'] : []),
  ...(scorer.status !== 0 ? [`the reference scorer exited ${scorer.status}`] : []),
  ...(scorer.stdout.includes('events_recall=') ? [] : ['the reference scorer printed no figures']),
  ...((checks.boilerplateCoverage ?? 1) < FLOORS.boilerplateCoverage ? ['boilerplate coverage below floor'] : []),
  ...(checks.outletAccuracy < FLOORS.outletAccuracy ? ['outlet accuracy below floor'] : []),
  ...(checks.quotesInNoise > FLOORS.maxQuotesInNoise ? ['gold quotes inside noise spans'] : []),
];
for (const f of failures) console.error(`eval: FAIL: ${f}`);
process.exit(failures.length ? 1 : 0);
