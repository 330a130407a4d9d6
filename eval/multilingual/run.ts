// Multilingual check of the per-document stages that carry the reporter's statements and their dates: runs
// noise -> sentences -> dates -> claims (+ the publication stage) over the invented articles in articles/ and
// compares with expected.json. Prints, per language, claim recall / precision / source and status accuracy, and
// date recall / precision (surface and value) and the publication date.
//   node --import tsx eval/multilingual/run.ts [--verbose]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectLanguage } from '../../src/ingest/language.js';
import type { Layers, SourceDocument } from '../../src/model/index.js';
import { runDocumentStages } from '../../src/pipeline/run-stages.js';
import type { AnalyzedDocument, StageResources } from '../../src/pipeline/stage.js';
import { claims, loadClaimResources } from '../../src/stages/claims/index.js';
import { dates, defaultDateLexicon } from '../../src/stages/dates/index.js';
import { defaultNoiseLexicon, noise } from '../../src/stages/noise/index.js';
import { publication } from '../../src/stages/publication/index.js';
import { defaultSentenceLexicon, sentences } from '../../src/stages/sentences/index.js';
import { documentOf } from '../../src/testing/document-of.js';

interface ExpectedClaim {
  readonly cue: string;
  readonly source: string;
  readonly status: string | null;
}
interface ExpectedFile {
  readonly language: string;
  /** Written after the rules were tuned on the other files: reported apart, never tuned on. */
  readonly heldout?: boolean;
  readonly published: string;
  readonly claims: readonly ExpectedClaim[];
  readonly dates: readonly { readonly text: string; readonly value: string }[];
}

const here = fileURLToPath(new URL('.', import.meta.url));
const verbose = process.argv.includes('--verbose');
const expected = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8')) as Record<string, ExpectedFile>;
const files = readdirSync(join(here, 'articles'))
  .filter((f) => f.endsWith('.txt') && expected[f])
  .sort();

const resources = {
  noiseLexicon: defaultNoiseLexicon(),
  sentenceLexicon: defaultSentenceLexicon(),
  dateLexicon: defaultDateLexicon(),
  claims: loadClaimResources(),
} as unknown as StageResources;
const ctx = { resources, warn: () => {} };

const analyzed: AnalyzedDocument[] = [];
const byFile = new Map<string, { document: SourceDocument; layers: Layers }>();
for (const f of files) {
  const text = readFileSync(join(here, 'articles', f), 'utf8');
  // The language as ingest would detect it (the stages' language coverage is part of what is measured).
  const document = documentOf(text, { language: detectLanguage(text) }, f);
  const run = runDocumentStages(document, [noise, sentences, dates, claims], ctx);
  if (run.errors.length) throw run.errors[0];
  analyzed.push({ document, layers: run.layers });
  byFile.set(f, { document, layers: run.layers });
}
const pub = publication.run(analyzed, {}, ctx);

