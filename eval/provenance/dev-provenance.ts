// Dev-corpus check of the provenance stage: runs it on ../shared/corpus/aleppo-2024, prints every link with its
// aligned sentences, and scores the predicted positive pairs against the gold `provenance` pairs exactly as
// shared/eval/score.mjs (scorePairs) does: positive = duplicate | copy | rewrite | shared_source.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { paraphraseScore } from '../../src/stages/provenance/align.js';
import { containment, contentSentences, verbatimGrams } from '../../src/stages/provenance/features.js';
import {
  alignDocuments,
  defaultProvenanceLexicon,
  documentFeatures,
  provenance,
} from '../../src/stages/provenance/index.js';
import { inverseFrequency, sentenceFrequency } from '../../src/stages/provenance/similarity.js';
import { sharedDir, skipWithoutShared } from '../shared-dir.js';
import { loadCorpus } from './analyzed-corpus.js';

const POSITIVE = new Set(['duplicate', 'copy', 'rewrite', 'shared_source']);
const GOLD_POSITIVE = new Set([...POSITIVE, 'shares-wire-copy']);

const shared = sharedDir() ?? skipWithoutShared('dev-provenance');
const corpusDir = join(shared, 'corpus', 'aleppo-2024');
const gold = JSON.parse(readFileSync(join(shared, 'corpus', 'aleppo-2024.gold.json'), 'utf8')) as {
  provenance: { a: string; b: string; relation: string }[];
};

const { documents, layers } = await loadCorpus(corpusDir);
const fileOf = new Map(documents.map((d) => [d.document.id, basename(d.document.input)]));
const warnings: string[] = [];
const started = performance.now();
const result = provenance.run(
  documents,
  {},
  { resources: { provenanceLexicon: defaultProvenanceLexicon() } as never, warn: (m) => warnings.push(m) },
);
const ms = performance.now() - started;

const key = (a: string, b: string) => [a, b].sort().join(' ~ ');
const predicted = new Set(
  result.links.filter((l) => POSITIVE.has(l.relation)).map((l) => key(fileOf.get(l.a)!, fileOf.get(l.b)!)),
);
const positives = new Set(gold.provenance.filter((p) => GOLD_POSITIVE.has(p.relation)).map((p) => key(p.a, p.b)));
const tp = [...predicted].filter((p) => positives.has(p)).length;
const fp = predicted.size - tp;
const fn = positives.size - tp;

console.log(
  `dev corpus: ${documents.length} documents (${layers}); ${result.candidatePairs} candidate pairs; ${ms.toFixed(0)} ms`,
);
const text = new Map(documents.map((d) => [d.document.id, d.document.text]));
for (const l of result.links) {
  const short = (id: string) => fileOf.get(id)!.slice(0, 3);
  console.log(
    `${short(l.a)} ~ ${short(l.b)}: ${l.relation} (${l.evidence.relationRule}) direction ${l.direction ?? '-'} ` +
      `similarity ${l.similarity} coverage ${l.evidence.coverageA}/${l.evidence.coverageB} ` +
      `5-gram containment ${l.evidence.containmentA}/${l.evidence.containmentB}`,
  );
  for (const m of l.aligned) {
    const cut = (id: string, s: { start: number; end: number }) => text.get(id)!.slice(s.start, s.end).slice(0, 90);
    console.log(`    ${m.kind} ${m.score}\n      a: ${cut(l.a, m.a)}\n      b: ${cut(l.b, m.b)}`);
  }
}
for (const [id, credits] of Object.entries(result.credits)) {
  if (credits.length)
    console.log(`credits ${fileOf.get(id)!.slice(0, 3)}: ${credits.map((c) => `${c.agency} (${c.rule})`).join(', ')}`);
}
console.log(
  `groups: ${Object.entries(result.groups)
    .map(([id, g]) => `${fileOf.get(id)!.slice(0, 3)}→${g}`)
    .join(' ')}`,
);
const ratio = (x: number, y: number) => (y ? (x / y).toFixed(3) : 'n/a');
console.log(
  `provenance: precision ${ratio(tp, tp + fp)} recall ${ratio(tp, tp + fn)} f1 ${ratio(2 * tp, 2 * tp + fp + fn)} ` +
    `(tp ${tp}, fp ${fp}, fn ${fn}; gold positive pairs ${positives.size})`,
);
for (const w of warnings) console.error(`warning: ${w}`);

// Margins: for every pair, what the stage's rules look at, so a threshold change can be judged against the trap.
const lex = defaultProvenanceLexicon();
const feats = documents.map((d, i) =>
  documentFeatures(
    d.document.id,
    i,
    d.document.text,
    contentSentences(d.layers.sentences ?? [], d.layers.noise ?? []),
    lex,
  ),
);
const { df, n } = sentenceFrequency(feats.flatMap((f) => f.sentences));
const weight = inverseFrequency(df, n);
console.log(
  'margins (all pairs): 5-gram containment a/b, aligned sentences, top three sentence-pair paraphrase scores',
);
for (let i = 0; i < feats.length; i++) {
  for (let j = i + 1; j < feats.length; j++) {
    const [a, b] = [feats[i]!, feats[j]!];
    const al = alignDocuments(a, b, weight);
    const scores: number[] = [];
    for (const sa of a.sentences) for (const sb of b.sentences) scores.push(paraphraseScore(sa, sb, weight).score);
    scores.sort((x, y) => y - x);
    const [ga, gb] = [verbatimGrams(a), verbatimGrams(b)];
    const name = (k: number) => fileOf.get(feats[k]!.id)!.slice(0, 3);
    console.log(
      `  ${name(i)} ~ ${name(j)}: containment ${containment(ga, gb).toFixed(3)}/${containment(gb, ga).toFixed(3)}, ` +
        `aligned ${al.length} (${al.map((m) => m.kind).join(', ') || '-'}), top scores ${scores
          .slice(0, 3)
          .map((x) => x.toFixed(2))
          .join(' ')}`,
    );
  }
}
