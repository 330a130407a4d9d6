import { loadGazetteer } from '../src/stages/places/gazetteer/load.js';

const t0 = performance.now();
const g = loadGazetteer({ cacheDir: '/tmp/pl/cache', warn: (m) => console.log('WARN', m) });
const t1 = performance.now();
console.log(
  'load ms',
  Math.round(t1 - t0),
  'entries',
  g.entries.length,
  'rss MB',
  Math.round(process.memoryUsage().rss / 1e6),
  'heap',
  Math.round(process.memoryUsage().heapUsed / 1e6),
);
for (const k of [
  'aleppo',
  'saraqeb',
  'morek',
  'hama',
  'idlib',
  'syria',
  'atareb',
  'zarbah',
  'alepo',
  'alep',
  'حلب',
  'khan sheikhoun',
  'maraat al numan',
  'darat izza',
]) {
  const ex = g.exact(k) ?? [];
  console.log(
    k,
    Array.from(ex)
      .slice(0, 6)
      .map((r) => {
        const e = g.entries[r >>> 3]!;
        return `${e.name}/${e.country}/${e.kind}/${e.population}/k${r & 7}`;
      })
      .join('; '),
  );
}
