// npm run bench: throughput of the per-document pipeline against a tokenize-only baseline, on a deterministic
// synthetic corpus. Writes bench/out/results.json and prints a table. (Issue 10 extends this harness.)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../eval/shared-dir.js';
import { loadResources } from '../src/app/resources.js';
import { runDocumentStages } from '../src/pipeline/run-stages.js';
import { DOCUMENT_STAGES } from '../src/pipeline/stages.js';
import { documentOf } from '../src/testing/document-of.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const COUNT = Number(process.env.SITREP_BENCH_DOCS ?? 2000);
const texts = [...syntheticCorpus(COUNT)];
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const docs = texts.map((t, i) => documentOf(t, {}, `synthetic-${i}.txt`));

function measure(name: string, fn: () => void) {
  const started = performance.now();
  fn();
  const seconds = (performance.now() - started) / 1000;
  return { name, articlesPerSecond: COUNT / seconds, mbPerSecond: bytes / 1e6 / seconds, seconds };
}

const WORD = /[\p{L}\p{N}]+/gu;
const baseline = measure('tokenize-only baseline', () => {
  for (const d of docs) d.text.match(WORD);
});
const ctx = { resources: loadResources(), warn: () => {} };
const stageRows = DOCUMENT_STAGES.map((stage, i) =>
  measure(`up to stage ${stage.name}`, () => {
    for (const d of docs) runDocumentStages(d, DOCUMENT_STAGES.slice(0, i + 1), ctx);
  }),
);
const rows = [baseline, ...stageRows];
const peakRssMb = process.resourceUsage().maxRSS / 1024;

console.log(`${COUNT} synthetic articles, ${(bytes / 1e6).toFixed(1)} MB, single thread`);
console.log('| measure | articles/s | MB/s | × baseline time |');
console.log('|---|---|---|---|');
for (const r of rows) {
  const ratio = r.seconds / baseline.seconds;
  console.log(`| ${r.name} | ${r.articlesPerSecond.toFixed(0)} | ${r.mbPerSecond.toFixed(2)} | ${ratio.toFixed(1)} |`);
}
console.log(`peak RSS: ${peakRssMb.toFixed(0)} MB`);
const outDir = join(repoRoot, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ count: COUNT, bytes, rows, peakRssMb }, null, 2)}\n`);
