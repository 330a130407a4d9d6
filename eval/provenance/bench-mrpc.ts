// Sentence-level check of the provenance aligner on MRPC (../shared/bench/mrpc/msr_paraphrase_train.txt): accuracy
// and F1 of the positive class for (1) the stage's own decision at its fixed thresholds, (2) its paraphrase score
// with a threshold chosen on the other half (2-fold), beside (3) a plain token-overlap baseline under the same
// 2-fold protocol and (4) the all-positive baseline.  Run: npm run eval:provenance (or node --import tsx this file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchSentences, PREFILTER_MIN_DICE } from '../../src/stages/provenance/align.js';
import { documentFeatures, type SentenceFeatures } from '../../src/stages/provenance/features.js';
import { defaultProvenanceLexicon } from '../../src/stages/provenance/load-lexicon.js';
import { exactDice, inverseFrequency, sentenceFrequency } from '../../src/stages/provenance/similarity.js';
import { sharedDir, skipWithoutShared } from '../shared-dir.js';

interface Item {
  label: boolean;
  a: SentenceFeatures;
  b: SentenceFeatures;
  tokensA: Set<string>;
  tokensB: Set<string>;
}

const shared = sharedDir() ?? skipWithoutShared('bench-mrpc');
const file = join(shared, 'bench', 'mrpc', 'msr_paraphrase_train.txt');
const lex = defaultProvenanceLexicon();
const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

const items: Item[] = readFileSync(file, 'utf8')
  .replace(/^\uFEFF/, '')
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.trim())
  .map((line, k) => {
    const [quality, , , s1 = '', s2 = ''] = line.split('\t');
    const text = `${s1}\n${s2}`;
    const spans = [
      { start: 0, end: s1.length },
      { start: s1.length + 1, end: text.length },
    ];
    const f = documentFeatures(`mrpc-${k}`, k, text, spans, lex);
    return { label: quality === '1', a: f.sentences[0]!, b: f.sentences[1]!, tokensA: words(s1), tokensB: words(s2) };
  });

const { df, n } = sentenceFrequency(items.flatMap((it) => [it.a, it.b]));
const weight = inverseFrequency(df, n);

function jaccard(a: Set<string>, b: Set<string>): number {
  let k = 0;
  for (const x of a) if (b.has(x)) k++;
  return k / (a.size + b.size - k || 1);
}

interface Scores {
  acc: number;
  f1: number;
  p: number;
  r: number;
}
function evaluate(pred: boolean[], gold: boolean[]): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let ok = 0;
  pred.forEach((p, i) => {
    if (p === gold[i]) ok++;
    if (p && gold[i]) tp++;
    else if (p) fp++;
    else if (gold[i]) fn++;
  });
  return { acc: ok / pred.length, f1: (2 * tp) / (2 * tp + fp + fn), p: tp / (tp + fp || 1), r: tp / (tp + fn || 1) };
}

/** Best-accuracy threshold on one half, applied to the other; both folds, averaged. */
function twoFold(scores: number[], gold: boolean[]): Scores & { thresholds: number[] } {
  const folds = [0, 1].map((f) => scores.map((_, i) => i % 2 === f));
  const results: Scores[] = [];
  const thresholds: number[] = [];
  for (const [train, test] of [
    [folds[0]!, folds[1]!],
    [folds[1]!, folds[0]!],
  ] as const) {
    let best = 0;
    let bestAcc = -1;
    for (let t = 0; t <= 1.0001; t += 0.01) {
      const idx = scores.map((_, i) => i).filter((i) => train[i]);
      const acc = evaluate(
        idx.map((i) => scores[i]! >= t),
        idx.map((i) => gold[i]!),
      ).acc;
      if (acc > bestAcc) [best, bestAcc] = [t, acc];
    }
    thresholds.push(Number(best.toFixed(2)));
    const idx = scores.map((_, i) => i).filter((i) => test[i]);
    results.push(
      evaluate(
        idx.map((i) => scores[i]! >= best),
        idx.map((i) => gold[i]!),
      ),
    );
  }
  const mean = (k: keyof Scores) => (results[0]![k] + results[1]![k]) / 2;
  return { acc: mean('acc'), f1: mean('f1'), p: mean('p'), r: mean('r'), thresholds };
}

const started = performance.now();
const gold = items.map((it) => it.label);
// The stage compares a sentence pair only when it passes the prefilter (as alignDocuments does).
const prefiltered = items.map((it) => exactDice(it.a, it.b, weight));
const matches = items.map((it, i) =>
  prefiltered[i]! >= PREFILTER_MIN_DICE
    ? matchSentences(it.a, it.b, weight)
    : { kind: null, score: 0, paraphraseScore: 0 },
);
const rawMatches = items.map((it) => matchSentences(it.a, it.b, weight));
const ours = rawMatches.map((m) => (m.kind === 'verbatim' || m.kind === 'near_verbatim' ? 1 : m.paraphraseScore));
const baseline = items.map((it) => jaccard(it.tokensA, it.tokensB));
const ms = performance.now() - started;

const fmt = (s: Scores) => `acc ${s.acc.toFixed(3)}  F1 ${s.f1.toFixed(3)}  P ${s.p.toFixed(3)}  R ${s.r.toFixed(3)}`;
const positives = gold.filter(Boolean).length;
console.log(
  `MRPC train: ${items.length} pairs, ${positives} positive (${((100 * positives) / items.length).toFixed(1)}%)`,
);
console.log(
  `all-positive baseline                     ${fmt(
    evaluate(
      gold.map(() => true),
      gold,
    ),
  )}`,
);
const base = twoFold(baseline, gold);
console.log(`token-overlap Jaccard, 2-fold threshold   ${fmt(base)}  (t = ${base.thresholds.join(', ')})`);
const tuned = twoFold(ours, gold);
console.log(`provenance aligner score, 2-fold          ${fmt(tuned)}  (t = ${tuned.thresholds.join(', ')})`);
console.log(
  `provenance aligner, stage decision        ${fmt(
    evaluate(
      matches.map((m) => m.kind !== null),
      gold,
    ),
  )}`,
);
const kinds = new Map<string, number>();
for (const m of matches) kinds.set(String(m.kind), (kinds.get(String(m.kind)) ?? 0) + 1);
const acceptedDice = rawMatches.flatMap((m, i) => (m.kind ? [prefiltered[i]!] : []));
console.log(
  `prefilter: ${prefiltered.filter((d) => d < PREFILTER_MIN_DICE).length} pairs skipped; lowest exact-unit Dice among ` +
    `pairs the full comparison accepts: ${Math.min(...acceptedDice).toFixed(3)}`,
);
console.log(`stage decisions: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}; scoring took ${ms.toFixed(0)} ms`);
