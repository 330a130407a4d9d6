// Speed work on the claims stage (issue 10) must leave its output byte-identical. This script runs the claims stage
// alone over a fixed, large and varied input set and prints a hash of its serialised output, plus the CPU time per
// article after a warm-up (CPU, not wall time: the machine is shared).
//
//   node --import tsx eval/claims-speed/output-hash.ts [--refresh-inputs] [--synthetic N]
//
// Inputs: the synthetic bench corpus (bench/synthetic-corpus.ts, seed 42), the dev corpus (../shared/corpus), the
// example corpus, the invented multilingual articles and the PolNeAR dev texts. The layers the stage requires (noise,
// sentences) are computed once and cached under the system temp dir, so that other engineers' work on those stages
// does not change the hash between runs; `--refresh-inputs` rebuilds the cache (the input hash then tells whether
// the inputs changed).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { syntheticCorpus } from '../../bench/synthetic-corpus.js';
import { ingestInputs } from '../../src/ingest/index.js';
import { detectLanguage } from '../../src/ingest/language.js';
import type { NoiseSpan, Sentence, SourceDocument } from '../../src/model/index.js';
import { runDocumentStages } from '../../src/pipeline/run-stages.js';
import type { StageResources } from '../../src/pipeline/stage.js';
import { type ClaimResources, claims, createWinkTagger, loadClaimLexicon } from '../../src/stages/claims/index.js';
import { defaultNoiseLexicon, noise } from '../../src/stages/noise/index.js';
import { defaultSentenceLexicon, sentences } from '../../src/stages/sentences/index.js';
import { documentOf } from '../../src/testing/document-of.js';
import { repoRoot, sharedDir } from '../shared-dir.js';

const argv = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
/** Synthetic articles in the set (about 5 KB each, as issue 10's target). */
const SYNTHETIC = Number(value('--synthetic') ?? 300);
/** Documents run and thrown away before timing, so the JIT has compiled the stage. */
const WARMUP = 40;
const CACHE = join(tmpdir(), 'claims-speed', `inputs-${SYNTHETIC}.json`);

interface Input {
  readonly group: string;
  readonly document: SourceDocument;
  readonly noise: readonly NoiseSpan[];
  readonly sentences: readonly Sentence[];
}

const textFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));

async function ingested(dir: string): Promise<SourceDocument[]> {
  const out: SourceDocument[] = [];
  for await (const item of ingestInputs([dir])) if (item.kind === 'document') out.push(item.document);
  return out;
}

const plain = (text: string, input: string): SourceDocument =>
  documentOf(text, { language: detectLanguage(text) }, input);

async function buildInputs(): Promise<Input[]> {
  const groups: [string, SourceDocument[]][] = [];
  let i = 0;
  groups.push(['synthetic', [...syntheticCorpus(SYNTHETIC, 42)].map((t) => plain(t, `synthetic-${i++}.txt`))]);
  const shared = sharedDir();
  if (shared) {
    groups.push(['dev', await ingested(join(shared, 'corpus', 'aleppo-2024'))]);
    const polnear = join(shared, 'bench', 'polnear', 'data', 'dev', 'text');
    if (existsSync(polnear))
      groups.push(['polnear-dev', textFiles(polnear).map((f) => plain(readFileSync(f, 'utf8'), f))]);
  }
  groups.push(['examples', await ingested(join(repoRoot, 'examples', 'corpus'))]);
  groups.push([
    'multilingual',
    textFiles(join(repoRoot, 'eval', 'multilingual', 'articles')).map((f) => plain(readFileSync(f, 'utf8'), f)),
  ]);
  const resources = {
    noiseLexicon: defaultNoiseLexicon(),
    sentenceLexicon: defaultSentenceLexicon(),
  } as unknown as StageResources;
  const out: Input[] = [];
  for (const [group, docs] of groups) {
    for (const document of docs) {
      const run = runDocumentStages(document, [noise, sentences], { resources, warn: () => {} });
      if (run.errors.length) throw run.errors[0];
      out.push({ group, document, noise: run.layers.noise ?? [], sentences: run.layers.sentences ?? [] });
    }
  }
  return out;
}

async function inputs(): Promise<Input[]> {
  if (!argv.includes('--refresh-inputs') && existsSync(CACHE)) return JSON.parse(readFileSync(CACHE, 'utf8'));
  const built = await buildInputs();
  mkdirSync(join(tmpdir(), 'claims-speed'), { recursive: true });
  writeFileSync(CACHE, JSON.stringify(built));
  return built;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

const all = await inputs();
// A fresh tagger for each timed pass: nothing a tagger might keep from the warm-up (or an earlier pass) is reused.
const contextOf = (claimResources: ClaimResources) => ({
  resources: { claims: claimResources } as unknown as StageResources,
  warn: () => {},
});
const runOne = (x: Input, ctx: ReturnType<typeof contextOf>) =>
  claims.run({ document: x.document, layers: { noise: x.noise, sentences: x.sentences } } as never, ctx);
const lexicon = loadClaimLexicon();
const warm = contextOf({ lexicon, tagger: createWinkTagger() });
for (const x of all.slice(0, WARMUP)) runOne(x, warm);

/** Timed passes over the whole set, each with a fresh tagger; the figures are the median pass (shared machine). */
const PASSES = Number(value('--passes') ?? 3);

interface Pass {
  readonly hash: string;
  readonly byGroup: Map<string, { ms: number; n: number; claims: number }>;
  readonly msPerArticle: number;
}

function pass(): Pass {
  const ctx = contextOf({ lexicon, tagger: createWinkTagger() });
  const hash = createHash('sha256');
  const byGroup = new Map<string, { ms: number; n: number; claims: number }>();
  let total = 0;
  for (const x of all) {
    const c0 = cpuMs();
    const out = runOne(x, ctx);
    const ms = cpuMs() - c0;
    total += ms;
    const g = byGroup.get(x.group) ?? { ms: 0, n: 0, claims: 0 };
    g.ms += ms;
    g.n++;
    g.claims += out.length;
    byGroup.set(x.group, g);
    hash.update(`${x.document.input}\n${JSON.stringify(out)}\n`);
  }
  return { hash: hash.digest('hex').slice(0, 16), byGroup, msPerArticle: total / all.length };
}

const passes = Array.from({ length: PASSES }, pass);
const hashes = new Set(passes.map((p) => p.hash));
const median = [...passes].sort((a, b) => a.msPerArticle - b.msPerArticle)[Math.floor(PASSES / 2)]!;

const inputHash = sha(JSON.stringify(all.map((x) => [x.document.text, x.noise, x.sentences])));
console.log(`inputs ${all.length} documents (input hash ${inputHash}); median of ${PASSES} passes`);
for (const [group, g] of median.byGroup) {
  console.log(
    `  ${group.padEnd(13)} ${String(g.n).padStart(4)} docs ${String(g.claims).padStart(5)} claims  ${(g.ms / g.n).toFixed(2)} CPU ms/article`,
  );
}
console.log(
  `all           ${String(all.length).padStart(4)} docs              ${median.msPerArticle.toFixed(2)} CPU ms/article (passes: ${passes.map((p) => p.msPerArticle.toFixed(2)).join(', ')})`,
);
if (hashes.size > 1) throw new Error(`passes disagree: ${[...hashes].join(' ')}`);
console.log(`output hash ${median.hash}`);
