/**
 * Sentence similarity for aligning date phrases across documents: words weighted by inverse document frequency
 * over all the sentences of the batch, so that function words ("the", "said") weigh almost nothing without a
 * stop-word list, and shared names and rare verbs ("airport", "seized", "Khan Sheikhoun") carry the match.
 */

/** Words shorter than this are ignored (articles, "on", "in"). */
const MIN_WORD_LENGTH = 3;
const WORD = /[\p{L}][\p{L}\p{M}'’-]*/gu;

export type Bag = ReadonlyMap<string, number>;

/** A word of a text: where it starts (offset included) and its normalised form. */
export interface WordAt {
  readonly start: number;
  readonly word: string;
}

/** The words of `text` (at least MIN_WORD_LENGTH long), normalised, in text order; `offset` is added to starts. */
export function wordsAt(text: string, offset = 0): WordAt[] {
  const out: WordAt[] = [];
  for (const m of text.matchAll(WORD)) {
    if (m[0].length < MIN_WORD_LENGTH) continue;
    out.push({ start: offset + (m.index ?? 0), word: m[0].toLowerCase().replace(/’/g, "'").replace(/'s$/, '') });
  }
  return out;
}

/**
 * A test "does some span of `spans` hold `pos`" for positions asked in ascending order: the spans are merged into
 * sorted disjoint ranges once and swept, so n positions against m spans cost O(m log m + n + m), not O(n·m).
 */
export function coverageSweep(spans: readonly { start: number; end: number }[]): (pos: number) => boolean {
  if (!spans.length) return () => false;
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of sorted) {
    const last = ends.length - 1;
    if (last >= 0 && s.start <= ends[last]!) ends[last] = Math.max(ends[last]!, s.end);
    else {
      starts.push(s.start);
      ends.push(s.end);
    }
  }
  let i = 0;
  let prev = Number.NEGATIVE_INFINITY;
  return (pos) => {
    if (pos < prev) i = 0; // not ascending after all: start the sweep over
    prev = pos;
    while (i < ends.length && ends[i]! <= pos) i++;
    return i < ends.length && starts[i]! <= pos;
  };
}

/** Lower-cased words of `text` outside the `skip` ranges (the date phrases themselves), with counts. */
export function wordsOf(text: string, skip: readonly { start: number; end: number }[] = [], offset = 0): Set<string> {
  return wordSetOf(wordsAt(text, offset), skip);
}

/** The set of `words` (in text order) whose start lies outside every `skip` range. */
export function wordSetOf(words: readonly WordAt[], skip: readonly { start: number; end: number }[]): Set<string> {
  const out = new Set<string>();
  const skipped = coverageSweep(skip);
  for (const w of words) if (!skipped(w.start)) out.add(w.word);
  return out;
}

/** Inverse document frequency of every word over a list of sentences (as word sets). */
export function idfOf(sentences: readonly Set<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  const n = Math.max(1, sentences.length);
  const idf = new Map<string, number>();
  for (const [w, d] of df) idf.set(w, Math.log((n + 1) / d));
  return idf;
}

/**
 * Weighted overlap coefficient: the idf mass of the shared words over the idf mass of the smaller sentence. 1 when
 * one sentence's content words are all in the other; near 0 when they share only common words.
 */
export function similarity(a: Set<string>, b: Set<string>, idf: ReadonlyMap<string, number>): number {
  let shared = 0;
  let massA = 0;
  let massB = 0;
  for (const w of a) {
    const x = idf.get(w) ?? 0;
    massA += x;
    if (b.has(w)) shared += x;
  }
  for (const w of b) massB += idf.get(w) ?? 0;
  const denom = Math.min(massA, massB);
  return denom > 0 ? shared / denom : 0;
}

/**
 * Key terms of a document: capitalised words not opening a sentence (names of places, groups, people), outside the
 * `skip` ranges (its date phrases, so "Saturday" does not count). Used to tell whether two documents tell the same
 * story before their day phrases are aligned.
 */
export function keyTermsOf(text: string, skip: readonly { start: number; end: number }[]): Set<string> {
  const out = new Set<string>();
  const skipped = coverageSweep(skip);
  for (const m of text.matchAll(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}\p{M}'’-]{2,}/gmu)) {
    if (skipped(m.index ?? 0)) continue;
    out.add(m[0].replace(/['’]s$/, ''));
  }
  return out;
}

/** Overlap coefficient of two sets: shared / size of the smaller (0 when either is empty). */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}
