/**
 * An HTTP response as a WARC `response` record stores it: status line, headers, body. The body is de-chunked
 * (Transfer-Encoding: chunked) and decompressed (Content-Encoding gzip/deflate/br) when the crawler kept it so.
 */
import zlib from 'node:zlib';
import { parseContentType } from '../web/fetch.js';

export interface HttpMessage {
  readonly status: number;
  readonly contentType: string | null;
  readonly charset: string | null;
  readonly body: Buffer;
}

export type HttpParse = { ok: true; message: HttpMessage } | { ok: false; detail: string };

function headerEnd(bytes: Buffer): { at: number; length: number } | null {
  const crlf = bytes.indexOf('\r\n\r\n');
  const lf = bytes.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { at: crlf, length: 4 };
  return lf >= 0 ? { at: lf, length: 2 } : null;
}

function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = body.indexOf('\r\n', at);
    if (lineEnd < 0) return null;
    const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1').split(';')[0] ?? '', 16);
    if (!Number.isInteger(size) || size < 0) return null;
    if (size === 0) return Buffer.concat(parts);
    const start = lineEnd + 2;
    if (start + size > body.length) return null;
    parts.push(body.subarray(start, start + size));
    at = start + size + 2;
  }
}

export function parseHttpResponse(
  block: Buffer,
  options: { headersOnly?: boolean; maxBytes?: number } = {},
): HttpParse {
  const end = headerEnd(block);
  if (!end) return { ok: false, detail: 'has no end of headers' };
  const lines = block.subarray(0, end.at).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status) return { ok: false, detail: 'does not start with an HTTP status line' };
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const { media, charset } = parseContentType(headers.get('content-type'));
  const head = { status: Number(status[1]), contentType: media, charset };
  if (options.headersOnly) return { ok: true, message: { ...head, body: Buffer.alloc(0) } };
  let body: Buffer | null = block.subarray(end.at + end.length);
  if (/chunked/i.test(headers.get('transfer-encoding') ?? '')) {
    body = dechunk(body);
    if (!body) return { ok: false, detail: 'has a broken chunked body' };
  }
  const encoding = (headers.get('content-encoding') ?? 'identity').toLowerCase();
  const maxOutputLength = options.maxBytes ?? 10 * 1024 * 1024;
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') body = zlib.gunzipSync(body, { maxOutputLength });
    else if (encoding === 'deflate') body = zlib.inflateSync(body, { maxOutputLength });
    else if (encoding === 'br') body = zlib.brotliDecompressSync(body, { maxOutputLength });
  } catch {
    return { ok: false, detail: `has a ${encoding} body that could not be decompressed (or is over the size limit)` };
  }
  return { ok: true, message: { ...head, body } };
}
