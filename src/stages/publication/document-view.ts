import { parseExactIsoDay } from '../../lib/time/index.js';
import type { LayerTypes, SourceDocument } from '../../model/index.js';
import type { AnalyzedDocument } from '../../pipeline/stage.js';
import { wordSetOf, wordsAt } from './similarity.js';

export type DateMention = LayerTypes['dates'];
type Sentence = LayerTypes['sentences'];

/** A date mention with the content words of its sentence (date phrases left out). */
export interface MentionView {
  readonly mention: DateMention;
  readonly words: Set<string>;
}

/** What the publication stage reads of one document. */
export interface DocumentView {
  readonly document: SourceDocument;
  readonly mentions: readonly MentionView[];
}

const SENTENCE_END = /[.!?]\s|\n/g;

type Range = { readonly start: number; readonly end: number };

/** Last index i with key(list[i]) <= pos, or -1 (list ascending by key). */
function lastAtOrBefore<T>(list: readonly T[], key: (x: T) => number, pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(list[mid]!) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Finds the sentence holding a position: the first sentence of the layer that holds it, else a cut at . ! ? and
 * line breaks. When the layer is sorted and its sentences do not overlap (as the sentences stage writes it), a
 * binary search finds that sentence; the cuts are computed once per document, and only if needed.
 */
function sentenceFinder(text: string, sentences: readonly Sentence[]): (pos: number) => Range {
  let ordered = true;
  for (let i = 1; i < sentences.length && ordered; i++) {
    if (sentences[i]!.start < sentences[i - 1]!.end) ordered = false;
  }
  let cuts: number[] | null = null;
  const byCuts = (pos: number): Range => {
    if (!cuts) {
      cuts = [];
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) cuts.push(m.index + 1);
    }
    const i = lastAtOrBefore(cuts, (c) => c, pos);
    return { start: i >= 0 ? cuts[i]! : 0, end: i + 1 < cuts.length ? cuts[i + 1]! : text.length };
  };
  return (pos) => {
    if (ordered) {
      const i = lastAtOrBefore(sentences, (s) => s.start, pos);
      // Sentences before i end at or before sentences[i].start <= pos; those after start after pos.
      if (i >= 0 && pos < sentences[i]!.end) return sentences[i]!;
    } else {
      for (const s of sentences) if (s.start <= pos && pos < s.end) return s;
    }
    return byCuts(pos);
  };
}

/**
 * Each mention with the words of its sentence outside the mentions the sentence holds. Every sentence is tokenised
 * once; mentions of one sentence share its word set (read-only).
 */
export function viewOf(d: AnalyzedDocument): DocumentView {
  const text = d.document.text;
  const dates = d.layers.dates ?? [];
  const sentenceAt = sentenceFinder(text, d.layers.sentences ?? []);
  const byStart = [...dates].sort((a, b) => a.start - b.start);
  const cache = new Map<string, Set<string>>();
  const mentions = dates.map((mention) => {
    const s = sentenceAt(mention.start);
    const key = `${s.start}:${s.end}`;
    let words = cache.get(key);
    if (!words) {
      const inSentence: DateMention[] = [];
      for (let i = Math.max(0, lastAtOrBefore(byStart, (m) => m.start, s.start - 1) + 1); i < byStart.length; i++) {
        const m = byStart[i]!;
        if (m.start >= s.end) break;
        if (m.end <= s.end) inSentence.push(m);
      }
      words = wordSetOf(wordsAt(text.slice(s.start, s.end), s.start), inSentence);
      cache.set(key, words);
    }
    return { mention, words };
  });
  return { document: d.document, mentions };
}

/** The day a mention stands for, if it has day precision and a value. */
export const dayOf = (m: DateMention): number | null =>
  (m.type === 'DATE' || m.type === 'TIME') && m.value ? parseExactIsoDay(m.value.slice(0, 10)) : null;
