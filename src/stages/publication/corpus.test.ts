/**
 * Publication-date inference on whole fictional corpora written for sitrep:
 *  - the project's example corpus (examples/corpus), through the real pipeline (ingest → every registered stage →
 *    publication), whose two undated articles must get the dates examples/README.md expects;
 *  - a check set written for this test (fixtures/ammel-dam: another story, month and set of weekdays), dated with
 *    every document's date hidden in turn, so that the inference is not tuned to one corpus.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../app/analyze.js';
import { loadResources } from '../../app/resources.js';
import { ingestInputs } from '../../ingest/index.js';
import type { DocumentMeta, Layers } from '../../model/index.js';
import type { AnalyzedDocument } from '../../pipeline/stage.js';
import { MemoryStore } from '../../storage/index.js';
import { analyzeWith, contextOf, documentOf } from '../../testing/document-of.js';
import { dates, defaultDateLexicon } from '../dates/index.js';
import { defaultNoiseLexicon, noise } from '../noise/index.js';
import { defaultSentenceLexicon, sentences } from '../sentences/index.js';
import { type PublicationDates, publication } from './index.js';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/ammel-dam/', import.meta.url));

describe('publication: the example corpus through the pipeline', async () => {
  const resources = loadResources({ gazetteerFiles: [`${EXAMPLES}gazetteer.tsv`], gazetteerCacheDir: null });
  const { report } = await analyze({
    items: ingestInputs([`${EXAMPLES}corpus`]),
    store: new MemoryStore(),
    context: { resources, warn: () => {} },
  });
  const byFile = new Map(report.documents.map((d) => [basename(d.input), d]));
  const cases: [file: string, published: string, basis: string][] = [
    ['04-talvesh-outskirts.txt', '2025-10-08', 'inferred'],
    ['07-bab-sabri-crossing.txt', '2025-10-09', 'inferred'],
    ['05-talvesh-exodus.html', '2025-10-08', 'metadata'],
    ['06-day-four.md', '2025-10-09', 'metadata'],
  ];
  for (const [file, published, basis] of cases) {
    it(`${file} → ${published} (${basis})`, () => {
      const d = byFile.get(file);
      assert.deepEqual([d?.published?.slice(0, 10), d?.published_basis], [published, basis]);
    });
  }
});

interface FixtureEntry {
  readonly file: string;
  readonly published: string;
}

const manifest = readFileSync(`${FIXTURE}manifest.jsonl`, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as FixtureEntry);
/** The date each fixture article was written on (the undated one's from the fixture README). */
const EXPECTED: Readonly<Record<string, string>> = {
  ...Object.fromEntries(manifest.map((m) => [m.file, m.published.slice(0, 10)])),
  '04-undated-dam-road.txt': '2026-06-10',
};

const ctx = () =>
  contextOf({
    noiseLexicon: defaultNoiseLexicon(),
    sentenceLexicon: defaultSentenceLexicon(),
    dateLexicon: defaultDateLexicon(),
  });

/** Every fixture article, those not in `hidden` with their manifest date. */
function fixture(hidden: ReadonlySet<string>): AnalyzedDocument[] {
  const files = readdirSync(FIXTURE).filter((f) => f.endsWith('.txt'));
  return files.map((file) => {
    const entry = manifest.find((m) => m.file === file);
    const meta: Partial<DocumentMeta> =
      entry && !hidden.has(file)
        ? { language: 'en', published: entry.published, publishedBasis: 'metadata' }
        : { language: 'en' };
    const document = documentOf(readFileSync(FIXTURE + file, 'utf8'), meta, file);
    return { document, layers: analyzeWith([noise, sentences, dates], document, ctx()) as Layers };
  });
}

describe('publication: a fictional check set (fixtures/ammel-dam), each date hidden in turn', () => {
  const cases: [hide: string[], file: string][] = [
    [[], '04-undated-dam-road.txt'],
    [['01-dam-seized.txt'], '01-dam-seized.txt'],
    [['02-dam-road-shelled.txt'], '02-dam-road-shelled.txt'],
    [['03-talks-announced.txt'], '03-talks-announced.txt'],
  ];
  for (const [hide, file] of cases) {
    it(`${file} → ${EXPECTED[file]}`, () => {
      const docs = fixture(new Set(hide));
      const layer = publication.run(docs, {}, ctx()) as PublicationDates;
      const doc = docs.find((d) => d.document.input === file);
      const f = doc && layer.documents[doc.document.id];
      assert.deepEqual([f?.published, f?.basis], [EXPECTED[file], 'inferred']);
    });
  }
  it('with every date hidden nothing is invented', () => {
    const docs = fixture(new Set(manifest.map((m) => m.file)));
    const layer = publication.run(docs, {}, ctx()) as PublicationDates;
    assert.deepEqual(
      Object.values(layer.documents).map((f) => f.published),
      docs.map(() => null),
    );
  });
});
