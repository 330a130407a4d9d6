// Speed and output fingerprint of the dates stage alone (issue 10): runs the stage over a fixed, varied input set —
// the synthetic bench corpus, the dev corpus, the example corpus, the invented multilingual articles and the
// TempEval TBAQ texts — prints a SHA-256 of the serialised output (it must not change when the stage is only made
// faster) and the CPU time per article (median of the timed passes, after a warm-up pass).
//
//   node --import tsx eval/dates-speed/output-hash.ts [--synthetic N] [--passes N]
//   node --cpu-prof --cpu-prof-dir=/tmp/datesprof --import tsx eval/dates-speed/output-hash.ts
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticCorpus } from '../../bench/synthetic-corpus.js';
import { loadResources } from '../../src/app/resources.js';
import type { DocumentMeta, SourceDocument } from '../../src/model/index.js';
import { runDocumentStages } from '../../src/pipeline/run-stages.js';
import type { StageContext } from '../../src/pipeline/stage.js';
import { dates, extractDates } from '../../src/stages/dates/index.js';
import { noise } from '../../src/stages/noise/index.js';
import { sentences } from '../../src/stages/sentences/index.js';
import { documentOf } from '../../src/testing/document-of.js';
import { repoRoot, sharedDir } from '../shared-dir.js';
import { tempevalDir, tempevalFiles } from '../time/tempeval-corpus.js';
import { parseTimeML } from '../time/tml.js';

const argv = process.argv.slice(2);
const value = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const SYNTHETIC = Number(value('--synthetic') ?? 300);
const PASSES = Number(value('--passes') ?? 3);

interface Input {
  readonly name: string;
  readonly text: string;
  readonly language: string | null;
  readonly published: string | null;
}

const inputs: Input[] = [];
let n = 0;
for (const text of syntheticCorpus(SYNTHETIC, 42))
  inputs.push({ name: `synthetic-${n++}`, text, language: null, published: null });

const shared = sharedDir();
const txtFiles = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
/** published/language of a corpus folder's manifest.jsonl, by file name. */
const manifestOf = (dir: string): Map<string, { published?: string; language?: string }> => {
  const file = path.join(dir, 'manifest.jsonl');
  const out = new Map<string, { published?: string; language?: string }>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { file: string; published?: string; language?: string };
    out.set(row.file, row);
  }
  return out;
};
for (const dir of [
  shared ? path.join(shared, 'corpus', 'aleppo-2024') : '',
  path.join(repoRoot, 'examples', 'corpus'),
  path.join(repoRoot, 'eval', 'multilingual', 'articles'),
]) {
  if (!dir) continue;
  const manifest = manifestOf(dir);
  for (const file of txtFiles(dir)) {
    const base = path.basename(file);
    const m = manifest.get(base);
    const lang = m?.language ?? /^([a-z]{2})-\d+\.txt$/.exec(base)?.[1] ?? null;
    inputs.push({ name: base, text: readFileSync(file, 'utf8'), language: lang, published: m?.published ?? null });
  }
}
const teDir = tempevalDir(undefined);
if (existsSync(teDir)) {
  for (const file of tempevalFiles(teDir)) {
    const doc = parseTimeML(readFileSync(file, 'utf8'), path.basename(file));
    inputs.push({ name: doc.id, text: doc.text, language: 'en', published: doc.dct });
  }
}

const ctx: StageContext = { resources: loadResources(), warn: () => {} };

/** Each input three ways: as given, with no metadata (unknown language and date), and through extractDates with no sentence layer (the TempEval path). */
interface Job {
  readonly doc: SourceDocument;
  readonly layers: { noise: never; sentences: never };
  readonly direct: { language: string | null; published: string | null };
}
const jobs: Job[] = [];
for (const input of inputs) {
  const metas: Partial<DocumentMeta>[] = [{ language: input.language, published: input.published }];
  if (input.language !== null || input.published !== null) metas.push({});
  for (const meta of metas) {
    const doc = documentOf(input.text, meta, input.name);
    const run = runDocumentStages(doc, [noise, sentences], ctx);
    if (run.errors.length) throw run.errors[0];
    jobs.push({
      doc,
      layers: { noise: run.layers.noise as never, sentences: run.layers.sentences as never },
      direct: { language: input.language, published: input.published },
    });
  }
}

const lexicon = ctx.resources.dateLexicon;
function runAll(hash: ReturnType<typeof createHash> | null): void {
  for (const job of jobs) {
    const items = dates.run({ document: job.doc, layers: job.layers }, ctx);
    const direct = extractDates({
      text: job.doc.text,
      lexicon,
      language: job.direct.language,
      reference: job.direct.published,
      sentences: [],
      skip: [],
    });
    if (hash) {
      hash.update(job.doc.input);
      hash.update(JSON.stringify(items));
      hash.update(JSON.stringify(direct));
    }
  }
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const hash = createHash('sha256');
runAll(hash); // the hashed pass doubles as the warm-up
const times: number[] = [];
for (let p = 0; p < PASSES; p++) {
  const c0 = cpuMs();
  runAll(null);
  times.push((cpuMs() - c0) / jobs.length);
}
times.sort((a, b) => a - b);
const chars = jobs.reduce((s, j) => s + j.doc.text.length, 0);
console.log(
  `inputs ${inputs.length}, runs ${jobs.length} (stage + extractDates each), ${(chars / 1e6).toFixed(2)} M chars`,
);
console.log(`hash ${hash.digest('hex')}`);
console.log(
  `cpu ms/article (stage + direct): median ${times[Math.floor(times.length / 2)]?.toFixed(3)} [${times.map((t) => t.toFixed(3)).join(', ')}]`,
);
