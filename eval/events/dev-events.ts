// Events on the dev corpus (../shared/corpus/aleppo-2024): runs the registered stages plus claims, events and fusion
// (added here until they are registered), builds the report with the events and contradictions sections, prints the
// reference scorer's `events` section and a breakdown by gold event type. `--examples` runs examples/corpus (the
// fictional corpus written for sitrep) instead and lists the events found; `--mentions` lists every document's event
// mentions (type, trigger, date, place, actors, back-reference) before fusion. Exits 0 (saying so) without ../shared.
//   node --import tsx eval/events/dev-events.ts [--examples] [--verbose] [--mentions]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadResources } from '../../src/app/resources.js';
import { ingestInputs } from '../../src/ingest/index.js';
import { runCorpusStages, runDocumentStages } from '../../src/pipeline/run-stages.js';
import type { AnalyzedDocument, AnyCorpusStage, AnyDocumentStage, StageResources } from '../../src/pipeline/stage.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from '../../src/pipeline/stages.js';
import { buildReport, REPORT_SECTIONS } from '../../src/report/build-report.js';
import type { ReportEvent } from '../../src/report/contract.js';
import type { ReportSection } from '../../src/report/report-input.js';
import { claimsSection } from '../../src/report/sections/claims.js';
import { contradictionsSection } from '../../src/report/sections/contradictions.js';
import { eventsSection } from '../../src/report/sections/events.js';
import { claims, loadClaimResources } from '../../src/stages/claims/index.js';
import { events, loadEventLexicon } from '../../src/stages/events/index.js';
import { fusion } from '../../src/stages/fusion/index.js';
import { runSeedScorer } from '../scorer.js';
import { repoRoot, sharedDir, skipWithoutShared } from '../shared-dir.js';

const examples = process.argv.includes('--examples');
const verbose = process.argv.includes('--verbose');
const shared = examples ? null : (sharedDir() ?? skipWithoutShared('eval:events (dev)'));
const corpus = examples ? join(repoRoot, 'examples', 'corpus') : join(shared as string, 'corpus', 'aleppo-2024');

const withStage = <T extends { name: string }>(list: readonly T[], ...add: T[]): T[] => [
  ...list,
  ...add.filter((s) => !list.some((x) => x.name === s.name)),
];
const documentStages: AnyDocumentStage[] = withStage<AnyDocumentStage>(DOCUMENT_STAGES, claims, events);
const corpusStages: AnyCorpusStage[] = withStage<AnyCorpusStage>(CORPUS_STAGES, fusion);
const sections: ReportSection[] = [...REPORT_SECTIONS];
for (const s of [claimsSection, eventsSection, contradictionsSection]) if (!sections.includes(s)) sections.push(s);

const base = loadResources(examples ? { gazetteerFiles: [join(repoRoot, 'examples', 'gazetteer.tsv')] } : {});
const resources = { ...base, claims: loadClaimResources(), eventLexicon: loadEventLexicon() } as StageResources;
const ctx = { resources, warn: (m: string) => verbose && console.error(`warning: ${m}`) };

const started = performance.now();
const documents: AnalyzedDocument[] = [];
for await (const item of ingestInputs([corpus])) {
  if (item.kind !== 'document') continue;
  const run = runDocumentStages(item.document, documentStages, ctx);
  for (const e of run.errors) console.error(`stage error: ${e.message}`);
  documents.push({ document: item.document, layers: run.layers });
}
if (process.argv.includes('--mentions')) {
  for (const { document, layers } of documents) {
    console.log(`== ${basename(document.input)}`);
    for (const m of layers.events ?? []) {
      const where = m.place ? `${m.place.name} g${m.place.geoPrecision} ${m.place.area ?? '-'}` : '-';
      const back = `${m.antecedent ? ` <-${m.antecedent.mention}` : ''}${m.aggregate ? ` AGG[${m.regions?.join(',')}]` : ''}${m.date.range ? ` RANGE ${m.date.range.from}..${m.date.range.to}` : ''}`;
      console.log(
        `  ${m.id} ${m.subEventType} "${m.triggerText}" | ${m.date.value ?? '-'} | ${where} | ${m.actors.join('; ')}${back}${m.background ? ' BG' : ''}`,
      );
      console.log(`      ${document.text.slice(m.start, m.end).replace(/\s+/g, ' ').slice(0, 220)}`);
    }
  }
}
const corpusRun = runCorpusStages(documents, corpusStages, ctx);
for (const e of corpusRun.errors) console.error(`corpus stage error: ${e.message}`);
const report = buildReport(
  { generator: 'sitrep eval:events', documents, rejected: [], corpus: corpusRun.corpus, includeText: false },
  sections,
);
const ms = performance.now() - started;
const outDir = join(repoRoot, 'eval', 'out');
mkdirSync(outDir, { recursive: true });
const out = join(outDir, examples ? 'events-examples.report.json' : 'events-dev.report.json');
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(`report: ${out} (${documents.length} documents, ${report.events.length} events, ${Math.round(ms)} ms)`);

