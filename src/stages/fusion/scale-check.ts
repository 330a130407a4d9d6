// Output identity and cost of the fusion stage at growing batch sizes (issue 10). Not part of the stage: a
// developer script, so it may run the pipeline to build fusion's input.
//
//   node --import tsx src/stages/fusion/scale-check.ts [--prepare-only] [input...]
//
// Inputs: `dev` (../shared/corpus/aleppo-2024), `examples` (examples/corpus with examples/gazetteer.tsv),
// `synthetic:N` (the first N articles of bench/synthetic-corpus.ts, seed 44 and no metadata, as `npm run bench`
// feeds the cross-document stages) and `synthetic:N:dated` (the same with a publication date per story of 20
// articles, so report days and relative dates resolve); any of them followed by `xK` (e.g. `synthetic:4000x16`) is
// that batch repeated K times under new document ids (see `tiled`). Default: dev, examples, synthetic:1000, synthetic:4000.
//
// Each input is analysed once (per-document stages, then publication and provenance) and cached as JSON lines in
// $SITREP_FUSION_CACHE (default <tmpdir>/sitrep-fusion-scale), keeping only what fusion reads; then fusion runs on
// the cached batch and the script prints the SHA-256 of its serialised output, its time and the process's RSS.
// When an input is first analysed, fusion also runs on the full in-memory batch: both hashes must agree (the cache
// keeps everything fusion reads). Profile with `node --cpu-prof --import tsx src/stages/fusion/scale-check.ts ...`.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadResources } from '../../app/resources.js';
import { ingestInputs } from '../../ingest/index.js';
import { emptyMeta, type SourceDocument } from '../../model/index.js';
import { runCorpusStages } from '../../pipeline/run-stages.js';
import type { AnalyzedDocument, CorpusLayers, StageContext } from '../../pipeline/stage.js';
import { CORPUS_STAGES } from '../../pipeline/stages.js';
import { runDocumentStagesParallel } from '../../pipeline/worker-pool.js';
import type { ProvenanceLink } from '../provenance/types.js';
import type { PublicationFinding } from '../publication/types.js';
import { fuseEvents } from './fuse.js';
import type { FusionResult } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const cacheDir = process.env.SITREP_FUSION_CACHE ?? join(tmpdir(), 'sitrep-fusion-scale');
/** Seed of the synthetic batches `npm run bench` gives the cross-document stages (its SEED + 2). */
const SYNTHETIC_SEED = 44;
/** Articles per synthetic story (bench/synthetic-corpus.ts EVENT_SIZE): one publication day each when dated. */
const STORY_SIZE = 20;

type CorpusGenerator = (count: number, seed: number) => Iterable<string>;

async function* syntheticDocuments(count: number, dated: boolean): AsyncGenerator<SourceDocument> {
  // imported by path: bench/ is outside this package's build root
  const mod = (await import(pathToFileURL(join(root, 'bench', 'synthetic-corpus.ts')).href)) as {
    syntheticCorpus: CorpusGenerator;
  };
  let i = 0;
  for (const text of mod.syntheticCorpus(count, SYNTHETIC_SEED)) {
    const contentHash = createHash('sha256').update(text).digest('hex');
    const published = dated
      ? new Date(Date.UTC(2024, 2, 1) + Math.floor(i / STORY_SIZE) * 86_400_000).toISOString().slice(0, 10)
      : null;
    yield {
      id: `doc_${contentHash.slice(0, 12)}`,
      input: `synthetic-${SYNTHETIC_SEED}-${i++}.txt`,
      text,
      meta: { ...emptyMeta, published },
      contentHash,
    };
  }
}

async function* ingested(dir: string): AsyncGenerator<SourceDocument> {
  for await (const item of ingestInputs([dir])) if (item.kind === 'document') yield item.document;
}

/** Runs the per-document stages and publication + provenance: the batch fusion sees in `sitrep analyze`. */
async function analyse(input: string): Promise<{ documents: AnalyzedDocument[]; corpus: CorpusLayers }> {
  const [kind, n, flag] = input.split(':');
  const gazetteerFiles = kind === 'examples' ? [join(root, 'examples', 'gazetteer.tsv')] : [];
  let source: AsyncIterable<SourceDocument>;
  if (kind === 'dev') source = ingested(join(root, '..', 'shared', 'corpus', 'aleppo-2024'));
  else if (kind === 'examples') source = ingested(join(root, 'examples', 'corpus'));
  else if (kind === 'synthetic') source = syntheticDocuments(Number(n), flag === 'dated');
  else throw new Error(`unknown input ${input}`);
  const documents: AnalyzedDocument[] = [];
  for await (const { document, run } of runDocumentStagesParallel(source, { resourceOptions: { gazetteerFiles } })) {
    // only the layers the corpus stages read: a 64 k batch with every layer does not fit in memory
    const { noise, sentences, outlet, dates, events, claims } = run.layers;
    documents.push({ document, layers: { noise, sentences, outlet, dates, events, claims } });
  }
  const ctx: StageContext = { resources: loadResources({ gazetteerFiles }), warn: () => {} };
  const before = CORPUS_STAGES.filter((s) => s.name === 'publication' || s.name === 'provenance');
  return { documents, corpus: runCorpusStages(documents, before, ctx).corpus };
}

const cacheFile = (input: string) => join(cacheDir, `${input.replace(/[^a-z0-9]+/gi, '_')}.jsonl`);

/** Writes what fusion reads: document id/input/text/meta, the events and claims layers, the publication findings'
 * dates, the provenance links (ends, relation, aligned spans and scores) and groups. */
