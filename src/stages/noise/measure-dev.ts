/**
 * Dev measurement for the noise stage (not a test): reads the third-party dev corpus in ../shared (outside this
 * repository; nothing from it is copied here) and prints
 *   - the share of gold boilerplate lines covered by noise spans, and
 *   - the number of gold event-mention and claim quotes that a noise span overlaps (target: 0).
 * Exits 0 with a note when ../shared is absent.  Run: node --import tsx src/stages/noise/measure-dev.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { overlaps } from '../../model/index.js';
import { defaultNoiseLexicon } from './load-lexicon.js';
import { findNoise } from './noise.js';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const GOLD = new URL('aleppo-2024.gold.json', CORPUS);
const DOCS = new URL('aleppo-2024/', CORPUS);

interface Gold {
  documents: { file: string; boilerplate?: string[] }[];
  events: { mentions: { file: string; quote: string }[] }[];
  claims: { file: string; quote: string }[];
}

if (!existsSync(GOLD)) {
  console.log('measure-dev: ../shared/corpus/aleppo-2024.gold.json not found; nothing to measure.');
  process.exit(0);
}

const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as Gold;
const quotes = [...gold.events.flatMap((e) => e.mentions), ...gold.claims];
const lex = defaultNoiseLexicon();
let covered = 0;
let total = 0;
let quoteHits = 0;
for (const doc of gold.documents) {
  const text = readFileSync(new URL(doc.file, DOCS), 'utf8');
  const spans = findNoise(text, lex);
  const inNoise = (start: number, end: number) => spans.some((s) => s.start <= start && end <= s.end);
  for (const line of doc.boilerplate ?? []) {
    total++;
    const at = text.indexOf(line);
    if (at >= 0 && inNoise(at, at + line.length)) covered++;
    else console.log(`  missed   ${doc.file}: ${line.slice(0, 70)}`);
  }
  const goldLines = new Set(doc.boilerplate ?? []);
  for (const s of spans) {
    const surface = text.slice(s.start, s.end);
    if (!goldLines.has(surface)) console.log(`  extra    ${doc.file} [${s.kind}]: ${surface.slice(0, 70)}`);
  }
  for (const q of quotes.filter((q) => q.file === doc.file)) {
    let at = text.indexOf(q.quote);
    while (at >= 0) {
      const span = { start: at, end: at + q.quote.length };
      if (spans.some((s) => overlaps(s, span))) {
        quoteHits++;
        console.log(`  overlap  ${doc.file}: ${q.quote.slice(0, 70)}`);
      }
      at = text.indexOf(q.quote, at + 1);
    }
  }
}
const pct = total ? ((100 * covered) / total).toFixed(1) : 'n/a';
console.log(`boilerplate coverage: ${covered}/${total} (${pct} %)`);
console.log(`gold quotes overlapped by noise: ${quoteHits} of ${quotes.length}`);