const fileOf = new Map(report.documents.map((d) => [d.id, basename(d.input)]));
const line = (e: ReportEvent) => {
  const docs = [...new Set(e.evidence.map((x) => (fileOf.get(x.span.doc) ?? '?').slice(0, 3)))].join(',');
  const place = report.places.find((p) => p.id === e.place)?.name ?? '-';
  return `${e.event_type} / ${e.sub_event_type} | ${e.date ?? '-'} p${e.time_precision ?? '-'} | ${place} | ${e.actors.join('; ')} | fat=${e.fatalities ?? '-'} | ${e.status} | docs ${docs} (${e.corroboration.documents}/${e.corroboration.independent})`;
};

/** Prints each report event with the document mentions fused into it ("01:ev2" = file 01, mention ev2 of --mentions). */
function printFusedEvents(): void {
  type Fused = { id: string; mentions: { doc: string; mention: string }[] };
  const fused = (corpusRun.corpus as { fusion?: { events: Fused[] } }).fusion?.events ?? [];
  for (const e of report.events) {
    const members = (fused.find((f) => f.id === e.id)?.mentions ?? []).map(
      (m) => `${(fileOf.get(m.doc) ?? '?').slice(0, 2)}:${m.mention}`,
    );
    console.log(`  ${line(e)}${members.length ? ` [${members.join(' ')}]` : ''}`);
  }
}

if (examples) {
  printFusedEvents();
  for (const c of report.contradictions)
    console.log(`  contradiction ${c.kind}: ${c.summary} [${c.claims.length} claims]`);
  process.exit(0);
}

const goldFile = join(shared as string, 'corpus', 'aleppo-2024.gold.json');
const scorer = runSeedScorer(shared as string, out);
const text = scorer.stdout.split('\n');
let inEvents = false;
for (const l of text) {
  if (/^\[?\w/.test(l)) inEvents = /^\[?events\]?/i.test(l.trim());
  if (inEvents) console.log(l);
}
const headline = text.filter((l) => l.trim()).at(-1);
if (headline) console.log(headline);

// Own breakdown: per gold event type, recall and type accuracy of the best-covering report event.
interface GoldEvent {
  id: string;
  event_type: string;
  date: string | null;
  fatalities: number | null;
  background: boolean;
  mentions: { file: string; quote: string }[];
}
const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { events: GoldEvent[] };
const texts = new Map([...fileOf].map(([id, f]) => [id, readFileSync(join(corpus, f), 'utf8')]));
const byType = new Map<string, { n: number; found: number; type: number; date: number }>();
for (const g of gold.events.filter((x) => !x.background)) {
  const row = byType.get(g.event_type) ?? { n: 0, found: 0, type: 0, date: 0 };
  byType.set(g.event_type, row);
  row.n++;
  let best: ReportEvent | null = null;
  let bestCov = 0;
  for (const e of report.events) {
    let cov = 0;
    for (const m of g.mentions) {
      for (const ev of e.evidence) {
        if (fileOf.get(ev.span.doc) !== m.file) continue;
        const t = texts.get(ev.span.doc) ?? '';
        const at = t.indexOf(m.quote);
        if (at < 0) continue;
        cov += Math.max(0, Math.min(ev.span.end, at + m.quote.length) - Math.max(ev.span.start, at));
      }
    }
    const agree = (x: ReportEvent) => (x.event_type === g.event_type ? 1 : 0) + (x.date === g.date ? 1 : 0);
    if (cov > bestCov || (cov === bestCov && cov > 0 && best && agree(e) > agree(best))) {
      best = e;
      bestCov = cov;
    }
  }
  if (!best) {
    if (verbose) console.log(`  MISS ${g.id} ${g.event_type}: ${g.mentions[0]?.quote.slice(0, 90)}`);
    continue;
  }
  row.found++;
  if (best.event_type === g.event_type) row.type++;
  else if (verbose) console.log(`  TYPE ${g.id} gold ${g.event_type} got ${line(best)}`);
  if (g.date === null || best.date === g.date) row.date++;
  else if (verbose) console.log(`  DATE ${g.id} gold ${g.date} got ${best.date} :: ${line(best)}`);
  if (verbose && g.fatalities !== null && best.fatalities !== g.fatalities)
    console.log(`  FAT ${g.id} gold ${g.fatalities} got ${best.fatalities}`);
}
console.log('[events by gold type] (found / type ok / date ok, of n)');
for (const [t, r] of byType) console.log(`  ${t}: ${r.found}/${r.type}/${r.date} of ${r.n}`);
if (verbose) {
  console.log('[report events]');
  printFusedEvents();
}
