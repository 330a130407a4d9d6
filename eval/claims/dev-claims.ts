// The claims stage on the dev corpus (../shared/corpus/aleppo-2024) against the gold `claims`: the reference
// scorer's recall, source accuracy, status accuracy and precision (score.mjs §claims, its namesMatch), plus a
// line per gold claim that was missed or got its source or status wrong. Exits 0 (saying so) without ../shared.
//   node --import tsx eval/claims/dev-claims.ts [--verbose]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalyzedDocument } from '../../src/pipeline/stage.js';
import { buildReport } from '../../src/report/build-report.js';
import { claimsSection } from '../../src/report/sections/claims.js';
import { documentsSection } from '../../src/report/sections/documents.js';
import { buildSourceRegistry } from '../../src/stages/claims/index.js';
import { documentOf } from '../../src/testing/document-of.js';
import { formatMetric, seedScoreSheet } from '../scorer.js';
import { repoRoot, sharedDir, skipWithoutShared } from '../shared-dir.js';
import { createAnalyzer } from './analyze.js';

interface GoldClaim {
  file: string;
  source: string;
  cue: string;
  quote: string;
  status: string;
}

const shared = sharedDir() ?? skipWithoutShared('eval:claims (dev)');
const verbose = process.argv.includes('--verbose');
const corpus = join(shared, 'corpus', 'aleppo-2024');
const goldFile = join(shared, 'corpus', 'aleppo-2024.gold.json');
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { claims: GoldClaim[] };
const manifest = readFileSync(join(corpus, 'manifest.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { file: string; published?: string });

const analyzer = await createAnalyzer();
const started = performance.now();
const documents: AnalyzedDocument[] = manifest.map((m) => {
  const path = join(corpus, m.file);
  const document = documentOf(readFileSync(path, 'utf8'), { published: m.published ?? null }, path);
  return { document, layers: analyzer.analyze(document) };
});
const ms = performance.now() - started;
const registry = buildSourceRegistry(documents);
const report = buildReport(
  { generator: 'sitrep eval:claims', documents, rejected: [], corpus: { sources: registry }, includeText: false },
  [documentsSection, claimsSection],
);
const out = join(repoRoot, 'eval', 'out', 'claims-dev.report.json');
mkdirSync(join(repoRoot, 'eval', 'out'), { recursive: true });
writeFileSync(out, JSON.stringify(report, null, 2));

const sheet = seedScoreSheet(shared, out);
const fmt = (k: string) => formatMetric(sheet, 'claims', k);
console.log(
  `claims dev (aleppo-2024, ${documents.length} documents; upstream: ${analyzer.upstream}; ${ms.toFixed(0)} ms)`,
);
console.log(`  recall      ${fmt('recall')}`);
console.log(`  source_acc  ${fmt('source_acc')}`);
console.log(`  status_acc  ${fmt('status_acc')}`);
console.log(`  precision   ${fmt('precision')}`);
console.log(`  report: ${out} (${report.claims.length} claims, ${report.sources.length} sources)`);

if (verbose) {
  // Our own view of the misses, using the same overlap rule; the figures above are the scorer's.
  const { namesMatch } = (await import(join(shared, 'eval', 'score.mjs'))) as {
    namesMatch: (a: string, b: string) => boolean;
  };
  const byFile = new Map(documents.map((d) => [d.document.input.split('/').pop()!, d]));
  const srcById = new Map(report.sources.map((s) => [s.id, s]));
  for (const g of gold.claims) {
    const d = byFile.get(g.file);
    if (!d) continue;
    const text = d.document.text;
    const at = text.indexOf(g.quote);
    const occ = { start: at, end: at + g.quote.length };
    const cands = report.claims.filter(
      (c) => c.span.doc === d.document.id && c.span.start < occ.end && occ.start < c.span.end,
    );
    const cover = (c: (typeof cands)[number]) => Math.min(c.span.end, occ.end) - Math.max(c.span.start, occ.start);
    const best = cands.sort((a, b) => cover(b) - cover(a))[0];
    const tag = `${g.file.slice(0, 3)} ${JSON.stringify(g.quote.slice(0, 70))}`;
    if (!best) {
      console.log(`  MISS   ${tag}  [${g.source} | ${g.cue} | ${g.status}]`);
      continue;
    }
    const src = best.source ? srcById.get(best.source) : undefined;
    const names = src ? [src.name, ...src.aliases] : [];
    const variants = [
      g.source,
      ...g.source
        .split(/[();]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ];
    const sOk = variants.some((v) => names.some((n) => namesMatch(n, v)));
    if (!sOk || best.status !== g.status) {
      const got = `${src?.name ?? 'null'} [${src?.aliases.join('; ') ?? ''}] | ${best.cue} | ${best.status}`;
      console.log(
        `  ${sOk ? 'STATUS' : 'SOURCE'} ${tag}\n         gold ${g.source} | ${g.cue} | ${g.status}\n         got  ${got}`,
      );
    }
  }
}
