// Worker-thread entry of the document pool (worker-pool.ts). Loads the stage registry and the resources ONCE (a
// structured clone of the gazetteer would cost more than loading it), then runs the per-document stages on every
// document it is sent and posts back the run. A failure inside one document never ends the worker.
import { parentPort, workerData } from 'node:worker_threads';
import type { Layers, SourceDocument } from '../model/index.js';
import type { DocumentRun } from './run-stages.js';
import { runDocumentStages } from './run-stages.js';
import type { AnyDocumentStage, StageContext, StageResources } from './stage.js';
import type { SerializedStageError, WorkerData, WorkerReply, WorkerRequest } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('worker-entry.ts must run in a worker thread (see worker-pool.ts)');
const data = workerData as WorkerData;

const serializeError = (e: { stage: string; documentId: string | null; message: string }): SerializedStageError => ({
  stage: e.stage,
  documentId: e.documentId,
  message: e.message,
});

async function setUp(): Promise<{ stages: readonly AnyDocumentStage[]; ctx: StageContext }> {
  // The registry module exports DOCUMENT_STAGES and may export loadResources (tests pass a small one); by default
  // the real registry and the application's resource loader.
  const registry = (await import(data.registry ?? new URL('./stages.js', import.meta.url).href)) as {
    DOCUMENT_STAGES: readonly AnyDocumentStage[];
    loadResources?: (options: object) => StageResources;
  };
  const load =
    registry.loadResources ??
    (
      (await import(new URL('../app/resources.js', import.meta.url).href)) as {
        loadResources: (options: object) => StageResources;
      }
    ).loadResources;
  const warn = (message: string) => port?.postMessage({ type: 'warn', message } satisfies WorkerReply);
  const resources = data.loadResources === false ? ({} as StageResources) : load({ ...data.resourceOptions, warn });
  const wanted = data.stages ? new Set(data.stages) : null;
  const stages = registry.DOCUMENT_STAGES.filter((s) => !wanted || wanted.has(s.name));
  return { stages, ctx: { resources, warn } };
}

function runOne(document: SourceDocument, stages: readonly AnyDocumentStage[], ctx: StageContext): DocumentRun {
  return runDocumentStages(document, stages, ctx);
}

/**
 * The layers as one JSON text per defined layer (what the store writes), or null when one cannot be serialised:
 * the objects then go back as they are and the store reports the error as it would have.
 */
function layerJson(layers: Layers): Record<string, string> | null {
  const out: Record<string, string> = {};
  try {
    for (const [name, items] of Object.entries(layers)) {
      if (items === undefined) continue;
      const json = JSON.stringify(items);
      if (json === undefined) return null;
      out[name] = json;
    }
  } catch {
    return null;
  }
  return out;
}

setUp().then(
  ({ stages, ctx }) => {
    port.on('message', (request: WorkerRequest) => {
      if (request.type !== 'run') return;
      let reply: WorkerReply;
      try {
        const run = runOne(request.document, stages, ctx);
        // Strings cross threads by a copy of their bytes; objects by a structured clone that the main thread would
        // then have to stringify again to store them.
        const json = data.serialise ? layerJson(run.layers) : null;
        reply = {
          type: 'done',
          seq: request.seq,
          layers: json ? {} : run.layers,
          ...(json ? { layerJson: json } : {}),
          errors: run.errors.map(serializeError),
          timings: run.timings,
        };
        port.postMessage(reply);
      } catch (cause) {
        // The runner catches stage errors itself; this is the runner failing or a layer that cannot be cloned.
        port.postMessage({
          type: 'failed',
          seq: request.seq,
          message: cause instanceof Error ? cause.message : String(cause),
        } satisfies WorkerReply);
      }
    });
    port.postMessage({ type: 'ready', stages: stages.map((s) => s.name) } satisfies WorkerReply);
  },
  (cause: unknown) => {
    port.postMessage({
      type: 'setup-failed',
      message: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause),
    } satisfies WorkerReply);
  },
);
