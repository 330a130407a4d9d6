/**
 * Toponym resolution on LGL and GeoWebNews (../shared/bench), beside published figures.
 *
 * - "given gold toponyms": each gold toponym with coordinates is resolved in its document's context
 *   (resolveName; the setting of the published Mordecai3 figures, which score resolution on gold spans);
 *   unresolved ones count as wrong (error 20,039 km).
 * - "end to end": the stage's own mentions; recognition P/R/F1 by span overlap against all gold toponyms
 *   (LGL: every annotated toponym; GWN: those with coordinates), acc@161 over recognised gold toponyms.
 * Metrics: acc@161 km, mean and median error (km), AUC of log error (lower is better; Gritta et al. 2020).
 * Held-out: every HELD_OUT_EVERY-th article of each benchmark (index % 4 === 3) is never looked at while tuning; its
 * figures are printed on rows of their own ("LGL held-out", "GWN held-out"), the rest as "… tune". `--errors FILE`
 * writes the given-gold misses of the tuning articles only, for error analysis (and per-type figures of GWN tune).
 * (GWN was split only after the session that added colocation and the given-span fallback had looked at all of it.)
 * Usage: node --import tsx eval/places/bench-places.ts [--limit N] [--errors FILE]. Exits 0 when ../shared is absent.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../../src/stages/places/index.js';
import { analyse } from '../../src/stages/places/resolve/analyse.js';
import { mentionsOf } from '../../src/stages/places/resolve/mention.js';
import { resolveName, resolveSpan } from '../../src/stages/places/resolve/span.js';
import type { Doc } from './bench-docs.js';
import { readGwn, readLgl } from './bench-docs.js';
import { gazetteer, haversineKm, lineSentences, SHARED } from './shared.js';

const KM_OK = 161;
const MAX_KM = 20039;
const limitArg = process.argv.indexOf('--limit');
const LIMIT = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Number.POSITIVE_INFINITY;
const errorsArg = process.argv.indexOf('--errors');
const ERRORS_FILE = errorsArg > 0 ? (process.argv[errorsArg + 1] as string) : null;
const errorLines: string[] = [];
/** Given-gold acc@161 per GeoWebNews toponym type (printed with --errors). */
const byType = new Map<string, { n: number; ok: number }>();
/** Every 4th LGL article (from the 4th) is held out from tuning. */
const HELD_OUT_EVERY = 4;

interface Scores {
  n: number;
  ok: number;
  errors: number[];
}
const scores = (): Scores => ({ n: 0, ok: 0, errors: [] });
function addError(s: Scores, km: number): void {
  s.n++;
  if (km <= KM_OK) s.ok++;
  s.errors.push(km);
}
function summary(s: Scores) {
  const sorted = [...s.errors].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length);
  const median = sorted.length ? (sorted[Math.floor((sorted.length - 1) / 2)] as number) : 0;
  const auc = sorted.reduce((a, e) => a + Math.log(e + 1) / Math.log(MAX_KM), 0) / Math.max(1, sorted.length);
  return { acc: s.n ? s.ok / s.n : 0, mean, median, auc, n: s.n };
}

