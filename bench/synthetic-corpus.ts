// A deterministic synthetic news corpus written for sitrep's benchmarks: fictional towns, groups and outlets mixed
// with real place names (a gazetteer's hits matter for the places stage's cost), sentence templates with
// perturbations (datelines, bylines, boilerplate, typos, odd spacing), and copies and spun rewrites of recent
// articles mixed in, as wire copy is republished and rewritten. Same seed, same corpus. Streaming: a generator that
// keeps only the last RECENT articles, so a million documents never sit in memory.

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
/** Real places (names are facts): these hit the gazetteer, as the towns of real news do. */
const REAL_PLACES = [
  'Aleppo',
  'Kharkiv',
  'Mosul',
  'Goma',
  'Khartoum',
  'Idlib',
  'Bakhmut',
  'Gaza',
  'Mogadishu',
  'Tripoli',
];
const GROUPS = ['the Northern Front', 'the Free Hills Brigade', 'the Coastal Guard', 'the Union Army'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];
const SOURCES = ['the Dunmere Monitor for Civil Rights', 'the health ministry', 'two military sources', 'residents'];
const OUTLETS = ['Harbour Courier', 'Northwind Post', 'Valley Ledger', 'Meridian Press Agency'];
const BOILERPLATE = [
  'Sign up for our daily briefing.',
  'Share this article',
  'Related: What we know so far',
  'Photo: Meridian Press Agency',
  '© 2024 Valley Ledger. All rights reserved.',
];

interface Pick {
  thing: string;
  word: string;
  town: string;
  town2: string;
  group: string;
  day: string;
  date: string;
  source: string;
  outlet: string;
  n: number;
}

const SENTENCES = [
  (p: Pick) => `${cap(p.group)} said on ${p.day} it had seized ${p.thing} in ${p.town} after ${p.n} hours of fighting.`,
  (p: Pick) =>
    `At least ${p.n} civilians were killed in air strikes on ${p.thing} in ${p.town}, according to ${p.source}.`,
  (p: Pick) => `"We will not give up ${p.word} or ${p.town}," a commander of ${p.group} told the ${p.outlet}.`,
  (p: Pick) => `State television denied that ${p.group} had entered ${p.thing} near ${p.town} on ${p.day}.`,
  (p: Pick) => `The ${p.outlet} could not independently verify claims about ${p.thing}.`,
  (p: Pick) => `About ${p.n * 100} families fled ${p.word} and ${p.town} since ${p.day}, ${p.source} said.`,
  (p: Pick) => `Shelling hit ${p.thing} on the outskirts of ${p.town}, 15km south-west of ${p.town2}, on ${p.day}.`,
  (p: Pick) => `Mr. ${p.word}, the U.N. envoy, said at 3 p.m. that talks on ${p.thing} would resume in ${p.town2}.`,
  (p: Pick) => `The fighting began on ${p.date}, when ${p.group} crossed ${p.thing} north of ${p.town}.`,
  (p: Pick) => `Aid convoys reached ${p.town2} last week, but ${p.source} said ${p.n} trucks were held at ${p.thing}.`,
  (p: Pick) => `Two days later, a ceasefire brokered at ${p.thing} in ${p.town2} collapsed within hours.`,
  (p: Pick) => `Officials in ${p.town} said ${p.thing} had been without power and water since ${p.date}.`,
];

/** Invented content words, drawn with a Zipf-like skew from a large space: articles share few word pairs by chance. */
const WORD_SPACE = 40_000;
const wordOf = (rank: number) => {
  let x = rank + 17;
  const parts: string[] = [];
  for (let k = 0; k < 3 || x > 0; k++) {
    parts.push(SYLLABLES[x % SYLLABLES.length]!);
    x = Math.floor(x / SYLLABLES.length);
  }
  return cap(parts.join(''));
};
const zipfWord = (r: () => number) => wordOf(Math.floor(Math.exp(r() * Math.log(WORD_SPACE))) - 1);
const THING_KINDS = ['depot', 'bridge', 'checkpoint', 'hospital', 'market', 'barracks', 'school', 'crossing', 'mill'];

