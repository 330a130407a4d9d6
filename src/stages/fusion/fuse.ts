import { overlaps } from '../../model/index.js';
import type { AnalyzedDocument, CorpusLayers } from '../../pipeline/stage.js';
import type { Status } from '../../report/contract.js';
import type { ClaimMention } from '../claims/types.js';
import type { EventMention } from '../events/types.js';
import '../events/types.js';
import '../publication/types.js';
import '../provenance/types.js';
import { ALIGNED_MIN_SCORE, groupClaims } from './claim-groups.js';
import { ClusterIndex, nearKeys, PLACE_CELL_KM, placeKeys } from './cluster-index.js';
import { ClusterSources } from './cluster-sources.js';
import { contractDate, dayDiff } from './dates.js';
import { clusterByDays, gapDays, interval } from './intervals.js';
import { Summary } from './summary.js';
import type { FusedContradiction, FusedEvent, FusedMention, FusionResult } from './types.js';

/**
 * How far apart two mentions' places may be and still be one event, by the coarser mention's geo-precision
 * (1 the town itself, 2 near it, 3 a province). Calibrated on the spread of towns around a city: a strike "on
 * Aleppo" and one "in a suburb of Aleppo" are within 15 km; two towns 20 km apart are different strikes.
 */
const PLACE_KM: Record<1 | 2 | 3, number> = { 1: 12, 2: 30, 3: 80 };
// the place index finds near places only up to its cell size
if (Math.max(...Object.values(PLACE_KM)) >= PLACE_CELL_KM) throw new Error('PLACE_KM exceeds PLACE_CELL_KM');
/** A report-day date (the text gives none: the event happened on or before the report) matches a dated mention up
 * to this many days earlier (the day before: "on Friday" in a Saturday report). Wider windows merged a
 * Friday clash with a Sunday report's different clash on the dev corpus. */
const REPORT_DAY_WINDOW = 1;

/** A week-precise date matches full days this many days either side (it covers its week). */
const WEEK_DAYS = 6;
/** The widest gap, in days, datesCompatible accepts between two full days: the date blocking window. */
const MAX_DAY_GAP = Math.max(WEEK_DAYS, REPORT_DAY_WINDOW);
const DAY_MS = 86_400_000;

const KM_PER_RAD = 6371;
function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * KM_PER_RAD * Math.asin(Math.min(1, Math.sqrt(h)));
}

interface Item extends FusedMention {
  readonly remote: boolean;
  /** A diplomatic or support act (EventMention.diplomatic), and the states taking part. */
  readonly diplomatic: boolean;
  readonly states: readonly string[];
  /** What kind of development a catch-all sub-type ("Other") is: `diplomatic`, `displacement` or empty. */
  readonly kind: string;
  /** Campaign-level (see EventMention.aggregate), and the area keys of its regions. */
  readonly aggregate: boolean;
  readonly regions: readonly string[];
  /** The period the text dates it by, when it gives no day. */
  readonly range: { readonly from: string; readonly to: string } | null;
  readonly eventType: string;
  readonly subEventType: string;
  readonly background: boolean;
  readonly group: string;
  readonly order: number;
}

function datesCompatible(a: Item, b: Item): boolean {
  if (a.background || b.background) return a.date === b.date || !a.date || !b.date;
  // a range ("within two days" of Wednesday) holds the days inside it
  if (a.range || b.range) return gapDays(interval(a, REPORT_DAY_WINDOW), interval(b, REPORT_DAY_WINDOW)) === 0;
  if (!a.date || !b.date) return a.dateBasis === 'none' || b.dateBasis === 'none';
  if (a.date === b.date) return true;
  const d = dayDiff(a.date, b.date);
  if (d === null) return a.date.startsWith(b.date) || b.date.startsWith(a.date);
  // a report day covers the days just before it; a week-precise date covers its week
  if (a.dateBasis === 'report-day' && b.dateBasis === 'report-day') return Math.abs(d) <= REPORT_DAY_WINDOW;
  if (a.dateBasis === 'report-day') return d <= 0 && -d <= REPORT_DAY_WINDOW;
  if (b.dateBasis === 'report-day') return d >= 0 && d <= REPORT_DAY_WINDOW;
  if (a.timePrecision === 2 || b.timePrecision === 2) return Math.abs(d) <= WEEK_DAYS;
  return false;
}

