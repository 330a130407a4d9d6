// npm run bench: throughput, memory and worst cases of the pipeline on a deterministic synthetic corpus (issue 10).
// In one run: a tokenize-only baseline; each registered per-document stage (marginal, and cumulative up to it); the
// whole per-document pipeline on one thread and on worker threads; the cross-document stages on real analysed
// batches; the provenance candidate index at 10 k / 100 k (/ 1 M) documents (eval/provenance/index-scale.ts); and
// every stage on 1 MiB pathological inputs. Writes bench/out/results.json, prints a table, and compares with the
// committed bench/baseline.json.
//
//   npm run bench                      full run (several minutes on a loaded 2-core machine)
//   npm run bench -- --quick           CI mode: small counts, 32 KiB pathological inputs, < 1 minute
//   npm run bench -- --scale 1m        also the candidate index at 1,000,000 documents (or SITREP_BENCH_SCALE=1m)
//   options: --docs N  --workers N  --seed N  --corpus-sizes 10000,100000  --index-sizes 10000,100000
//            --pathological-size BYTES  --no-pathological  --no-corpus  --no-index  --write-baseline [note]
//            --stage-budget SECONDS (skip a cross-document stage projected slower)  --corpus-stages a,b (only these)
//            --no-analyze (skip the end-to-end analyze)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../eval/shared-dir.js';
import { analyze } from '../src/app/analyze.js';
import { loadResources } from '../src/app/resources.js';
import type { IngestItem } from '../src/ingest/index.js';
import type { SourceDocument } from '../src/model/index.js';
import { runCorpusStages, runDocumentStages } from '../src/pipeline/run-stages.js';
import type { AnalyzedDocument, AnyCorpusStage, StageContext } from '../src/pipeline/stage.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from '../src/pipeline/stages.js';
import { runDocumentStagesParallel } from '../src/pipeline/worker-pool.js';
import { openSqliteStore } from '../src/storage/index.js';
import { documentOf } from '../src/testing/document-of.js';
import { PATHOLOGICAL_KINDS, PATHOLOGICAL_SIZE, pathologicalText } from './pathological.js';
import { type ProbeResult, probeStageNames, probeStages } from './probe.js';
import { syntheticCorpus } from './synthetic-corpus.js';

// ---------------------------------------------------------------------------------------------------------------
// Options

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const list = (s: string | undefined) => (s ? s.split(',').map((x) => Number(x.replace(/_/g, ''))) : undefined);

const QUICK = flag('--quick') || process.env.SITREP_BENCH_QUICK === '1';
const SCALE_1M = value('--scale') === '1m' || process.env.SITREP_BENCH_SCALE === '1m';
const DOCS = Number(value('--docs') ?? process.env.SITREP_BENCH_DOCS ?? (QUICK ? 40 : 500));
const WORKERS = Number(value('--workers') ?? availableParallelism());
const SEED = Number(value('--seed') ?? 42);
const CORPUS_SIZES =
  list(value('--corpus-sizes')) ?? (QUICK ? [30, 60] : [1_000, 10_000, 100_000, ...(SCALE_1M ? [1_000_000] : [])]);
const INDEX_SIZES =
  list(value('--index-sizes')) ?? (QUICK ? [10_000] : [10_000, 100_000, ...(SCALE_1M ? [1_000_000] : [])]);
const PATHO_SIZE = Number(value('--pathological-size') ?? (QUICK ? 32 * 1024 : PATHOLOGICAL_SIZE));
/** Issue 10: each stage handles a 1 MiB pathological input in under a second. */
const PATHOLOGICAL_LIMIT_MS = 1000;
/** A pathological input still running after this long is stopped (its worker replaced) and reported as timed out. */
const PATHOLOGICAL_TIMEOUT_MS = Number(value('--pathological-timeout') ?? (QUICK ? 5_000 : 30_000));
/** Documents run (and thrown away) before timing, so the JIT has compiled the stages. */
const WARMUP = QUICK ? 5 : 30;

const OUT_DIR = join(repoRoot, 'bench', 'out');
const BASELINE = join(repoRoot, 'bench', 'baseline.json');

// ---------------------------------------------------------------------------------------------------------------
// Helpers

