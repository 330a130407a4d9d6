import type { NoiseSpan, Sentence, Span } from '../../model/index.js';
import type { ProvenanceLexicon } from './lexicon.js';
import { hashString } from './minhash.js';
import { caseForms, classify, rawTokens, type Token, type WordCache } from './tokens.js';

/** A sentence prepared for alignment. */
export interface SentenceFeatures {
  readonly span: Span;
  /** Content units (canonical lemmas, name keys, "#"+number values), without repeats, in text order. */
  readonly units: readonly string[];
  /** Which units are anchors (names, numbers): what a spinner cannot change. */
  readonly anchors: ReadonlySet<string>;
  /** Lower-case ASCII tokens including function words, joined by spaces (for verbatim comparison). */
  readonly surface: string;
  readonly tokenCount: number;
}

/** A document prepared for the candidate index and the aligner. */
export interface DocumentFeatures {
  readonly id: string;
  readonly index: number;
  readonly sentences: readonly SentenceFeatures[];
  /** Content units of every sentence in order (the shingle stream). */
  readonly stream: readonly string[];
  /** Sum of the sentences' surface lengths: the denominator of coverage. */
  readonly size: number;
}

/** A sentence with fewer content units than this is too short to align (datelines, "He added."). */
export const MIN_SENTENCE_UNITS = 3;

const unitOf = (t: Token): string => (t.kind === 'num' ? `#${t.key}` : t.key);

export function sentenceFeatures(tokens: readonly Token[], span: Span): SentenceFeatures {
  const units: string[] = [];
  const seen = new Set<string>();
  const anchors = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'stop') continue;
    const u = unitOf(t);
    if (t.kind !== 'word') anchors.add(u);
    if (!seen.has(u)) {
      seen.add(u);
      units.push(u);
    }
  }
  const surface = tokens.map((t) => t.surface).join(' ');
  return { span, units, anchors, surface, tokenCount: tokens.length };
}

/**
 * The sentences that count for similarity: every sentence of the `sentences` layer that does not lie mostly inside
 * a noise span (captions, promos, credit lines: credit lines are evidence of another kind, see credits.ts).
 */
export function contentSentences(sentences: readonly Sentence[], noise: readonly NoiseSpan[]): Span[] {
  const sorted = [...noise].sort((a, b) => a.start - b.start);
  return sentences.filter((s) => {
    let covered = 0;
    for (const n of sorted) {
      if (n.start >= s.end) break;
      covered += Math.max(0, Math.min(n.end, s.end) - Math.max(n.start, s.start));
    }
    return covered * 2 < s.end - s.start;
  });
}

/**
 * Tokenises and prepares one document: one scan of the text, then the tokens of each span (spans in text order).
 * Pass one `cache` to every document of a run.
 */
export function documentFeatures(
  id: string,
  index: number,
  text: string,
  spans: readonly Span[],
  lex: ProvenanceLexicon,
  cache: WordCache = new Map(),
): DocumentFeatures {
  const raws = rawTokens(text, { start: 0, end: text.length });
  const forms = caseForms(text, raws);
  const sentences: SentenceFeatures[] = [];
  const stream: string[] = [];
  let size = 0;
  let k = 0;
  for (const span of spans) {
    while (k > 0 && raws[k - 1]![0] >= span.start) k--;
    while (k < raws.length && raws[k]![0] < span.start) k++;
    const from = k;
    while (k < raws.length && raws[k]![1] <= span.end) k++;
    const tokens = classify(raws.slice(from, k), lex, forms, cache);
    const f = sentenceFeatures(tokens, span);
    for (const t of tokens) if (t.kind !== 'stop') stream.push(unitOf(t));
    size += f.surface.length;
    sentences.push(f);
  }
  return { id, index, sentences, stream, size };
}

/** Word n-grams of the surface text (function words included) used to measure verbatim containment. */
export const VERBATIM_GRAM = 5;

/** Hashes of the document's surface word 5-grams, across sentence boundaries (robust to other sentence splits). */
export function verbatimGrams(f: DocumentFeatures): Set<number> {
  const words = f.sentences.flatMap((s) => (s.surface ? s.surface.split(' ') : []));
  const out = new Set<number>();
  for (let i = 0; i + VERBATIM_GRAM <= words.length; i++) {
    out.add(hashString(words.slice(i, i + VERBATIM_GRAM).join(' ')));
  }
  return out;
}

/** The same gram hashes as verbatimGrams, sorted and without repeats: 4 bytes each, intersected by one merge. */
export function sortedGrams(f: DocumentFeatures): Uint32Array {
  return Uint32Array.from(verbatimGrams(f)).sort();
}

/** containment() over sortedGrams(): the same share, by a linear merge instead of hash lookups. */
export function sortedContainment(small: Uint32Array, large: Uint32Array): number {
  if (!small.length) return 0;
  let k = 0;
  let j = 0;
  for (let i = 0; i < small.length && j < large.length; i++) {
    const g = small[i]!;
    while (j < large.length && large[j]! < g) j++;
    if (j < large.length && large[j] === g) k++;
  }
  return k / small.length;
}

/** Share of `small`'s grams found in `large` (0 when `small` has none). */
export function containment(small: ReadonlySet<number>, large: ReadonlySet<number>): number {
  if (!small.size) return 0;
  let k = 0;
  for (const g of small) if (large.has(g)) k++;
  return k / small.size;
}
