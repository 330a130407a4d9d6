// Output identity and cost of the report builder at growing batch sizes (issue 10). A developer script, not part of
// the builder, so it may run the pipeline to build the report's input.
//
//   node --import tsx src/report/scale-check.ts [input...]
//
// Inputs: `examples` (examples/corpus with examples/gazetteer.tsv) and `synthetic:N` (the first N articles of
// bench/synthetic-corpus.ts, seed 42, as `npm run bench` generates them). Default: examples, synthetic:500,
// synthetic:2000. Each input is analysed once (every per-document stage on worker threads, then every corpus stage)
// and the analysed documents and corpus layers are cached with v8.serialize in $SITREP_REPORT_CACHE (default
// <tmpdir>/sitrep-report-scale): the report builder is then timed on exactly the same input before and after a
// change, even while other folders (e.g. fusion) change under it. Delete the cache to re-analyse.
//
// Prints, per input, the SHA-256 of the report JSON (the report carries no timestamp; the generator is fixed here), so
// a refactoring must leave every hash unchanged, and the report builder's wall time alone (per section, first and
// second build). Before/after: run the same script in a copy of the previous tree; both read the same cache.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { loadResources } from '../app/resources.js';
import { ingestInputs } from '../ingest/index.js';
import type { SourceDocument } from '../model/index.js';
import { runCorpusStages } from '../pipeline/run-stages.js';
import type { AnalyzedDocument, CorpusLayers } from '../pipeline/stage.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from '../pipeline/stages.js';
import { runDocumentStagesParallel } from '../pipeline/worker-pool.js';
import { documentOf } from '../testing/document-of.js';
import { buildReport, REPORT_SECTIONS } from './build-report.js';
import type { Report } from './contract.js';
import type { ReportInput } from './report-input.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cacheDir = process.env.SITREP_REPORT_CACHE ?? join(tmpdir(), 'sitrep-report-scale');
/** The seed `npm run bench` generates its per-document corpus with. */
const SYNTHETIC_SEED = 42;

interface Batch {
  readonly documents: AnalyzedDocument[];
  readonly corpus: CorpusLayers;
}

async function* syntheticDocuments(count: number): AsyncGenerator<SourceDocument> {
  // imported by path: bench/ is outside src/
  const mod = (await import(pathToFileURL(join(root, 'bench', 'synthetic-corpus.ts')).href)) as {
    syntheticCorpus: (count: number, seed: number) => Iterable<string>;
  };
  let i = 0;
  for (const text of mod.syntheticCorpus(count, SYNTHETIC_SEED))
    yield documentOf(text, {}, `synthetic-${SYNTHETIC_SEED}-${i++}.txt`);
}

async function* ingested(dir: string): AsyncGenerator<SourceDocument> {
  for await (const item of ingestInputs([dir])) if (item.kind === 'document') yield item.document;
}

async function analyse(input: string): Promise<Batch> {
  const [kind, n] = input.split(':');
  const gazetteerFiles = kind === 'examples' ? [join(root, 'examples', 'gazetteer.tsv')] : [];
  let source: AsyncIterable<SourceDocument>;
  if (kind === 'examples') source = ingested(join(root, 'examples', 'corpus'));
  else if (kind === 'synthetic') source = syntheticDocuments(Number(n));
  else throw new Error(`unknown input ${input}`);
  const documents: AnalyzedDocument[] = [];
  for await (const { document, run } of runDocumentStagesParallel(source, { resourceOptions: { gazetteerFiles } }))
    documents.push({ document, layers: run.layers });
  const ctx = { resources: loadResources({ gazetteerFiles }), warn: () => {} };
  const run = runCorpusStages(documents, CORPUS_STAGES, ctx);
  for (const e of run.errors) console.error(`${input}: corpus stage error: ${e.message}`);
  return { documents, corpus: run.corpus };
}

async function batchOf(input: string): Promise<Batch> {
  const file = join(cacheDir, `${input.replace(/[^a-z0-9]+/gi, '_')}.v8`);
  if (existsSync(file)) return deserialize(readFileSync(file)) as Batch;
  const t0 = performance.now();
  const batch = await analyse(input);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(file, serialize(batch));
  console.log(`${input}: analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s, cached in ${file}`);
  return batch;
}

const inputs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const input of inputs.length ? inputs : ['examples', 'synthetic:500', 'synthetic:2000']) {
  const { documents, corpus } = await batchOf(input);
  const reportInput = { generator: 'scale-check', documents, rejected: [], corpus, includeText: false };
  // Built twice: the first build pays for JIT compilation, the second shows the steady cost. Each section is timed
  // on its own (the sections are named consts: casualtiesSection → casualties).
  const builds: { ms: number; sections: string[]; hash: string }[] = [];
  let report: Report | undefined;
  for (let run = 0; run < 2; run++) {
    const sections: string[] = [];
    const timed = REPORT_SECTIONS.map((section) => (i: ReportInput, soFar: Readonly<Report>) => {
      const s0 = performance.now();
      const part = section(i, soFar);
      sections.push(`${section.name.replace(/Section$/, '')} ${(performance.now() - s0).toFixed(0)}`);
      return part;
    });
    const t0 = performance.now();
    report = buildReport({ ...reportInput, documentStages: DOCUMENT_STAGES }, timed);
    const ms = performance.now() - t0;
    builds.push({ ms, sections, hash: createHash('sha256').update(JSON.stringify(report)).digest('hex').slice(0, 16) });
  }
  const [first, second] = builds as [(typeof builds)[0], (typeof builds)[0]];
  if (first.hash !== second.hash) throw new Error(`${input}: two builds differ (${first.hash}, ${second.hash})`);
  const r = report as Report;
  const counts = `${r.places.length} places, ${r.events.length} events, ${r.casualties.length} casualties, ${r.claims.length} claims, ${r.sources.length} sources`;
  console.log(`${input}: ${documents.length} docs (${counts}); sha256 ${first.hash}`);
  for (const [name, b] of [
    ['first build', first],
    ['second build', second],
  ] as const)
    console.log(`  ${name}: ${b.ms.toFixed(0)} ms (${b.sections.join(', ')})`);
}