interface Row {
  readonly name: string;
  readonly articlesPerSecond: number;
  readonly mbPerSecond: number;
  readonly msPerArticle: number;
  /** This row's time per article over the tokenize-only baseline's. */
  readonly timesTokenize: number;
}

const log = (s = '') => process.stdout.write(`${s}\n`);
const T0 = performance.now();
const progress = (s: string) =>
  process.stderr.write(`bench [${((performance.now() - T0) / 1000).toFixed(1)} s]: ${s}\n`);
const mb = (bytes: number) => bytes / 1e6;
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

/** Samples the process RSS (all threads) every 50 ms while `fn` runs; returns fn's value and the peak seen. */
async function withRss<T>(fn: () => Promise<T> | T): Promise<{ value: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const value = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

function* documents(count: number, seed = SEED): Generator<SourceDocument> {
  let i = 0;
  for (const text of syntheticCorpus(count, seed)) yield documentOf(text, {}, `synthetic-${seed}-${i++}.txt`);
}

const silentContext = (): StageContext & { warnings: number } => {
  const ctx = { resources: loadResources(), warn: () => void ctx.warnings++, warnings: 0 };
  return ctx;
};

// ---------------------------------------------------------------------------------------------------------------
// 1. Per-document stages on one thread, against a tokenize-only baseline

const startedAt = new Date();
progress(`generating ${DOCS} synthetic articles (seed ${SEED})`);
const docs = [...documents(DOCS)];
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);

const WORD = /[\p{L}\p{N}]+/gu;
let tokens = 0;
for (const d of docs.slice(0, WARMUP)) tokens += d.text.match(WORD)?.length ?? 0;
const tokenStart = performance.now();
for (const d of docs) tokens += d.text.match(WORD)?.length ?? 0;
const tokenMs = performance.now() - tokenStart;
const tokenMsPerArticle = tokenMs / DOCS;

const rowOf = (name: string, totalMs: number, count = DOCS, byteCount = bytes): Row => ({
  name,
  articlesPerSecond: count / (totalMs / 1000),
  mbPerSecond: mb(byteCount) / (totalMs / 1000),
  msPerArticle: totalMs / count,
  timesTokenize: totalMs / count / tokenMsPerArticle,
});

progress('loading resources in the main thread');
const resourceStart = performance.now();
const ctx = silentContext();
const resourceLoadMs = performance.now() - resourceStart;

progress(`per-document pipeline on 1 thread: ${DOCUMENT_STAGES.map((s) => s.name).join(', ')}`);
for (const d of docs.slice(0, WARMUP)) runDocumentStages(d, DOCUMENT_STAGES, ctx);
const stageMs: Record<string, number> = Object.fromEntries(DOCUMENT_STAGES.map((s) => [s.name, 0]));
let stageErrors = 0;
/** CPU time of every thread of this process, in ms: under machine load, CPU per article shows overhead that wall time hides. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let singleCpuMs = 0;
const single = await withRss(() => {
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const d of docs) {
    const run = runDocumentStages(d, DOCUMENT_STAGES, ctx);
    stageErrors += run.errors.length;
    for (const [name, ms] of Object.entries(run.timings)) stageMs[name] = (stageMs[name] ?? 0) + ms;
  }
  singleCpuMs = cpuMs() - c0;
  return performance.now() - t0;
});
const singleMs = single.value;

const rows: Row[] = [rowOf('tokenize-only baseline', tokenMs)];
let cumulative = 0;
for (const stage of DOCUMENT_STAGES) {
  const ms = stageMs[stage.name] ?? 0;
  cumulative += ms;
  rows.push(rowOf(`stage ${stage.name} (marginal)`, ms));
  rows.push(rowOf(`up to ${stage.name} (cumulative)`, cumulative));
}
rows.push(rowOf('pipeline, 1 thread', singleMs));

// ---------------------------------------------------------------------------------------------------------------
// 2. The same pipeline on worker threads, streamed from the generator (the corpus is never held)

progress(`per-document pipeline on ${WORKERS} worker threads (streamed)`);
const pooled = await withRss(async () => {
  const t0 = performance.now();
  let first = 0;
  let n = 0;
  let errors = 0;
  // Warm-up documents go first through the same pool, so the steady rate excludes JIT warm-up as above.
  const stream = function* () {
    yield* documents(WARMUP, SEED + 1);
    yield* documents(DOCS);
  };
  let steadyStart = 0;
  let steadyCpu = 0;
  let firstError: string | null = null;
  for await (const { run } of runDocumentStagesParallel(stream(), { workers: WORKERS })) {
    n++;
    if (n === 1) first = performance.now() - t0;
    if (n === WARMUP) {
      steadyStart = performance.now();
      steadyCpu = cpuMs();
    }
    if (n > WARMUP) errors += run.errors.length;
    firstError ??= run.errors[0]?.message ?? null;
  }
  const end = performance.now();
  const steadyCpuMs = cpuMs() - steadyCpu;
  return { startupMs: first, steadyMs: end - steadyStart, steadyCpuMs, wallMs: end - t0, errors, firstError, n };
});
const pool = pooled.value;
rows.push(rowOf(`pipeline, ${WORKERS} workers (steady)`, pool.steadyMs));
const poolWallRow = rowOf(`pipeline, ${WORKERS} workers (wall incl. start-up)`, pool.wallMs, DOCS + WARMUP);
rows.push(poolWallRow);

/** Documents above which the pool beats one thread: start-up / (time per article on 1 thread − on the pool). */
const singlePerDoc = singleMs / DOCS;
const poolPerDoc = pool.steadyMs / DOCS;
const crossover = poolPerDoc < singlePerDoc ? Math.ceil(pool.startupMs / (singlePerDoc - poolPerDoc)) : null;