async function writeCache(file: string, documents: readonly AnalyzedDocument[], corpus: CorpusLayers) {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(`${file}.part`);
  const line = (x: unknown) =>
    new Promise<void>((ok) => (out.write(`${JSON.stringify(x)}\n`) ? ok() : out.once('drain', ok)));
  const publication: Record<string, Pick<PublicationFinding, 'published' | 'resolved'>> = {};
  for (const [id, f] of Object.entries(corpus.publication?.documents ?? {}))
    publication[id] = { published: f.published, resolved: f.resolved };
  await line({ kind: 'corpus', groups: corpus.provenance?.groups ?? {}, publication });
  for (const l of corpus.provenance?.links ?? [])
    await line({
      kind: 'link',
      a: l.a,
      b: l.b,
      relation: l.relation,
      aligned: l.aligned.map(({ a, b, score }) => ({ a, b, score })),
    });
  for (const { document: d, layers } of documents)
    await line({
      kind: 'doc',
      id: d.id,
      input: d.input,
      text: d.text,
      meta: d.meta,
      events: layers.events ?? [],
      claims: layers.claims ?? [],
    });
  await new Promise<void>((ok) => out.end(ok));
  renameSync(`${file}.part`, file);
}

async function readCache(file: string): Promise<{ documents: AnalyzedDocument[]; corpus: CorpusLayers }> {
  const documents: AnalyzedDocument[] = [];
  const links: unknown[] = [];
  let head: { groups: Record<string, string>; publication: Record<string, unknown> } | null = null;
  for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    const x = JSON.parse(text);
    if (x.kind === 'corpus') head = x;
    else if (x.kind === 'link') links.push(x);
    else
      documents.push({
        document: { id: x.id, input: x.input, text: x.text, meta: x.meta, contentHash: '' },
        layers: { events: x.events, claims: x.claims },
      });
  }
  const corpus = {
    publication: { documents: head?.publication ?? {} },
    provenance: { links, groups: head?.groups ?? {} },
  } as unknown as CorpusLayers;
  return { documents, corpus };
}

/**
 * The batch repeated `times` times under new document ids (`<id>_t<k>`), links and groups copied within each copy:
 * a large batch without analysing it (the per-document stages cost ~75 ms a document on the shared machine). Each
 * mention recurs once per copy, so clusters grow with the batch: fusion's worst case rather than a typical one.
 */
function tiled(batch: { documents: AnalyzedDocument[]; corpus: CorpusLayers }, times: number) {
  const documents: AnalyzedDocument[] = [];
  const links: ProvenanceLink[] = [];
  const groups: Record<string, string> = {};
  const publication: Record<string, unknown> = {};
  const { provenance, publication: pub } = batch.corpus;
  for (let t = 0; t < times; t++) {
    const id = (x: string) => (t ? `${x}_t${t}` : x);
    for (const d of batch.documents)
      documents.push({ document: { ...d.document, id: id(d.document.id) }, layers: d.layers });
    for (const l of provenance?.links ?? []) links.push({ ...l, a: id(l.a), b: id(l.b) });
    for (const [doc, g] of Object.entries(provenance?.groups ?? {})) groups[id(doc)] = id(g);
    for (const [doc, f] of Object.entries(pub?.documents ?? {})) publication[id(doc)] = f;
  }
  const corpus = { publication: { documents: publication }, provenance: { links, groups } } as unknown as CorpusLayers;
  return { documents, corpus };
}

/** SHA-256 of the result serialised piece by piece (a 1 M document result is too long for one string). */
function hashOf(result: FusionResult): string {
  const h = createHash('sha256');
  for (const e of result.events) h.update(`${JSON.stringify(e)}\n`);
  for (const c of result.contradictions) h.update(`${JSON.stringify(c)}\n`);
  for (const [k, v] of Object.entries(result.claimGroups)) h.update(`${k}\t${v}\n`);
  return h.digest('hex').slice(0, 16);
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Batches up to this size are fused from memory too when first analysed, to check the cache against them. */
const VERIFY_CACHE_MAX_DOCS = 4000;
const prepareOnly = process.argv.includes('--prepare-only');
const inputs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const input of inputs.length ? inputs : ['dev', 'examples', 'synthetic:1000', 'synthetic:4000']) {
  const [, base = input, times] = /^(.*?)(?:x(\d+))?$/.exec(input) ?? [];
  const tiles = Number(times ?? 1);
  const file = cacheFile(base);
  if (!existsSync(file)) {
    const t0 = performance.now();
    const full = await analyse(base);
    const analysed = `${input}: analysed in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
    // the cache must keep all fusion reads: checked on the batches small enough to fuse twice
    const small = full.documents.length <= VERIFY_CACHE_MAX_DOCS;
    const fullHash = small ? `, full-batch hash ${hashOf(fuseEvents(full.documents, full.corpus))}` : '';
    await writeCache(file, full.documents, full.corpus);
    console.log(`${analysed}${fullHash}`);
  }
  if (prepareOnly) continue;
  const batch = tiles > 1 ? tiled(await readCache(file), tiles) : await readCache(file);
  const mentions = batch.documents.reduce((n, d) => n + (d.layers.events?.length ?? 0), 0);
  const claimCount = batch.documents.reduce((n, d) => n + (d.layers.claims?.length ?? 0), 0);
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = fuseEvents(batch.documents, batch.corpus);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${input}: ${batch.documents.length} docs, ${mentions} mentions, ${claimCount} claims -> ${result.events.length} events, ` +
      `${result.contradictions.length} contradictions, ${Object.keys(result.claimGroups).length} grouped claims | ` +
      `hash ${hashOf(result)} | fusion ${(ms / 1000).toFixed(2)} s (cpu ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s) | rss ${mb(rssBefore)} MB before, peak ${mb(peak)} MB`,
  );
}
