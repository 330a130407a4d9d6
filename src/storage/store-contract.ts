import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Layers } from '../model/index.js';
import { doc, layersOf, reportOf, unicodeTexts } from './contract-fixtures.js';
import { serialiseLayers } from './serialise.js';
import type { Store } from './store.js';
import { StoreError, type StoreErrorCode } from './store-error.js';

/** Asserts that `fn` throws a StoreError with `code`. */
function throwsCode(fn: () => unknown, code: StoreErrorCode): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof StoreError, `expected a StoreError, got ${String(e)}`);
    assert.equal(e.code, code);
    return true;
  });
}

/**
 * The suite every Store adapter must pass, so the adapters stay interchangeable. Each test gets a fresh store
 * from `makeStore` and closes it.
 */
export function runStoreContract(name: string, makeStore: () => Store | Promise<Store>): void {
  const withStore = (fn: (store: Store) => void) => async () => {
    const store = await makeStore();
    try {
      fn(store);
    } finally {
      store.close();
    }
  };

  describe(`Store contract: ${name}`, () => {
    describe('documents', () => {
      it(
        'saveDocument stores once and never replaces the text',
        withStore((store) => {
          const original = doc('d1', 'The ferry left at dawn.', { outlet: 'Harbour Gazette' });
          assert.equal(store.saveDocument(original), true);
          assert.equal(store.saveDocument(original), false);
          assert.equal(store.saveDocument(doc('d1', 'A different text under the same id.')), false);
          assert.deepEqual(store.getDocument('d1'), original);
          assert.equal(store.listDocuments().length, 1);
        }),
      );

      it(
        'getDocument gives null for an unknown id',
        withStore((store) => {
          assert.equal(store.getDocument('nope'), null);
          store.saveDocument(doc('d1', 'Some text.'));
          assert.equal(store.getDocument('d2'), null);
        }),
      );

      it(
        'listDocuments is oldest first, not sorted by id',
        withStore((store) => {
          for (const id of ['zulu', 'alpha', 'mike']) store.saveDocument(doc(id, `Text of ${id}.`));
          store.saveDocument(doc('alpha', 'saved again'));
          assert.deepEqual(
            store.listDocuments().map((d) => d.id),
            ['zulu', 'alpha', 'mike'],
          );
        }),
      );

      for (const [label, text] of unicodeTexts) {
        it(
          `keeps a text exactly: ${label}`,
          withStore((store) => {
            const original = doc('u1', text, { title: text.slice(0, 12), byline: 'מאת כתב' });
            store.saveDocument(original);
            const back = store.getDocument('u1');
            assert.equal(back?.text, text);
            assert.equal(back?.text.length, text.length);
            assert.deepEqual(back, original);
          }),
        );
      }

      it(
        'refuses a text with a lone surrogate instead of altering it',
        withStore((store) => {
          const broken = 'half a pair: \ud83d here';
          throwsCode(() => store.saveDocument(doc('bad', broken)), 'invalid_text');
          throwsCode(() => store.saveAnalysis(doc('bad', broken), layersOf()), 'invalid_text');
          assert.equal(store.getDocument('bad'), null);
          store.saveDocument(doc('ok', 'Whole text.'));
          throwsCode(() => store.saveDocument(doc('ok', broken)), 'invalid_text');
          assert.equal(store.getDocument('ok')?.text, 'Whole text.');
        }),
      );
    });

    describe('layers', () => {
      it(
        'round-trips annotation arrays with nested spans',
        withStore((store) => {
          store.saveDocument(doc('d1', 'Byline. Headline text here and more.'));
          const stored = layersOf('p1');
          store.saveLayers('d1', stored);
          assert.deepEqual(store.getLayers('d1'), stored);
        }),
      );

      it(
        'getLayers gives null for a document without layers or unknown',
        withStore((store) => {
          store.saveDocument(doc('d1', 'Text.'));
          assert.equal(store.getLayers('d1'), null);
          assert.equal(store.getLayers('unknown'), null);
        }),
      );

      it(
        'saveLayers replaces every layer of the document',
        withStore((store) => {
          store.saveDocument(doc('d1', 'Text.'));
          store.saveDocument(doc('d2', 'Other text.'));
          store.saveLayers('d1', layersOf('p1'));
          store.saveLayers('d2', layersOf('p1'));
          const outletOnly: Layers = { outlet: layersOf().layers.outlet ?? [], noise: undefined };
          store.saveLayers('d1', { layers: outletOnly, pipelineVersion: 'p2' });
          assert.deepEqual(store.getLayers('d1'), { layers: { outlet: outletOnly.outlet }, pipelineVersion: 'p2' });
          assert.deepEqual(store.getLayers('d2'), layersOf('p1'), 'other documents keep their layers');
          store.saveLayers('d1', { layers: {}, pipelineVersion: 'p3' });
          assert.equal(store.getLayers('d1'), null, 'an empty layers object clears');
        }),
      );

      it(
        'keeps empty layers and unusual strings inside items',
        withStore((store) => {
          store.saveDocument(doc('d1', 'Text.'));
          const outlet = [{ ...(layersOf().layers.outlet?.[0] ?? assert.fail()), name: 'lone \udc00 and 🛳️' }];
          const stored = { layers: { noise: [], outlet }, pipelineVersion: 'p1' };
          store.saveLayers('d1', stored);
          assert.deepEqual(store.getLayers('d1'), stored);
        }),
      );

      it(
        'saveLayers refuses an unknown document',
        withStore((store) => {
          throwsCode(() => store.saveLayers('ghost', layersOf()), 'unknown_document');
          assert.equal(store.getLayers('ghost'), null);
        }),
      );
    });

    describe('saveAnalysis', () => {
      it(
        'stores the document and its layers, then replaces the layers',
        withStore((store) => {
          const d = doc('d1', 'Text of an analysed document.');
          store.saveAnalysis(d, layersOf('p1'));
          assert.deepEqual(store.getDocument('d1'), d);
          assert.deepEqual(store.getLayers('d1'), layersOf('p1'));
          store.saveAnalysis(d, { layers: { noise: [] }, pipelineVersion: 'p2' });
          assert.deepEqual(store.getLayers('d1'), { layers: { noise: [] }, pipelineVersion: 'p2' });
          assert.equal(store.listDocuments().length, 1);
        }),
      );

      it(
        'writes nothing when the layers cannot be serialised',
        withStore((store) => {
          const bad = { noise: [{ id: 'n1', start: 0, end: 1n }] } as unknown as Layers;
          throwsCode(
            () => store.saveAnalysis(doc('d1', 'Text.'), { layers: bad, pipelineVersion: 'p1' }),
            'not_serialisable',
          );
          assert.equal(store.getDocument('d1'), null);
          assert.deepEqual(store.listDocuments(), []);
          store.saveAnalysis(doc('d2', 'Kept.'), layersOf('p1'));
          throwsCode(
            () => store.saveAnalysis(doc('d2', 'Kept.'), { layers: bad, pipelineVersion: 'p2' }),
            'not_serialisable',
          );
          assert.deepEqual(store.getLayers('d2'), layersOf('p1'), 'earlier layers survive a failed replace');
        }),
      );

      it(
        'refuses layers for a different text stored under the same id',
        withStore((store) => {
          store.saveAnalysis(doc('d1', 'The stored text.'), layersOf('p1'));
          throwsCode(() => store.saveAnalysis(doc('d1', 'Another text.'), layersOf('p2')), 'document_conflict');
          assert.equal(store.getDocument('d1')?.text, 'The stored text.');
          assert.deepEqual(store.getLayers('d1'), layersOf('p1'));
        }),
      );
    });

    describe('saveAnalyses', () => {
      it(
        'stores a batch of documents with layers given as objects or already serialised',
        withStore((store) => {
          const [d1, d2] = [doc('d1', 'First analysed text.'), doc('d2', 'Second analysed text.')];
          const stored = layersOf('p1');
          store.saveAnalyses([
            { document: d1, stored },
            { document: d2, stored: { layerJson: serialiseLayers('d2', stored.layers), pipelineVersion: 'p1' } },
          ]);
          assert.deepEqual(store.listDocuments(), [d1, d2]);
          assert.deepEqual(store.getLayers('d1'), stored);
          assert.deepEqual(store.getLayers('d2'), stored);
          assert.equal(store.getLayersVersion('d2'), 'p1');
          assert.equal(store.getLayersVersion('unknown'), null);
        }),
      );

      it(
        'writes none of the batch when one document fails',
        withStore((store) => {
          store.saveAnalysis(doc('d1', 'The stored text.'), layersOf('p1'));
          const bad = { noise: [{ id: 'n1', start: 0, end: 1n }] } as unknown as Layers;
          throwsCode(
            () =>
              store.saveAnalyses([
                { document: doc('d2', 'A new text.'), stored: layersOf('p2') },
                { document: doc('d3', 'Another new text.'), stored: { layers: bad, pipelineVersion: 'p2' } },
              ]),
            'not_serialisable',
          );
          throwsCode(
            () =>
              store.saveAnalyses([
                { document: doc('d2', 'A new text.'), stored: layersOf('p2') },
                { document: doc('d1', 'Not the stored text.'), stored: layersOf('p2') },
              ]),
            'document_conflict',
          );
          assert.deepEqual(
            store.listDocuments().map((d) => d.id),
            ['d1'],
          );
          assert.equal(store.getLayersVersion('d1'), 'p1');
        }),
      );
    });

    describe('reports', () => {
      it(
        'saves, lists oldest first and returns the latest',
        withStore((store) => {
          assert.equal(store.getLatestReport(), null);
          assert.deepEqual(store.listReports(), []);
          const first = reportOf('r1', ['d1', 'd2'], '2031-04-02T10:00:00.000Z');
          const second = reportOf('r2', ['d3'], '2031-04-01T09:00:00.000Z');
          store.saveReport(first);
          store.saveReport(second);
          assert.deepEqual(store.getLatestReport(), second, 'latest saved, whatever its createdAt');
          assert.deepEqual(store.listReports(), [
            { id: 'r1', createdAt: first.createdAt, documents: 2 },
            { id: 'r2', createdAt: second.createdAt, documents: 1 },
          ]);
        }),
      );

      it(
        'replaces a report saved again under the same id and makes it the latest',
        withStore((store) => {
          store.saveReport(reportOf('r1', ['d1']));
          store.saveReport(reportOf('r2', ['d2']));
          const again = reportOf('r1', ['d1', 'd2', 'd3']);
          store.saveReport(again);
          assert.deepEqual(store.getLatestReport(), again);
          assert.deepEqual(
            store.listReports().map((r) => [r.id, r.documents]),
            [
              ['r2', 1],
              ['r1', 3],
            ],
          );
        }),
      );
    });

    describe('reports by id', () => {
      it(
        'getReport returns a stored report, or null',
        withStore((store) => {
          assert.equal(store.getReport('r1'), null);
          const first = reportOf('r1', ['d1']);
          store.saveReport(first);
          store.saveReport(reportOf('r2', ['d2']));
          assert.deepEqual(store.getReport('r1'), first);
          assert.equal(store.getReport('r3'), null);
        }),
      );
    });

    describe('seen items', () => {
      it(
        'markSeen remembers keys; marking again changes nothing',
        withStore((store) => {
          assert.equal(store.hasSeen('url:https://news.test/a'), false);
          store.markSeen(['url:https://news.test/a', 'content:abc'], 'd1', '2031-04-01T10:00:00.000Z');
          store.markSeen(['url:https://news.test/a'], null, '2031-04-02T10:00:00.000Z');
          store.markSeen([], 'd9', '2031-04-02T10:00:00.000Z');
          assert.equal(store.hasSeen('url:https://news.test/a'), true);
          assert.equal(store.hasSeen('content:abc'), true);
          assert.equal(store.hasSeen('url:https://news.test/A'), false, 'keys are exact');
          store.markSeen(['url:https://news.test/dup'], null, '2031-04-02T10:00:00.000Z');
          assert.equal(store.hasSeen('url:https://news.test/dup'), true, 'a key without a document counts');
        }),
      );
    });

    describe('revisions', () => {
      const revision = (id: string, createdAt: string, changes: unknown = { new_documents: [id] }) => ({
        id,
        createdAt,
        reportId: `report-${id}`,
        previousReportId: id === 'v1' ? null : 'report-v0',
        changes,
      });

      it(
        'saves revisions and lists them oldest first, from a time on',
        withStore((store) => {
          assert.deepEqual(store.listRevisions(), []);
          const v1 = revision('v1', '2031-04-01T10:00:00.000Z');
          const v2 = revision('v2', '2031-04-01T11:00:00.000Z', { casualties: [{ from: 327, to: 412 }], note: 'ü 🚒' });
          const v3 = revision('v3', '2031-04-01T12:00:00.000Z');
          for (const v of [v1, v2, v3]) store.saveRevision(v);
          assert.deepEqual(store.listRevisions(), [v1, v2, v3]);
          assert.deepEqual(store.listRevisions('2031-04-01T11:00:00.000Z'), [v2, v3], 'since is inclusive');
          assert.deepEqual(store.listRevisions('2031-04-02T00:00:00.000Z'), []);
        }),
      );

      it(
        'replaces a revision saved again and refuses changes that are not JSON',
        withStore((store) => {
          store.saveRevision(revision('v1', '2031-04-01T10:00:00.000Z'));
          const again = revision('v1', '2031-04-01T10:00:00.000Z', { new_documents: [] });
          store.saveRevision(again);
          assert.deepEqual(store.listRevisions(), [again]);
          throwsCode(
            () => store.saveRevision(revision('v2', '2031-04-01T11:00:00.000Z', { n: 1n })),
            'not_serialisable',
          );
          throwsCode(
            () => store.saveRevision({ ...revision('v3', '2031-04-01T11:00:00.000Z'), changes: undefined }),
            'not_serialisable',
          );
          assert.equal(store.listRevisions().length, 1);
        }),
      );
    });

    describe('isolation and lifecycle', () => {
      it(
        'copies values in and out',
        withStore((store) => {
          const d = doc('d1', 'Text.', { title: 'Original title' });
          const stored = layersOf('p1');
          store.saveAnalysis(d, stored);
          (d.meta as { title: string | null }).title = 'changed by caller';
          (stored.layers.noise?.[0] as { kind: string }).kind = 'advert';
          const out = store.getDocument('d1');
          (out?.meta as { title: string | null }).title = 'changed again';
          assert.equal(store.getDocument('d1')?.meta.title, 'Original title');
          assert.equal(store.getLayers('d1')?.layers.noise?.[0]?.kind, 'byline');
          const report = reportOf('r1', ['d1']);
          store.saveReport(report);
          report.report.documents.length = 0;
          assert.equal(store.getLatestReport()?.report.documents.length, 1);
        }),
      );

      it('close is idempotent and later calls fail with store_closed', async () => {
        const store = await makeStore();
        store.close();
        store.close();
        throwsCode(() => store.listDocuments(), 'store_closed');
        throwsCode(() => store.saveDocument(doc('d1', 'Text.')), 'store_closed');
      });
    });
  });
}
