import { decodeBytes, isBlank, sniffBinary } from './decode.js';
import { splitFrontMatter } from './front-matter.js';
import { declaredCharset, extractHtml, looksLikeHtml } from './html.js';
import type { InputKind } from './limits.js';
import { makeDocument } from './make-document.js';
import { type MetaDraft, mergeMeta, metaFromFields } from './metadata.js';
import { jsonItems, jsonlItems } from './records.js';
import { rejections } from './rejection.js';
import { accepted, type IngestItem, type ReadContext, rejected } from './types.js';

/** A reader kind, or `sniff` for inputs without an extension (and stdin): text, or HTML when it looks like it. */
export type ContentKind = InputKind | 'sniff';

/** U+0000 after decoding means binary data that happened to follow a UTF-16 byte-order mark. */
const hasNul = (text: string): boolean => text.includes('\u0000');

/** What a reader knows about an input besides its bytes when it came from the web (a response, a feed item). */
export interface ContentExtras {
  /** The charset a Content-Type header declared; wins over the page's own `<meta charset>`. */
  readonly charset?: string | null;
  /** Metadata that only fills gaps the page leaves (a feed item's title and date). */
  readonly fallback?: readonly MetaDraft[];
}

/**
 * The items of one whole input held in memory (at most `maxBytes`): binary sniffing, strict decoding, then the
 * reader for its kind. `manifest` is the input's manifest entry (or, for a URL, the fetched address), if any.
 * Local files and web pages share this path, so a page reads the same whether saved or fetched.
 */
export async function* contentItems(
  input: string,
  bytes: Uint8Array,
  kind: ContentKind,
  manifest: MetaDraft | null,
  context: ReadContext,
  extras: ContentExtras = {},
): AsyncGenerator<IngestItem> {
  if (bytes.length === 0) return yield rejected(rejections.empty(input));
  const binary = sniffBinary(bytes);
  if (binary) return yield rejected(rejections.binary(input, binary));
  const charset = extras.charset ?? (kind === 'html' || kind === 'sniff' ? declaredCharset(bytes) : null);
  const decoded = decodeBytes(bytes, charset);
  if (!decoded.ok) return yield rejected(rejections.undecodable(input, decoded.encoding.toUpperCase()));
  const text = decoded.text;
  if (hasNul(text)) return yield rejected(rejections.binary(input, 'binary data (it holds NUL characters)'));
  if (isBlank(text)) return yield rejected(rejections.empty(input));

  const resolved = kind === 'sniff' ? (looksLikeHtml(text) ? 'html' : 'text') : kind;
  const records = { ...context, manifest };
  const fallback = extras.fallback ?? [];
  switch (resolved) {
    case 'text':
      return yield accepted(
        makeDocument(input, text, mergeMeta([...(manifest ? [manifest] : []), ...fallback], context.published)),
      );
    case 'markdown':
      return yield markdownItem(input, text, manifest, context);
    case 'html':
      return yield htmlItem(input, text, manifest, context, fallback);
    case 'json':
      return yield* jsonItems(input, text, records);
    case 'jsonl':
      // Only reached for whole buffers (UTF-16 JSONL, which is decoded first); UTF-8 JSONL files are streamed.
      return yield* jsonlItems(input, [Buffer.from(text, 'utf8')], records);
  }
}

/**
 * Markdown: the stored text is the body after the front matter, byte for byte (the front matter is metadata,
 * and as text it would feed YAML keys to the sentence and claim stages). Without front matter the stored text is
 * the whole file, exactly as for `.txt`.
 */
function markdownItem(input: string, text: string, manifest: MetaDraft | null, context: ReadContext): IngestItem {
  const front = splitFrontMatter(text);
  if (front.kind === 'invalid') {
    return rejected(
      rejections.badMetadata(input, `its front matter is not valid YAML (${front.detail}). Fix it or remove it.`),
    );
  }
  if (front.kind === 'none') {
    return accepted(makeDocument(input, text, mergeMeta(manifest ? [manifest] : [], context.published)));
  }
  if (isBlank(front.body)) return rejected(rejections.noText(input, 'it has front matter but no text after it'));
  const drafts = [...(manifest ? [manifest] : []), metaFromFields(front.fields)];
  return accepted(makeDocument(input, front.body, mergeMeta(drafts, context.published)));
}

/** HTML: the stored text is the extracted article text (paragraphs joined by blank lines), not the markup. */
function htmlItem(
  input: string,
  html: string,
  manifest: MetaDraft | null,
  context: ReadContext,
  fallback: readonly MetaDraft[] = [],
): IngestItem {
  const page = extractHtml(html);
  if (isBlank(page.text)) return rejected(rejections.noText(input, 'no readable article text was found in the page'));
  const drafts = [...(manifest ? [manifest] : []), ...page.drafts, ...fallback];
  return accepted(makeDocument(input, page.text, mergeMeta(drafts, context.published)));
}
