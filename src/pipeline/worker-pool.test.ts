import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceDocument } from '../model/index.js';
import { documentOf } from '../testing/document-of.js';
import { type DocumentResult, runDocumentStagesParallel } from './worker-pool.js';

const registry = new URL('../../bench/pool-fixture-registry.ts', import.meta.url);

async function collect(iterable: AsyncIterable<DocumentResult>): Promise<DocumentResult[]> {
  const out: DocumentResult[] = [];
  for await (const r of iterable) out.push(r);
  return out;
}

async function* slowly(texts: readonly string[], delayMs = 0): AsyncGenerator<SourceDocument> {
  for (const [i, text] of texts.entries()) {
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    yield documentOf(text, {}, `doc-${i}.txt`);
  }
}

describe('runDocumentStagesParallel', () => {
  it('yields every document in input order with the layers of the registry', async () => {
    const texts = Array.from({ length: 60 }, (_, i) => `Report number ${i}. ${'word '.repeat(i % 7)}`);
    const results = await collect(runDocumentStagesParallel(slowly(texts), { registry, workers: 2, maxInFlight: 4 }));
    assert.deepEqual(
      results.map((r) => r.document.text),
      texts,
    );
    for (const r of results) {
      assert.deepEqual(r.run.errors, []);
      assert.equal(r.run.layers.sentences?.[0]?.end, r.document.text.length);
      assert.ok(Object.isFrozen(r.run.layers.noise));
    }
  });

  it('with serialise, sends the layers back as the JSON texts the store writes, and no layer objects', async () => {
    const texts = ['First fictional report.', 'Second fictional report, a little longer.'];
    const results = await collect(runDocumentStagesParallel(slowly(texts), { registry, workers: 2, serialise: true }));
    for (const r of results) {
      assert.deepEqual(r.run.layers, {});
      const sentences = JSON.parse(r.layerJson?.sentences ?? 'null') as { end: number }[];
      assert.equal(sentences[0]?.end, r.document.text.length);
    }
    const plain = await collect(runDocumentStagesParallel(slowly(texts), { registry, workers: 1 }));
    assert.equal(plain[0]?.layerJson, undefined, 'without the option, objects as before');
  });

  it('turns a throwing stage into a StageError for that document and skips its dependants', async () => {
    const results = await collect(
      runDocumentStagesParallel(slowly(['fine one', 'please THROW here', 'fine two']), { registry, workers: 2 }),
    );
    assert.deepEqual(
      results.map((r) => r.run.errors.map((e) => e.stage)),
      [[], ['noise', 'sentences'], []],
    );
    assert.match(results[1]!.run.errors[0]!.message, /asked to throw/);
    assert.equal(results[1]!.run.errors[0]!.documentId, results[1]!.document.id);
  });

  it('survives a document that kills its worker, one that hangs and one whose layer cannot be cloned', async () => {
    const warnings: string[] = [];
    const texts = ['a', 'then EXIT', 'b', 'now HANG', 'c', 'CLONE me', 'd'];
    const results = await collect(
      runDocumentStagesParallel(slowly(texts), {
        registry,
        workers: 2,
        documentTimeoutMs: 400,
        warn: (m) => warnings.push(m),
      }),
    );
    assert.deepEqual(
      results.map((r) => r.document.text),
      texts,
    );
    const failed = results.filter((r) => r.run.errors.length).map((r) => r.document.text);
    assert.deepEqual(failed, ['then EXIT', 'now HANG', 'CLONE me']);
    for (const r of results.filter((x) => x.run.errors.length)) assert.equal(r.run.errors[0]!.stage, 'worker');
    assert.match(results[3]!.run.errors[0]!.message, /timed out/);
    assert.ok(warnings.some((w) => /restarting/.test(w)));
  });

  it('reads no further than maxInFlight ahead of the consumer, and stops the workers when the loop breaks', async () => {
    let read = 0;
    async function* counted(): AsyncGenerator<SourceDocument> {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield documentOf(`text ${i}`);
      }
    }
    let seen = 0;
    for await (const _ of runDocumentStagesParallel(counted(), { registry, workers: 2, maxInFlight: 5 })) {
      seen++;
      if (seen === 3) break;
    }
    assert.ok(read <= 3 + 5 + 1, `read ${read} documents`);
  });

  it('fails loudly when the workers cannot start', async () => {
    await assert.rejects(
      collect(
        runDocumentStagesParallel(slowly(['x']), { registry: new URL('./no-such-registry.ts', import.meta.url) }),
      ),
      /worker could not start/,
    );
  });
});