// ---------------------------------------------------------------------------------------------------------------
// 3. The whole `sitrep analyze` use-case end to end (ingest stream → pool → store in batches → read back → corpus
//    stages → report → saved report), with its own phase timings: where the time goes beyond the stages.

async function analyzeOnce() {
  progress(`analyze end to end on ${DOCS} documents, ${WORKERS} workers, SQLite store in a temporary folder`);
  const e2eDir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const e2e = await withRss(async () => {
    const store = openSqliteStore(join(e2eDir, 'bench.db'));
    try {
      async function* items(): AsyncGenerator<IngestItem> {
        for (const document of documents(DOCS, SEED + 3)) yield { kind: 'document', document };
      }
      const t0 = performance.now();
      const result = await analyze({ items: items(), store, context: ctx, workers: WORKERS });
      return { wallMs: performance.now() - t0, timings: result.timings, errors: result.stageErrors.length };
    } finally {
      store.close();
      rmSync(e2eDir, { recursive: true, force: true });
    }
  });
  return { documents: DOCS, workers: WORKERS, ...e2e.value, peakRssMb: e2e.peakMb };
}
const analyzeEndToEnd = flag('--no-analyze') ? null : await analyzeOnce();

// ---------------------------------------------------------------------------------------------------------------
// 4. Cross-document stages at growing batch sizes (issue 10: 10 k / 100 k / 1 M documents), each batch streamed
//    from the generator through the pool with only the per-document layers the corpus stages read. A stage is
//    skipped at a size where its time, projected from the smaller sizes, would exceed STAGE_BUDGET_S (the growth
//    exponent measured between the last two sizes, or 2 — quadratic — from a single size), and the per-document
//    preparation only runs the stages the remaining corpus stages need.

interface CorpusRow {
  readonly documents: number;
  readonly prepareMs: number;
  readonly prepareStages: readonly string[];
  readonly stages: { name: string; ms: number | null; errors: number; skipped?: string }[];
  readonly peakRssMb: number;
}
const corpusRows: CorpusRow[] = [];
/** --corpus-stages provenance,sources: measure only these cross-document stages (and what they need). */
const ONLY_CORPUS = value('--corpus-stages')?.split(',');
/** A corpus stage whose projected time at the next size exceeds this is skipped there (option --stage-budget). */
const STAGE_BUDGET_S = Number(value('--stage-budget') ?? (QUICK ? 60 : 900));

/** The per-document stages the given corpus stages read, with everything those need, in registry order. */
function stagesForCorpus(corpusStages: readonly AnyCorpusStage[]): string[] {
  const need = new Set(corpusStages.flatMap((s) => s.requires as string[]));
  for (const stage of [...DOCUMENT_STAGES].reverse()) {
    if (need.has(stage.name)) for (const r of stage.requires as string[]) need.add(r);
  }
  return DOCUMENT_STAGES.map((s) => s.name as string).filter((n) => need.has(n));
}

