/**
 * A read-only map from strings to lists of integers, held in typed arrays: an open-addressing hash table over one
 * string of all keys. It loads from a cache file without rebuilding (no per-key objects), which is what makes the
 * gazetteer's ~1.5 million names load in a fraction of a second.
 */
export class StringTable {
  private readonly mask: number;

  constructor(
    /** All keys, concatenated. */
    readonly keys: string,
    /** keyStart[i]..keyStart[i+1] is key i (length = keys + 1). */
    readonly keyStart: Uint32Array,
    /** refStart[i]..refStart[i+1] are key i's values in refs (length = keys + 1). */
    readonly refStart: Uint32Array,
    readonly refs: Int32Array,
    /** Slots holding key index + 1, 0 when empty; length is a power of two. */
    readonly slots: Uint32Array,
  ) {
    this.mask = slots.length - 1;
  }

  get size(): number {
    return this.keyStart.length - 1;
  }

  get(key: string): Int32Array | undefined {
    return this.getHashed(key, hashString(key));
  }

  /** As get, with the key's hashString already computed (one hash serves several tables). */
  getHashed(key: string, hash: number): Int32Array | undefined {
    const { keys, keyStart, slots, mask } = this;
    let h = hash & mask;
    for (;;) {
      const slot = slots[h] as number;
      if (slot === 0) return undefined;
      const id = slot - 1;
      const start = keyStart[id] as number;
      const end = keyStart[id + 1] as number;
      if (end - start === key.length) {
        let same = true;
        for (let i = 0; i < key.length; i++) {
          if (keys.charCodeAt(start + i) !== key.charCodeAt(i)) {
            same = false;
            break;
          }
        }
        if (same) return this.refs.subarray(this.refStart[id] as number, this.refStart[id + 1] as number);
      }
      h = (h + 1) & mask;
    }
  }

  /** Index of `key` (with its hashString given), or -1: its values are refs[refStart[id]..refStart[id + 1]). */
  idOf(key: string, hash: number): number {
    const { keys, keyStart, slots, mask } = this;
    let h = hash & mask;
    for (;;) {
      const slot = slots[h] as number;
      if (slot === 0) return -1;
      const id = slot - 1;
      const start = keyStart[id] as number;
      if ((keyStart[id + 1] as number) - start === key.length && keys.startsWith(key, start)) return id;
      h = (h + 1) & mask;
    }
  }

  /** The largest value of `key` (with its hashString given), 0 when the key is absent (no subarray made). */
  maxOf(key: string, hash: number): number {
    const id = this.idOf(key, hash);
    if (id < 0) return 0;
    const { refs } = this;
    const end = this.refStart[id + 1] as number;
    let max = 0;
    for (let p = this.refStart[id] as number; p < end; p++) if ((refs[p] as number) > max) max = refs[p] as number;
    return max;
  }

  /**
   * As getHashed, for the key that parts[0..count) joined by one space would make (its `length` and hashJoined
   * given), without building that string: a miss, the usual answer for a run of words, allocates nothing.
   */
  getJoined(parts: readonly string[], count: number, length: number, hash: number): Int32Array | undefined {
    const { keys, keyStart, slots, mask } = this;
    let h = hash & mask;
    for (;;) {
      const slot = slots[h] as number;
      if (slot === 0) return undefined;
      const id = slot - 1;
      const start = keyStart[id] as number;
      if ((keyStart[id + 1] as number) - start === length && sameJoined(keys, start, parts, count))
        return this.refs.subarray(this.refStart[id] as number, this.refStart[id + 1] as number);
      h = (h + 1) & mask;
    }
  }

