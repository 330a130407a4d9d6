// Times every stage (per-document and cross-document) on hostile inputs, on the worker pool so that no input can
// hang the caller: a document still running after `timeoutMs` is stopped, the stage it was in is reported as timed
// out, and the document is run again without that stage (and so without its dependants) to time the others.
// Used by the benchmark (bench/run-bench.ts) and the ReDoS test (src/pipeline/robustness.test.ts).
import type { SourceDocument } from '../src/model/index.js';
import { runDocumentStagesParallel } from '../src/pipeline/worker-pool.js';
import { PROBE_PREFIX } from './probe-registry.js';

export const PROBE_REGISTRY = new URL('./probe-registry.ts', import.meta.url).href.replace(
  /\.ts$/,
  import.meta.url.endsWith('.ts') ? '.ts' : '.js',
);

export interface ProbeResult {
  readonly input: string;
  readonly chars: number;
  /** Milliseconds per stage that finished (corpus stages as `corpus:<name>`). */
  readonly timings: Record<string, number>;
  /** Stages stopped after `timeoutMs` (with everything after them in that attempt). */
  readonly timedOut: readonly string[];
  /** Stage errors other than time-outs and skips. */
  readonly errors: readonly string[];
}

export interface ProbeOptions {
  readonly workers?: number;
  readonly timeoutMs: number;
  /** Stage names to leave out from the start (e.g. known to hang on such inputs), for all inputs or per input. */
  readonly exclude?: readonly string[] | ((document: SourceDocument) => readonly string[]);
  readonly onResult?: (result: ProbeResult) => void;
}

/** The stage names of the probe registry (registered document stages, then `corpus:<name>`), in order. */
export async function probeStageNames(): Promise<string[]> {
  const registry = (await import(PROBE_REGISTRY)) as { DOCUMENT_STAGES: readonly { name: string }[] };
  return registry.DOCUMENT_STAGES.map((s) => s.name);
}

export async function probeStages(inputs: readonly SourceDocument[], options: ProbeOptions): Promise<ProbeResult[]> {
  const all = await probeStageNames();
  const results = new Map<string, ProbeResult>();
  const running = new Map<string, string>();
  const warn = (message: string) => {
    if (!message.startsWith(PROBE_PREFIX)) return;
    const [stage, doc] = message.slice(PROBE_PREFIX.length).split(' ') as [string, string];
    running.set(doc, stage);
  };
  let round: { document: SourceDocument; exclude: Set<string> }[] = inputs.map((document) => ({
    document,
    exclude: new Set(typeof options.exclude === 'function' ? options.exclude(document) : (options.exclude ?? [])),
  }));
  while (round.length) {
    const next: typeof round = [];
    // Documents with the same exclusions share one pool; the first round is one pool for all.
    const groups = new Map<string, typeof round>();
    for (const item of round) {
      const key = [...item.exclude].sort().join(',');
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const group of groups.values()) {
      const exclude = group[0]!.exclude;
      const byId = new Map(group.map((g) => [g.document.id, g]));
      const workers = Math.min(options.workers ?? 2, group.length);
      for await (const { document, run } of runDocumentStagesParallel(
        group.map((g) => g.document),
        {
          registry: PROBE_REGISTRY,
          stages: all.filter((s) => !exclude.has(s)),
          workers,
          maxInFlight: workers,
          documentTimeoutMs: options.timeoutMs,
          warn,
        },
      )) {
        const previous = results.get(document.id);
        const timings = { ...previous?.timings, ...run.timings };
        const timedOut = [...(previous?.timedOut ?? [])];
        const errors = [...(previous?.errors ?? [])];
        for (const e of run.errors) {
          if (e.stage === 'worker' && /timed out/.test(e.message)) {
            const culprit = running.get(document.id) ?? '(unknown stage)';
            timedOut.push(culprit);
            const item = byId.get(document.id)!;
            if (running.has(document.id)) next.push({ document, exclude: new Set([...item.exclude, culprit]) });
          } else if (!/^skipped/.test(e.message.replace(/^stage \S+ on document \S+: /, ''))) {
            errors.push(e.message);
          }
        }
        running.delete(document.id);
        results.set(document.id, { input: document.input, chars: document.text.length, timings, timedOut, errors });
      }
    }
    round = next;
  }
  const out = inputs.map((d) => results.get(d.id)!);
  for (const r of out) options.onResult?.(r);
  return out;
}
