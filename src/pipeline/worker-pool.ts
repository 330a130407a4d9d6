// Runs the per-document stages over a stream of documents on worker threads. Each worker loads the registry and the
// resources itself, once; documents go out and runs come back by structured clone (a 5 kB article and its layers
// cost tens of microseconds to clone). Results are yielded in input order; at most `maxInFlight` documents are
// read ahead of the consumer (back-pressure); a document that throws, hangs or kills its worker becomes a
// StageError for that document and the pool goes on with a fresh worker.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Layers, SourceDocument } from '../model/index.js';
import type { DocumentRun } from './run-stages.js';
import { StageError } from './stage-error.js';
import type { PoolResourceOptions, SerializedStageError, WorkerData, WorkerReply } from './worker-protocol.js';

export type { PoolResourceOptions } from './worker-protocol.js';

/**
 * Below this many documents `sitrep analyze` should stay single-threaded. Starting the pool costs one resource load
 * per worker, in parallel (3.4–4.7 s to the first result on the loaded 2-core dev machine, ≈350 MB per worker for
 * the bundled gazetteer); two workers then run the pipeline at ≈1.5–1.7× the single-thread rate. bench/run-bench.ts
 * prints the crossover ("pool pays off above ≈N documents"): 92–128 documents in three runs at ≈90 ms per article.
 * 200 leaves a margin for the memory the workers add. Re-measure when the per-document cost changes: the faster the
 * stages, the later the pool pays off.
 */
export const PARALLEL_MIN_DOCUMENTS = 200;

/** Documents queued per worker beyond the one it is running, so it never waits for the main thread. */
const PREFETCH_PER_WORKER = 2;

/** A document still running after this long is taken to hang: its worker is replaced (option documentTimeoutMs). */
export const DOCUMENT_TIMEOUT_MS = 60_000;

export interface WorkerPoolOptions {
  /** Worker threads (default: the available cores). */
  readonly workers?: number;
  /** Documents read from the input but not yet yielded (default: 8 per worker). */
  readonly maxInFlight?: number;
  readonly resourceOptions?: Omit<PoolResourceOptions, 'dataDir'> & { readonly dataDir?: string | URL };
  /** Warnings from the stages (ctx.warn) and from the pool itself. */
  readonly warn?: (message: string) => void;
  /** Run only these registered stages (in registry order). */
  readonly stages?: readonly string[];
  /** Module exporting DOCUMENT_STAGES and optionally loadResources (tests); default: the registry. */
  readonly registry?: string | URL;
  /** false: do not load resources in the workers (for registries whose stages need none). */
  readonly loadResources?: boolean;
  readonly documentTimeoutMs?: number;
  /**
   * true: each result carries its layers as JSON texts in `layerJson` (one per layer, as the store writes them) and
   * `run.layers` is empty. The workers serialise in parallel and the main thread, which only stores, never clones
   * the layer objects nor stringifies them again.
   */
  readonly serialise?: boolean;
}

export interface DocumentResult {
  readonly document: SourceDocument;
  readonly run: DocumentRun;
  /** With the `serialise` option: the layers as JSON texts, for Store.saveAnalyses. */
  readonly layerJson?: Readonly<Record<string, string>>;
}

/**
 * How to start a worker on the entry next to this file: the compiled .js directly (from dist); from src, the .ts
 * behind a two-line bootstrap that registers tsx first, because on Node 20 a worker does not inherit the main
 * thread's loader hooks and `--import tsx` in its execArgv does not apply to the worker's own entry module.
 */
function workerEntry(): { script: URL | string; eval: boolean; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./worker-entry.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return { script: url, eval: false, execArgv: [...process.execArgv] };
  const execArgv = process.execArgv.filter(
    (arg, i, all) => !/tsx/.test(arg) && !(arg === '--import' && /tsx/.test(all[i + 1] ?? '')),
  );
  const api = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const script = `import(${api}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`;
  return { script, eval: true, execArgv };
}

const rebuildError = (e: SerializedStageError): StageError => {
  const prefix = `stage ${e.stage}${e.documentId ? ` on document ${e.documentId}` : ''}: `;
  return new StageError(
    e.stage,
    e.documentId,
    e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message,
  );
};

