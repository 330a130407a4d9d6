/**
 * Dev measurement for the outlet stage (not a test): reads the third-party dev corpus in ../shared (outside this
 * repository; nothing from it is copied here), runs noise → sentences → outlet on each document with no metadata,
 * and prints the outlet found, its basis, rule and evidence next to the gold outlet. Exits 0 with a note when
 * ../shared is absent.  Run: node --import tsx src/stages/outlet/measure-dev.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyzeWith, contextOf, documentOf } from '../../testing/document-of.js';
import { defaultNoiseLexicon, noise } from '../noise/index.js';
import { defaultSentenceLexicon, sentences } from '../sentences/index.js';
import { defaultOutletLexicon, outlet } from './index.js';

const CORPUS = new URL('../../../../shared/corpus/', import.meta.url);
const GOLD = new URL('aleppo-2024.gold.json', CORPUS);

if (!existsSync(GOLD)) {
  console.log('measure-dev: ../shared/corpus/aleppo-2024.gold.json not found; nothing to measure.');
  process.exit(0);
}

const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { documents: { file: string; outlet: string | null }[] };
const ctx = contextOf({
  noiseLexicon: defaultNoiseLexicon(),
  sentenceLexicon: defaultSentenceLexicon(),
  outletLexicon: defaultOutletLexicon(),
});
let right = 0;
for (const doc of gold.documents) {
  const text = readFileSync(new URL(`aleppo-2024/${doc.file}`, CORPUS), 'utf8');
  const found = analyzeWith([noise, sentences, outlet], documentOf(text), ctx).outlet?.[0];
  const ok = (found?.name ?? null) === doc.outlet;
  if (ok) right++;
  const evidence = found?.evidence ? text.slice(found.evidence.start, found.evidence.end) : '-';
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${doc.file}: ${found?.name ?? 'null'} (gold ${doc.outlet ?? 'null'})`);
  if (found) console.log(`       basis ${found.basis}, rule ${found.source.rule}, evidence: ${evidence}`);
}
console.log(`outlet: ${right}/${gold.documents.length} documents right`);
