import type { Report } from '../contract.js';
import { toCsv } from './csv.js';
import { type DocumentTexts, spanText } from './evidence-text.js';

export const CLAIM_COLUMNS = [
  'id',
  'status',
  'group',
  'source_id',
  'source_name',
  'source_kind',
  'cue',
  'doc',
  'outlet',
  'published',
  'statement',
  'content',
  'span_start',
  'span_end',
  'content_start',
  'content_end',
] as const;

/** `claims.csv`: one row per claim; the statement and content texts when the documents' texts are at hand. */
export function claimsCsv(report: Report, texts: DocumentTexts = new Map()): string {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const rows = report.claims.map((c) => {
    const source = c.source ? sources.get(c.source) : undefined;
    const doc = docs.get(c.span.doc);
    return [
      c.id,
      c.status,
      c.group,
      c.source,
      source?.name,
      source?.kind,
      c.cue,
      c.span.doc,
      doc?.outlet,
      doc?.published,
      spanText(texts, c.span),
      spanText(texts, c.content),
      c.span.start,
      c.span.end,
      c.content.start,
      c.content.end,
    ];
  });
  return toCsv(CLAIM_COLUMNS, rows);
}

export const CASUALTY_COLUMNS = [
  'count',
  'outcome',
  'category',
  'as_of',
  'period',
  'source_id',
  'source_name',
  'place_id',
  'place_name',
  'doc',
  'outlet',
  'published',
  'evidence',
  'span_start',
  'span_end',
] as const;

/** `casualties.csv`: every reported figure, one row each, kept per source (never summed or averaged). */
export function casualtiesCsv(report: Report, texts: DocumentTexts = new Map()): string {
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const places = new Map(report.places.map((p) => [p.id, p]));
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const rows = report.casualties.map((c) => [
    c.count,
    c.outcome,
    c.category,
    c.as_of,
    c.period,
    c.source,
    c.source ? sources.get(c.source)?.name : null,
    c.place,
    c.place ? places.get(c.place)?.name : null,
    c.span.doc,
    docs.get(c.span.doc)?.outlet,
    docs.get(c.span.doc)?.published,
    spanText(texts, c.span),
    c.span.start,
    c.span.end,
  ]);
  return toCsv(CASUALTY_COLUMNS, rows);
}