const failedRun = (document: SourceDocument, message: string): DocumentRun => ({
  layers: {},
  errors: [new StageError('worker', document.id, message)],
  timings: {},
});

interface Job {
  readonly seq: number;
  readonly document: SourceDocument;
}

interface Slot {
  worker: Worker;
  /** Sent to this worker and not answered, oldest (the one running) first. */
  readonly pending: Job[];
  /** When the oldest pending job started running (ms, performance.now()). */
  headSince: number;
  ready: boolean;
  dead: boolean;
}

/** The pool proper: a set of workers, a queue, and the completed runs waiting for their turn. */
class DocumentPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  readonly results = new Map<number, DocumentResult>();
  private wake: (() => void) | null = null;
  private fatal: Error | null = null;
  private readonly entry = workerEntry();
  private readonly data: WorkerData;
  private watchdog: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: WorkerPoolOptions) {
    const r = options.resourceOptions;
    const dataDir = r?.dataDir instanceof URL ? fileURLToPath(r.dataDir) : r?.dataDir;
    this.data = {
      ...(options.registry ? { registry: String(options.registry) } : {}),
      ...(options.stages ? { stages: [...options.stages] } : {}),
      resourceOptions: {
        ...(dataDir !== undefined ? { dataDir } : {}),
        ...(r?.gazetteerFiles ? { gazetteerFiles: [...r.gazetteerFiles] } : {}),
        ...(r?.gazetteerCacheDir !== undefined ? { gazetteerCacheDir: r.gazetteerCacheDir } : {}),
      },
      ...(options.loadResources === false ? { loadResources: false } : {}),
      ...(options.serialise ? { serialise: true } : {}),
    };
  }

  get timeoutMs(): number {
    return this.options.documentTimeoutMs ?? DOCUMENT_TIMEOUT_MS;
  }

  /** Starts the workers and resolves when every one has loaded its resources. */
  async start(count: number): Promise<void> {
    const ready = Array.from({ length: count }, () => this.spawn());
    const every = Math.max(10, Math.min(1000, this.timeoutMs / 4));
    this.watchdog = setInterval(() => this.checkHangs(), every);
    this.watchdog.unref();
    await Promise.all(ready);
  }

  private spawn(): Promise<void> {
    return new Promise((resolve, reject) => {
      const worker = new Worker(this.entry.script, {
        eval: this.entry.eval,
        workerData: this.data,
        execArgv: this.entry.execArgv,
      });
      const slot: Slot = { worker, pending: [], headSince: 0, ready: false, dead: false };
      this.slots.push(slot);
      worker.on('message', (reply: WorkerReply) => {
        switch (reply.type) {
          case 'ready':
            slot.ready = true;
            resolve();
            this.dispatch();
            return;
          case 'setup-failed':
            this.fail(new Error(`worker could not start: ${reply.message}`));
            reject(this.fatal);
            return;
          case 'warn':
            this.options.warn?.(reply.message);
            return;
          case 'done':
          case 'failed':
            this.complete(slot, reply);
            return;
        }
      });
      worker.on('error', (error) => {
        if (!slot.ready) {
          this.fail(error);
          reject(error);
          return;
        }
        this.lose(slot, `worker crashed: ${error.message}`);
      });
      worker.on('exit', (code) => {
        if (!slot.ready && !this.closed) {
          const error = new Error(`worker exited with code ${code} before it was ready`);
          this.fail(error);
          reject(error);
          return;
        }
        this.lose(slot, `worker exited with code ${code}`);
      });
    });
  }

  private fail(error: Error): void {
    this.fatal ??= error;
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** A run came back: it waits in `results` until every earlier document has been yielded. */
  private complete(slot: Slot, reply: Extract<WorkerReply, { type: 'done' | 'failed' }>): void {
    const index = slot.pending.findIndex((j) => j.seq === reply.seq);
    if (index < 0) return;
    const [job] = slot.pending.splice(index, 1) as [Job];
    slot.headSince = performance.now();
    if (reply.type === 'failed') {
      this.results.set(job.seq, { document: job.document, run: failedRun(job.document, reply.message) });
    } else {
      const layers: Record<string, unknown> = {};
      for (const [name, items] of Object.entries(reply.layers)) layers[name] = Object.freeze(items);
      this.results.set(job.seq, {
        document: job.document,
        run: { layers: layers as Layers, errors: reply.errors.map(rebuildError), timings: reply.timings },
        ...(reply.layerJson ? { layerJson: reply.layerJson } : {}),
      });
    }
    this.dispatch();
    this.signal();
  }

  /**
   * A worker died or was stopped: the document it was running fails (it is the likely cause), the documents queued
   * behind it go back to the front of the queue, and a fresh worker takes its place.
   */
  private lose(slot: Slot, reason: string): void {
    if (slot.dead) return;
    slot.dead = true;
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    if (this.closed) return;
    const [running, ...queued] = slot.pending;
    if (running)
      this.results.set(running.seq, { document: running.document, run: failedRun(running.document, reason) });
    this.queue.unshift(...queued);
    this.options.warn?.(`worker pool: ${reason}${running ? ` (document ${running.document.id})` : ''}; restarting it`);
    this.spawn().catch(() => {});
    this.dispatch();
    this.signal();
  }

  private checkHangs(): void {
    const now = performance.now();
    for (const slot of this.slots) {
      const head = slot.pending[0];
      if (head && !slot.dead && now - slot.headSince > this.timeoutMs) {
        const reason = `timed out after ${this.timeoutMs} ms`;
        void slot.worker.terminate();
        this.lose(slot, reason);
      }
    }
  }

  submit(job: Job): void {
    this.queue.push(job);
    this.dispatch();
  }

  /** Sends queued documents to the least-busy ready workers, up to PREFETCH_PER_WORKER ahead of each. */
  private dispatch(): void {
    while (this.queue.length) {
      let best: Slot | null = null;
      for (const slot of this.slots) {
        if (!slot.ready || slot.dead || slot.pending.length > PREFETCH_PER_WORKER) continue;
        if (!best || slot.pending.length < best.pending.length) best = slot;
      }
      if (!best) return;
      const job = this.queue.shift() as Job;
      if (!best.pending.length) best.headSince = performance.now();
      best.pending.push(job);
      best.worker.postMessage({ type: 'run', seq: job.seq, document: job.document });
    }
  }

  /** Resolves at the next completion, worker loss or fatal error. */
  changed(): Promise<void> {
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve, reject) => {
      this.wake = () => (this.fatal ? reject(this.fatal) : resolve());
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.watchdog) clearInterval(this.watchdog);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}

