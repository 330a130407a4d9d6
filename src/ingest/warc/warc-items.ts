/**
 * WARC files (`.warc`, `.warc.gz`, e.g. Common Crawl's news crawl): streamed record by record, never held whole.
 * Only `response` records of HTTP 200 with an HTML content type become documents, read by the same HTML reader as
 * local files, with the record's WARC-Target-URI as the document URL. Each record is limited to `maxBytes`, not
 * the file (WARC files run to gigabytes). Other records (requests, metadata, images, redirects) are skipped.
 */
import { createReadStream, promises as fs } from 'node:fs';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { contentItems } from '../content.js';
import { describeFsError, isMissingError, rejections } from '../rejection.js';
import { type IngestItem, type ReadContext, rejected } from '../types.js';
import { type HttpMessage, parseHttpResponse } from './http-message.js';

/** True for a file name ingest reads as WARC. */
export const isWarcFile = (name: string): boolean => /\.warc(?:\.gz)?$/i.test(name);

/** Longest WARC header block accepted: 64 KiB. Real headers are well under 2 KiB; past this the file is not WARC. */
const MAX_WARC_HEADER_BYTES = 64 * 1024;

const CRLF2 = Buffer.from('\r\n\r\n');

/** Pulls bytes from a stream on demand: header blocks up to a delimiter, blocks by length. */
class ByteReader {
  #buffer: Buffer = Buffer.alloc(0);
  #done = false;
  readonly #chunks: AsyncIterator<Buffer>;
  /** Bytes consumed so far (offset into the uncompressed stream). */
  offset = 0;

  constructor(stream: Readable) {
    this.#chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  }

  async #fill(): Promise<boolean> {
    if (this.#done) return false;
    const next = await this.#chunks.next();
    if (next.done) {
      this.#done = true;
      return false;
    }
    this.#buffer = this.#buffer.length ? Buffer.concat([this.#buffer, next.value]) : next.value;
    return true;
  }

  /** Skips blank lines between records; false at the end of the stream. */
  async atRecord(): Promise<boolean> {
    for (;;) {
      let i = 0;
      while (i < this.#buffer.length && (this.#buffer[i] === 0x0d || this.#buffer[i] === 0x0a)) i++;
      this.#take(i);
      if (this.#buffer.length > 0) return true;
      if (!(await this.#fill())) return false;
    }
  }

  /** Bytes up to and including `delimiter`, or null when the stream ends or `max` is passed first. */
  async until(delimiter: Buffer, max: number): Promise<Buffer | null> {
    for (;;) {
      const at = this.#buffer.indexOf(delimiter);
      if (at >= 0) return this.#take(at + delimiter.length);
      if (this.#buffer.length > max || !(await this.#fill())) return null;
    }
  }

  /** Exactly `n` bytes, or null when the stream ends first. */
  async read(n: number): Promise<Buffer | null> {
    while (this.#buffer.length < n) if (!(await this.#fill())) return null;
    return this.#take(n);
  }

  /** Skips `n` bytes without keeping them; false when the stream ends first. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    for (;;) {
      const step = Math.min(left, this.#buffer.length);
      this.#take(step);
      left -= step;
      if (left === 0) return true;
      if (!(await this.#fill())) return false;
    }
  }

  #take(n: number): Buffer {
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(n);
    this.offset += n;
    return out;
  }
}

/** WARC header fields (names lower-cased) of one record. */
function parseWarcHeader(block: Buffer): Map<string, string> | null {
  const lines = block.toString('utf8').split(/\r\n/);
  if (!/^WARC\/1\.[01]$/.test(lines[0]?.trim() ?? '')) return null;
  const fields = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

const HTML_TYPE = /^(?:text\/html|application\/xhtml\+xml)\b/i;

/** Bytes of a large record's block read to decide whether it is an HTML 200 response worth a rejection. */
const PEEK_BYTES = 64 * 1024;

/** The items of one WARC file, in record order. */
export async function* warcItems(fsPath: string, input: string, context: ReadContext): AsyncGenerator<IngestItem> {
  try {
    const info = await fs.stat(fsPath);
    if (!info.isFile()) return yield rejected(rejections.unreadable(input, 'it is not a regular file'));
    if (info.size === 0) return yield rejected(rejections.empty(input));
  } catch (error) {
    return yield rejected(
      isMissingError(error) ? rejections.notFound(input) : rejections.unreadable(input, describeFsError(error)),
    );
  }
  const file = createReadStream(fsPath);
  const stream: Readable = /\.gz$/i.test(fsPath) ? file.pipe(zlib.createGunzip()) : file;
  file.on('error', (error) => stream.destroy(error));
  const reader = new ByteReader(stream);
  let record = 0;
  let documents = 0;
  const bad = (detail: string) => ({
    kind: 'rejected' as const,
    rejection: { input, code: 'bad_warc' as const, reason: `${input} is not a readable WARC file: ${detail}.` },
  });
  try {
    while (await reader.atRecord()) {
      record++;
      const label = `${input}:${record}`;
      const headerBlock = await reader.until(CRLF2, MAX_WARC_HEADER_BYTES);
      const header = headerBlock ? parseWarcHeader(headerBlock) : null;
      if (!header) return yield bad(`record ${record} (byte ${reader.offset}) does not start with a WARC/1.0 header`);
      const length = Number(header.get('content-length'));
      if (!Number.isSafeInteger(length) || length < 0) {
        return yield bad(`record ${record} has no valid Content-Length`);
      }
      const isResponse =
        header.get('warc-type') === 'response' && /^application\/http\b/i.test(header.get('content-type') ?? '');
      const target = header.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null;
      if (!isResponse) {
        if (!(await reader.skip(length))) return yield bad(`it ends in the middle of record ${record}`);
        continue;
      }
      if (length > context.maxBytes) {
        const peek = await reader.read(Math.min(length, PEEK_BYTES));
        if (!peek || !(await reader.skip(length - peek.length))) {
          return yield bad(`it ends in the middle of record ${record}`);
        }
        const head = parseHttpResponse(peek, { headersOnly: true });
        if (head.ok && head.message.status === 200 && HTML_TYPE.test(head.message.contentType ?? '')) {
          yield rejected(rejections.tooLarge(`${label} (${target ?? 'no target URI'})`, length, context.maxBytes));
        }
        continue;
      }
      const block = await reader.read(length);
      if (!block) return yield bad(`it ends in the middle of record ${record}`);
      const parsed = parseHttpResponse(block, { maxBytes: context.maxBytes });
      if (!parsed.ok) {
        yield rejected({ input: label, code: 'bad_warc', reason: `${label}: the HTTP response ${parsed.detail}.` });
        continue;
      }
      const message: HttpMessage = parsed.message;
      if (message.status !== 200 || !HTML_TYPE.test(message.contentType ?? '')) continue;
      documents++;
      yield* contentItems(label, message.body, 'html', target ? { url: target } : null, context, {
        charset: message.charset,
      });
    }
  } catch (error) {
    const detail =
      (error as NodeJS.ErrnoException | null)?.code === 'Z_DATA_ERROR'
        ? 'the gzip data is damaged'
        : describeFsError(error);
    return yield bad(detail);
  } finally {
    stream.destroy();
    file.destroy();
  }
  if (documents === 0) yield rejected(rejections.noText(input, 'the WARC file holds no HTML responses (HTTP 200)'));
}
