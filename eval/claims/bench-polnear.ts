// PolNeAR (BRAT standoff) benchmark for the claims stage: exact and partial (overlap) P/R/F1 of source, cue and
// content spans on ../shared/bench/polnear/data/{train,dev}, beside CofeNet's published exact F1 (test split) and
// a trivial baseline run here. Exits 0 (saying so) without ../shared.
//   node --import tsx eval/claims/bench-polnear.ts [--split dev|train|both] [--limit N] [--cognition: the shipped variant only]
//     [--raw-fragments: gold fragments as written, not joined into token runs] [--whole-content: no content parts]
import { join } from 'node:path';
import type { Span } from '../../src/model/index.js';
import { type ClaimMention, contentPartsOf, DEFAULT_CLAIM_OPTIONS } from '../../src/stages/claims/index.js';
import { documentOf } from '../../src/testing/document-of.js';
import { sharedDir, skipWithoutShared } from '../shared-dir.js';
import { type Analyzer, createAnalyzer } from './analyze.js';
import { type BratDoc, ROLES, type Role, readSplit, trimmed } from './brat.js';

/** CofeNet (Wang et al., 2022), exact-match F1 on the PolNeAR test split, as published. */
const COFENET_EXACT_F1: Readonly<Record<Role, number>> = { Source: 83.2, Cue: 75.3, Content: 72.9 };

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const shared = sharedDir() ?? skipWithoutShared('eval:claims (polnear)');
const splitArg = arg('--split') ?? 'both';
const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
const splits = splitArg === 'both' ? ['train', 'dev'] : [splitArg];
/** `--raw-fragments --whole-content`: the scoring before content parts (every gold fragment apart, one content per claim). */
const rawFragments = process.argv.includes('--raw-fragments');
const wholeContent = process.argv.includes('--whole-content');

interface Counts {
  pred: number;
  gold: number;
  exact: number;
  predHit: number;
  goldHit: number;
}
const zero = (): Counts => ({ pred: 0, gold: 0, exact: 0, predHit: 0, goldHit: 0 });
type Sheet = Record<Role, Counts>;
const newSheet = (): Sheet => ({ Source: zero(), Cue: zero(), Content: zero() });

const key = (s: Span) => `${s.start}:${s.end}`;
const dedupe = (spans: Span[]): Span[] => [...new Map(spans.map((s) => [key(s), s])).values()];
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function add(sheet: Sheet, role: Role, predicted: Span[], gold: Span[]): void {
  const c = sheet[role];
  const p = dedupe(predicted);
  const g = dedupe(gold);
  const goldKeys = new Set(g.map(key));
  c.pred += p.length;
  c.gold += g.length;
  c.exact += p.filter((s) => goldKeys.has(key(s))).length;
  c.predHit += p.filter((s) => g.some((x) => overlaps(s, x))).length;
  c.goldHit += g.filter((s) => p.some((x) => overlaps(s, x))).length;
}

function predictedSpans(text: string, claims: readonly ClaimMention[]): Record<Role, Span[]> {
  const out: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const c of claims) {
    if (c.sourceSpan) out.Source.push(trimmed(text, c.sourceSpan));
    if (c.cue) out.Cue.push(trimmed(text, c.cue));
    // The content pieces (the attribution inside a content left out), as PolNeAR's discontinuous contents.
    for (const part of wholeContent ? [c.content] : contentPartsOf(c)) out.Content.push(trimmed(text, part));
  }
  return out;
}

/**
 * The trivial baseline: in each sentence, the first "said/says/told/according to" is the cue; the word before it
 * (for "according to": the words after it up to a comma) is the source; the rest of the sentence after the cue
 * (or, when nothing follows, the part before the comma) is the content.
 */
