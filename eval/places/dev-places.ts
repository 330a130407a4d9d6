/**
 * Dev corpus, places section, scored as the reference scorer does (shared/eval/score.mjs, --kind seed):
 * a gold place × file is found when a mention overlaps a whole-word occurrence of name_as_written; acc161 when a
 * mention there lies within 161 km; precision over mentions (a mention is right when it overlaps a gold occurrence
 * whose place is within 161 km; mentions overlapping only gold places without coordinates are not judged).
 * Noise spans are the gold boilerplate lines. Usage: node --import tsx eval/places/dev-places.ts [--verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NoiseSpan } from '../../src/model/index.js';
import { gazetteer, haversineKm, pct, placesOf, SHARED, sharedExists } from './shared.js';

const KM_OK = 161;
const verbose = process.argv.includes('--verbose');

interface GoldPlace {
  name_as_written: string;
  files: string[];
  lat: number | null;
  lon: number | null;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const wordAt = (s: string, i: number) => i >= 0 && i < s.length && WORD.test(s[i] as string);
function findWord(text: string, needle: string): { start: number; end: number }[] {
  const all: { start: number; end: number }[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    all.push({ start: i, end: i + needle.length });
  const whole = all.filter(
    (o) => !(wordAt(text, o.start - 1) && wordAt(text, o.start)) && !(wordAt(text, o.end - 1) && wordAt(text, o.end)),
  );
  return whole.length ? whole : all;
}

if (!sharedExists()) {
  console.log('dev-places: ../shared is absent; nothing to score.');
  process.exit(0);
}
const dir = join(SHARED, 'corpus/aleppo-2024');
const gold = JSON.parse(readFileSync(join(SHARED, 'corpus/aleppo-2024.gold.json'), 'utf8'));
const goldPlaces = gold.places as GoldPlace[];
const boiler = new Map<string, string[]>();
for (const d of gold.documents ?? []) if (d.file && Array.isArray(d.boilerplate)) boiler.set(d.file, d.boilerplate);

const g = gazetteer();
let total = 0;
let found = 0;
let withCoords = 0;
let correct = 0;
let judged = 0;
let right = 0;
let mentionsN = 0;
const started = performance.now();
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const noise: NoiseSpan[] = [];
  for (const line of boiler.get(file) ?? []) {
    for (const o of findWord(text, line))
      noise.push({ id: `n${noise.length}`, ...o, kind: 'caption', source: { stage: 'noise', rule: 'gold' } });
  }
  const mentions = placesOf(g, text, noise);
  mentionsN += mentions.length;
  const occ = goldPlaces
    .filter((p) => p.files.includes(file))
    .map((p) => ({ p, occs: findWord(text, p.name_as_written) }));
  for (const { p, occs } of occ) {
    total++;
    const coords = p.lat !== null && p.lon !== null ? { lat: p.lat, lon: p.lon } : null;
    if (coords) withCoords++;
    const over = mentions.filter((m) => occs.some((o) => m.start < o.end && o.start < m.end));
    if (over.length) found++;
    const ok = coords && over.some((m) => haversineKm(m, coords) <= KM_OK);
    if (ok) correct++;
    if (verbose && !ok) {
      const got = over
        .map((m) => `${m.name} ${m.lat},${m.lon} (${Math.round(haversineKm(m, coords ?? m))} km)`)
        .join('; ');
      console.log(`  miss ${file.slice(0, 3)} ${JSON.stringify(p.name_as_written)}${got ? ` → ${got}` : ''}`);
    }
  }
  for (const m of mentions) {
    const over = occ.filter(({ occs }) => occs.some((o) => m.start < o.end && o.start < m.end));
    if (over.length && over.every(({ p }) => p.lat === null)) continue;
    judged++;
    const ok = over.some(
      ({ p }) => p.lat !== null && p.lon !== null && haversineKm(m, { lat: p.lat, lon: p.lon }) <= KM_OK,
    );
    if (ok) right++;
    else if (verbose)
      console.log(
        `  wrong ${file.slice(0, 3)} ${JSON.stringify(text.slice(m.start, m.end))} → ${m.name} (${m.country}) ${m.lat},${m.lon} [${m.source.rule}]`,
      );
  }
}
const ms = performance.now() - started;
console.log(
  `places (dev corpus, reference scorer's sense): recall ${pct(found, total)} (${found}/${total})  acc161 ${pct(correct, withCoords)} (${correct}/${withCoords})  precision ${pct(right, judged)} (${right}/${judged})  mentions ${mentionsN}  ${ms.toFixed(0)} ms`,
);
