import type { CompiledIndex } from './builder.js';
import { listItem } from './builder.js';
import { hashJoined, hashString, joinedLength, KeyFilter } from './string-table.js';
import type { FuzzyName, Gazetteer, GazetteerEntry, PlaceLexicon, RefList } from './types.js';

const join = (a: Int32Array | undefined, b: Int32Array | undefined): RefList | undefined => {
  if (!a?.length) return b?.length ? b : undefined;
  if (!b?.length) return a;
  return [...a, ...b];
};

/** Tokens whose longest-name length is remembered (cleared when full, so memory stays bounded). */
const STARTS_MEMO_MAX = 200_000;
/** Skeletons whose fuzzy bucket is remembered (cleared when full). */
const FUZZY_MEMO_MAX = 20_000;

function fuzzyOf(index: CompiledIndex, skeleton: string): FuzzyName[] {
  const ids = index.skeleton.get(skeleton);
  if (!ids) return [];
  const out: FuzzyName[] = [];
  for (const id of ids) out.push({ ref: index.fuzzyRefs[id] as number, loose: listItem(index.fuzzyLoose, id) });
  return out;
}

/**
 * The bucket's names whose loose form starts with `first` (a char code) and has minLength–maxLength characters. The
 * bucket is filtered on skeletonMeta, read in order beside its refs; only the names that pass are read.
 */
function fuzzyAroundOf(
  index: CompiledIndex,
  skeleton: string,
  first: number,
  minLength: number,
  maxLength: number,
  out: FuzzyName[],
): void {
  const table = index.skeleton;
  const id = table.idOf(skeleton, hashString(skeleton));
  if (id < 0) return;
  const { refs, refStart } = table;
  const meta = index.skeletonMeta;
  const { keys, keyStart } = index.fuzzyLoose;
  const end = refStart[id + 1] as number;
  for (let p = refStart[id] as number; p < end; p++) {
    const m = meta[p] as number;
    const length = m & 0xffff;
    if (length < minLength || length > maxLength || m >>> 16 !== first) continue;
    const name = refs[p] as number;
    const start = keyStart[name] as number;
    out.push({ ref: index.fuzzyRefs[name] as number, loose: keys.slice(start, start + length) });
  }
}

/** The gazetteer the stage reads: a base index (GeoNames and tables) and an overlay (supplement and user files). */
export function makeGazetteer(lexicon: PlaceLexicon, base: CompiledIndex, overlay: CompiledIndex): Gazetteer {
  const entries: GazetteerEntry[] = [...base.entries, ...overlay.entries];
  const countries = new Map<string, GazetteerEntry>();
  const admin1s = new Map<string, GazetteerEntry>();
  const places = new Map<string, number[]>();
  for (const e of entries) {
    if (e.kind === 'country' && e.country && !countries.has(e.country)) countries.set(e.country, e);
    else if (e.kind === 'admin1' && e.admin1Code) admin1s.set(e.admin1Code, e);
    else if (e.kind === 'place' && e.country && e.gazetteerId.startsWith('geonames:')) {
      const list = places.get(e.country);
      if (list) list.push(e.index);
      else places.set(e.country, [e.index]);
    }
  }
  const none: readonly number[] = [];
  // The first-token table lists one length per name ("new" starts thousands): its maximum is memoised per token.
  const starts = new Map<string, number>();
  // Fuzzy buckets are materialised once per skeleton (the same capitalised words recur from article to article).
  const buckets = new Map<string, readonly FuzzyName[]>();
  const fuzzy = (skeleton: string): readonly FuzzyName[] => {
    let list = buckets.get(skeleton);
    if (list === undefined) {
      list = [...fuzzyOf(base, skeleton), ...fuzzyOf(overlay, skeleton)];
      if (buckets.size >= FUZZY_MEMO_MAX) buckets.clear();
      buckets.set(skeleton, list);
    }
    return list;
  };
  const startsName = (token: string): number => {
    const h = hashString(token);
    if (!baseFirst.mayHold(h) && !overlayFirst.mayHold(h)) return 0;
    let n = starts.get(token);
    if (n === undefined) {
      n = Math.max(base.first.maxOf(token, h), overlay.first.maxOf(token, h));
      if (starts.size >= STARTS_MEMO_MAX) starts.clear();
      starts.set(token, n);
    }
    return n;
  };
  // Runs of several words are first asked of small filters over every multi-word key (most runs name nothing).
  const baseRuns = new KeyFilter(base.multiWord);
  const overlayRuns = new KeyFilter(overlay.multiWord);
  const mayHold = (h: number): boolean => baseRuns.mayHold(h) || overlayRuns.mayHold(h);
  // Most capitalised words start no name: a filter over the first-token tables answers them without a lookup.
  const baseFirst = new KeyFilter(base.firstWords);
  const overlayFirst = new KeyFilter(overlay.firstWords);
  return {
    entries,
    lexicon,
    maxTokens: Math.max(base.maxTokens, overlay.maxTokens),
    exact: (key) => {
      const h = hashString(key);
      return join(base.exact.getHashed(key, h), overlay.exact.getHashed(key, h));
    },
    loose: (key) => {
      const h = hashString(key);
      return join(base.loose.getHashed(key, h), overlay.loose.getHashed(key, h));
    },
    exactJoined: (parts, count) => {
      const h = hashJoined(parts, count);
      if (count > 1 && !mayHold(h)) return undefined;
      const n = joinedLength(parts, count);
      return join(base.exact.getJoined(parts, count, n, h), overlay.exact.getJoined(parts, count, n, h));
    },
    looseJoined: (parts, count) => {
      const h = hashJoined(parts, count);
      if (count > 1 && !mayHold(h)) return undefined;
      const n = joinedLength(parts, count);
      return join(base.loose.getJoined(parts, count, n, h), overlay.loose.getJoined(parts, count, n, h));
    },
    fuzzy,
    fuzzyAround: (skeleton, first, minLength, maxLength) => {
      const out: FuzzyName[] = [];
      fuzzyAroundOf(base, skeleton, first, minLength, maxLength, out);
      fuzzyAroundOf(overlay, skeleton, first, minLength, maxLength, out);
      return out;
    },
    mayStartName: (token) => {
      const h = hashString(token);
      return baseFirst.mayHold(h) || overlayFirst.mayHold(h);
    },
    startsName,
    country: (iso2) => countries.get(iso2),
    admin1: (code) => admin1s.get(code),
    placesOf: (iso2) => places.get(iso2) ?? none,
  };
}
