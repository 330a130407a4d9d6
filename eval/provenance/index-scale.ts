// Cost of the provenance candidate index at scale: inserts N synthetic documents (default 10,000 and 100,000; pass
// sizes as arguments, e.g. `1000000`) and reports time, memory, candidates per document and the recall of planted
// copies and spun rewrites. Documents are streams of hashed content units drawn from a Zipf–Mandelbrot vocabulary,
// grouped in "events" of 20 whose documents share phrases (names, places, figures: the trap at scale; content-unit
// bigram Jaccard between event mates ≈ 0.03, as between independent reports of one event on the dev corpus), with
// copies (5%: a 60–100% prefix, 5% of units changed) and rewrites (5%: 30% of units changed) of recent documents.
// Tokenising text into units is measured separately (features line) on synthetic text, for the whole-run estimate.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng } from '../../bench/synthetic-corpus.js';
import { CandidateIndex } from '../../src/stages/provenance/candidate-index.js';
import { documentFeatures } from '../../src/stages/provenance/features.js';
import { defaultProvenanceLexicon } from '../../src/stages/provenance/load-lexicon.js';
import { shingleHashesOf, signature } from '../../src/stages/provenance/minhash.js';
import { CANDIDATE_INDEX, SHINGLE_SIZE } from '../../src/stages/provenance/provenance.js';
import type { WordCache } from '../../src/stages/provenance/tokens.js';
import { sharedDir } from '../shared-dir.js';
import { splitSentences } from './split-sentences.js';

const VOCABULARY = 60_000;
const UNITS_PER_DOC = 320;
const EVENT_SIZE = 20;
/** Each event has this many phrases (names, places, figures: 2–4 units) and each of its documents uses some. */
const EVENT_PHRASES = 16;
const PHRASES_PER_DOC = 24;
/** Zipf–Mandelbrot offset: the most frequent content unit has ≈1.8% of the tokens ("say" in news, stopwords gone). */
const ZIPF_OFFSET = 5;
const COPY_RATE = 0.05;
const REWRITE_RATE = 0.05;
const REWRITE_SUBSTITUTION = 0.3;
const RECENT = 2000;

/** A 2^20-entry table turning a uniform draw into a Zipf–Mandelbrot word rank in O(1). */
function zipfTable(): Uint32Array {
  const size = 1 << 20;
  const table = new Uint32Array(size);
  const p = (r: number) => 1 / (r + ZIPF_OFFSET);
  let total = 0;
  for (let r = 1; r <= VOCABULARY; r++) total += p(r);
  let cum = 0;
  let r = 1;
  for (let i = 0; i < size; i++) {
    while (r < VOCABULARY && cum + p(r) / total < i / size) cum += p(r++) / total;
    table[i] = r;
  }
  return table;
}

interface Planted {
  doc: number;
  source: number;
  kind: 'copy' | 'rewrite';
}

