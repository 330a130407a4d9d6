import { decodeBytes, isBlank } from './decode.js';
import { type ByteLine, splitLines } from './lines.js';
import { makeDocument } from './make-document.js';
import { type MetaDraft, mergeMeta, metaFromFields } from './metadata.js';
import { rejections } from './rejection.js';
import { accepted, type IngestItem, type ReadContext, rejected } from './types.js';

/** What records of one file share: the file's manifest entry (if any), the user's date and the size limit. */
export interface RecordContext extends ReadContext {
  readonly manifest: MetaDraft | null;
}

/** Text fields of a record, first match wins: ours, then news-please's `maintext`. */
const TEXT_FIELDS = ['text', 'maintext'] as const;

const describeJson = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;

/**
 * One record to a document. The record's text is stored exactly as given. Its own fields come before the
 * manifest here (unlike files): a manifest line describes the whole .json/.jsonl file, so its url or title
 * would otherwise be stamped on every record; it still supplies what records leave out, such as the outlet.
 */
export function recordItem(input: string, value: unknown, context: RecordContext): IngestItem {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return rejected(
      rejections.noText(input, `the record is ${describeJson(value)}, not an object with a "text" field`),
    );
  }
  const fields = value as Record<string, unknown>;
  const text = TEXT_FIELDS.map((name) => fields[name]).find((v): v is string => typeof v === 'string' && !isBlank(v));
  if (text === undefined) {
    return rejected(rejections.noText(input, 'the record has no "text" (or "maintext") field with text in it'));
  }
  const drafts = context.manifest ? [metaFromFields(fields), context.manifest] : [metaFromFields(fields)];
  return accepted(makeDocument(input, text, mergeMeta(drafts, context.published)));
}

const parseError = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).replace(/^JSON\.parse: /, '');

/** A `.json` file: one record, or an array of records named `file.json[0]`, `file.json[1]`… */
export function* jsonItems(input: string, text: string, context: RecordContext): Generator<IngestItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    yield rejected(rejections.badJson(input, parseError(error)));
    return;
  }
  if (!Array.isArray(value)) {
    yield recordItem(input, value, context);
    return;
  }
  if (value.length === 0) yield rejected(rejections.empty(input, 'is an empty JSON array'));
  for (const [index, record] of value.entries()) yield recordItem(`${input}[${index}]`, record, context);
}

/** One JSONL line to an item, or null for a blank line (allowed, as most JSONL writers end with one). */
function lineItem(input: string, line: ByteLine, context: RecordContext): IngestItem | null {
  const lineInput = `${input}:${line.number}`;
  if (line.bytes === null) {
    return rejected(rejections.tooLarge(lineInput, line.byteLength, context.maxBytes));
  }
  const decoded = decodeBytes(line.bytes);
  if (!decoded.ok) return rejected(rejections.undecodable(lineInput));
  if (isBlank(decoded.text)) return null;
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (error) {
    return rejected(rejections.badJson(lineInput, parseError(error)));
  }
  return recordItem(lineInput, value, context);
}

/**
 * A JSONL stream, one record per line, read line by line: a broken line is rejected as `file.jsonl:LINE` and
 * the others are still read.
 */
export async function* jsonlItems(
  input: string,
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  context: RecordContext,
): AsyncGenerator<IngestItem> {
  let sawRecord = false;
  for await (const line of splitLines(chunks, context.maxBytes)) {
    const item = lineItem(input, line, context);
    if (!item) continue;
    sawRecord = true;
    yield item;
  }
  if (!sawRecord) yield rejected(rejections.empty(input, 'holds no JSON lines'));
}