/** Lower-cased, accents kept, leading articles and elided articles dropped: "l'Observatoire" -> "observatoire". */
const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(
      /^(?:(?:le|la|les|l'|el|los|las|der|die|das|dem|den|des|il|lo|gli|i|un|una|uno|une|ein|eine|einem)\s*)+/u,
      '',
    )
    .trim();
const sameSource = (found: string, want: string): boolean => {
  const a = norm(found);
  const b = norm(want);
  return a.length > 0 && (a.includes(b) || (b.includes(a) && a.length >= 4));
};

interface Tally {
  expClaims: number;
  found: number;
  matched: number;
  foundClaims: number;
  sourceOk: number;
  statusScored: number;
  statusOk: number;
  expDates: number;
  datesOk: number;
  datesValued: number;
  datesValuedExpected: number;
  docs: number;
  publishedOk: number;
}
const tallies = new Map<string, Tally>();
const tallyOf = (lang: string): Tally => {
  let t = tallies.get(lang);
  if (!t) {
    t = {
      expClaims: 0,
      found: 0,
      matched: 0,
      foundClaims: 0,
      sourceOk: 0,
      statusScored: 0,
      statusOk: 0,
      expDates: 0,
      datesOk: 0,
      datesValued: 0,
      datesValuedExpected: 0,
      docs: 0,
      publishedOk: 0,
    };
    tallies.set(lang, t);
  }
  return t;
};

for (const f of files) {
  const exp = expected[f]!;
  const { document, layers } = byFile.get(f)!;
  const text = document.text;
  const t = tallyOf(`${exp.language}${exp.heldout ? ' held-out' : ''}`);
  t.docs++;
  const finding = pub.documents[document.id];
  const published = finding?.published?.slice(0, 10) ?? null;
  if (published === exp.published) t.publishedOk++;
  else if (verbose) console.log(`  ${f}: published ${published} (expected ${exp.published})`);
  if (verbose && document.meta.language !== exp.language)
    console.log(`  ${f}: language detected ${document.meta.language} (expected ${exp.language})`);

  const found = layers.claims ?? [];
  t.foundClaims += found.length;
  const used = new Set<number>();
  for (const ec of exp.claims) {
    t.expClaims++;
    // an exact cue first ("заявил" is also inside "заявила"), else one that holds the expected words
    const want = norm(ec.cue).replace(/^'/, '');
    const exact = found.findIndex((c, i) => !used.has(i) && c.cueText !== null && norm(c.cueText) === want);
    const k =
      exact >= 0
        ? exact
        : found.findIndex((c, i) => !used.has(i) && c.cueText !== null && norm(c.cueText).includes(want));
    if (k < 0) {
      if (verbose) console.log(`  ${f}: MISSED  [${ec.cue}] ${ec.source} (${ec.status})`);
      continue;
    }
    used.add(k);
    t.matched++;
    const c = found[k]!;
    const name = c.speaker?.name ?? c.sourceText ?? '';
    const srcOk = sameSource(name, ec.source);
    if (srcOk) t.sourceOk++;
    if (ec.status !== null) {
      t.statusScored++;
      if (c.status === ec.status) t.statusOk++;
    }
    if (verbose && (!srcOk || (ec.status !== null && c.status !== ec.status)))
      console.log(
        `  ${f}: WRONG   [${c.cueText}] source "${name}" status ${c.status} (expected "${ec.source}", ${ec.status})`,
      );
  }
  if (verbose)
    found.forEach((c, i) => {
      if (!used.has(i))
        console.log(
          `  ${f}: EXTRA   [${c.cueText}] "${c.speaker?.name ?? c.sourceText}" ${c.status}: ${text.slice(c.start, c.end)}`,
        );
    });

  const mentions = layers.dates ?? [];
  const dateValue = (m: (typeof mentions)[number]): string | null => m.value ?? finding?.resolved[m.id] ?? null;
  // dated mentions: a day or a week (an expected date may be either, so precision counts both)
  const valued = mentions.filter((m) => dateValue(m) !== null && /^\d{4}-(?:\d{2}-\d{2}|W\d{2})/.test(dateValue(m)!));
  t.datesValued += valued.length;
  for (const ed of exp.dates) {
    t.expDates++;
    const m = mentions.find((x) => text.slice(x.start, x.end) === ed.text);
    const v = m ? dateValue(m) : null;
    if (v?.startsWith(ed.value)) {
      t.datesOk++;
      t.datesValuedExpected++;
    } else if (verbose) console.log(`  ${f}: DATE    "${ed.text}" -> ${m ? v : 'not found'} (expected ${ed.value})`);
  }
  if (verbose)
    for (const m of valued)
      if (!exp.dates.some((d) => d.text === text.slice(m.start, m.end)))
        console.log(`  ${f}: EXTRA DATE "${text.slice(m.start, m.end)}" -> ${dateValue(m)}`);
}

const pct = (a: number, b: number): string => (b ? (a / b).toFixed(3) : '  -  ');
console.log('lang         docs | claims: recall precision source status | dates: recall precision | published');
const totals = new Map<string, Tally>();
for (const [lang, t] of [...tallies].sort()) {
  console.log(
    `${lang.padEnd(12)} ${String(t.docs).padStart(4)} |         ${pct(t.matched, t.expClaims)}  ${pct(t.matched, t.foundClaims)}     ${pct(t.sourceOk, t.matched)}  ${pct(t.statusOk, t.statusScored)} |        ${pct(t.datesOk, t.expDates)}  ${pct(t.datesValuedExpected, t.datesValued)}    | ${t.publishedOk}/${t.docs}`,
  );
  const group = lang.endsWith('held-out') ? 'all held-out' : 'all dev';
  const sum = totals.get(group);
  if (!sum) totals.set(group, { ...t });
  else for (const k of Object.keys(t) as (keyof Tally)[]) sum[k] += t[k];
}
for (const [group, all] of [...totals].sort().reverse())
  console.log(
    `${group.padEnd(12)} ${String(all.docs).padStart(4)} |         ${pct(all.matched, all.expClaims)}  ${pct(all.matched, all.foundClaims)}     ${pct(all.sourceOk, all.matched)}  ${pct(all.statusOk, all.statusScored)} |        ${pct(all.datesOk, all.expDates)}  ${pct(all.datesValuedExpected, all.datesValued)}    | ${all.publishedOk}/${all.docs}`,
  );
