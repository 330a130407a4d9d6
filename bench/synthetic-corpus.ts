// A deterministic synthetic news corpus written for sitrep's benchmarks: fictional towns, groups and outlets,
// templates with perturbations, and copies mixed in. Same seed, same corpus.

/** Mulberry32: a small, fast, seedable PRNG (deterministic across platforms). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOWNS = ['Dunmere', 'Karsk', 'Vellin', 'Osterby', 'Marrow Ford', 'Tallis', 'Brennock', 'Quill Harbour'];
const GROUPS = ['the Northern Front', 'the Free Hills Brigade', 'the Coastal Guard', 'the Union Army'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SOURCES = ['the Dunmere Monitor for Civil Rights', 'the health ministry', 'two military sources', 'residents'];
const OUTLETS = ['Harbour Courier', 'Northwind Post', 'Valley Ledger', 'Meridian Press Agency'];

const SENTENCES = [
  (p: Pick) => `${cap(p.group)} said on ${p.day} it had seized ${p.town} after ${p.n} hours of fighting.`,
  (p: Pick) => `At least ${p.n} civilians were killed in air strikes on ${p.town}, according to ${p.source}.`,
  (p: Pick) => `"We will not give up ${p.town}," a commander of ${p.group} told the ${p.outlet}.`,
  (p: Pick) => `State television denied that ${p.group} had entered ${p.town} on ${p.day}.`,
  (p: Pick) => `The ${p.outlet} could not independently verify the claims.`,
  (p: Pick) => `About ${p.n * 100} families fled ${p.town} since ${p.day}, ${p.source} said.`,
  (p: Pick) => `Shelling hit the outskirts of ${p.town}, 15km south-west of ${p.town2}, on ${p.day}.`,
  (p: Pick) => `Mr. Halvard, the U.N. envoy, said at 3 p.m. that talks would resume in ${p.town2}.`,
];

interface Pick {
  town: string;
  town2: string;
  group: string;
  day: string;
  source: string;
  outlet: string;
  n: number;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const choose = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** One article of roughly `targetBytes` characters. */
export function syntheticArticle(r: () => number, targetBytes = 5000): string {
  const parts: string[] = [`${cap(choose(r, GROUPS))} advance on ${choose(r, TOWNS)}`, ''];
  let size = parts[0]!.length;
  while (size < targetBytes) {
    const pick: Pick = {
      town: choose(r, TOWNS),
      town2: choose(r, TOWNS),
      group: choose(r, GROUPS),
      day: choose(r, WEEKDAYS),
      source: choose(r, SOURCES),
      outlet: choose(r, OUTLETS),
      n: 2 + Math.floor(r() * 200),
    };
    const paragraph = [choose(r, SENTENCES)(pick), choose(r, SENTENCES)(pick)].join(' ');
    parts.push(paragraph, '');
    size += paragraph.length + 2;
  }
  return parts.join('\n');
}

/** `count` articles; every tenth is a copy of an earlier one with a credit line, as wire copy is republished. */
export function* syntheticCorpus(count: number, seed = 42, targetBytes = 5000): Generator<string> {
  const r = rng(seed);
  const recent: string[] = [];
  for (let i = 0; i < count; i++) {
    const text =
      i % 10 === 9 && recent.length
        ? `${choose(r, recent)}\nMeridian Press Agency contributed to this report.\n`
        : syntheticArticle(r, targetBytes);
    recent.push(text);
    if (recent.length > 50) recent.shift();
    yield text;
  }
}
