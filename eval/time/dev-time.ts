/**
 * Dev measure for issue 4 on ../shared/corpus/aleppo-2024 (5 articles):
 *  1. Publication dates inferred WITHOUT the manifest: every subset of one or two documents keeps its manifest date,
 *     the others must be inferred (or left null) by the `publication` stage; the gold dates are the manifest's.
 *  2. Event dates: gold events with a `date` whose mention's sentence names a weekday; the weekday phrase of that
 *     sentence nearest the quote, resolved (a) against the manifest date, (b) against the date inferred for the
 *     document from the other four (leave-one-out).
 *
 *   node --import tsx eval/time/dev-time.ts [--calibrate] [--verbose]
 *
 * Exits 0 with a note when ../shared is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Layers, LayerTypes, SourceDocument } from '../../src/model/index.js';
import { runDocumentStages } from '../../src/pipeline/run-stages.js';
import type { AnalyzedDocument, StageContext } from '../../src/pipeline/stage.js';
import { dates, defaultDateLexicon } from '../../src/stages/dates/index.js';
import { defaultNoiseLexicon, noise } from '../../src/stages/noise/index.js';
import { viewOf } from '../../src/stages/publication/document-view.js';
import { type PublicationDates, publication } from '../../src/stages/publication/index.js';
import { idfOf, keyTermsOf, overlap, similarity, wordsOf } from '../../src/stages/publication/similarity.js';
import { defaultSentenceLexicon, sentences } from '../../src/stages/sentences/index.js';
import { documentOf } from '../../src/testing/document-of.js';
import { repoRoot, sharedDir, skipWithoutShared } from '../shared-dir.js';

const shared = sharedDir() ?? skipWithoutShared('dev-time');
const corpusDir = join(shared, 'corpus', 'aleppo-2024');
const gold = JSON.parse(readFileSync(join(shared, 'corpus', 'aleppo-2024.gold.json'), 'utf8')) as {
  events: { id: string; date: string | null; mentions: { file: string; quote: string }[] }[];
};
const manifest = readFileSync(join(corpusDir, 'manifest.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as { file: string; published: string });
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');

const warnings: string[] = [];
const ctx = {
  resources: {
    noiseLexicon: defaultNoiseLexicon(),
    sentenceLexicon: defaultSentenceLexicon(),
    dateLexicon: defaultDateLexicon(),
  },
  warn: (m: string) => warnings.push(m),
} as unknown as StageContext;
const texts = new Map(manifest.map((m) => [m.file, readFileSync(join(corpusDir, m.file), 'utf8')]));

/** Runs noise → sentences → dates on every file, those in `dated` with their manifest date. */
function analyze(dated: ReadonlySet<string>): AnalyzedDocument[] {
  return manifest.map((m) => {
    const meta = dated.has(m.file)
      ? { published: m.published, publishedBasis: 'metadata' as const, language: 'en' }
      : { language: 'en' };
    const document: SourceDocument = documentOf(texts.get(m.file) ?? '', meta, m.file);
    const run = runDocumentStages(document, [noise, sentences, dates], ctx);
    for (const e of run.errors) warnings.push(e.message);
    return { document, layers: run.layers as Layers };
  });
}

const publish = (docs: AnalyzedDocument[]): PublicationDates => publication.run(docs, {}, ctx) as PublicationDates;

// ── 1. publication dates ─────────────────────────────────────────────────────────────────────────────────────
const files = manifest.map((m) => m.file);
const subsets: string[][] = [];
for (let a = 0; a < files.length; a++) {
  subsets.push([files[a] as string]);
  for (let b = a + 1; b < files.length; b++) subsets.push([files[a] as string, files[b] as string]);
}
let asked = 0;
let right = 0;
let wrong = 0;
let none = 0;
for (const subset of subsets) {
  const docs = analyze(new Set(subset));
  const layer = publish(docs);
  const line: string[] = [];
  for (const d of docs) {
    const file = d.document.input;
    if (subset.includes(file)) continue;
    asked++;
    const f = layer.documents[d.document.id];
    const want = manifest.find((m) => m.file === file)?.published;
    if (!f?.published) none++;
    else if (f.published === want) right++;
    else wrong++;
    line.push(`${file.slice(0, 3)}=${f?.published ?? 'null'}${f?.published && f.published !== want ? '✗' : ''}`);
  }
  if (verbose)
    console.log(
      `dated ${subset
        .map((s) => s.slice(0, 3))
        .join('+')
        .padEnd(8)} → ${line.join('  ')}`,
    );
}
const allUndated = publish(analyze(new Set()));
const invented = Object.values(allUndated.documents).filter((f) => f.published).length;
// negative control: an unrelated (fictional) dated article must not date the Aleppo ones
const exampleFile = join(repoRoot, 'examples', 'corpus', '01-qalat-varan-falls.txt');
let controlInvented = 0;
if (existsSync(exampleFile)) {
  const example = documentOf(
    readFileSync(exampleFile, 'utf8'),
    { published: '2024-11-30', publishedBasis: 'metadata', language: 'en' },
    'example.txt',
  );
  const run = runDocumentStages(example, [noise, sentences, dates], ctx);
  const control = publish([...analyze(new Set()), { document: example, layers: run.layers as Layers }]);
  controlInvented = Object.values(control.documents).filter((f) => f.basis === 'inferred').length;
}
console.log('Publication dates inferred across documents (manifest dates hidden except for 1 or 2 documents)');
console.log(
  `  ${subsets.length} subsets, ${asked} documents to date: correct ${right}, wrong ${wrong}, left null ${none}  → accuracy ${(right / asked).toFixed(3)}, precision ${(right / Math.max(1, right + wrong)).toFixed(3)}`,
);
console.log(`  with no document dated: ${invented} date(s) invented (must be 0)`);
console.log(`  with only an unrelated (fictional) article dated: ${controlInvented} date(s) invented (must be 0)`);