/**
 * Runs the per-document stages of the registry on every document of `documents`, across `workers` threads, and
 * yields `{ document, run }` in input order. Reads at most `maxInFlight` documents ahead of the consumer. Breaking
 * out of the loop (or an input error) stops the workers. Throws only when a worker cannot start (e.g. a resource
 * fails to load); a document that fails, hangs or crashes its worker gets a StageError of stage `worker`.
 */
export async function* runDocumentStagesParallel(
  documents: AsyncIterable<SourceDocument> | Iterable<SourceDocument>,
  options: WorkerPoolOptions = {},
): AsyncGenerator<DocumentResult> {
  const workers = Math.max(1, options.workers ?? availableParallelism());
  const maxInFlight = Math.max(workers, options.maxInFlight ?? workers * 8);
  const pool = new DocumentPool(options);
  try {
    await pool.start(workers);
    const input =
      Symbol.asyncIterator in documents
        ? (documents as AsyncIterable<SourceDocument>)[Symbol.asyncIterator]()
        : (documents as Iterable<SourceDocument>)[Symbol.iterator]();
    let submitted = 0;
    let yielded = 0;
    let inputDone = false;
    while (true) {
      while (!inputDone && submitted - yielded < maxInFlight) {
        const next = await input.next();
        if (next.done) inputDone = true;
        else pool.submit({ seq: submitted++, document: next.value });
      }
      let result = pool.results.get(yielded);
      while (result) {
        pool.results.delete(yielded++);
        yield result;
        result = pool.results.get(yielded);
      }
      if (inputDone && yielded === submitted) return;
      if (submitted - yielded >= maxInFlight || inputDone) await pool.changed();
    }
  } finally {
    await pool.close();
  }
}
