// Robustness of the whole registered pipeline (issue 10): property-based tests over random and adversarial text —
// no stage throws, every span is valid and every item has provenance and a unique id — and a ReDoS check that runs
// every stage on 1 MiB pathological inputs (bench/pathological.ts) on the worker pool, so that a hanging stage
// (catastrophic backtracking) fails the test instead of hanging CI. Speed itself — the issue's "< 1 s per stage on
// 1 MB" — is measured and reported by `npm run bench`, never asserted by a timed unit test.
//
// Deterministic: fast-check runs with seed FAST_CHECK_SEED (default below) and FAST_CHECK_NUM_RUNS cases per
// property (default below; raise it for a longer fuzz run, e.g. FAST_CHECK_NUM_RUNS=2000). A failure prints the
// seed and the shrunk counterexample. SITREP_REDOS_SIZE changes the pathological input size (default 1 MiB).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { PATHOLOGICAL_KINDS, PATHOLOGICAL_SIZE, pathologicalText } from '../../bench/pathological.js';
import { type ProbeResult, probeStages } from '../../bench/probe.js';
import { rng, syntheticArticle } from '../../bench/synthetic-corpus.js';
import { loadResources } from '../app/resources.js';
import { documentOf } from '../testing/document-of.js';
import { runCorpusStages, runDocumentStages } from './run-stages.js';
import type { AnalyzedDocument, StageContext } from './stage.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from './stages.js';

/** Default seed and run count: about 10 s on the loaded 2-core dev machine for all properties together. */
const SEED = Number(process.env.FAST_CHECK_SEED ?? 20_261_121);
const NUM_RUNS = Number(process.env.FAST_CHECK_NUM_RUNS ?? 60);
/**
 * A hang guard, not a speed target: a document whose stages have not finished after this long is stopped by the pool
 * and counted as hanging. Catastrophic backtracking on 1 MiB runs for hours; the slowest healthy stage took about
 * 3 s on the loaded 2-core dev machine, so a minute separates the two without failing on a busy machine.
 */
const HANG_MS = 60_000;
const REDOS_SIZE = Number(process.env.SITREP_REDOS_SIZE ?? PATHOLOGICAL_SIZE);
const RUN_KNOWN_SLOW = process.env.SITREP_REDOS_ALL === '1';

/**
 * Stage × input pairs known to hang, with the culprit found by profiling (node --cpu-prof, see
 * bench/profile-summary.ts). They run as `todo` tests (reported, not failing) until their owners fix them; the
 * test still checks they end within the pool's time-out, and every other pair must finish.
 */
const KNOWN_SLOW: Readonly<Record<string, { inputs: readonly string[]; culprit: string }>> = {};

const ctx: StageContext = { resources: loadResources(), warn: () => {} };

/** Every problem with a document's layers: invalid spans (at any depth), missing provenance, duplicate ids. */
function problemsOf(text: string, layers: Record<string, readonly unknown[] | undefined>): string[] {
  const problems: string[] = [];
  const visit = (value: unknown, path: string, depth: number) => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) visit(v, `${path}[${i}]`, depth + 1);
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const { start, end } = o as { start: number; end: number };
      if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= text.length)) {
        problems.push(`${path}: span [${start}, ${end}) outside [0, ${text.length}]`);
      }
    }
    for (const [k, v] of Object.entries(o)) visit(v, `${path}.${k}`, depth + 1);
  };
  for (const [name, items] of Object.entries(layers)) {
    const ids = new Set<string>();
    for (const [i, item] of (items ?? []).entries()) {
      const o = item as { id?: unknown; source?: { stage?: unknown; rule?: unknown } };
      if (o.source?.stage !== name || typeof o.source.rule !== 'string') problems.push(`${name}[${i}]: no provenance`);
      if (o.id !== undefined) {
        if (ids.has(String(o.id))) problems.push(`${name}[${i}]: duplicate id ${String(o.id)}`);
        ids.add(String(o.id));
      }
      visit(item, `${name}[${i}]`, 0);
    }
  }
  return problems;
}

function analyse(text: string): AnalyzedDocument {
  const document = documentOf(text, {}, 'fuzz.txt');
  const run = runDocumentStages(document, DOCUMENT_STAGES, ctx);
  assert.deepEqual(
    run.errors.map((e) => e.message),
    [],
  );
  assert.deepEqual(problemsOf(text, run.layers as Record<string, readonly unknown[]>), []);
  return { document, layers: run.layers };
}

// Pieces of news-like and hostile text, written for these tests.
const PIECES = [
  'Rebels',
  ' said',
  ' on Tuesday',
  ' Aleppo',
  ' Dunmere',
  ' at least 12 people were killed',
  ', according to the health ministry',
  ' Mr.',
  ' U.N.',
  ' 3 p.m.',
  ' 12 March 2024',
  ' last week',
  ' 15km south-west of Karsk',
  '.',
  '. ',
  '?!',
  '…',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '(',
  ')',
  '\n',
  '\n\n',
  '\t',
  '\0',
  '\r\n',
  '\u200f',
  '\u202e',
  'قالت',
  ' שלום',
  '😀',
  '👩‍👩‍👧',
  '\ud83d',
  'e\u0301\u0308',
  '\ufeff',
  'Ã©',
  '\ufffd',
  ' 1,234,567',
  ' 2024-03-12',
  ' —',
  ' -',
  ' By Ana Ruiz',
  ' Sign up for our newsletter',
];

