/** One line of a byte stream, without its `\n` or `\r\n`. */
export interface ByteLine {
  /** 1-based line number, counting every line (blank ones too) so it matches an editor's. */
  readonly number: number;
  /** The line's bytes, or null when it was longer than the limit (its bytes were dropped as they came). */
  readonly bytes: Buffer | null;
  /** How many bytes the line had, even when they were dropped. */
  readonly byteLength: number;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream into lines without holding more than one line in memory, and without holding even that
 * when it grows past `maxLineBytes` (a runaway "line" in a corrupt file must not exhaust memory). Works on bytes,
 * not text, so each line can be decoded strictly on its own and a bad line rejected alone.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let pieces: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let number = 1;

  const append = (piece: Buffer): void => {
    size += piece.length;
    if (overflow || piece.length === 0) return;
    if (size > maxLineBytes) {
      overflow = true;
      pieces = [];
    } else pieces.push(piece);
  };
  const finishLine = (): ByteLine => {
    let bytes: Buffer | null = null;
    if (!overflow) {
      bytes = Buffer.concat(pieces, size);
      if (bytes.at(-1) === CARRIAGE_RETURN) bytes = bytes.subarray(0, -1);
    }
    const line = { number, bytes, byteLength: size };
    pieces = [];
    size = 0;
    overflow = false;
    number++;
    return line;
  };

  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    let start = 0;
    for (let end = buffer.indexOf(LINE_FEED, start); end >= 0; end = buffer.indexOf(LINE_FEED, start)) {
      append(buffer.subarray(start, end));
      yield finishLine();
      start = end + 1;
    }
    append(buffer.subarray(start));
  }
  if (size > 0) yield finishLine();
}
