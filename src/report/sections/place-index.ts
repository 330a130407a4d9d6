import type { ReportPlace } from '../contract.js';

/** A span in one document: a place, event or casualty mention. */
export interface DocSpan {
  readonly doc: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds the report place of a mention: the first place, in report order, with a mention in the same document that
 * overlaps it. Built once per section from the places section's output, so each lookup reads the mentions of one
 * document instead of every place of the corpus (issue 10: events × places grew quadratically with the batch).
 */
export function placeLocator(places: readonly ReportPlace[]): (span: DocSpan) => ReportPlace | null {
  const byDoc = new Map<string, { start: number; end: number; order: number }[]>();
  for (const [order, place] of places.entries()) {
    for (const m of place.mentions) {
      const mentions = byDoc.get(m.doc) ?? [];
      if (!mentions.length) byDoc.set(m.doc, mentions);
      mentions.push({ start: m.start, end: m.end, order });
    }
  }
  return (span) => {
    let first = Number.POSITIVE_INFINITY;
    for (const m of byDoc.get(span.doc) ?? []) {
      if (m.start < span.end && span.start < m.end && m.order < first) first = m.order;
    }
    return first < places.length ? (places[first] as ReportPlace) : null;
  };
}
