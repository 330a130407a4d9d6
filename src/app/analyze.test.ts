import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DOCUMENT_STAGES as FIXTURE_STAGES } from '../../bench/pool-fixture-registry.js';
import type { IngestItem } from '../ingest/index.js';
import type { StageResources } from '../pipeline/stage.js';
import { type AnalysisToSave, MemoryStore } from '../storage/index.js';
import { documentOf } from '../testing/document-of.js';
import { analyze, STORE_BATCH_DOCUMENTS } from './analyze.js';

/** A memory store that records the size of every saveAnalyses batch. */
class CountingStore extends MemoryStore {
  readonly batches: number[] = [];
  override saveAnalyses(batch: readonly AnalysisToSave[]): void {
    this.batches.push(batch.length);
    super.saveAnalyses(batch);
  }
}

async function* items(count: number): AsyncGenerator<IngestItem> {
  for (let i = 0; i < count; i++) {
    yield {
      kind: 'document',
      document: documentOf(`Dispatch ${i} from the river crossing at Vellin.`, {}, `d${i}.txt`),
    };
  }
}

const run = (store: MemoryStore, count: number) =>
  analyze({
    items: items(count),
    store,
    context: { resources: {} as StageResources, warn: () => {} },
    documentStages: FIXTURE_STAGES,
    corpusStages: [],
  });

describe('analyze', () => {
  it('writes documents and layers to the store in batches and reads them back for the report, in input order', async () => {
    const store = new CountingStore();
    const count = STORE_BATCH_DOCUMENTS + 6;
    const result = await run(store, count);
    assert.deepEqual(store.batches, [STORE_BATCH_DOCUMENTS, 6]);
    assert.deepEqual(
      result.report.documents.map((d) => d.input),
      Array.from({ length: count }, (_, i) => `d${i}.txt`),
    );
    const first = store.listDocuments()[0]!;
    assert.equal(store.getLayers(first.id)?.layers.sentences?.[0]?.end, first.text.length);
    assert.ok(result.timings.documentPhaseMs >= result.timings.storeWriteMs);
  });

  it('resumes from the stored layers: a second run computes and writes nothing and reports the same documents', async () => {
    const store = new CountingStore();
    const first = await run(store, 3);
    store.batches.length = 0;
    const second = await run(store, 3);
    assert.deepEqual(store.batches, []);
    assert.equal(second.alreadyStored, 3);
    assert.deepEqual(second.report.documents, first.report.documents);
  });
});