function placesCompatible(a: Item, b: Item): boolean {
  if (!a.place || !b.place) {
    if (!a.place && !b.place) return true;
    // one unplaced mention joins a placed one only when both are dated from the text to the same day
    return a.dateBasis === 'text' && b.dateBasis === 'text' && a.date === b.date && a.timePrecision === 1;
  }
  if (a.place.gazetteerId && a.place.gazetteerId === b.place.gazetteerId) return true;
  // an airport, a base or a crossing is a site of its own, not the town a few km away
  const landmark = a.place.feature === 'landmark' || b.place.feature === 'landmark';
  if (landmark && a.place.geoPrecision === 1 && b.place.geoPrecision === 1) return false;
  // a province (or a part of one) holds only the places inside it: the towns of the next province, however near
  // its centre, are somewhere else
  const coarse = a.place.geoPrecision === 3 || b.place.geoPrecision === 3;
  if (coarse && a.place.area && b.place.area) return a.place.area === b.place.area;
  const precision = Math.max(a.place.geoPrecision, b.place.geoPrecision) as 1 | 2 | 3;
  return km(a.place, b.place) <= PLACE_KM[precision];
}

/** Every actor of the smaller list is in the larger one (an empty list fits any). */
function nested(a: readonly string[], b: readonly string[]): boolean {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  return small.every((x) => large.includes(x));
}

function actorsCompatible(a: Item, b: Item): boolean {
  if (a.eventType !== 'Strategic developments') return true;
  // strategic events without a place are told apart by who took part; calls more strictly: a Turkey–Russia call
  // and a Russia–Iran call share Russia but are two calls ("calls between Russia, Iran and Turkey" may be either)
  if (a.place && b.place) return true;
  if (a.remote && b.remote) return nested(a.actors, b.actors);
  if (!a.actors.length || !b.actors.length) return true;
  return a.actors.some((x) => b.actors.includes(x));
}

/**
 * A mention the text does not date (report day) is vague in time, so it needs the very place of a dated one: the
 * same gazetteer entry, or a province holding it. Nearness alone merged an undated capture of a city district with
 * the capture of the city a day earlier on the dev corpus.
 */
function sameSiteWhenUndated(a: Item, b: Item): boolean {
  if ((a.dateBasis === 'report-day') === (b.dateBasis === 'report-day')) return true;
  if (!a.place || !b.place) return true;
  if (a.place.gazetteerId && a.place.gazetteerId === b.place.gazetteerId) return true;
  return a.place.geoPrecision === 3 || b.place.geoPrecision === 3;
}

/**
 * Campaign-level mentions are one event when they sum up the same activity (type, sub-type) over a shared region
 * (or both over no known one), on days at most AGGREGATE_GAP_DAYS apart (an undated one counts from the days
 * before its report), with compatible actors. Calibrated on the dev corpus: "seized dozens of towns" in a
 * Saturday report, "seized a number of towns since Wednesday" on Thursday and "seized 70 locations" on Friday are
 * one advance; two region-level clashes two days apart are two.
 */
const AGGREGATE_GAP_DAYS = 1;

function aggregatesCompatible(a: Item, b: Item): boolean {
  if (a.eventType !== b.eventType || a.subEventType !== b.subEventType || a.background !== b.background) return false;
  if (a.kind !== b.kind) return false;
  const regions = a.regions.length || b.regions.length ? a.regions.some((r) => b.regions.includes(r)) : true;
  if (!regions || !actorsCompatible(a, b)) return false;
  const gap = gapDays(interval(a, REPORT_DAY_WINDOW), interval(b, REPORT_DAY_WINDOW));
  return gap !== null && gap <= AGGREGATE_GAP_DAYS;
}

const compatible = (a: Item, b: Item): boolean =>
  a.eventType === b.eventType &&
  a.remote === b.remote &&
  a.kind === b.kind &&
  a.subEventType === b.subEventType &&
  a.background === b.background &&
  datesCompatible(a, b) &&
  placesCompatible(a, b) &&
  sameSiteWhenUndated(a, b) &&
  actorsCompatible(a, b);

/** The first two of `list` that pass `test` (an unplaced mention joins a placed cluster only when one fits: a
 * second is enough to know it stays apart, and at scale most days hold many events of a type). */
function firstTwo(list: readonly number[], test: (k: number) => boolean): number[] {
  const out: number[] = [];
  for (const k of list) if (test(k) && out.push(k) === 2) break;
  return out;
}

/** States two diplomatic mentions must share to be one act undated: a bilateral pair ("Russia" and "Syria"). */
const DIPLOMATIC_MIN_STATES = 2;

/** The placed clusters (the first two) an undated diplomatic mention fits: same kind, compatible days, a diplomatic
 * member and at least DIPLOMATIC_MIN_STATES states in common. */
