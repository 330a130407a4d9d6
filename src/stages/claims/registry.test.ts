import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../pipeline/stage.js';
import { buildReport } from '../../report/build-report.js';
import { claimsSection } from '../../report/sections/claims.js';
import { documentsSection } from '../../report/sections/documents.js';
import { checkReportReferences, validateReportSchema } from '../../report/validate-report.js';
import { documentOf } from '../../testing/document-of.js';
import { buildSourceRegistry } from './registry.js';
import { claimsOf, plainSentences } from './test-helpers.js';

function analyzed(texts: string[]): AnalyzedDocument[] {
  return texts.map((text, i) => {
    const document = documentOf(text, {}, `doc-${i}.txt`);
    return { document, layers: { noise: [], sentences: plainSentences(text), claims: claimsOf(text) } };
  });
}

const nameOf = (docs: AnalyzedDocument[], d: number, c: number) => {
  const reg = buildSourceRegistry(docs);
  const claim = docs[d]!.layers.claims![c]!;
  const id = reg.keys[docs[d]!.document.id]![claim.speaker!.key]!;
  return { id, source: reg.sources.find((s) => s.id === id)! };
};

describe('source registry across documents', () => {
  it('a name and its acronym in another document are one source', () => {
    const docs = analyzed([
      'Nine people died, according to the Lorvan Observatory for Civil Rights (LOCR).',
      'LOCR said the toll had risen to 14.',
    ]);
    const a = nameOf(docs, 0, 0);
    const b = nameOf(docs, 1, 0);
    assert.equal(a.id, b.id);
    assert.equal(a.source.name, 'Lorvan Observatory for Civil Rights');
    assert.ok(a.source.aliases.includes('LOCR'));
  });

  it('spelling variants of a person’s name are one source', () => {
    const docs = analyzed([
      'Kremlin spokesman Dmitry Petrov said Moscow was concerned.',
      'Kremlin spokesperson Dmitri Petrov said the talks would go on.',
    ]);
    assert.equal(nameOf(docs, 0, 0).id, nameOf(docs, 1, 0).id);
    assert.equal(nameOf(docs, 0, 0).source.kind, 'person');
    assert.equal(nameOf(docs, 0, 0).source.affiliation, 'Kremlin, Russia');
  });

  it('unnamed sources are never merged across documents', () => {
    const docs = analyzed(['Shops reopened in Varno, residents said.', 'The market burned down, residents said.']);
    assert.notEqual(nameOf(docs, 0, 0).id, nameOf(docs, 1, 0).id);
    assert.equal(nameOf(docs, 0, 0).source.kind, 'unnamed');
  });

  it('a person and an organisation of similar names stay apart', () => {
    const docs = analyzed(['Anna Kessa said the road was open.', 'The Kessa Council said the road was closed.']);
    assert.notEqual(nameOf(docs, 0, 0).id, nameOf(docs, 1, 0).id);
  });
});

describe('claims report section', () => {
  it('writes contract-valid sources and claims whose ids resolve', () => {
    const texts = [
      'The rebels claimed to have taken Ostra. The Kessa Herald could not independently verify these claims.',
      '“We hold the bridge,” said Colonel Ana Brisk. It was reported that the dam had been hit.',
    ];
    const documents = analyzed(texts);
    const report = buildReport({ generator: 'sitrep test', documents, rejected: [], corpus: {}, includeText: false }, [
      documentsSection,
      claimsSection,
    ]);
    assert.deepEqual(validateReportSchema(report), []);
    const byId = new Map(documents.map((d) => [d.document.id, d.document.text]));
    assert.deepEqual(checkReportReferences(report, byId), []);
    assert.equal(report.claims.length, 3);
    const ids = new Set(report.sources.map((s) => s.id));
    for (const c of report.claims) {
      if (c.source !== null) assert.ok(ids.has(c.source));
      assert.equal(c.group, null);
    }
    assert.deepEqual(
      report.claims.map((c) => c.status),
      ['unverified', 'asserted', 'claimed'],
    );
    const passive = report.claims[2]!;
    assert.equal(passive.source, null);
    assert.equal(passive.source_span, null);
  });
});
