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
