/**
 * Deterministic 32-bit hashing and one-permutation MinHash (Li, Owen & Zhang 2012): a shingle's hash picks one of
 * K bins by its top bits and each bin keeps its smallest hash, so a signature costs one hash per shingle instead
 * of K. Two documents agree in a bin with probability ≈ their Jaccard similarity. Empty bins stay empty (0) rather
 * than being densified: short documents would otherwise agree in borrowed bins.
 */

/** Murmur3's 32-bit finaliser: a bijective avalanche mix. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over UTF-16 code units, finalised. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Hashes of the word shingles (n consecutive units) of a unit stream. Never 0 (0 marks an empty bin). */
export function shingleHashes(stream: readonly string[], n = 2): Uint32Array {
  return shingleHashesOf(stream.map(hashString), n);
}

/** Shingle hashes from already hashed units (the index benchmark feeds these directly). */
export function shingleHashesOf(unit: ArrayLike<number>, n = 2): Uint32Array {
  const count = Math.max(0, unit.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9;
    for (let k = 0; k < n; k++) h = fmix32((Math.imul(h, 31) + unit[i + k]!) >>> 0);
    out[i] = h || 1;
  }
  return out;
}

/** One-permutation MinHash signature of `size` bins (a power of two, at most 256). */
export function signature(hashes: Uint32Array, size: number): Uint32Array {
  const shift = 32 - Math.log2(size);
  const sig = new Uint32Array(size);
  for (let i = 0; i < hashes.length; i++) {
    const h = hashes[i]!;
    const bin = h >>> shift;
    const cur = sig[bin]!;
    if (cur === 0 || h < cur) sig[bin] = h;
  }
  return sig;
}
