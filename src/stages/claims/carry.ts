/**
 * Quotations with no cue of their own that carry on a speaker's words:
 *
 *   quote-continued     the next paragraph of a multi-paragraph quotation (the paragraph opens with a quote mark
 *                       and the previous one left the quotation open)
 *   quote-resumed       a quotation later in the same paragraph as an attributed quotation, with no other claim in
 *                       between ("“…,” he said. “…”")
 *   quote-continuation  a paragraph that opens with a quotation right after a paragraph whose last claim has a
 *                       source ("… said Ibrahim Olabi." / "“People are cautiously hopeful. …”")
 *
 * One pass over the quotations and the claims in document order (two moving pointers): linear.
 */
import type { Span } from '../../model/index.js';
import { type Quote, quoteWords } from './quotes.js';

/** Fewest words a quotation needs to be carried on as a claim (shorter ones are scare quotes or titles). */
export const MIN_CARRIED_QUOTE_WORDS = 3;

/** Claims looked at around a quotation to see whether one already covers it (claims nearby, not the whole text). */
const RECENT_ITEMS = 4;

export interface CarryItem {
  readonly start: number;
  readonly end: number;
  readonly content: Span;
  readonly direct: boolean;
  readonly paragraph: number;
  readonly hasSource: boolean;
}

export interface Carried {
  readonly quote: Quote;
  /** Index of the claim the speaker comes from: into `items`, or (>= items.length) into the carried list. */
  readonly from: number;
  readonly rule: 'quote-continued' | 'quote-resumed' | 'quote-continuation';
  readonly paragraph: number;
}

export interface ParagraphInfo {
  /** The paragraph holding an offset, or null when it lies outside the content sentences. */
  paragraphOf(offset: number): number | null;
  /** The offset where a paragraph's first content sentence starts. */
  paragraphStart(paragraph: number): number;
  /** The content paragraph before this one (noise-only paragraphs skipped), or null. */
  previousParagraph(paragraph: number): number | null;
}

/** Carried-on quotations; `items` are the framed claims in document order. */
export function carryQuotes(
  text: string,
  quotes: readonly Quote[],
  items: readonly CarryItem[],
  info: ParagraphInfo,
): Carried[] {
  const out: Carried[] = [];
  /** Every claim so far (framed or carried), as [start, end, paragraph, hasSource, direct, index]. */
  type Seen = { start: number; end: number; paragraph: number; hasSource: boolean; direct: boolean; index: number };
  let last: Seen | null = null;
  const lastByParagraph = new Map<number, Seen>();
  let j = 0;
  let coveredUntil = -1;
  const see = (s: Seen) => {
    last = s;
    lastByParagraph.set(s.paragraph, s);
  };
  const origins = new Map<number, number>();
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    while (j < items.length && items[j]!.start < q.end) {
      const it = items[j]!;
      coveredUntil = Math.max(coveredUntil, it.end, it.content.end);
      if (it.start <= q.start || it.content.start <= q.start) see({ ...it, index: j });
      else if (it.start < q.end) see({ ...it, index: j });
      j++;
    }
    const covered = items
      .slice(Math.max(0, j - RECENT_ITEMS), j)
      .some((it) => overlapsSpan(it.content, q) || overlapsSpan(it, q));
    if (covered || q.start < coveredUntil) {
      for (let k = Math.max(0, j - RECENT_ITEMS); k < j; k++)
        if (overlapsSpan(items[k]!.content, q)) origins.set(qi, k);
      continue;
    }
    const paragraph = info.paragraphOf(q.start);
    if (paragraph === null || quoteWords(text, q) < MIN_CARRIED_QUOTE_WORDS) continue;
    let from: number | null = null;
    let rule: Carried['rule'] = 'quote-resumed';
    const prevOrigin = origins.get(qi - 1);
    const cur = last as Seen | null;
    if (q.continued && prevOrigin !== undefined) {
      from = prevOrigin;
      rule = 'quote-continued';
    } else if (cur && cur.paragraph === paragraph && cur.direct && cur.hasSource && cur.end <= q.start) {
      from = cur.index;
      rule = 'quote-resumed';
    } else if (info.paragraphStart(paragraph) === q.start) {
      const prev = info.previousParagraph(paragraph);
      const origin = prev === null ? undefined : lastByParagraph.get(prev);
      if (origin?.hasSource && !lastByParagraph.has(paragraph)) {
        from = origin.index;
        rule = 'quote-continuation';
      }
    }
    if (from === null) continue;
    const index = items.length + out.length;
    out.push({ quote: q, from, rule, paragraph });
    origins.set(qi, index);
    see({ start: q.start, end: q.end, paragraph, hasSource: true, direct: true, index });
  }
  return out;
}

const overlapsSpan = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
