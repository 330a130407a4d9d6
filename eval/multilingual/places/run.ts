// Multilingual check of the places stage: runs it over the invented sentences in sentences.json and prints, per
// language and split (dev / heldout), recall (expected place found with the right country) and precision (mentions
// that overlap an expected place and carry its country).
//   node --import tsx eval/multilingual/places/run.ts [--verbose]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gazetteer, placesOf } from '../../places/shared.js';

interface Item {
  readonly split: 'dev' | 'heldout';
  readonly lang: string;
  readonly text: string;
  /** [surface as written, ISO 3166-1 alpha-2]; each surface occurs once in the text. */
  readonly expect: readonly (readonly [string, string])[];
}

const verbose = process.argv.includes('--verbose');
const file = fileURLToPath(new URL('sentences.json', import.meta.url));
const { items } = JSON.parse(readFileSync(file, 'utf8')) as { items: Item[] };
const g = gazetteer();

interface Tally {
  expected: number;
  found: number;
  predicted: number;
  correct: number;
}
const tallies = new Map<string, Tally>();
const tally = (key: string): Tally => {
  const known = tallies.get(key);
  if (known) return known;
  const t = { expected: 0, found: 0, predicted: 0, correct: 0 };
  tallies.set(key, t);
  return t;
};

for (const item of items) {
  const mentions = placesOf(g, item.text);
  const gold = item.expect.map(([surface, country]) => {
    const start = item.text.indexOf(surface);
    if (start < 0) throw new Error(`"${surface}" not in: ${item.text}`);
    return { surface, country, start, end: start + surface.length };
  });
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const found = gold.filter((x) => mentions.some((m) => overlaps(m, x) && m.country === x.country));
  const correct = mentions.filter((m) => gold.some((x) => overlaps(m, x) && m.country === x.country));
  for (const key of [`${item.split} ${item.lang}`, `${item.split} all`]) {
    const t = tally(key);
    t.expected += gold.length;
    t.found += found.length;
    t.predicted += mentions.length;
    t.correct += correct.length;
  }
  if (verbose && (found.length < gold.length || correct.length < mentions.length)) {
    const got = mentions.map((m) => `${item.text.slice(m.start, m.end)}→${m.country}`).join(', ');
    const missed = gold.filter((x) => !found.includes(x)).map((x) => `${x.surface}→${x.country}`);
    console.log(`[${item.split} ${item.lang}] ${item.text}\n   got: ${got}\n   missed: ${missed.join(', ')}`);
  }
}

const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
console.log('split   lang  recall           precision');
for (const [key, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
  const [split, lang] = key.split(' ');
  console.log(
    `${(split ?? '').padEnd(7)} ${(lang ?? '').padEnd(5)} ${pct(t.found, t.expected).padStart(6)} (${t.found}/${t.expected})`.padEnd(
      32,
    ) + ` ${pct(t.correct, t.predicted).padStart(6)} (${t.correct}/${t.predicted})`,
  );
}