function baseline(text: string, sentences: readonly Span[]): Record<Role, Span[]> {
  const out: Record<Role, Span[]> = { Source: [], Cue: [], Content: [] };
  for (const s of sentences) {
    const line = text.slice(s.start, s.end);
    const m = /\b(said|says|told|according to)\b/.exec(line);
    if (!m) continue;
    const cue = { start: s.start + m.index, end: s.start + m.index + m[0].length };
    out.Cue.push(cue);
    const body = line.replace(/[.!?]["”’]?\s*$/, '');
    if (m[1] === 'according to') {
      const rest = /^\s*([^,.;]+)/.exec(line.slice(m.index + m[0].length));
      if (rest) out.Source.push(trimmed(text, { start: cue.end, end: cue.end + rest[0].length }));
      if (m.index > 2) out.Content.push(trimmed(text, { start: s.start, end: cue.start - 1 }));
      continue;
    }
    const before = /(\S+)\s+$/.exec(line.slice(0, m.index));
    if (before) out.Source.push({ start: s.start + before.index, end: s.start + before.index + before[1]!.length });
    const afterEnd = s.start + body.length;
    if (afterEnd - cue.end > 3) out.Content.push(trimmed(text, { start: cue.end, end: afterEnd }));
    else {
      const comma = line.lastIndexOf(',', m.index);
      if (comma > 0) out.Content.push(trimmed(text, { start: s.start, end: s.start + comma }));
    }
  }
  return out;
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(label: string, c: Counts, cofenet?: number): string {
  const ep = c.pred ? c.exact / c.pred : 0;
  const er = c.gold ? c.exact / c.gold : 0;
  const pp = c.pred ? c.predHit / c.pred : 0;
  const pr = c.gold ? c.goldHit / c.gold : 0;
  const ref = cofenet === undefined ? '' : `   ${cofenet.toFixed(1)}`;
  return `  ${label.padEnd(8)} exact P ${pct(ep)} R ${pct(er)} F1 ${pct(f1(ep, er))} | overlap P ${pct(pp)} R ${pct(pr)} F1 ${pct(f1(pp, pr))}${ref}`;
}

async function run(
  analyzer: Analyzer,
  docs: readonly BratDoc[],
  withBaseline: boolean,
): Promise<{ sys: Sheet; base: Sheet }> {
  const sys = newSheet();
  const base = newSheet();
  for (const d of docs) {
    const layers = analyzer.analyze(documentOf(d.text, {}, `${d.stem}.txt`));
    const pred = predictedSpans(d.text, layers.claims ?? []);
    const basePred = withBaseline ? baseline(d.text, layers.sentences ?? []) : null;
    for (const role of ROLES) {
      add(sys, role, pred[role], d.spans[role]);
      if (basePred) add(base, role, basePred[role], d.spans[role]);
    }
  }
  return { sys, base };
}

const variants = process.argv.includes('--cognition')
  ? [{ label: 'sitrep claims (as shipped, with belief/stance cues)', options: DEFAULT_CLAIM_OPTIONS }]
  : [
      { label: 'sitrep claims (as shipped, with belief/stance cues)', options: DEFAULT_CLAIM_OPTIONS },
      {
        label: 'sitrep claims without belief/stance cues (speech only)',
        options: { ...DEFAULT_CLAIM_OPTIONS, includeCognition: false },
      },
    ];
for (const split of splits) {
  const docs = readSplit(join(shared, 'bench', 'polnear', 'data', split), limit, { rawFragments });
  const golds = ROLES.map((r) => `${r.toLowerCase()} ${docs.reduce((n, d) => n + d.spans[r].length, 0)}`).join(', ');
  console.log(
    `PolNeAR ${split}: ${docs.length} documents (gold fragments: ${golds}); last column: CofeNet exact F1 (test)`,
  );
  for (const [n, v] of variants.entries()) {
    const analyzer = await createAnalyzer(v.options);
    const started = performance.now();
    const { sys, base } = await run(analyzer, docs, n === 0);
    console.log(` ${v.label} — ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const role of ROLES) console.log(row(role, sys[role], COFENET_EXACT_F1[role]));
    if (n === 0) {
      console.log(' trivial baseline (said/says/told/according to; word before; rest of sentence)');
      for (const role of ROLES) console.log(row(role, base[role]));
    }
  }
}