function bench(g: Gazetteer, name: string, docs: Doc[], dumpErrors = false) {
  const given = scores();
  const e2e = scores();
  let goldAll = 0;
  let recognisedGold = 0;
  let mentionsN = 0;
  let mentionsRight = 0;
  let analysisMs = 0;
  let chars = 0;
  for (const doc of docs.slice(0, LIMIT)) {
    const t0 = performance.now();
    const analysis = analyse(g, doc.text, lineSentences(doc.text), []);
    const mentions = mentionsOf(g, analysis);
    analysisMs += performance.now() - t0;
    chars += doc.text.length;
    mentionsN += mentions.length;
    for (const m of mentions) if (doc.toponyms.some((t) => m.start < t.end && t.start < m.end)) mentionsRight++;
    for (const t of doc.toponyms) {
      goldAll++;
      const over = mentions.filter((m) => m.start < t.end && t.start < m.end);
      if (over.length) recognisedGold++;
      if (t.lat === null || t.lon === null) continue;
      const gold = { lat: t.lat, lon: t.lon };
      const entry =
        doc.text.slice(t.start, t.end) === t.phrase
          ? resolveSpan(g, analysis, doc.text, t.start, t.end)
          : resolveName(g, analysis, t.phrase);
      const km = entry ? haversineKm(entry, gold) : MAX_KM;
      addError(given, km);
      if (dumpErrors && t.type) {
        const c = byType.get(t.type) ?? { n: 0, ok: 0 };
        c.n++;
        if (km <= KM_OK) c.ok++;
        byType.set(t.type, c);
      }
      if (dumpErrors && km > KM_OK) {
        const ctx = doc.text.slice(Math.max(0, t.start - 60), t.end + 40).replace(/\s+/g, ' ');
        errorLines.push(
          `${name}${t.type ? `:${t.type}` : ''}\t${t.phrase}\t${entry ? `${entry.name} (${entry.kind} ${entry.country} ${entry.admin1Code} pop ${entry.population})` : '-'}\t${Math.round(km)}\t${t.lat},${t.lon}\t${ctx}`,
        );
      }
      if (over.length) addError(e2e, Math.min(...over.map((m) => haversineKm(m, gold))));
    }
  }
  const p = mentionsN ? mentionsRight / mentionsN : 0;
  const r = goldAll ? recognisedGold / goldAll : 0;
  const n = Math.min(docs.length, LIMIT);
  return {
    name,
    docs: n,
    given: summary(given),
    e2e: summary(e2e),
    p,
    r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    perSecond: n / (analysisMs / 1000),
    kbPerDoc: chars / n / 1000,
  };
}

if (!existsSync(join(SHARED, 'bench'))) {
  console.log('bench-places: ../shared/bench is absent; nothing to score (exit 0).');
  process.exit(0);
}
const t0 = performance.now();
const g = gazetteer();
const loadMs = performance.now() - t0;
const lgl = readLgl(join(SHARED, 'bench/lgl/lgl.xml'));
const gwn = readGwn(join(SHARED, 'bench/geowebnews/GWN.xml'));
const held = (_: Doc, i: number) => i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1;
const tune = (d: Doc, i: number) => !held(d, i);
const results = [
  bench(g, 'LGL', lgl),
  bench(g, 'LGL tune', lgl.filter(tune), true),
  bench(g, 'LGL held-out', lgl.filter(held)),
  bench(g, 'GeoWebNews', gwn),
  bench(g, 'GWN tune', gwn.filter(tune), true),
  bench(g, 'GWN held-out', gwn.filter(held)),
];
if (ERRORS_FILE) {
  writeFileSync(ERRORS_FILE, `${errorLines.join('\n')}\n`);
  for (const [type, c] of [...byType].sort((x, y) => y[1].n - x[1].n))
    console.log(`GWN tune ${type}: ${c.ok}/${c.n} = ${((100 * c.ok) / c.n).toFixed(1)} %`);
}
const published: Record<string, string> = {
  LGL: 'Mordecai3 82.7 · CamCoder 76',
  'LGL tune': '',
  'LGL held-out': '',
  GeoWebNews: 'Mordecai3 94.1',
  'GWN tune': '',
  'GWN held-out': '',
};
const f = (x: number, d = 1) => x.toFixed(d);
console.log(
  `gazetteer load ${loadMs.toFixed(0)} ms, ${g.entries.length} entries, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
);
console.log(
  '| corpus | docs | acc@161 given gold | mean km | median km | AUC | acc@161 end-to-end (n) | recog. P / R / F1 | articles/s | published acc@161 |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(
    `| ${r.name} | ${r.docs} | ${f(100 * r.given.acc)} % (n=${r.given.n}) | ${f(r.given.mean, 0)} | ${f(r.given.median, 1)} | ${f(r.given.auc, 3)} | ${f(100 * r.e2e.acc)} % (${r.e2e.n}) | ${f(100 * r.p)} / ${f(100 * r.r)} / ${f(100 * r.f1)} | ${f(r.perSecond, 0)} (${f(r.kbPerDoc, 1)} KB) | ${published[r.name]} |`,
  );
}