function run(n: number): void {
  const random = rng(42);
  const zipf = zipfTable();
  const word = () => zipf[Math.floor(random() * zipf.length)]!;
  const recent: Uint32Array[] = [];
  const planted: Planted[] = [];
  const index = new CandidateIndex({ ...CANDIDATE_INDEX, expectedDocuments: n });
  const found = new Map<number, Set<number>>();
  const sample: { event: number; set: Set<number> }[] = [];
  let candidates = 0;
  let mates = 0;
  let cpuMs = 0;
  let genMs = 0;
  let indexMs = 0;
  const rssBefore = process.memoryUsage().rss;
  for (let d = 0; d < n; d++) {
    const g0 = performance.now();
    const event = Math.floor(d / EVENT_SIZE);
    const roll = random();
    let units: Uint32Array;
    if (recent.length > 10 && roll < COPY_RATE + REWRITE_RATE) {
      const back = 1 + Math.floor(random() * Math.min(recent.length - 1, RECENT - 1));
      const source = recent[recent.length - back]!;
      const kind = roll < COPY_RATE ? 'copy' : 'rewrite';
      const keep = kind === 'copy' ? 0.6 + 0.4 * random() : 1;
      units = source.slice(0, Math.floor(source.length * keep));
      const change = kind === 'copy' ? 0.05 : REWRITE_SUBSTITUTION;
      for (let i = 0; i < units.length; i++) if (random() < change) units[i] = word();
      planted.push({ doc: d, source: d - back, kind });
    } else {
      units = new Uint32Array(UNITS_PER_DOC);
      for (let i = 0; i < units.length; i++) units[i] = word();
      for (let k = 0; k < PHRASES_PER_DOC; k++) {
        const phrase = Math.floor(random() * EVENT_PHRASES);
        const length = 2 + (phrase % 3);
        const at = Math.floor(random() * (units.length - length));
        for (let i = 0; i < length; i++) units[at + i] = VOCABULARY + (event * EVENT_PHRASES + phrase) * 4 + i;
      }
    }
    if (d < 400 && roll >= COPY_RATE + REWRITE_RATE)
      sample.push({ event, set: new Set(shingleHashesOf(units, SHINGLE_SIZE)) });
    recent.push(units);
    if (recent.length > RECENT) recent.shift();
    const i0 = performance.now();
    const u0 = process.cpuUsage();
    genMs += i0 - g0;
    const { candidates: c } = index.add(signature(shingleHashesOf(units, SHINGLE_SIZE), CANDIDATE_INDEX.signatureSize));
    const u1 = process.cpuUsage(u0);
    cpuMs += (u1.user + u1.system) / 1000;
    indexMs += performance.now() - i0;
    candidates += c.length;
    for (const x of c) if (Math.floor(x.id / EVENT_SIZE) === event) mates++;
    if (planted.at(-1)?.doc === d) found.set(d, new Set(c.map((x) => x.id)));
  }
  const recall = (kind: Planted['kind']) => {
    const p = planted.filter((x) => x.kind === kind);
    return p.filter((x) => found.get(x.doc)?.has(x.source)).length / Math.max(1, p.length);
  };
  const rss = process.memoryUsage().rss;
  let jSum = 0;
  let jPairs = 0;
  for (const [i, x] of sample.entries()) {
    for (const y of sample.slice(i + 1)) {
      if (x.event !== y.event) continue;
      let k = 0;
      for (const h of x.set) if (y.set.has(h)) k++;
      jSum += k / (x.set.size + y.set.size - k);
      jPairs++;
    }
  }
  console.log(
    `| ${n.toLocaleString('en')} | ${(indexMs / 1000).toFixed(1)} s | ${((cpuMs * 1000) / n).toFixed(0)} µs | ` +
      `${(index.bytes / 2 ** 20).toFixed(0)} MiB | ${((rss - rssBefore) / 2 ** 20).toFixed(0)} MiB | ` +
      `${(candidates / n).toFixed(2)} | ${(mates / n).toFixed(2)} (J ${(jSum / jPairs).toFixed(3)}) | ${recall('copy').toFixed(3)} | ${recall('rewrite').toFixed(3)} | ${(genMs / 1000).toFixed(1)} s |`,
  );
}

/**
 * Throughput of turning text into content units (tokenise, lemmatise, canonicalise): on the dev corpus texts when
 * ../shared is present (read at run time, measurement only), else on synthetic sentences; with a word cache per
 * document (cold, the worst case) and shared across documents as the stage does (warm, optimistic here because the
 * few texts repeat).
 */
function featuresThroughput(): void {
  const lex = defaultProvenanceLexicon();
  const shared = sharedDir();
  const dir = shared ? join(shared, 'corpus', 'aleppo-2024') : null;
  const texts = dir
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(dir, f), 'utf8'))
    : [
        Array.from({ length: 40 }, (_, i) =>
          i % 2
            ? 'Insurgents seized the river port of Harnow on Tuesday, officials said.'
            : 'At least 17 civilians died.',
        ).join('\n'),
      ];
  const docs = texts.map((text) => ({ text, spans: splitSentences(text) }));
  const bytes = texts.reduce((t, x) => t + x.length, 0);
  for (const warm of [false, true]) {
    const cache: WordCache = new Map();
    const reps = 60;
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) {
      for (const d of docs) documentFeatures('x', i, d.text, d.spans, lex, warm ? cache : new Map());
    }
    const mbps = (bytes * reps) / (performance.now() - t0) / 1000;
    const perMillion = (4.5e9 / (mbps * 1e6) / 60).toFixed(1);
    console.log(
      `features (${dir ? 'dev corpus' : 'synthetic'} text, ${warm ? 'warm' : 'cold'} word cache): ${mbps.toFixed(1)} MB/s; ` +
        `1,000,000 documents of 4.5 kB ≈ ${perMillion} min`,
    );
  }
}

const given = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => x > 0);
const sizes = given.length ? given : [10_000, 100_000];
console.log(
  '| documents | index wall time | CPU per document | index arrays | RSS growth | candidates/doc | same-event/doc | ' +
    'copy recall | rewrite recall | generation |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const n of sizes) run(n);
console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
featuresThroughput();
