import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentMeta, Layers } from '../../model/index.js';
import type { AnalyzedDocument } from '../../pipeline/stage.js';
import { analyzeWith, contextOf, documentOf } from '../../testing/document-of.js';
import { dates, defaultDateLexicon } from '../dates/index.js';
import { defaultNoiseLexicon, noise } from '../noise/index.js';
import { defaultSentenceLexicon, sentences } from '../sentences/index.js';
import { type PublicationDates, publication } from './index.js';

const ctx = () =>
  contextOf({
    noiseLexicon: defaultNoiseLexicon(),
    sentenceLexicon: defaultSentenceLexicon(),
    dateLexicon: defaultDateLexicon(),
  });

function analyzed(text: string, meta: Partial<DocumentMeta> = {}, input = 'doc.txt'): AnalyzedDocument {
  const document = documentOf(text, { language: 'en', ...meta }, input);
  return { document, layers: analyzeWith([noise, sentences, dates], document, ctx()) as Layers };
}

function run(docs: AnalyzedDocument[]): { layer: PublicationDates; warnings: string[] } {
  const c = ctx();
  const layer = publication.run(docs, {}, c) as PublicationDates;
  return { layer, warnings: c.warnings };
}

// A fictional story, written for these tests. 9 March 2024 is a Saturday.
const DATED = [
  'Militia fighters seized the Qarn bridge over the Talvet river on Saturday, residents of Ostrava said.',
  'The assault on the Qarn bridge began on Wednesday when the Korvan Brigade crossed the Talvet valley.',
  'Government aircraft struck the Ostrava market on Thursday, killing six people, the Talvet monitor said.',
].join('\n\n');

const UNDATED = [
  'On Saturday, Korvan Brigade fighters took the Qarn bridge after heavy clashes near Ostrava.',
  'The brigade had launched its assault on the Talvet valley on Wednesday.',
  'Aircraft hit the Ostrava market on Thursday, the monitor said.',
].join('\n\n');

const UNRELATED = 'The Veltran parliament approved the harbour budget on Tuesday after a long debate in Sarn.';

describe('publication: precedence', () => {
  it('metadata first; the agreeing text date is kept as evidence', () => {
    const doc = analyzed('Published 9 March 2024\n\nThe bridge fell.', {
      published: '2024-03-09',
      publishedBasis: 'metadata',
    });
    const f = run([doc]).layer.documents[doc.document.id];
    assert.deepEqual(
      [f?.published, f?.basis, f?.evidence.map((e) => e.kind)],
      ['2024-03-09', 'metadata', ['published']],
    );
  });
  it('the text when there is no metadata: a "Published" line', () => {
    const doc = analyzed('Published 9 March 2024\n\nThe bridge fell on Saturday.');
    const f = run([doc]).layer.documents[doc.document.id];
    assert.deepEqual([f?.published, f?.basis, f?.rule], ['2024-03-09', 'text', 'text:published']);
  });
  it("the user's date wins over a disagreeing text date, which is kept as a conflict and warned about", () => {
    const doc = analyzed('Published 9 March 2024\n\nThe bridge fell.', {
      published: '2024-03-11',
      publishedBasis: 'user',
    });
    const { layer, warnings } = run([doc]);
    const f = layer.documents[doc.document.id];
    assert.deepEqual(
      [f?.published, f?.basis, f?.conflicts.map((e) => e.value)],
      ['2024-03-11', 'user', ['2024-03-09']],
    );
    assert.equal(warnings.length, 1);
  });
  it('nothing at all: null, and no date is invented', () => {
    const doc = analyzed(UNDATED);
    const f = run([doc]).layer.documents[doc.document.id];
    assert.deepEqual([f?.published, f?.basis, f?.rule], [null, null, 'none']);
  });
});

describe('publication: inference across documents', () => {
  it('an undated report of the same events is dated by its aligned weekday phrases', () => {
    const dated = analyzed(DATED, { published: '2024-03-09', publishedBasis: 'metadata' }, 'dated.txt');
    const undated = analyzed(UNDATED, {}, 'undated.txt');
    const f = run([dated, undated]).layer.documents[undated.document.id];
    assert.equal(f?.published, '2024-03-09');
    assert.equal(f?.basis, 'inferred');
    const aligned = (f?.evidence ?? [])
      .filter((e) => e.kind === 'aligned')
      .map((e) => undated.document.text.slice(e.start, e.end));
    assert.ok(aligned.includes('Saturday') && aligned.includes('Wednesday'), aligned.join(','));
    assert.ok(f?.evidence.some((e) => e.kind === 'anchor' && e.doc === dated.document.id));
    // the undated document's relative phrases are resolved against the inferred date
    const wed = (undated.layers.dates ?? []).find((m) => undated.document.text.slice(m.start, m.end) === 'Wednesday');
    assert.equal(wed && f?.resolved[wed.id], '2024-03-06');
  });
  it('the latest day reported as past bounds the date: a Thursday report is dated Thursday', () => {
    const dated = analyzed(DATED, { published: '2024-03-09', publishedBasis: 'metadata' }, 'dated.txt');
    const thursday = analyzed(
      'The Korvan Brigade launched its assault on the Talvet valley on Wednesday.\n\nAircraft hit the Ostrava market on Thursday, the monitor said.',
      {},
      'thursday.txt',
    );
    assert.equal(run([dated, thursday]).layer.documents[thursday.document.id]?.published, '2024-03-07');
  });
  it('a future weekday keeps the date before it', () => {
    const dated = analyzed(DATED, { published: '2024-03-09', publishedBasis: 'metadata' }, 'dated.txt');
    const future = analyzed(
      'Korvan Brigade fighters took the Qarn bridge near Ostrava on Saturday.\n\nThe Talvet monitor will publish its count on Monday.',
      {},
      'future.txt',
    );
    assert.equal(run([dated, future]).layer.documents[future.document.id]?.published, '2024-03-09');
  });
  it('an unrelated document is not dated by another story', () => {
    const dated = analyzed(DATED, { published: '2024-03-09', publishedBasis: 'metadata' }, 'dated.txt');
    const other = analyzed(UNRELATED, {}, 'other.txt');
    assert.equal(run([dated, other]).layer.documents[other.document.id]?.published, null);
  });
  it('the order of the input does not matter', () => {
    const dated = analyzed(DATED, { published: '2024-03-09', publishedBasis: 'metadata' }, 'dated.txt');
    const undated = analyzed(UNDATED, {}, 'undated.txt');
    const a = run([dated, undated]).layer.documents[undated.document.id]?.published;
    const b = run([undated, dated]).layer.documents[undated.document.id]?.published;
    assert.equal(a, b);
  });
});
