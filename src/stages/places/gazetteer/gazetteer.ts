import type { CompiledIndex } from './builder.js';
import { listItem } from './builder.js';
import { hashString } from './string-table.js';
import type { FuzzyName, Gazetteer, GazetteerEntry, PlaceLexicon, RefList } from './types.js';

const join = (a: Int32Array | undefined, b: Int32Array | undefined): RefList | undefined => {
  if (!a?.length) return b?.length ? b : undefined;
  if (!b?.length) return a;
  return [...a, ...b];
};

const longest = (lengths: Int32Array | undefined): number => {
  let max = 0;
  if (lengths) for (const n of lengths) if (n > max) max = n;
  return max;
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

/** The bucket's names whose loose form starts with `first` (a char code) and has minLength–maxLength characters. */
function fuzzyAroundOf(
  index: CompiledIndex,
  skeleton: string,
  first: number,
  minLength: number,
  maxLength: number,
  out: FuzzyName[],
): void {
  const ids = index.skeleton.get(skeleton);
  if (!ids) return;
  const { keys, keyStart } = index.fuzzyLoose;
  for (const id of ids) {
    const start = keyStart[id] as number;
    const length = (keyStart[id + 1] as number) - start;
    // Read in place: only the names that can pass the caller's checks become strings.
    if (length < minLength || length > maxLength || keys.charCodeAt(start) !== first) continue;
    out.push({ ref: index.fuzzyRefs[id] as number, loose: keys.slice(start, start + length) });
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
    let n = starts.get(token);
    if (n === undefined) {
      n = Math.max(longest(base.first.get(token)), longest(overlay.first.get(token)));
      if (starts.size >= STARTS_MEMO_MAX) starts.clear();
      starts.set(token, n);
    }
    return n;
  };
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
    fuzzy,
    fuzzyAround: (skeleton, first, minLength, maxLength) => {
      const out: FuzzyName[] = [];
      fuzzyAroundOf(base, skeleton, first, minLength, maxLength, out);
      fuzzyAroundOf(overlay, skeleton, first, minLength, maxLength, out);
      return out;
    },
    startsName,
    country: (iso2) => countries.get(iso2),
    admin1: (code) => admin1s.get(code),
    placesOf: (iso2) => places.get(iso2) ?? none,
  };
}