// Compositional sentences: subject × action × object × adjunct × attribution, tens of thousands of skeletons, so
// unrelated articles rarely share a sentence shape (as real ones rarely do; fixed templates alone make every article
// a paraphrase of every other, which the provenance stage rightly links).
const SUBJECTS = [
  (p: Pick) => cap(p.group),
  (p: Pick) => `Fighters loyal to ${p.group}`,
  (p: Pick) => `A convoy from ${p.town2}`,
  (p: Pick) => `Residents of ${p.town}`,
  () => `Government troops`,
  (p: Pick) => `Mr. ${p.word}`,
  () => `An unidentified drone`,
  (p: Pick) => `Volunteers from ${p.word}`,
];
const ACTIONS_DONE = [
  (p: Pick) => `shelled ${p.thing}`,
  (p: Pick) => `took control of ${p.thing}`,
  (p: Pick) => `withdrew from ${p.thing}`,
  (p: Pick) => `blocked the road to ${p.town}`,
  (p: Pick) => `evacuated ${p.n} people from ${p.thing}`,
  (p: Pick) => `attacked a patrol near ${p.thing}`,
  (p: Pick) => `reopened ${p.thing}`,
  (p: Pick) => `detained ${p.n} men at ${p.thing}`,
  (p: Pick) => `fired rockets at ${p.town}`,
  (p: Pick) => `surrounded ${p.thing}`,
];
const ADJUNCTS = [
  (p: Pick) => ` on ${p.day}`,
  (p: Pick) => ` early on ${p.date}`,
  () => ` before dawn`,
  (p: Pick) => ` for the ${p.n % 9 === 0 ? 'first' : 'second'} time this month`,
  (p: Pick) => ` after ${p.n} hours of clashes`,
  () => '',
  (p: Pick) => ` despite the truce agreed in ${p.town2}`,
];
const ATTRIBUTIONS = [
  (p: Pick) => `, ${p.source} said`,
  (p: Pick) => `, according to ${p.source}`,
  (p: Pick) => `, the ${p.outlet} reported`,
  () => '',
  () => '',
  (p: Pick) => `, a witness told the ${p.outlet}`,
  (p: Pick) => `, ${p.group} said in a statement`,
];
const composed = (r: () => number, p: Pick) =>
  `${choose(r, SUBJECTS)(p)} ${choose(r, ACTIONS_DONE)(p)}${choose(r, ADJUNCTS)(p)}${choose(r, ATTRIBUTIONS)(p)}.`;

/** Spun rewrites swap these words (and reorder sentences), as rewritten wire copy does. */
const SYNONYMS: readonly [RegExp, string][] = [
  [/\bsaid\b/g, 'stated'],
  [/\bkilled\b/g, 'left dead'],
  [/\bseized\b/g, 'captured'],
  [/\bfled\b/g, 'escaped'],
  [/\bfighting\b/g, 'clashes'],
  [/\bcivilians\b/g, 'non-combatants'],
  [/\bAt least\b/g, 'No fewer than'],
];

/** Syllables for invented names: every event gets its own cast, so unrelated articles share few word pairs. */
const SYLLABLES = [
  'ka',
  'ven',
  'dor',
  'mi',
  'ral',
  'tus',
  'be',
  'lin',
  'os',
  'ter',
  'ha',
  'mar',
  'qui',
  'zel',
  'no',
  'vak',
];
const ROLES = ['commander', 'spokesman', 'governor', 'mayor', 'doctor', 'minister', 'envoy', 'official'];
const ACTIONS = ['visited', 'inspected', 'described', 'criticised', 'praised', 'left', 'reached', 'surveyed'];
const THINGS = ['the bridge', 'a field hospital', 'the grain depot', 'the old market', 'a school', 'the power station'];

const invent = (r: () => number, parts: number) =>
  cap(Array.from({ length: parts }, () => SYLLABLES[Math.floor(r() * SYLLABLES.length)]).join(''));

/** Articles come in events of this many: an event's articles share its invented people and places. */
const EVENT_SIZE = 20;

interface Cast {
  readonly people: readonly string[];
  readonly towns: readonly string[];
  readonly group: string;
  readonly outlet: string;
}

const castOf = (r: () => number): Cast => ({
  people: Array.from({ length: 4 }, () => `${invent(r, 2)} ${invent(r, 3)}`),
  towns: Array.from({ length: 3 }, () => invent(r, 2 + Math.floor(r() * 2))),
  group: `the ${invent(r, 3)} ${choose(r, ['Brigade', 'Front', 'Army', 'Guard', 'Movement'])}`,
  outlet: `${invent(r, 2)} ${choose(r, ['Post', 'Courier', 'Ledger', 'Times', 'Herald'])}`,
});

