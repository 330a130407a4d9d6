import type { ReportSpan } from '../contract.js';

/** Document texts by document id, from the analysed documents or the report's own `text` fields. */
export type DocumentTexts = ReadonlyMap<string, string>;

/** The verbatim evidence of a span, or null when the document's text is not at hand. */
export function spanText(texts: DocumentTexts, span: ReportSpan | null | undefined): string | null {
  if (!span) return null;
  const text = texts.get(span.doc);
  return text === undefined ? null : text.slice(span.start, span.end);
}

/** Texts from a report written with --include-text, plus any given explicitly (explicit ones win). */
export function collectTexts(
  documents: readonly { id: string; text?: string }[],
  given?: ReadonlyMap<string, string> | Readonly<Record<string, string>>,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const d of documents) if (typeof d.text === 'string') texts.set(d.id, d.text);
  if (given) {
    const entries = given instanceof Map ? [...given] : Object.entries(given as Record<string, string>);
    for (const [id, text] of entries) texts.set(id, text);
  }
  return texts;
}
