import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildReport } from '../../report/build-report.js';
import { documentsSection } from '../../report/sections/documents.js';
import { provenanceSection } from '../../report/sections/provenance.js';
import { checkReportReferences, validateReportSchema } from '../../report/validate-report.js';
import { contextOf } from '../../testing/document-of.js';
import { defaultProvenanceLexicon } from './load-lexicon.js';
import { provenance } from './provenance.js';
import { analyzed, COPY, INDEPENDENT, SPUN, WIRE } from './test-corpus.js';

describe('provenance report section', () => {
  const documents = [
    analyzed(WIRE, { published: '2031-05-06', language: 'en' }, {}, 'wire.txt'),
    analyzed(SPUN, { published: '2031-05-07', language: 'en' }, {}, 'spun.txt'),
    analyzed(COPY, { published: '2031-05-07', language: 'en' }, {}, 'copy.txt'),
    analyzed(INDEPENDENT, { published: '2031-05-06', language: 'en' }, {}, 'independent.txt'),
  ];
  const corpus = {
    provenance: provenance.run(documents, {}, contextOf({ provenanceLexicon: defaultProvenanceLexicon() })),
  };
  const report = buildReport({ generator: 'sitrep test', documents, rejected: [], corpus, includeText: false }, [
    documentsSection,
    provenanceSection,
  ]);

  it('writes a valid report whose spans lie in their documents', () => {
    const texts = new Map(documents.map((d) => [d.document.id, d.document.text]));
    assert.deepEqual([...validateReportSchema(report), ...checkReportReferences(report, texts)], []);
  });

  it('writes one link per stage link, with spans, similarity in 0–1 and no stage-only fields', () => {
    assert.equal(report.provenance.length, corpus.provenance.links.length);
    const rewrite = report.provenance.find((l) => l.relation === 'rewrite')!;
    assert.ok(rewrite.similarity > 0 && rewrite.similarity <= 1);
    const first = rewrite.aligned[0]!;
    assert.deepEqual(Object.keys(first).sort(), ['a', 'b', 'kind']);
    assert.equal(first.a.doc, rewrite.a);
    assert.equal(first.b.doc, rewrite.b);
  });

  it('writes nothing when the stage did not run', () => {
    const empty = buildReport({ generator: 'g', documents, rejected: [], corpus: {}, includeText: false }, [
      provenanceSection,
    ]);
    assert.deepEqual(empty.provenance, []);
  });
});