/** Projected ms of `stage` at `size` from the rows measured so far (null: nothing measured yet). */
function projectedMs(stage: string, size: number): number | null {
  const seen = corpusRows
    .map((r) => ({ n: r.documents, ms: r.stages.find((s) => s.name === stage)?.ms ?? null }))
    .filter((p): p is { n: number; ms: number } => p.ms !== null && p.ms > 0);
  const last = seen.at(-1);
  if (!last) return null;
  const before = seen.at(-2);
  const exponent = before ? Math.max(1, Math.log(last.ms / before.ms) / Math.log(last.n / before.n)) : 2;
  return last.ms * (size / last.n) ** exponent;
}

if (!flag('--no-corpus')) {
  for (const size of CORPUS_SIZES) {
    const skipped = new Map<string, string>();
    for (const stage of CORPUS_STAGES) {
      if (ONLY_CORPUS && !ONLY_CORPUS.includes(stage.name)) {
        skipped.set(stage.name, 'not asked for');
        continue;
      }
      const ms = projectedMs(stage.name, size);
      const needsSkipped = stage.requiresCorpus.some((name) => skipped.has(name));
      if (needsSkipped) skipped.set(stage.name, 'needs a skipped stage');
      else if (ms !== null && ms > STAGE_BUDGET_S * 1000)
        skipped.set(stage.name, `projected ${(ms / 60_000).toFixed(0)} min`);
    }
    const running = CORPUS_STAGES.filter((s) => !skipped.has(s.name));
    if (!running.length) {
      progress(`cross-document stages on ${size} documents: all skipped (projected over ${STAGE_BUDGET_S} s)`);
      corpusRows.push({
        documents: size,
        prepareMs: 0,
        prepareStages: [],
        stages: CORPUS_STAGES.map((s) => ({ name: s.name, ms: null, errors: 0, skipped: skipped.get(s.name) ?? '' })),
        peakRssMb: 0,
      });
      continue;
    }
    const prepareStages = stagesForCorpus(running);
    progress(
      `cross-document stages ${running.map((s) => s.name).join(', ')} on ${size} documents (preparing ${prepareStages.join(', ')} on ${WORKERS} workers)`,
    );
    const measured = await withRss(async () => {
      const t0 = performance.now();
      const batch: AnalyzedDocument[] = [];
      for await (const { document, run } of runDocumentStagesParallel(documents(size, SEED + 2), {
        workers: WORKERS,
        stages: prepareStages,
      })) {
        batch.push({ document, layers: run.layers });
      }
      const prepareMs = performance.now() - t0;
      const result = runCorpusStages(batch, running, ctx);
      const stages: CorpusRow['stages'] = CORPUS_STAGES.map((s) => {
        const why = skipped.get(s.name);
        if (why) return { name: s.name, ms: null, errors: 0, skipped: why };
        return {
          name: s.name,
          ms: result.timings[s.name] ?? 0,
          errors: result.errors.filter((e) => e.stage === s.name).length,
        };
      });
      return { prepareMs, stages };
    });
    corpusRows.push({
      documents: size,
      prepareStages,
      prepareMs: measured.value.prepareMs,
      stages: measured.value.stages,
      peakRssMb: measured.peakMb,
    });
  }
}

/** Growth exponent of each corpus stage between consecutive measured sizes (1 = linear, 2 = quadratic). */
const corpusGrowth = CORPUS_STAGES.map((stage) => {
  const points = corpusRows
    .map((r) => ({ n: r.documents, ms: r.stages.find((s) => s.name === stage.name)?.ms ?? null }))
    .filter((p): p is { n: number; ms: number } => p.ms !== null && p.ms > 0);
  const exponents = points.slice(1).map((p, i) => ({
    from: points[i]!.n,
    to: p.n,
    exponent: Number((Math.log(p.ms / points[i]!.ms) / Math.log(p.n / points[i]!.n)).toFixed(2)),
  }));
  return { stage: stage.name, exponents };
});

// ---------------------------------------------------------------------------------------------------------------
// 5. The provenance candidate index at scale: eval/provenance/index-scale.ts, run as it is (it is a script that
//    runs on import and exports nothing, so it is called as a child process rather than imported).

