// Calibration of the candidate index (CANDIDATE_INDEX in src/stages/provenance/provenance.ts): content-unit
// unigram and bigram Jaccard between unrelated news texts, built as 60 pseudo-articles of 25 random MRPC sentences
// (from many unrelated news stories), beside the dev corpus pairs (independent reports of one event, and the pair
// sharing spun Reuters copy). Run: node --import tsx eval/provenance/background-jaccard.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentFeatures, documentFeatures } from '../../src/stages/provenance/features.js';
import { defaultProvenanceLexicon } from '../../src/stages/provenance/load-lexicon.js';
import { sharedDir, skipWithoutShared } from '../shared-dir.js';
import { splitSentences } from './split-sentences.js';

const shared = sharedDir() ?? skipWithoutShared('background-jaccard');
const lex = defaultProvenanceLexicon();

const sets = (f: DocumentFeatures) => {
  const bi = new Set<string>();
  for (let k = 1; k < f.stream.length; k++) bi.add(`${f.stream[k - 1]} ${f.stream[k]}`);
  return { uni: new Set(f.stream), bi };
};
const jaccard = (a: Set<string>, b: Set<string>) => {
  let k = 0;
  for (const x of a) if (b.has(x)) k++;
  return k / (a.size + b.size - k || 1);
};
const features = (text: string, i: number) => documentFeatures(`d${i}`, i, text, splitSentences(text), lex);

const sentences = readFileSync(join(shared, 'bench', 'mrpc', 'msr_paraphrase_train.txt'), 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .slice(1)
  .filter(Boolean)
  .map((l) => l.split('\t')[3] ?? '');
let seed = 7;
const random = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const pseudo = Array.from({ length: 60 }, (_, i) =>
  sets(features(Array.from({ length: 25 }, () => sentences[Math.floor(random() * sentences.length)]).join('\n'), i)),
);
const uni: number[] = [];
const bi: number[] = [];
for (let i = 0; i < pseudo.length; i++) {
  for (let j = i + 1; j < pseudo.length; j++) {
    uni.push(jaccard(pseudo[i]!.uni, pseudo[j]!.uni));
    bi.push(jaccard(pseudo[i]!.bi, pseudo[j]!.bi));
  }
}
const q = (x: number[], p: number) => [...x].sort((m, n) => m - n)[Math.floor(p * (x.length - 1))]!.toFixed(4);
console.log(
  `unrelated pseudo-articles: unigram J median ${q(uni, 0.5)} p99 ${q(uni, 0.99)}; bigram J median ${q(bi, 0.5)} p99 ${q(bi, 0.99)}`,
);
console.log('(MRPC sentences recur across pairs, so the upper tail includes repeated sentences.)');

const dir = join(shared, 'corpus', 'aleppo-2024');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const dev = files.map((f, i) => sets(features(readFileSync(join(dir, f), 'utf8'), i)));
for (let i = 0; i < dev.length; i++) {
  for (let j = i + 1; j < dev.length; j++) {
    console.log(
      `dev ${files[i]!.slice(0, 3)} ~ ${files[j]!.slice(0, 3)}: unigram J ${jaccard(dev[i]!.uni, dev[j]!.uni).toFixed(3)}, ` +
        `bigram J ${jaccard(dev[i]!.bi, dev[j]!.bi).toFixed(3)}`,
    );
  }
}
