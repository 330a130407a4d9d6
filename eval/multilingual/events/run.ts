// Events and casualty figures on invented articles in French, Spanish, German and Italian (articles/, expected in
// expected.json). Each article is analysed on its own (document stages, then fusion over that one document), so that
// no event of one article merges with another's. Prints, per language, the recall and precision of events (matched by
// ACLED sub-event type, each expected event at most once) and of casualty figures (matched by count and outcome,
// repeated figures of one article counted once), then the tuned and the held-out files (`heldout: true` in
// expected.json: written before the rules of their language, never tuned on) apart; `--verbose` lists what each
// article produced.
//   node --import tsx eval/multilingual/events/run.ts [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadResources } from '../../../src/app/resources.js';
import { ingestInputs } from '../../../src/ingest/index.js';
import { runCorpusStages, runDocumentStages } from '../../../src/pipeline/run-stages.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from '../../../src/pipeline/stages.js';
import { buildReport, REPORT_SECTIONS } from '../../../src/report/build-report.js';

const here = new URL('.', import.meta.url).pathname;
const verbose = process.argv.includes('--verbose');
const expected = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as Record<
  string,
  { events: string[]; casualties: [number, string][]; heldout?: boolean }
>;

const resources = loadResources();
const ctx = { resources, warn: () => {} };

interface Tally {
  expected: number;
  found: number;
  matched: number;
}
const blank = (): Tally => ({ expected: 0, found: 0, matched: 0 });
const byLang = new Map<string, { events: Tally; casualties: Tally }>();
const bySplit = new Map<string, { events: Tally; casualties: Tally }>();

/** Matches each found item to at most one expected item with the same key. */
function tally(into: Tally, want: readonly string[], got: readonly string[]): string[] {
  const left = [...want];
  const extra: string[] = [];
  for (const g of got) {
    const k = left.indexOf(g);
    if (k >= 0) left.splice(k, 1);
    else extra.push(g);
  }
  into.expected += want.length;
  into.found += got.length;
  into.matched += want.length - left.length;
  return [...left.map((m) => `missed ${m}`), ...extra.map((x) => `extra ${x}`)];
}

const files = readdirSync(join(here, 'articles'))
  .filter((f) => f.endsWith('.txt'))
  .sort();
for (const file of files) {
  const want = expected[file];
  if (!want) continue;
  const lang = file.slice(0, 2);
  for await (const item of ingestInputs([join(here, 'articles', file)])) {
    if (item.kind !== 'document') continue;
    const run = runDocumentStages(item.document, DOCUMENT_STAGES, ctx);
    for (const e of run.errors) console.error(`${file}: stage error: ${e.message}`);
    const documents = [{ document: item.document, layers: run.layers }];
    const corpus = runCorpusStages(documents, CORPUS_STAGES, ctx);
    const report = buildReport(
      { generator: 'eval multilingual events', documents, rejected: [], corpus: corpus.corpus, includeText: false },
      REPORT_SECTIONS,
    );
    const row = byLang.get(lang) ?? { events: blank(), casualties: blank() };
    byLang.set(lang, row);
    const split = want.heldout ? 'held-out' : 'tuned';
    const splitRow = bySplit.get(split) ?? { events: blank(), casualties: blank() };
    bySplit.set(split, splitRow);
    const events = report.events.map((e) => e.sub_event_type ?? e.event_type);
    const figures = [...new Set(report.casualties.map((c) => `${c.count} ${c.outcome}`))];
    const wantFigures = want.casualties.map(([n, o]) => `${n} ${o}`);
    const evDiff = tally(row.events, want.events, events);
    const caDiff = tally(row.casualties, wantFigures, figures);
    tally(splitRow.events, want.events, events);
    tally(splitRow.casualties, wantFigures, figures);
    if (verbose) {
      console.log(`${file} (language ${item.document.meta.language ?? '?'})`);
      for (const e of report.events)
        console.log(`  event ${e.event_type} / ${e.sub_event_type} | ${e.date ?? '-'} | fat=${e.fatalities ?? '-'}`);
      console.log(`  figures ${figures.join('; ') || '-'}`);
      for (const d of [...evDiff, ...caDiff]) console.log(`  ${d}`);
    }
  }
}

const pct = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
const line = (label: string, row: { events: Tally; casualties: Tally }) => {
  const e = row.events;
  const c = row.casualties;
  console.log(
    `${label.padEnd(9)} ${pct(e.matched, e.expected)} / ${pct(e.matched, e.found)} (${e.matched}/${e.expected}, ${e.found} found)   ${pct(c.matched, c.expected)} / ${pct(c.matched, c.found)} (${c.matched}/${c.expected}, ${c.found} found)`,
  );
};
const total = { events: blank(), casualties: blank() };
console.log('lang      events R / P            casualties R / P');
for (const [lang, row] of [...byLang].sort()) {
  for (const k of ['events', 'casualties'] as const) {
    total[k].expected += row[k].expected;
    total[k].found += row[k].found;
    total[k].matched += row[k].matched;
  }
  line(lang, row);
}
line('all', total);
for (const [split, row] of [...bySplit].sort()) line(split, row);
