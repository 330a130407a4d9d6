import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadResources } from '../../app/resources.js';
import { runDocumentStages } from '../../pipeline/run-stages.js';
import type { AnalyzedDocument, StageContext } from '../../pipeline/stage.js';
import { DOCUMENT_STAGES } from '../../pipeline/stages.js';
import { documentOf } from '../../testing/document-of.js';
import { buildReport } from '../build-report.js';

// Invented sentences. Without the sources corpus layer the section finds a figure's source by the speaker's names.
const ctx: StageContext = { resources: loadResources(), warn: () => {} };
const analyzed = (text: string): AnalyzedDocument => {
  const document = documentOf(text, { published: '2025-03-04' });
  return { document, layers: runDocumentStages(document, DOCUMENT_STAGES, ctx).layers };
};

describe('casualties section: source and place of each figure', () => {
  const docs = [
    analyzed('The Harbour Relief Council said 12 civilians were killed in Goma on Monday.'),
    analyzed('Four fighters were killed in Goma, the newspaper reported on Tuesday.'),
  ];
  const report = buildReport({ generator: 'test', documents: docs, rejected: [], corpus: {}, includeText: false });
  const figure = (count: number) => report.casualties.find((c) => c.count === count);

  it('a figure in a claim has the report source of its speaker', () => {
    const source = report.sources.find((s) => figure(12)?.source === s.id);
    assert.equal(source?.name, 'The Harbour Relief Council');
  });
  it('near miss: a figure the outlet states has no source', () => {
    assert.ok(figure(4));
    assert.equal(figure(4)?.source, null);
  });
  it('each figure has the report place named in its sentence, across documents', () => {
    const goma = report.places.find((p) => p.name === 'Goma')?.id;
    assert.ok(goma);
    assert.deepEqual([figure(12)?.place, figure(4)?.place], [goma, goma]);
  });
});
