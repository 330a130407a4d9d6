/** Half-open range [start, end) in UTF-16 code units (JavaScript string indices) of a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Which stage made an annotation, and by which of its rules: every annotation says who made it and why. */
export interface Provenance {
  readonly stage: string;
  readonly rule: string;
}

/** An annotation over a document's text: a span with an id unique within its layer and its provenance. */
export interface SpanAnnotation extends Span {
  readonly id: string;
  readonly source: Provenance;
}

export const sliceOf = (text: string, span: Span): string => text.slice(span.start, span.end);

/** True when the half-open ranges share at least one code unit. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** True when `outer` wholly contains `inner`. */
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

export const compareSpans = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** True when the span lies inside a text of the given length and is not reversed. */
export const isValidSpan = (span: Span, textLength: number): boolean =>
  Number.isInteger(span.start) &&
  Number.isInteger(span.end) &&
  span.start >= 0 &&
  span.start <= span.end &&
  span.end <= textLength;

/** Shrinks a span so that it starts and ends on non-whitespace (an empty span stays where it is). */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
