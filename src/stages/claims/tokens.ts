import type { Sentence } from '../../model/index.js';
import type { Quote } from './quotes.js';
import type { ClaimTagger, TaggedToken } from './tagger.js';

/** A token of the document: span, surface, lower-cased surface, POS, lemma and the quote it lies in (or -1). */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly pos: string;
  readonly lemma: string;
  readonly quote: number;
}

/** A sentence as the claims rules see it. */
export interface Sent {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly heading: boolean;
  readonly toks: readonly Tok[];
}

/**
 * Longest piece of text tagged at once. A longer "sentence" (a sentence splitter's miss, or a pathological line) is
 * cut at whitespace into pieces of about this size, so every later rule works on bounded windows.
 */
export const MAX_TAG_CHARS = 4000;

const QUOTE_MARKS = new Set(['“', '”', '„', '«', '»', '"', '‘', '’', '‚', "'", '‹', '›']);

export const isQuoteMark = (t: Tok | undefined): boolean => t !== undefined && QUOTE_MARKS.has(t.text);

/** Cuts [start, end) into pieces of at most MAX_TAG_CHARS, at whitespace where possible. */
function pieces(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  while (end - from > MAX_TAG_CHARS) {
    let cut = from + MAX_TAG_CHARS;
    const space = text.lastIndexOf(' ', cut);
    if (space > from + MAX_TAG_CHARS / 2) cut = space;
    out.push([from, cut]);
    from = cut;
  }
  out.push([from, end]);
  return out;
}

/** Index of the quote containing offset, by a moving pointer (quotes are sorted and disjoint). */
function quoteLocator(quotes: readonly Quote[]): (offset: number) => number {
  let q = 0;
  return (offset) => {
    while (q < quotes.length && quotes[q]!.end <= offset) q++;
    const cur = quotes[q];
    return cur && cur.start <= offset && offset < cur.end ? q : -1;
  };
}

/** Tags the sentences (document order) with the tagger and marks each token's quote. */
export function tokenize(
  text: string,
  sentences: readonly Sentence[],
  quotes: readonly Quote[],
  tagger: ClaimTagger,
): Sent[] {
  const locate = quoteLocator(quotes);
  const sorted = [...sentences].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Sent[] = [];
  // Repeated sentences (boilerplate, a line said twice) are tagged once: the tagger sees only the piece's text.
  const tags = new Map<string, readonly TaggedToken[]>();
  for (const s of sorted) {
    for (const [from, to] of pieces(text, s.start, s.end)) {
      const toks: Tok[] = [];
      const piece = text.slice(from, to);
      let tagged = tags.get(piece);
      if (!tagged) {
        tagged = tagger.tag(piece);
        tags.set(piece, tagged);
      }
      for (const t of tagged) {
        const start = from + t.start;
        const end = from + t.end;
        const surface = text.slice(start, end);
        const pos = QUOTE_MARKS.has(surface) ? 'PUNCT' : t.pos;
        toks.push({
          start,
          end,
          text: surface,
          lower: surface.toLowerCase(),
          pos,
          lemma: t.lemma,
          quote: locate(start),
        });
      }
      out.push({
        index: out.length,
        start: from,
        end: to,
        paragraph: s.paragraph,
        heading: s.kind === 'heading',
        toks,
      });
    }
  }
  return out;
}