function diplomaticCandidates(it: Item, offered: readonly number[], clusters: readonly Summary<Item>[]): number[] {
  if (!it.diplomatic || it.states.length < DIPLOMATIC_MIN_STATES) return [];
  return firstTwo(offered, (k) => {
    const c = clusters[k] as Summary<Item>;
    if (!c.diplomatic) return false;
    const same = c.everyKind(
      (o) =>
        o.eventType === it.eventType &&
        o.subEventType === it.subEventType &&
        o.remote === it.remote &&
        o.kind === it.kind &&
        o.background === it.background &&
        datesCompatible(o, it),
    );
    return same && it.states.filter((x) => c.states.has(x)).length >= DIPLOMATIC_MIN_STATES;
  });
}

/**
 * Pairs of mentions (item indices) whose evidence sentences provenance aligned with each other: one document
 * copied or rewrote the other's sentence, so a same-type event in both is the same event even when the places are
 * worded differently. Alignments under ALIGNED_MIN_SCORE, and links judged independent, are ignored.
 */
function alignedPairs(items: readonly Item[], corpus: CorpusLayers): Linked {
  const pairs = new Set<string>();
  const partners = new Map<number, number[]>();
  const pair = (x: number, y: number) => {
    const key = `${x}:${y}`;
    if (pairs.has(key)) return;
    pairs.add(key);
    const list = partners.get(x);
    if (list) list.push(y);
    else partners.set(x, [y]);
  };
  const byDoc = new Map<string, Item[]>();
  for (const it of items) {
    const list = byDoc.get(it.doc);
    if (list) list.push(it);
    else byDoc.set(it.doc, [it]);
  }
  for (const link of corpus.provenance?.links ?? []) {
    // near misses kept for review: their sentences were not taken from one another
    if (link.relation === 'independent') continue;
    const ia = byDoc.get(link.a) ?? [];
    const ib = byDoc.get(link.b) ?? [];
    for (const al of link.aligned) {
      if (al.score < ALIGNED_MIN_SCORE) continue;
      for (const x of ia) {
        if (!overlaps(x.span, al.a)) continue;
        for (const y of ib) {
          if (!overlaps(y.span, al.b) || x.eventType !== y.eventType || x.background !== y.background) continue;
          pair(x.order, y.order);
          pair(y.order, x.order);
        }
      }
    }
  }
  return { pairs, partners };
}

/** Provenance-aligned mention pairs: `a:b` item orders both ways, and each item's partners. */
interface Linked {
  readonly pairs: Set<string>;
  readonly partners: ReadonlyMap<number, readonly number[]>;
}

/** No place and no date of its own (the report day stands in, or nothing). */
const vague = (it: Item): boolean => !it.place && it.dateBasis !== 'text';