  /** Builds a table from (key, value) pairs collected in insertion order. */
  static build(
    ids: ReadonlyMap<string, number>,
    pairKeys: readonly number[],
    pairValues: readonly number[],
  ): StringTable {
    const n = ids.size;
    const ordered: string[] = new Array(n);
    for (const [k, id] of ids) ordered[id] = k;
    const keyStart = new Uint32Array(n + 1);
    let pos = 0;
    for (let i = 0; i < n; i++) {
      keyStart[i] = pos;
      pos += (ordered[i] as string).length;
    }
    keyStart[n] = pos;
    const counts = new Uint32Array(n + 1);
    for (const k of pairKeys) counts[k + 1] = (counts[k + 1] as number) + 1;
    for (let i = 0; i < n; i++) counts[i + 1] = (counts[i + 1] as number) + (counts[i] as number);
    const refStart = Uint32Array.from(counts);
    const fill = Uint32Array.from(counts);
    const refs = new Int32Array(pairKeys.length);
    for (let p = 0; p < pairKeys.length; p++) {
      const k = pairKeys[p] as number;
      refs[fill[k] as number] = pairValues[p] as number;
      fill[k] = (fill[k] as number) + 1;
    }
    let size = 1;
    while (size < n * 2) size <<= 1;
    const slots = new Uint32Array(size);
    const mask = size - 1;
    for (let i = 0; i < n; i++) {
      let h = hashString(ordered[i] as string) & mask;
      while (slots[h] !== 0) h = (h + 1) & mask;
      slots[h] = i + 1;
    }
    return new StringTable(ordered.join(''), keyStart, refStart, refs, slots);
  }
}

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashString of parts[0..count) joined by one space, without the string. */
export function hashJoined(parts: readonly string[], count: number): number {
  let h = 0x811c9dc5;
  for (let p = 0; p < count; p++) {
    if (p > 0) {
      h ^= 32;
      h = Math.imul(h, 0x01000193);
    }
    const s = parts[p] as string;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** Length of parts[0..count) joined by one space. */
export function joinedLength(parts: readonly string[], count: number): number {
  let n = count - 1;
  for (let p = 0; p < count; p++) n += (parts[p] as string).length;
  return n;
}

/** True when keys, from `start`, spells parts[0..count) joined by one space (the length is checked by the caller). */
function sameJoined(keys: string, start: number, parts: readonly string[], count: number): boolean {
  let pos = start;
  for (let p = 0; p < count; p++) {
    if (p > 0 && keys.charCodeAt(pos++) !== 32) return false;
    const s = parts[p] as string;
    for (let i = 0; i < s.length; i++) if (keys.charCodeAt(pos++) !== s.charCodeAt(i)) return false;
  }
  return true;
}

/** Collects (key, value) pairs for a StringTable, skipping a pair already added. */
export class StringTableBuilder {
  readonly ids = new Map<string, number>();
  readonly pairKeys: number[] = [];
  readonly pairValues: number[] = [];
  private lastValue = Number.NaN;
  private readonly seenForValue = new Set<number>();

  add(key: string, value: number): void {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(key, id);
    }
    // Pairs for one value (one entry's names) arrive together: dedupe within that run.
    if (value !== this.lastValue) {
      this.lastValue = value;
      this.seenForValue.clear();
    }
    if (this.seenForValue.has(id)) return;
    this.seenForValue.add(id);
    this.pairKeys.push(id);
    this.pairValues.push(value);
  }

  has(key: string): boolean {
    return this.ids.has(key);
  }

  build(): StringTable {
    return StringTable.build(this.ids, this.pairKeys, this.pairValues);
  }
}

/**
 * Bits per key in a KeyFilter (two bits set per key). Calibration: 16 bits per key keep false positives near 1 %; the
 * GeoNames index's filters take about 2 MB each, against the tables' tens of megabytes.
 */
const FILTER_BITS_PER_KEY = 16;

/**
 * A Bloom filter (two bits per key, from the key's hashString) over the keys of some tables (or only those that hold
 * a space): a word or a run of words is looked up in the tables only when it may be there. Most capitalised words
 * start no name and most runs of them name nothing; the filter answers those from a few megabytes that stay in the
 * processor's cache instead of the tables' tens of megabytes.
 */
export class KeyFilter {
  private readonly mask: number;

  /** `bits` as bitsOf built them (kept in the compiled index and its cache file). */
  constructor(private readonly bits: Uint32Array) {
    this.mask = bits.length * 32 - 1;
  }

  /** The filter's bits for the keys of `tables` (only those holding a space when `multiWordOnly`). */
  static bitsOf(tables: readonly StringTable[], multiWordOnly: boolean): Uint32Array {
    let n = 0;
    for (const t of tables) n += t.size;
    let size = 1 << 10;
    while (size < n * FILTER_BITS_PER_KEY) size *= 2;
    const bits = new Uint32Array(size >>> 5);
    const mask = size - 1;
    const set = (at: number): void => {
      bits[at >>> 5] = (bits[at >>> 5] as number) | (1 << (at & 31));
    };
    for (const t of tables) {
      const { keys, keyStart } = t;
      for (let id = 0; id < t.size; id++) {
        const end = keyStart[id + 1] as number;
        let h = 0x811c9dc5;
        let space = false;
        for (let i = keyStart[id] as number; i < end; i++) {
          const c = keys.charCodeAt(i);
          if (c === 32) space = true;
          h ^= c;
          h = Math.imul(h, 0x01000193);
        }
        if (multiWordOnly && !space) continue;
        h >>>= 0;
        set(h & mask);
        set(second(h) & mask);
      }
    }
    return bits;
  }

  /** False when no key of the filter has this hashString (true: maybe). */
  mayHold(hash: number): boolean {
    const a = hash & this.mask;
    if (!((this.bits[a >>> 5] as number) & (1 << (a & 31)))) return false;
    const b = second(hash) & this.mask;
    return ((this.bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  }
}

/** A second bit position from a hash (its bits mixed again, so that it is not the first position shifted). */
function second(hash: number): number {
  let h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