interface IndexScale {
  readonly sizes: readonly number[];
  readonly wallMs: number;
  readonly rows: Record<string, string>[];
  readonly notes: string[];
  readonly exitCode: number | null;
}
let indexScale: IndexScale | null = null;
if (!flag('--no-index')) {
  progress(`provenance candidate index at ${INDEX_SIZES.join(', ')} documents (eval/provenance/index-scale.ts)`);
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(repoRoot, 'eval', 'provenance', 'index-scale.ts'), ...INDEX_SIZES.map(String)],
    { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 },
  );
  const lines = child.stdout.split('\n').filter((l) => l.trim());
  const table = lines.filter((l) => l.startsWith('|'));
  const header = (table[0] ?? '')
    .split('|')
    .slice(1, -1)
    .map((s) => s.trim());
  indexScale = {
    sizes: INDEX_SIZES,
    wallMs: performance.now() - t0,
    rows: table.slice(2).map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((s) => s.trim());
      return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
    }),
    notes: [
      ...lines.filter((l) => !l.startsWith('|')),
      ...(child.stderr ? [child.stderr.trim().slice(-500)] : []),
    ].filter(Boolean),
    exitCode: child.status,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Pathological inputs: every stage on each, timed; flagged over PATHOLOGICAL_LIMIT_MS