// ── 2. event dates ───────────────────────────────────────────────────────────────────────────────────────────
type DateMention = LayerTypes['dates'];
const withManifest = analyze(new Set(files));
const loo = new Map<string, { doc: AnalyzedDocument; pub: PublicationDates }>();
for (const file of files) {
  const docs = analyze(new Set(files.filter((f) => f !== file)));
  loo.set(file, { doc: docs.find((d) => d.document.input === file) as AnalyzedDocument, pub: publish(docs) });
}
const isWeekday = (m: DateMention): boolean => m.relative?.unit === 'day' && /weekday/.test(m.source.rule);

/** The weekday phrase of the quote's sentence nearest the quote (inside it first), or null. */
function weekdayFor(d: AnalyzedDocument, quote: string): DateMention | null {
  const text = d.document.text;
  const at = text.indexOf(quote);
  if (at < 0) return null;
  const s = (d.layers.sentences ?? []).find((x) => x.start <= at && at < x.end);
  if (!s) return null;
  const inSentence = (d.layers.dates ?? []).filter((m) => m.start >= s.start && m.end <= s.end && isWeekday(m));
  const dist = (m: DateMention): number =>
    m.start >= at && m.end <= at + quote.length
      ? -1
      : Math.min(Math.abs(m.start - at), Math.abs(m.start - (at + quote.length)));
  return inSentence.sort((a, b) => dist(a) - dist(b))[0] ?? null;
}

let n = 0;
let okManifest = 0;
let okInferred = 0;
const misses: string[] = [];
for (const e of gold.events) {
  if (!e.date) continue;
  for (const m of e.mentions) {
    const dm = withManifest.find((d) => d.document.input === m.file);
    if (!dm) continue;
    const w = weekdayFor(dm, m.quote);
    if (!w) continue;
    n++;
    if (w.value?.slice(0, 10) === e.date) okManifest++;
    else
      misses.push(
        `${e.id} ${m.file.slice(0, 3)} gold ${e.date} got ${w.value} "${dm.document.text.slice(w.start, w.end)}" (${w.tense}) | ${m.quote.slice(0, 70)}`,
      );
    const l = loo.get(m.file);
    const wl = l ? weekdayFor(l.doc, m.quote) : null;
    const v = wl ? (wl.value ?? l?.pub.documents[l.doc.document.id]?.resolved[wl.id] ?? null) : null;
    if (v?.slice(0, 10) === e.date) okInferred++;
  }
}
console.log('Event dates (gold events with a date, mention sentence naming a weekday)');
console.log(
  `  ${n} mentions: resolved against the manifest date ${okManifest}/${n} = ${(okManifest / Math.max(1, n)).toFixed(3)}; against the date inferred from the other four ${okInferred}/${n} = ${(okInferred / Math.max(1, n)).toFixed(3)}`,
);
if (verbose) for (const x of misses) console.log(`  miss ${x}`);
if (verbose) for (const w of new Set(warnings)) console.log(`  warning: ${w}`);

// ── calibration of the publication thresholds (--calibrate) ─────────────────────────────────────────────────
if (args.includes('--calibrate')) {
  const views = withManifest.map(viewOf);
  const idf = idfOf(
    withManifest.flatMap((d) => (d.layers.sentences ?? []).map((s) => wordsOf(d.document.text.slice(s.start, s.end)))),
  );
  const same: number[] = [];
  const other: number[] = [];
  for (let a = 0; a < views.length; a++) {
    for (let b = a + 1; b < views.length; b++) {
      for (const x of (views[a] as (typeof views)[0]).mentions) {
        for (const y of (views[b] as (typeof views)[0]).mentions) {
          if (!isWeekday(x.mention) || !isWeekday(y.mention) || !x.mention.value || !y.mention.value) continue;
          (x.mention.value === y.mention.value ? same : other).push(similarity(x.words, y.words, idf));
        }
      }
    }
  }
  const q = (xs: number[], p: number): string =>
    ([...xs].sort((u, v) => u - v)[Math.floor(p * (xs.length - 1))] ?? 0).toFixed(2);
  console.log(
    `calibrate: weekday-phrase sentence similarity, same day (n=${same.length}) p25 ${q(same, 0.25)} p50 ${q(same, 0.5)} p90 ${q(same, 0.9)}; different days (n=${other.length}) p50 ${q(other, 0.5)} p90 ${q(other, 0.9)} p95 ${q(other, 0.95)}`,
  );
  const terms = withManifest.map((d) => keyTermsOf(d.document.text, d.layers.dates ?? []));
  const rel: string[] = [];
  for (let a = 0; a < terms.length; a++)
    for (let b = a + 1; b < terms.length; b++)
      rel.push(overlap(terms[a] as Set<string>, terms[b] as Set<string>).toFixed(2));
  console.log(`calibrate: key-term overlap between the dev articles: ${rel.join(' ')}`);
}
