// The casualty ledger on the project's own fictional corpus (examples/corpus, see examples/README.md "Casualty
// figures"): prints every figure with its document, category, outcome, qualifier, as_of, source and part_of.
//   node --import tsx eval/casualties/example-casualties.ts
import { basename, join } from 'node:path';
import type { ReportCasualtyFigure } from '../../src/report/sections/casualties.js';
import { repoRoot } from '../shared-dir.js';
import { analyzeCorpus } from './analyze-corpus.js';

const { documents, report, ms } = await analyzeCorpus(
  [join(repoRoot, 'examples', 'corpus')],
  [join(repoRoot, 'examples', 'gazetteer.tsv')],
);
const byId = new Map(documents.map((d) => [d.document.id, d.document]));
const sources = new Map(report.sources.map((s) => [s.id, s.name]));
const places = new Map(report.places.map((p) => [p.id, p.name]));
console.log(`casualties on examples/corpus (${documents.length} documents, ${ms.toFixed(0)} ms)`);
for (const [i, f] of (report.casualties as ReportCasualtyFigure[]).entries()) {
  const doc = byId.get(f.span.doc)!;
  const words = doc.text.slice(f.span.start, f.span.end);
  const bits = [
    `${String(i).padStart(2)} ${basename(doc.input).slice(0, 2)}`,
    `${f.qualifier === 'exactly' ? '' : `${f.qualifier} `}${f.count} ${f.category} ${f.outcome}`,
    `as_of ${f.as_of}`,
    f.period ? `period "${f.period}"` : '',
    f.place ? `at ${places.get(f.place)}` : '',
    `source ${f.source ? sources.get(f.source) : 'outlet'}`,
    f.part_of !== null ? `part_of #${f.part_of}` : '',
    `«${words}»`,
  ];
  console.log(bits.filter(Boolean).join(' | '));
}