const pathological: ProbeResult[] = [];
if (!flag('--no-pathological')) {
  progress(`pathological inputs of ${PATHO_SIZE} chars: ${PATHOLOGICAL_KINDS.join(', ')}`);
  const inputs = PATHOLOGICAL_KINDS.map((kind) => documentOf(pathologicalText(kind, PATHO_SIZE), {}, kind));
  await probeStages(inputs, {
    workers: WORKERS,
    timeoutMs: PATHOLOGICAL_TIMEOUT_MS,
    onResult: (r) => pathological.push(r),
  });
  progress('pathological inputs done');
}
const flaggedOf = (p: ProbeResult) => [
  ...p.timedOut.map((s) => `${s} (timed out)`),
  ...Object.entries(p.timings)
    .filter(([, ms]) => ms > PATHOLOGICAL_LIMIT_MS)
    .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`),
];

// ---------------------------------------------------------------------------------------------------------------
// Results, comparison with the committed baseline, table

const results = {
  startedAt: startedAt.toISOString(),
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? null,
    availableParallelism: availableParallelism(),
    loadAverageAtEnd: loadavg().map((x) => Number(x.toFixed(2))),
  },
  options: { quick: QUICK, docs: DOCS, workers: WORKERS, seed: SEED, warmup: WARMUP, pathologicalSize: PATHO_SIZE },
  registry: { document: DOCUMENT_STAGES.map((s) => s.name), corpus: CORPUS_STAGES.map((s) => s.name) },
  corpus: { documents: DOCS, bytes, meanBytes: Math.round(bytes / DOCS), tokens: tokens },
  resourceLoadMs,
  rows,
  stageErrors,
  pool: {
    workers: WORKERS,
    startupMs: pool.startupMs,
    steadyMs: pool.steadyMs,
    wallMs: pool.wallMs,
    errors: pool.errors,
    firstError: pool.firstError,
    crossoverDocuments: crossover,
    /** CPU ms per article, all threads: the pool's extra over one thread is its overhead (clone, messages, main thread). */
    cpuMsPerArticle: { singleThread: singleCpuMs / DOCS, pool: pool.steadyCpuMs / DOCS },
  },
  memory: { singleThreadPeakRssMb: single.peakMb, poolPeakRssMb: pooled.peakMb, processPeakRssMb: peakRssMb() },
  analyzeEndToEnd,
  corpusStages: corpusRows,
  corpusGrowth,
  stageBudgetSeconds: STAGE_BUDGET_S,
  indexScale,
  pathological: pathological.map((p) => ({ ...p, flagged: flaggedOf(p) })),
  targets: {
    articlesPerSecond: {
      target: 1000,
      reached: rows.find((r) => r.name.includes('workers (steady)'))?.articlesPerSecond,
    },
    timesTokenize: { target: 5, reached: rows.find((r) => r.name.includes('workers (steady)'))?.timesTokenize },
    peakRssMb: { target: 2048, reached: peakRssMb() },
    pathologicalUnderOneSecond: {
      target: true,
      reached: pathological.every((p) => flaggedOf(p).length === 0),
      flagged: pathological.filter((p) => flaggedOf(p).length).map((p) => `${p.input}: ${flaggedOf(p).join(', ')}`),
    },
  },
};

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

type Results = typeof results;
const baseline: (Results & { note?: string }) | null = existsSync(BASELINE)
  ? (JSON.parse(readFileSync(BASELINE, 'utf8')) as Results & { note?: string })
  : null;
const baseRow = (name: string) => baseline?.rows.find((r) => r.name === name);
const change = (now: number, then: number | undefined) =>
  then === undefined ? '—' : `${now >= then ? '+' : ''}${(((now - then) / then) * 100).toFixed(0)}%`;
const f0 = (x: number) => x.toFixed(0);
const f2 = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(2));

log();
log(
  `sitrep bench — ${DOCS} synthetic articles (${(bytes / DOCS / 1000).toFixed(1)} kB mean, ${mb(bytes).toFixed(1)} MB, seed ${SEED})` +
    `, ${WORKERS} workers, load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores${QUICK ? ', QUICK' : ''}`,
);
log();
log(`| measure | articles/s | MB/s | ms/article | × tokenize time | articles/s vs baseline |`);
log('|---|---|---|---|---|---|');
for (const r of rows) {
  log(
    `| ${r.name} | ${f0(r.articlesPerSecond)} | ${f2(r.mbPerSecond)} | ${r.msPerArticle.toFixed(3)} | ${r.timesTokenize.toFixed(1)} | ${change(r.articlesPerSecond, baseRow(r.name)?.articlesPerSecond)} |`,
  );
}
log();
log(
  `pool: start-up ${(pool.startupMs / 1000).toFixed(1)} s (each worker loads its resources; 1 thread: ${(resourceLoadMs / 1000).toFixed(1)} s), ` +
    `pool pays off above ${crossover === null ? 'never (no speed-up measured)' : `≈${crossover} documents`}`,
);
log(
  `CPU per article (all threads): 1 thread ${(singleCpuMs / DOCS).toFixed(1)} ms, pool ${(pool.steadyCpuMs / DOCS).toFixed(1)} ms ` +
    `(pool overhead ${(((pool.steadyCpuMs - singleCpuMs) / singleCpuMs) * 100).toFixed(0)}%; under machine load wall-time rates understate the pool)`,
);
log(
  `peak RSS: 1 thread ${f0(single.peakMb)} MB, pool ${f0(pooled.peakMb)} MB (main thread's resources included), process ${f0(peakRssMb())} MB` +
    `${baseline ? ` (baseline ${f0(baseline.memory.processPeakRssMb)} MB)` : ''}`,
);
if (stageErrors || pool.errors) {
  log(
    `stage errors on the synthetic corpus: ${stageErrors} (1 thread), ${pool.errors} (pool)${pool.firstError ? `; first: ${pool.firstError.slice(0, 200)}` : ''}`,
  );
}

const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
if (analyzeEndToEnd) {
  const t = analyzeEndToEnd.timings;
  const corpusMs = Object.values(t.corpusStagesMs).reduce((a, b) => a + b, 0);
  log();
  log(
    `analyze end to end, ${DOCS} documents on ${WORKERS} workers: ${sec(analyzeEndToEnd.wallMs)} wall, peak RSS ${f0(analyzeEndToEnd.peakRssMb)} MB` +
      `${analyzeEndToEnd.errors ? `, ${analyzeEndToEnd.errors} stage errors` : ''}`,
  );
  log(
    `  per-document phase ${sec(t.documentPhaseMs)} (${f0(DOCS / (t.documentPhaseMs / 1000))} articles/s incl. pool start-up; store writes ${sec(t.storeWriteMs)})` +
      ` · read back ${sec(t.readBackMs)} · cross-document ${sec(corpusMs)} (${Object.entries(t.corpusStagesMs)
        .map(([k, v]) => `${k} ${sec(v)}`)
        .join(', ')}) · build report ${sec(t.buildReportMs)} · save report ${sec(t.saveReportMs)}`,
  );
}
if (corpusRows.length) {
  log();
  log(
    '| cross-document batch | per-document prep (pool) | ' +
      CORPUS_STAGES.map((s) => s.name).join(' | ') +
      ' | peak RSS |',
  );
  log(`|---|---|${CORPUS_STAGES.map(() => '---|').join('')}---|`);
  for (const c of corpusRows) {
    log(
      `| ${c.documents.toLocaleString('en')} docs | ${c.prepareStages.length ? `${sec(c.prepareMs)} (${c.prepareStages.join(', ')})` : '—'} | ` +
        c.stages
          .map((s) => (s.ms === null ? `skipped (${s.skipped})` : `${sec(s.ms)}${s.errors ? ' ERROR' : ''}`))
          .join(' | ') +
        ` | ${f0(c.peakRssMb)} MB |`,
    );
  }
  const growth = corpusGrowth.filter((g) => g.exponents.length);
  if (growth.length) {
    log(
      `growth exponent (time ∝ documents^k; 1 linear, 2 quadratic): ${growth
        .map((g) => `${g.stage} ${g.exponents.map((e) => `k=${e.exponent} (${e.from}→${e.to})`).join(', ')}`)
        .join('; ')}`,
    );
  }
}
if (indexScale) {
  log();
  log(`provenance candidate index (eval/provenance/index-scale.ts, ${(indexScale.wallMs / 1000).toFixed(0)} s):`);
  const keys = Object.keys(indexScale.rows[0] ?? {});
  if (keys.length) {
    log(`| ${keys.join(' | ')} |`);
    log(`|${keys.map(() => '---|').join('')}`);
    for (const r of indexScale.rows) log(`| ${keys.map((k) => r[k]).join(' | ')} |`);
  }
  for (const n of indexScale.notes) log(n);
}
if (pathological.length) {
  const names = await probeStageNames();
  log();
  log(
    `pathological inputs (${PATHO_SIZE} chars each), ms per stage; * over ${PATHOLOGICAL_LIMIT_MS} ms; T/O = stopped after ${PATHOLOGICAL_TIMEOUT_MS / 1000} s; — not run (depends on a stopped stage):`,
  );
  log(`| input | ${names.join(' | ')} |`);
  log(`|---|${names.map(() => '---|').join('')}`);
  for (const p of pathological) {
    const cells = names.map((n) => {
      if (p.timedOut.includes(n)) return 'T/O';
      const ms = p.timings[n];
      if (ms === undefined) return '—';
      return `${f0(ms)}${ms > PATHOLOGICAL_LIMIT_MS ? '*' : ''}`;
    });
    log(`| ${p.input}${p.errors.length ? ` (${p.errors.length} errors)` : ''} | ${cells.join(' | ')} |`);
  }
  for (const p of pathological) for (const e of p.errors) log(`  ${p.input}: ${e.slice(0, 200)}`);
}

log();
const steady = rows.find((r) => r.name.includes('workers (steady)'));
log('targets (issue 10):');
log(
  `  ≥ 1,000 articles/s on 2 cores: ${f0(steady?.articlesPerSecond ?? 0)} (${(steady?.articlesPerSecond ?? 0) >= 1000 ? 'met' : 'NOT met'})`,
);
log(
  `  within 5× of tokenize-only: ${steady?.timesTokenize.toFixed(0)}× (${(steady?.timesTokenize ?? 99) <= 5 ? 'met' : 'NOT met'})`,
);
log(`  peak RSS ≤ 2 GB: ${f0(peakRssMb())} MB (${peakRssMb() <= 2048 ? 'met' : 'NOT met'})`);
log(
  `  every stage < 1 s on each pathological input: ${results.targets.pathologicalUnderOneSecond.reached ? 'met' : `NOT met (${results.targets.pathologicalUnderOneSecond.flagged.length} inputs flagged)`}`,
);
if (baseline)
  log(`baseline: bench/baseline.json of ${baseline.startedAt}${baseline.note ? ` — ${baseline.note}` : ''}`);
log(`results: ${join('bench', 'out', 'results.json')}`);

if (flag('--write-baseline')) {
  const given = value('--write-baseline');
  const note =
    given && !given.startsWith('--')
      ? given
      : `Written by \`npm run bench -- --write-baseline\` on the ${cpus().length}-core dev machine while other sessions ` +
        `ran (load average ${loadavg()[0]?.toFixed(1)}): machine load matters, compare with care.`;
  writeFileSync(BASELINE, `${JSON.stringify({ note, ...results }, null, 2)}\n`);
  log(`baseline written: bench/baseline.json`);
}