/** A sentence about the event's own people and places, from a large space of combinations. */
function castSentence(r: () => number, cast: Cast, n: number): string {
  const person = choose(r, cast.people);
  const where = choose(r, cast.towns);
  switch (Math.floor(r() * 4)) {
    case 0: {
      const role = choose(r, ROLES);
      return `${person}, ${/^[aeiou]/.test(role) ? 'an' : 'a'} ${role} in ${where}, ${choose(r, ACTIONS)} ${choose(r, THINGS)} on ${choose(r, WEEKDAYS)}.`;
    }
    case 1:
      return `"There are ${n} people sheltering in ${choose(r, THINGS).replace(/^(the|a) /, 'the ')} of ${where}," said ${person}.`;
    case 2:
      return `In ${where}, ${person} said ${n} homes had been ${choose(r, ['damaged', 'destroyed', 'abandoned', 'searched'])}.`;
    default:
      return `${person} ${choose(r, ACTIONS)} ${where} with ${choose(r, cast.people)} and ${n} ${choose(r, ['volunteers', 'soldiers', 'nurses', 'engineers'])}.`;
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const choose = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

/** A one-character typo or doubled space in about one sentence in twenty. */
function perturb(r: () => number, sentence: string): string {
  const roll = r();
  if (roll < 0.03 && sentence.length > 10) {
    const at = 1 + Math.floor(r() * (sentence.length - 2));
    return sentence.slice(0, at) + sentence[at + 1] + sentence[at] + sentence.slice(at + 2);
  }
  if (roll < 0.05) return sentence.replace(' ', '  ');
  return sentence;
}

const town = (r: () => number) => (r() < 0.4 ? choose(r, REAL_PLACES) : choose(r, TOWNS));

/** One article of roughly `targetBytes` characters: headline, optional dateline and byline, paragraphs, boilerplate. */
export function syntheticArticle(r: () => number, targetBytes = 5000, cast: Cast = castOf(r)): string {
  const place = town(r);
  const parts: string[] = [`${cap(choose(r, GROUPS))} advance on ${place}`, ''];
  if (r() < 0.5) parts.push(`By ${choose(r, ['Ana Ruiz', 'Tomas Keel', 'Lina Haddad'])}, ${choose(r, OUTLETS)}`, '');
  let size = parts.reduce((n, p) => n + p.length + 1, 0);
  let first = true;
  while (size < targetBytes) {
    const pick: Pick = {
      thing: `the ${zipfWord(r)} ${choose(r, THING_KINDS)}`,
      word: zipfWord(r),
      town: first ? place : r() < 0.5 ? choose(r, cast.towns) : town(r),
      town2: r() < 0.5 ? choose(r, cast.towns) : town(r),
      group: r() < 0.7 ? cast.group : choose(r, GROUPS),
      day: choose(r, WEEKDAYS),
      date: `${1 + Math.floor(r() * 28)} ${choose(r, MONTHS)} 2024`,
      source: choose(r, SOURCES),
      outlet: r() < 0.7 ? cast.outlet : choose(r, OUTLETS),
      n: 2 + Math.floor(r() * 200),
    };
    const template = () => (r() < 0.25 ? choose(r, SENTENCES)(pick) : composed(r, pick));
    const sentences = [perturb(r, template()), perturb(r, castSentence(r, cast, pick.n))];
    if (r() < 0.5) sentences.push(perturb(r, r() < 0.5 ? castSentence(r, cast, pick.n) : template()));
    let paragraph = sentences.join(' ');
    if (first && r() < 0.6) paragraph = `${place.toUpperCase()} (${choose(r, OUTLETS)}) — ${paragraph}`;
    first = false;
    parts.push(paragraph, '');
    size += paragraph.length + 2;
    if (r() < 0.08) {
      const line = choose(r, BOILERPLATE);
      parts.push(line, '');
      size += line.length + 2;
    }
  }
  return parts.join('\n');
}

/** A spun rewrite: synonyms swapped, one paragraph pair reordered, the tail dropped, a new credit line. */
export function spunRewrite(r: () => number, source: string): string {
  let text = source;
  for (const [pattern, replacement] of SYNONYMS) if (r() < 0.7) text = text.replace(pattern, replacement);
  const paragraphs = text.split('\n\n');
  if (paragraphs.length > 4) {
    const i = 1 + Math.floor(r() * (paragraphs.length - 3));
    [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1]!, paragraphs[i]!];
  }
  const keep = Math.max(2, Math.floor(paragraphs.length * (0.7 + 0.3 * r())));
  return `${paragraphs.slice(0, keep).join('\n\n')}\n\nAdditional reporting by ${choose(r, OUTLETS)}.\n`;
}

export interface CorpusOptions {
  readonly seed?: number;
  readonly targetBytes?: number;
  /** Share of documents that are verbatim copies (plus a credit line) of a recent article. */
  readonly copyRate?: number;
  /** Share that are spun rewrites of a recent article. */
  readonly rewriteRate?: number;
}

/** How many recent articles copies and rewrites are drawn from (and all the generator keeps in memory). */
const RECENT = 50;

/**
 * `count` articles, streamed, in events of EVENT_SIZE sharing invented people and places. By default 7% are copies of a recent article with a credit line added, and 5% spun
 * rewrites. Deterministic for a given seed and options.
 */
export function* syntheticCorpus(
  count: number,
  seedOrOptions: number | CorpusOptions = 42,
  targetBytes = 5000,
): Generator<string> {
  const options: CorpusOptions =
    typeof seedOrOptions === 'number' ? { seed: seedOrOptions, targetBytes } : seedOrOptions;
  const r = rng(options.seed ?? 42);
  const size = options.targetBytes ?? targetBytes;
  const copyRate = options.copyRate ?? 0.07;
  const rewriteRate = options.rewriteRate ?? 0.05;
  const recent: string[] = [];
  let cast = castOf(r);
  for (let i = 0; i < count; i++) {
    if (i % EVENT_SIZE === 0) cast = castOf(r);
    const roll = r();
    let text: string;
    if (recent.length && roll < copyRate) {
      text = `${choose(r, recent)}\n${choose(r, OUTLETS)} contributed to this report.\n`;
    } else if (recent.length && roll < copyRate + rewriteRate) {
      text = spunRewrite(r, choose(r, recent));
    } else {
      text = syntheticArticle(r, size, cast);
      recent.push(text);
      if (recent.length > RECENT) recent.shift();
    }
    yield text;
  }
}
