import { contentItems } from './content.js';
import { jsonlItems } from './records.js';
import { rejections } from './rejection.js';
import { type IngestItem, type ReadContext, rejected } from './types.js';

/** How the input `-` is named in documents and rejections (records: `-:LINE`). */
export const STDIN_INPUT = '-';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** The first byte that is not a UTF-8 byte-order mark or ASCII whitespace, or null if there is none yet. */
function firstSignificantByte(bytes: Buffer): number | null {
  const start = bytes.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0;
  for (let i = start; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte;
  }
  return null;
}

const LEFT_BRACE = 0x7b;

async function* chain(first: readonly Buffer[], rest: AsyncIterator<Uint8Array | string>): AsyncGenerator<Buffer> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield Buffer.from(next.value);
}

/**
 * Reads standard input: JSONL when its first character is `{` (streamed line by line, like a .jsonl file),
 * otherwise one text (or an HTML page, when it starts like one) of at most `maxBytes`.
 */
export async function* stdinItems(stream: NodeJS.ReadableStream, context: ReadContext): AsyncGenerator<IngestItem> {
  const iterator = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let size = 0;
  let first: number | null = null;
  let done = false;
  try {
    while (first === null && size <= context.maxBytes) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      const chunk = Buffer.from(next.value);
      head.push(chunk);
      size += chunk.length;
      first = firstSignificantByte(Buffer.concat(head, size));
    }
    if (first === LEFT_BRACE) {
      return yield* jsonlItems(STDIN_INPUT, chain(head, iterator), { ...context, manifest: null });
    }
    for (let next = done ? null : await iterator.next(); next && !next.done; next = await iterator.next()) {
      const chunk = Buffer.from(next.value);
      size += chunk.length;
      if (size > context.maxBytes) return yield rejected(rejections.tooLarge(STDIN_INPUT, null, context.maxBytes));
      head.push(chunk);
    }
    if (size > context.maxBytes) return yield rejected(rejections.tooLarge(STDIN_INPUT, null, context.maxBytes));
    yield* contentItems(STDIN_INPUT, Buffer.concat(head, size), 'sniff', null, context);
  } catch (error) {
    yield rejected(rejections.unreadable(STDIN_INPUT, error instanceof Error ? error.message : String(error)));
  } finally {
    await iterator.return?.();
  }
}
