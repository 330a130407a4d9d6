/**
 * A streaming candidate index over MinHash signatures: each non-empty bin's minimum is a bucket key (bands of one
 * row), documents are added one by one, and each addition returns the earlier documents that agree with it in at
 * least `minAgreements` bins. Memory is typed arrays only, no per-document objects: an open-addressing table of
 * 8 bytes per slot (key, head) at ≤ 0.75 load, where a bucket holding one document stores it in the slot itself
 * and larger buckets chain 8-byte entries. Cost per addition is bounded by bins × bucket cap.
 */

import { fmix32 } from './minhash.js';

export interface CandidateIndexOptions {
  /** Bins per signature (a power of two). */
  readonly signatureSize: number;
  /** A bucket stops growing at this many documents: a minimum shared by so many documents is no evidence. */
  readonly bucketCap: number;
  /** A pair is a candidate when the documents agree in at least this many bins. */
  readonly minAgreements: number;
  /** At most this many candidates per added document (those agreeing in most bins). */
  readonly maxCandidates: number;
  /** Pre-sizes the tables (they grow anyway). */
  readonly expectedDocuments?: number;
}

export interface Candidate {
  readonly id: number;
  readonly agreements: number;
}

/** slotHead values: EMPTY, a chain entry index (≥ 0), or an inline document d stored as INLINE - d (≤ -2). */
const EMPTY = -1;
const INLINE = -2;
const MAX_LOAD = 0.75;
const TWO_32 = 2 ** 32;

function grown(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

export class CandidateIndex {
  readonly options: CandidateIndexOptions;
  #slotKey: Uint32Array;
  #slotHead: Int32Array;
  #used = 0;
  #entryDoc: Int32Array;
  #entryNext: Int32Array;
  #entries = 0;
  #counts: Int32Array;
  #docs = 0;

  constructor(options: CandidateIndexOptions) {
    this.options = options;
    const expected = Math.max(1024, options.expectedDocuments ?? 1024);
    const slots = Math.ceil((expected * options.signatureSize) / MAX_LOAD) + 1;
    this.#slotKey = new Uint32Array(slots);
    this.#slotHead = new Int32Array(slots).fill(EMPTY);
    this.#entryDoc = new Int32Array(Math.max(1024, expected * 4));
    this.#entryNext = new Int32Array(this.#entryDoc.length);
    this.#counts = new Int32Array(expected);
  }

  get size(): number {
    return this.#docs;
  }

  /** Bytes held by the index's arrays. */
  get bytes(): number {
    return (
      this.#slotKey.byteLength +
      this.#slotHead.byteLength +
      this.#entryDoc.byteLength +
      this.#entryNext.byteLength +
      this.#counts.byteLength
    );
  }

  /**
   * The slot of `key`, or the empty slot where it would go: linear probing from a position taken from the re-mixed
   * key (bin minima crowd at the low end of each bin's hash range, so the raw key would cluster).
   */
  #find(key: number): number {
    const n = this.#slotKey.length;
    let i = Math.floor((fmix32(key ^ 0x5bd1e995) / TWO_32) * n);
    while (this.#slotHead[i] !== EMPTY && this.#slotKey[i] !== key) i = i + 1 === n ? 0 : i + 1;
    return i;
  }

  #grow(): void {
    const oldKey = this.#slotKey;
    const oldHead = this.#slotHead;
    const size = Math.ceil(oldKey.length * 1.5);
    this.#slotKey = new Uint32Array(size);
    this.#slotHead = new Int32Array(size).fill(EMPTY);
    for (let i = 0; i < oldKey.length; i++) {
      if (oldHead[i] === EMPTY) continue;
      const j = this.#find(oldKey[i]!);
      this.#slotKey[j] = oldKey[i]!;
      this.#slotHead[j] = oldHead[i]!;
    }
  }

  #entry(doc: number, next: number): number {
    if (this.#entries === this.#entryDoc.length) {
      const size = Math.ceil(this.#entries * 1.5);
      this.#entryDoc = grown(this.#entryDoc, size);
      this.#entryNext = grown(this.#entryNext, size);
    }
    this.#entryDoc[this.#entries] = doc;
    this.#entryNext[this.#entries] = next;
    return this.#entries++;
  }

  /** Adds a document's signature; returns its id (0, 1, 2… in order of addition) and its candidates. */
  add(sig: Uint32Array): { id: number; candidates: Candidate[] } {
    const { bucketCap, minAgreements, maxCandidates } = this.options;
    const id = this.#docs++;
    if (id >= this.#counts.length) this.#counts = new Int32Array(this.#counts.length * 2); // all zero between adds
    const counts = this.#counts;
    const touched: number[] = [];
    const see = (other: number): void => {
      if (counts[other] === 0) touched.push(other);
      counts[other]!++;
    };
    for (let b = 0; b < sig.length; b++) {
      const key = sig[b]!;
      if (key === 0) continue;
      if (this.#used + 1 > this.#slotKey.length * MAX_LOAD) this.#grow();
      const slot = this.#find(key);
      const head = this.#slotHead[slot]!;
      if (head === EMPTY) {
        this.#slotKey[slot] = key;
        this.#slotHead[slot] = INLINE - id;
        this.#used++;
      } else if (head <= INLINE) {
        see(INLINE - head);
        this.#slotHead[slot] = this.#entry(id, this.#entry(INLINE - head, EMPTY));
      } else {
        let length = 0;
        for (let e = head; e !== EMPTY; e = this.#entryNext[e]!, length++) see(this.#entryDoc[e]!);
        if (length < bucketCap) this.#slotHead[slot] = this.#entry(id, head);
      }
    }
    const candidates: Candidate[] = [];
    for (const other of touched) {
      if (counts[other]! >= minAgreements) candidates.push({ id: other, agreements: counts[other]! });
      counts[other] = 0;
    }
    candidates.sort((x, y) => y.agreements - x.agreements || x.id - y.id);
    return { id, candidates: candidates.slice(0, maxCandidates) };
  }
}