const adversarial = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));
const anyCodeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 })
  .map((codes) => String.fromCharCode(...codes));
const anyText = fc.string({ unit: 'binary', maxLength: 600 });
/** A synthetic article cut and spliced: real-looking news with random damage. */
const damagedArticle = fc
  .tuple(
    fc.integer({ min: 1, max: 1 << 30 }),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.constantFrom(...PIECES)), { maxLength: 8 }),
  )
  .map(([seed, edits]) => {
    let text = syntheticArticle(rng(seed), 1500);
    for (const [at, cut, insert] of edits) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + insert + text.slice(Math.min(text.length, i + cut));
    }
    return text;
  });

const params = { seed: SEED, numRuns: NUM_RUNS };

describe(`pipeline robustness (fast-check seed ${SEED}, ${NUM_RUNS} runs per property)`, () => {
  it('never fails, stalls or writes an invalid span on random code points', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, anyCodeUnits), (text) => {
        analyse(text);
      }),
      params,
    );
  });

  it('never fails, stalls or writes an invalid span on adversarial news-like text', () => {
    fc.assert(
      fc.property(adversarial, (text) => {
        analyse(text);
      }),
      params,
    );
  });

  it('never fails on damaged synthetic articles', () => {
    fc.assert(
      fc.property(damagedArticle, (text) => {
        analyse(text);
      }),
      { ...params, numRuns: Math.max(5, Math.ceil(NUM_RUNS / 3)) },
    );
  });

  it('runs the cross-document stages on small batches of such documents without errors', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(adversarial, damagedArticle), { minLength: 1, maxLength: 4 }), (texts) => {
        // Ids are content hashes: duplicate texts are one document, as analyze() counts them.
        const batch = [...new Set(texts)].map(analyse);
        const result = runCorpusStages(batch, CORPUS_STAGES, ctx);
        assert.deepEqual(
          result.errors.map((e) => e.message),
          [],
        );
        assert.doesNotThrow(() => JSON.stringify(result.corpus));
      }),
      { ...params, numRuns: Math.max(5, Math.ceil(NUM_RUNS / 3)) },
    );
  });
});

describe(`every stage on ${REDOS_SIZE}-character pathological inputs (ReDoS): no hang, no error`, () => {
  let results: ProbeResult[] = [];
  before(
    async () => {
      const inputs = PATHOLOGICAL_KINDS.map((kind) => documentOf(pathologicalText(kind, REDOS_SIZE), {}, kind));
      // Known-slow pairs are left out unless SITREP_REDOS_ALL=1 (they are listed below as todo); a stage that hangs
      // is stopped after the time-out and blamed, and the input runs again without it.
      results = await probeStages(inputs, {
        workers: 2,
        // The pool's time-out is per document (all stages).
        timeoutMs: HANG_MS,
        exclude: (d) =>
          RUN_KNOWN_SLOW ? [] : Object.keys(KNOWN_SLOW).filter((stage) => KNOWN_SLOW[stage]!.inputs.includes(d.input)),
      });
    },
    { timeout: 600_000 },
  );

  const stageNames = [...DOCUMENT_STAGES.map((s) => s.name as string), ...CORPUS_STAGES.map((s) => `corpus:${s.name}`)];
  for (const stage of stageNames) {
    const known = KNOWN_SLOW[stage];
    it(`${stage}: every input finishes without error${known ? ' (except known-slow inputs)' : ''}`, () => {
      assert.equal(results.length, PATHOLOGICAL_KINDS.length, 'the probe did not run');
      const slow: string[] = [];
      for (const r of results) {
        if (known?.inputs.includes(r.input)) continue;
        if (r.timedOut.includes(stage)) slow.push(`${r.input}: hung (stopped after ${HANG_MS} ms)`);
        for (const e of r.errors) if (e.includes(`stage ${stage} `)) slow.push(`${r.input}: ${e.slice(0, 200)}`);
      }
      assert.deepEqual(slow, []);
    });
    if (known) {
      it(`${stage}: known-slow inputs ${known.inputs.join(', ')}`, { todo: known.culprit }, () => {
        if (!RUN_KNOWN_SLOW) return; // not run: set SITREP_REDOS_ALL=1
        const slow = results
          .filter((r) => known.inputs.includes(r.input))
          .filter((r) => r.timedOut.includes(stage) || (r.timings[stage] ?? 0) > HANG_MS);
        assert.deepEqual(
          slow.map((r) => r.input),
          [],
        );
      });
    }
  }
});
