/**
 * Throughput of the places stage alone (analysis + mentions, index already loaded) on ~5 KB English articles made by
 * joining consecutive LGL and GeoWebNews texts (read at run time from ../shared/bench; nothing is copied).
 * Usage: node --import tsx eval/places/speed-places.ts [--n 600] [--kb 5] [--cold] [--profile FILE]. --profile writes a
 * V8 .cpuprofile of the measured loop only (not the index load or the warm-up; see bench/profile-summary.ts).
 * --cold warms up on the second half of the texts and measures on articles made of the first half only, so that no
 * measured article was seen before (the stage's lookup memos start empty for its words); without it the articles
 * cycle through the texts and repeat after about 300.
 * --warm-rounds N (default 1) runs the warm-up articles N times: the stage's big functions (analyse, accept, cuesOf)
 * are called once per article, and after one round of about 120 articles V8 is still compiling them during the
 * measured loop (its background compilation counts as CPU time of the process). Later rounds repeat only warm-up
 * articles, so the measured articles stay unseen.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { join } from 'node:path';
import { analyse } from '../../src/stages/places/resolve/analyse.js';
import { mentionsOf } from '../../src/stages/places/resolve/mention.js';
import { gazetteer, lineSentences, SHARED } from './shared.js';

const arg = (name: string, d: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const N = arg('--n', 600);
const KB = arg('--kb', 5);
const COLD = process.argv.includes('--cold');
const WARM_ROUNDS = arg('--warm-rounds', 1);
const profileAt = process.argv.indexOf('--profile');
const PROFILE = profileAt > 0 ? (process.argv[profileAt + 1] as string) : null;
if (!existsSync(join(SHARED, 'bench'))) {
  console.log('speed-places: ../shared/bench is absent (exit 0).');
  process.exit(0);
}
const texts: string[] = [];
for (const file of ['bench/lgl/lgl.xml', 'bench/geowebnews/GWN.xml']) {
  const xml = readFileSync(join(SHARED, file), 'utf8');
  for (const [, t] of xml.matchAll(/<text>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/text>/g)) texts.push(t as string);
}
/** Consecutive texts joined into articles of at least KB kilobytes, n at most, cycling through `from` if `cycle`. */
function articlesOf(from: readonly string[], n: number, cycle: boolean): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; out.length < n && (cycle || i < from.length); i = cycle ? (i + 1) % from.length : i + 1) {
    cur = cur ? `${cur}\n\n${from[i]}` : (from[i] as string);
    if (cur.length >= KB * 1000) {
      out.push(cur);
      cur = '';
    }
  }
  return out;
}
const half = Math.floor(texts.length / 2);
const articles = COLD ? articlesOf(texts.slice(0, half), N, false) : articlesOf(texts, N, true);
const warmUp = COLD ? articlesOf(texts.slice(half), N, false) : articles.slice(0, 50);
const t0 = performance.now();
const g = gazetteer();
const loadMs = performance.now() - t0;
const sentences = articles.map(lineSentences);
for (let round = 0; round < WARM_ROUNDS; round++)
  for (const a of warmUp) mentionsOf(g, analyse(g, a, lineSentences(a), []));
const session = PROFILE ? new Session() : null;
const post = (method: string, params: object = {}): Promise<unknown> =>
  new Promise((ok, fail) => session?.post(method, params, (e, r) => (e ? fail(e) : ok(r))));
if (session) {
  session.connect();
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.start');
}
const t1 = performance.now();
const cpu0 = process.cpuUsage();
let mentions = 0;
for (let i = 0; i < articles.length; i++)
  mentions += mentionsOf(g, analyse(g, articles[i] as string, sentences[i] as never, [])).length;
const s = (performance.now() - t1) / 1000;
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
if (session && PROFILE) {
  const { profile } = (await post('Profiler.stop')) as { profile: object };
  writeFileSync(PROFILE, JSON.stringify(profile));
}
const kb = articles.reduce((a, t) => a + t.length, 0) / articles.length / 1000;
console.log(
  `places stage${COLD ? ' (cold: unseen articles)' : ''}${WARM_ROUNDS > 1 ? ` after ${WARM_ROUNDS} warm-up rounds` : ''}: ${articles.length} articles of ${kb.toFixed(1)} KB in ${s.toFixed(2)} s = ${(articles.length / s).toFixed(0)} articles/s wall, ${(articles.length / cpuS).toFixed(0)} per CPU-second (${mentions} mentions); gazetteer load ${loadMs.toFixed(0)} ms; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);