/** Day number of a full ISO day (as dayDiff counts days), or null: coarser, missing or unparseable. */
function dayNumber(date: string | null): number | null {
  if (date === null || date.length !== 10) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

/**
 * Everything the compatibility tests (compatible, datesCompatible, placesCompatible, sameSiteWhenUndated,
 * actorsCompatible, aggregatesCompatible, the unplaced and diplomatic filters) read of a mention: two mentions with
 * one signature fit the same mentions. Identity (order, document, group) is not in it: alignment is counted apart.
 */
function signature(it: Item): string {
  const p = it.place;
  const where = p ? [p.gazetteerId, p.feature, p.geoPrecision, p.area, p.lat, p.lon].join('\u0002') : '-';
  return [
    it.eventType,
    it.subEventType,
    it.remote,
    it.kind,
    it.background,
    it.date,
    it.timePrecision,
    it.dateBasis,
    it.range ? `${it.range.from}..${it.range.to}` : '-',
    where,
    it.actors.join('\u0002'),
    it.regions.join('\u0002'),
  ].join('\u0001');
}

const typeKey = (it: Item): string =>
  `${it.eventType}\u0000${it.subEventType}\u0000${it.background}\u0000${it.remote}\u0000${it.kind}`;

/** The union of two ascending lists of cluster numbers, ascending. */
function mergeSorted(a: readonly number[], b: readonly number[]): readonly number[] {
  if (!b.length) return a;
  if (!a.length) return b;
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/** Union of sorted cluster lists and the clusters holding `it`'s aligned partners (within [from, to)), ascending. */
function withPartners(
  base: readonly number[],
  it: Item,
  linked: Linked,
  clusterOf: readonly (number | undefined)[],
  from: number,
  to: number,
): readonly number[] {
  const partners = linked.partners.get(it.order);
  if (!partners) return base;
  const set = new Set(base);
  for (const p of partners) {
    const k = clusterOf[p];
    if (k !== undefined && k >= from && k < to) set.add(k);
  }
  return set.size === base.length ? base : [...set].sort((a, b) => a - b);
}

/**
 * Groups mentions into events. Placed mentions first, by complete linkage (a mention joins the first cluster every
 * member of which it is compatible with); a provenance-aligned pair counts as compatible whatever its places and
 * sub-types say, but never across incompatible dates. Then each unplaced mention joins the one cluster it is aligned
 * with, else the single placed cluster it fits (same type, compatible dates with every member, shared actors);
 * when several fit (two strikes the same day) it stays apart, with the other unplaced mentions it fits (a placeless,
 * dateless one only with mentions of its own document or aligned with it).
 */
function clusterItems(all: readonly Item[], linked: Linked): Item[][] {
  // campaign-level mentions cluster among themselves, blocked by type and days
  const aggregates = clusterByDays(
    all.filter((it) => it.aggregate),
    typeKey,
    (it) => interval(it, REPORT_DAY_WINDOW),
    AGGREGATE_GAP_DAYS,
    aggregatesCompatible,
    signature,
  );
  const items = all.filter((it) => !it.aggregate);
  // indexed by item order (items may be a subset: the heads of coreference units)
  const days: (number | null)[] = [];
  for (const it of items) days[it.order] = dayNumber(it.date);
  const dayOf = (it: Item) => (it.background ? null : (days[it.order] ?? null));
  const clusterOf: (number | undefined)[] = new Array(days.length);
  const clusters: Summary<Item>[] = [];
  const sources: ClusterSources[] = [];
  const itemAt: Item[] = [];
  for (const it of items) itemAt[it.order] = it;
  const sigs: string[] = [];
  for (const it of items) sigs[it.order] = signature(it);
  /**
   * Every member of cluster k fits `it` (compatible, or provenance-aligned on compatible dates). Members of one kind
   * (signature) are all compatible with it or none; when none is, each must be aligned with it: counted from its
   * aligned partners in k (alignment pairs are symmetric).
   */
  const allFit = (k: number, it: Item): boolean => {
    const c = clusters[k] as Summary<Item>;
    let linkedKinds: Map<string, number> | null = null;
    for (const [sig, kind] of c.kinds) {
      if (compatible(kind.rep, it)) continue;
      if (!datesCompatible(kind.rep, it)) return false;
      if (!linkedKinds) {
        linkedKinds = new Map();
        for (const p of linked.partners.get(it.order) ?? []) {
          if (clusterOf[p] !== k) continue;
          const ps = sigs[p] as string;
          linkedKinds.set(ps, (linkedKinds.get(ps) ?? 0) + 1);
        }
      }
      if ((linkedKinds.get(sig) ?? 0) !== kind.count) return false;
    }
    return true;
  };
  /**
   * A placeless, dateless mention ("fighting continued") fits any other of its type on the report day, so fit alone
   * merged different fights of different reports on the example corpus: such a pair is one event only when both are
   * from one document or provenance-aligned (as placed clusters require of far-apart places). Asked of unplaced
   * cluster k: every member (it is vague) or every vague member (it is not) is from its document or aligned with it.
   */
  const vouched = (k: number, it: Item): boolean => {
    const inCluster: { doc: string; vague: boolean }[] = [];
    for (const p of linked.partners.get(it.order) ?? []) {
      const m = itemAt[p];
      if (m && clusterOf[p] === k) inCluster.push({ doc: m.doc, vague: vague(m) });
    }
    return (sources[k] as ClusterSources).vouchedFor(it, inCluster, !vague(it));
  };
  const join = (k: number | undefined, it: Item, index: ClusterIndex | null, keys?: readonly string[]): number => {
    if (k === undefined) {
      k = clusters.length;
      clusters.push(new Summary<Item>());
      sources.push(new ClusterSources());
      index?.add(k, typeKey(it), dayOf(it), keys);
    }
    (clusters[k] as Summary<Item>).add(it, sigs[it.order] as string);
    (sources[k] as ClusterSources).add(it, vague(it));
    clusterOf[it.order] = k;
    return k;
  };
  // a cluster is a home only if its first member fits: only clusters the index or an alignment offers are checked,
  // in creation order, so the first that fits is the one a scan of every cluster would find
  const placedIndex = new ClusterIndex(MAX_DAY_GAP);
  for (const it of items) {
    if (!it.place) continue;
    const near = nearKeys(it.place);
    const offered = placedIndex.candidates(typeKey(it), dayOf(it), near);
    const candidates = withPartners(offered, it, linked, clusterOf, 0, clusters.length);
    const home = candidates.find((k) => allFit(k, it));
    join(home, it, placedIndex, home === undefined ? placeKeys(it.place) : undefined);
  }
  const placed = clusters.length;
  const unplacedIndex = new ClusterIndex(MAX_DAY_GAP);
  /** Each document's unplaced clusters, ascending (a document has few). */
  const ownClusters = new Map<string, number[]>();
  for (const it of items) {
    if (it.place) continue;
    const dateOk = (c: Summary<Item>) => c.everyKind((o) => datesCompatible(o, it));
    // clusters holding an aligned partner: that partner is aligned with it
    const byLink = withPartners([], it, linked, clusterOf, 0, placed).find((k) => dateOk(clusters[k] as Summary<Item>));
    // an undated mention (report day) is too vague on both axes to join by fit alone, except a diplomatic act
    // between the same states as a dated one (a pledge of arms, and the arms arriving at a base that day)
    const offered = byLink !== undefined ? [] : placedIndex.candidates(typeKey(it), dayOf(it));
    const candidates =
      byLink !== undefined
        ? []
        : it.dateBasis !== 'text'
          ? diplomaticCandidates(it, offered, clusters)
          : firstTwo(offered, (k) => {
              const c = clusters[k] as Summary<Item>;
              return (
                dateOk(c) &&
                c.everyKind(
                  (o) =>
                    o.eventType === it.eventType &&
                    o.subEventType === it.subEventType &&
                    o.remote === it.remote &&
                    o.kind === it.kind &&
                    o.background === it.background &&
                    actorsCompatible(o, it),
                ) &&
                // the cluster shares an actor with it, or one side names none
                (!c.actors.size || !it.actors.length || it.actors.some((x) => c.actors.has(x)))
              );
            });
    // a cluster a vague mention starts is not indexed: only mentions of its document or aligned with it may join
    // it (see vouched), found through ownClusters and the alignments; a vague mention looks nowhere else, so no
    // scan of a day's many unrelated clusters
    const own = ownClusters.get(it.doc) ?? [];
    const base = vague(it) ? own : mergeSorted(unplacedIndex.candidates(typeKey(it), dayOf(it)), own);
    const home =
      byLink ??
      (candidates.length === 1 ? candidates[0] : undefined) ??
      withPartners(base, it, linked, clusterOf, placed, clusters.length).find((k) => allFit(k, it) && vouched(k, it));
    const k = join(home, it, vague(it) ? null : unplacedIndex);
    if (k >= placed && !own.includes(k)) {
      own.push(k);
      own.sort((a, b) => a - b);
      ownClusters.set(it.doc, own);
    }
  }
  const out = clusters.map((c) => c.members);
  for (const c of aggregates) out.push(c);
  for (const c of out) c.sort((a, b) => a.order - b.order);
  return out.sort((a, b) => (a[0]?.order ?? 0) - (b[0]?.order ?? 0));
}

/**
 * Two mentions of a cluster from different independence groups whose places are too far apart, or null: the first
 * such pair (i < j) a scan of every pair meets. Mentions at one place (every field placesCompatible reads) are
 * compared once per pair of places; for each mention, the first later mention at an incompatible place from
 * another group is found by a binary search and a jump past runs of its own group.
 */
function farPlaces(c: readonly Item[]): [Item, Item] | null {
  const byPlace = new Map<string, { rep: Item; at: number[] }>();
  const placeOf: (string | null)[] = [];
  for (const [i, m] of c.entries()) {
    const p = m.place;
    if (!p) {
      placeOf.push(null);
      continue;
    }
    const key = [p.gazetteerId, p.feature, p.geoPrecision, p.area, p.lat, p.lon].join('\u0002');
    placeOf.push(key);
    const entry = byPlace.get(key);
    if (entry) entry.at.push(i);
    else byPlace.set(key, { rep: m, at: [i] });
  }
  const places = [...byPlace.entries()];
  const far = new Map<string, { at: number[]; nextOther: number[] }[]>();
  for (const [key, { rep }] of places) {
    const list: { at: number[]; nextOther: number[] }[] = [];
    for (const [, other] of places) {
      if (placesCompatible(rep, other.rep)) continue;
      // nextOther[t]: the first t' > t whose mention is in another group than the mention at t (or the end)
      const nextOther = new Array<number>(other.at.length);
      for (let t = other.at.length - 1; t >= 0; t--) {
        const here = c[other.at[t] as number] as Item;
        const next = c[other.at[t + 1] as number];
        nextOther[t] =
          next && next.group !== here.group ? t + 1 : ((nextOther[t + 1] as number | undefined) ?? other.at.length);
      }
      list.push({ at: other.at, nextOther });
    }
    far.set(key, list);
  }
  for (let i = 0; i < c.length; i++) {
    const key = placeOf[i];
    if (!key) continue;
    const a = c[i] as Item;
    let best = -1;
    for (const { at, nextOther } of far.get(key) ?? []) {
      // the first position after i, then past the mentions of a's own group
      let lo = 0;
      let hi = at.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((at[mid] as number) > i) hi = mid;
        else lo = mid + 1;
      }
      if (lo >= at.length) continue;
      const t = (c[at[lo] as number] as Item).group === a.group ? (nextOther[lo] as number) : lo;
      if (t < at.length && (best < 0 || (at[t] as number) < best)) best = at[t] as number;
    }
    if (best >= 0) return [a, c[best] as Item];
  }
  return null;
}

/**
 * Provenance-aligned mentions of one event that the sources date to incompatible days: they are not merged (the
 * date decides), but the disagreement is a `date` contradiction on the event of the earlier mention.
 */
function dateContradictions(
  clusters: readonly (readonly Item[])[],
  events: readonly FusedEvent[],
  linked: Linked,
): FusedContradiction[] {
  const home = new Map<number, number>();
  const byOrder = new Map<number, Item>();
  clusters.forEach((c, k) => {
    for (const m of c) {
      home.set(m.order, k);
      byOrder.set(m.order, m);
    }
  });
  // the aligned pairs (a before b), in the order a scan of every pair would meet them
  const pairs: [Item, Item][] = [];
  for (const [x, partners] of linked.partners) {
    const a = byOrder.get(x);
    if (!a) continue;
    for (const y of partners) {
      const b = byOrder.get(y);
      if (b && b.order > a.order) pairs.push([a, b]);
    }
  }
  pairs.sort(([a1, b1], [a2, b2]) => a1.order - a2.order || b1.order - b2.order);
  const out: FusedContradiction[] = [];
  const done = new Set<string>();
  for (const [a, b] of pairs) {
    if (a.group === b.group) continue;
    const ka = home.get(a.order) as number;
    const kb = home.get(b.order) as number;
    if (ka === kb || a.dateBasis !== 'text' || b.dateBasis !== 'text' || datesCompatible(a, b)) continue;
    const event = events[ka];
    const claims = [...new Set([a.claim, b.claim].filter((x): x is string => !!x))];
    if (!event || !claims.length || done.has(`${ka}:${kb}`)) continue;
    done.add(`${ka}:${kb}`);
    out.push({
      id: `contradiction_${event.id.slice(6)}_date`,
      kind: 'date',
      claims,
      summary: `Different dates for one ${a.subEventType.toLowerCase()}: ${a.date} vs ${b.date}`,
      event: event.id,
    });
  }
  return out;
}

/** Mentions of one document that refer to one event (an antecedent chain), and the item that stands for them. */
interface Unit {
  /** The first member, with the date, place and actors the chain gives when it gives none of its own. */
  readonly head: Item;
  readonly members: readonly Item[];
}

/**
 * Groups each document's mentions along their `antecedent` links ("the offensive" refers back to "launched an
 * offensive"): the members of a unit are clustered as one, its head standing for them with the text date, the
 * place and the actors its members give.
 */
function coreferenceUnits(items: readonly Item[], documents: readonly AnalyzedDocument[]): Unit[] {
  const byKey = new Map(items.map((it) => [`${it.doc}:${it.mention}`, it.order]));
  const parent = items.map((it) => it.order);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  for (const { document, layers } of documents) {
    for (const m of (layers.events ?? []) as readonly EventMention[]) {
      if (!m.antecedent) continue;
      const a = byKey.get(`${document.id}:${m.id}`);
      const b = byKey.get(`${document.id}:${m.antecedent.mention}`);
      if (a === undefined || b === undefined) continue;
      const [ra, rb] = [find(a), find(b)];
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  const groups = new Map<number, Item[]>();
  for (const it of items) {
    const r = find(it.order);
    const list = groups.get(r);
    if (list) list.push(it);
    else groups.set(r, [it]);
  }
  return [...groups.values()].map((members) => {
    const first = members[0] as Item;
    if (members.length === 1) return { head: first, members };
    const dated = first.dateBasis === 'text' ? first : (members.find((m) => m.dateBasis === 'text') ?? first);
    const placed = members
      .filter((m) => m.place)
      .sort((a, b) => (a.place?.geoPrecision ?? 3) - (b.place?.geoPrecision ?? 3))[0];
    const actors = [...new Set(members.flatMap((m) => m.actors))];
    const head: Item = {
      ...first,
      // "launched an offensive in the north-west … On Wednesday, they launched their offensive": a chain is
      // campaign-level only when every member is
      aggregate: members.every((m) => m.aggregate),
      regions: [...new Set(members.flatMap((m) => m.regions))],
      range: dated.range,
      date: dated.date,
      timePrecision: dated.timePrecision,
      dateBasis: dated.dateBasis,
      place: first.place ?? placed?.place ?? null,
      actors,
    };
    return { head, members };
  });
}

/** Provenance links between units: a link of any member is a link of its unit's head. */
function unitLinks(linked: Linked, units: readonly Unit[]): Linked {
  const headOf = new Map<number, number>();
  for (const u of units) for (const m of u.members) headOf.set(m.order, u.head.order);
  const pairs = new Set<string>();
  const partners = new Map<number, number[]>();
  for (const [x, ys] of linked.partners) {
    const hx = headOf.get(x) ?? x;
    for (const y of ys) {
      const hy = headOf.get(y) ?? y;
      if (hx === hy || pairs.has(`${hx}:${hy}`)) continue;
      pairs.add(`${hx}:${hy}`);
      const list = partners.get(hx);
      if (list) list.push(hy);
      else partners.set(hx, [hy]);
    }
  }
  return { pairs, partners };
}

/** The value most mentions give (ties: the first seen). */
function mode<T>(values: readonly T[], key: (v: T) => string): T | null {
  const counts = new Map<string, { v: T; n: number }>();
  for (const v of values) {
    const k = key(v);
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { v, n: 1 });
  }
  let best: { v: T; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.v ?? null;
}

/** The smallest value of `f` over `list` (Infinity when empty), as Math.min(...) without spreading: an event of a
 * large batch may have more mentions than a call takes arguments. */
function least<T>(list: readonly T[], f: (x: T) => number): number {
  let min = Number.POSITIVE_INFINITY;
  for (const x of list) min = Math.min(min, f(x));
  return min;
}

const STATUS_ORDER: readonly Status[] = ['asserted', 'claimed', 'unverified', 'denied'];

/** Fuses the per-document event mentions of a batch into events, with corroboration and contradictions. */
export function fuseEvents(documents: readonly AnalyzedDocument[], corpus: CorpusLayers): FusionResult {
  const groups = corpus.provenance?.groups ?? {};
  const items: Item[] = [];
  for (const { document, layers } of documents) {
    const finding = corpus.publication?.documents[document.id];
    const published = finding?.published ?? document.meta.published ?? null;
    for (const m of (layers.events ?? []) as readonly EventMention[]) {
      let value = m.date.value;
      if (!value && m.date.mention) value = finding?.resolved[m.date.mention] ?? null;
      let date = contractDate(value);
      let basis: FusedMention['dateBasis'] = date || m.date.range ? 'text' : 'none';
      if (date && m.background) date = { date: date.date.slice(0, 4), precision: 3 };
      if (!date && !m.background && !m.date.range) {
        const pub = contractDate(published);
        if (pub) {
          date = { date: pub.date, precision: pub.precision === 1 ? 2 : 3 };
          basis = 'report-day';
        }
      }
      items.push({
        doc: document.id,
        mention: m.id,
        span: { start: m.start, end: m.end },
        trigger: m.trigger,
        claim: m.claim ? `${document.id}:${m.claim}` : null,
        status: m.status,
        date: date?.date ?? null,
        timePrecision: date?.precision ?? (m.date.range ? (m.date.precision ?? 3) : null),
        dateBasis: basis,
        place: m.place,
        fatalities: m.fatalities,
        actors: m.actors,
        eventType: m.eventType,
        subEventType: m.subEventType,
        background: m.background,
        remote: m.remote === true,
        diplomatic: m.diplomatic === true,
        kind: m.diplomatic ? 'diplomatic' : m.displacement ? 'displacement' : '',
        states: m.states ?? [],
        aggregate: m.aggregate === true,
        regions: m.regions ?? [],
        range: m.date.range ?? null,
        group: groups[document.id] ?? document.id,
        order: items.length,
      });
    }
  }
  const linked = alignedPairs(items, corpus);
  const units = coreferenceUnits(items, documents);
  const unitOfHead = new Map(units.map((u, k) => [u.head.order, k]));
  const clusters = clusterItems(
    units.map((u) => u.head),
    unitLinks(linked, units),
  ).map((c) => c.flatMap((head) => units[unitOfHead.get(head.order) as number]?.members ?? [head]));
  for (const c of clusters) c.sort((a, b) => a.order - b.order);
  const events: FusedEvent[] = [];
  const contradictions: FusedContradiction[] = [];
  for (const c of clusters) {
    const first = c[0] as Item;
    const id = `event_${first.doc.replace(/^doc_/, '')}_${first.mention}`;
    const texted = c.filter((m) => m.dateBasis === 'text' && m.date);
    const dated = texted.length ? texted : c.filter((m) => m.date);
    const bestPrecision = least(dated, (m) => m.timePrecision ?? 3);
    const dateItem = mode(
      dated.filter((m) => (m.timePrecision ?? 3) === bestPrecision),
      (m) => m.date ?? '',
    );
    // the place most members give: a landmark one report names inside the town the other mentions name is not the
    // event's place. Ties: the finest, then the first member's (a one-to-one "the towns" vs "in <town>" keeps the town)
    const placeItem = mode(
      c.filter((m) => m.place).sort((a, b) => (a.place?.geoPrecision ?? 3) - (b.place?.geoPrecision ?? 3)),
      (m) => m.place?.gazetteerId ?? m.place?.name ?? '',
    );
    const actorCounts = new Map<string, number>();
    for (const m of c) for (const a of m.actors) actorCounts.set(a, (actorCounts.get(a) ?? 0) + 1);
    const actors = [...actorCounts].sort((a, b) => b[1] - a[1]).map(([a]) => a);
    const figures = c.filter((m) => m.fatalities !== null);
    const fatalities = figures.length ? least(figures, (m) => m.fatalities as number) : null;
    const status = STATUS_ORDER.find((s) => c.some((m) => m.status === s)) ?? 'asserted';
    const contradictedBy = new Set<string>();
    const denials = c.filter((m) => m.status === 'denied');
    const others = c.filter((m) => m.status !== 'denied');
    if (denials.length && others.length) {
      const claims = [...new Set([...denials, ...others].map((m) => m.claim).filter((x): x is string => !!x))];
      for (const d of denials) if (d.claim) contradictedBy.add(d.claim);
      if (claims.length)
        contradictions.push({
          id: `contradiction_${id.slice(6)}_denial`,
          kind: 'denial',
          claims,
          summary: `Denied by one source, reported by ${others.length} other mention(s): ${first.subEventType}${placeItem?.place ? ` in ${placeItem.place.name}` : ''}`,
          event: id,
        });
    }
    // two sources put one (provenance-aligned) event at places too far apart to be one site
    const far = farPlaces(c);
    if (far) {
      const claims = [...new Set(far.map((m) => m.claim).filter((x): x is string => !!x))];
      if (claims.length)
        contradictions.push({
          id: `contradiction_${id.slice(6)}_place`,
          kind: 'place',
          claims,
          summary: `Different places for one ${first.subEventType.toLowerCase()}: ${far.map((m) => m.place?.name).join(' vs ')}`,
          event: id,
        });
    }
    const distinct = [...new Set(figures.map((m) => m.fatalities))];
    if (distinct.length > 1) {
      const sources = new Set(figures.map((m) => m.claim ?? m.group));
      if (sources.size > 1) {
        const claims = [...new Set(figures.map((m) => m.claim).filter((x): x is string => !!x))];
        for (const m of figures) if (m.claim && m.fatalities !== fatalities) contradictedBy.add(m.claim);
        if (claims.length)
          contradictions.push({
            id: `contradiction_${id.slice(6)}_figure`,
            kind: 'figure',
            claims,
            summary: `Different death tolls for one ${first.subEventType.toLowerCase()}: ${distinct.sort((a, b) => (a ?? 0) - (b ?? 0)).join(' vs ')}`,
            event: id,
          });
      }
    }
    // a campaign-level event covers a region over days: say so (ACLED geo and time precision 3); a range-dated one
    // without a day starts where its earliest range does
    const campaign = c.every((m) => m.aggregate);
    const ranges = c.filter((m) => m.range).map((m) => m.range as { from: string; to: string });
    const rangeStart = ranges.length ? ranges.map((r) => r.from).sort()[0] : null;
    const date = dateItem?.date ?? rangeStart ?? null;
    const timePrecision = campaign && date ? 3 : dateItem ? dateItem.timePrecision : rangeStart ? 3 : null;
    const place = placeItem?.place ? { ...placeItem.place, doc: placeItem.doc } : null;
    events.push({
      id,
      eventType: first.eventType as FusedEvent['eventType'],
      subEventType: first.subEventType,
      date,
      timePrecision,
      place: place && campaign ? { ...place, geoPrecision: 3 } : place,
      actors,
      fatalities,
      status,
      background: first.background,
      mentions: c.map(
        ({
          eventType: _t,
          subEventType: _s,
          background: _b,
          remote: _r,
          diplomatic: _d,
          states: _st,
          kind: _k,
          aggregate: _a,
          regions: _g2,
          range: _rg,
          group: _g,
          order: _o,
          ...m
        }) => m,
      ),
      corroboration: {
        documents: new Set(c.map((m) => m.doc)).size,
        independent: new Set(c.map((m) => m.group)).size,
      },
      contradictedBy: [...contradictedBy],
    });
  }
  for (const c of dateContradictions(clusters, events, linked)) contradictions.push(c);
  const claimsByDoc = new Map<string, readonly ClaimMention[]>(
    documents.map((d) => [d.document.id, (d.layers.claims ?? []) as readonly ClaimMention[]]),
  );
  const texts = new Map(documents.map((d) => [d.document.id, d.document.text]));
  return { events, contradictions, claimGroups: groupClaims(claimsByDoc, texts, corpus) };
}
