import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { type ContentKind, contentItems } from './content.js';
import { sniffBinary, utf16Bom } from './decode.js';
import { EXTENSION_KINDS, SNIFF_BYTES } from './limits.js';
import type { MetaDraft } from './metadata.js';
import { jsonlItems } from './records.js';
import { describeFsError, isMissingError, rejections } from './rejection.js';
import { type IngestItem, type ReadContext, rejected } from './types.js';
import { isWarcFile, warcItems } from './warc/warc-items.js';

/** The reader for a file name, `sniff` when it has no extension, null when the extension is unknown. */
export function kindOf(fileName: string): ContentKind | null {
  const extension = path.extname(fileName).toLowerCase();
  if (extension === '') return 'sniff';
  return Object.hasOwn(EXTENSION_KINDS, extension) ? EXTENSION_KINDS[extension as keyof typeof EXTENSION_KINDS] : null;
}

type FileHandle = Awaited<ReturnType<typeof open>>;

async function readHead(handle: FileHandle, size: number): Promise<Buffer> {
  const head = Buffer.alloc(Math.min(size, SNIFF_BYTES));
  const { bytesRead } = await handle.read(head, 0, head.length, 0);
  return head.subarray(0, bytesRead);
}

/**
 * The items of one file, checked before it is read: a FIFO or socket is not read (that could block forever), a
 * file over `maxBytes` is rejected from its size alone, and JSONL is streamed line by line so a large feed never
 * sits in memory whole (its limit applies to each line).
 */
export async function* fileItems(
  fsPath: string,
  input: string,
  manifest: MetaDraft | null,
  context: ReadContext,
): AsyncGenerator<IngestItem> {
  if (isWarcFile(fsPath)) return yield* warcItems(fsPath, input, context);
  let handle: FileHandle;
  try {
    // Checked before opening: opening a FIFO for reading blocks until something writes to it.
    if (!(await stat(fsPath)).isFile()) return yield rejected(rejections.unreadable(input, 'it is not a regular file'));
    handle = await open(fsPath, 'r');
  } catch (error) {
    return yield rejected(
      isMissingError(error) ? rejections.notFound(input) : rejections.unreadable(input, describeFsError(error)),
    );
  }
  let streaming = false;
  try {
    const { size } = await handle.stat();
    if (size === 0) return yield rejected(rejections.empty(input));
    const kind = kindOf(fsPath);
    if (kind === null) {
      // A known binary format says more than "unknown type" (a photo dropped in the corpus folder, say).
      const binary = sniffBinary(await readHead(handle, size));
      return yield rejected(
        binary ? rejections.binary(input, binary) : rejections.unknownType(input, path.extname(fsPath)),
      );
    }
    if (kind === 'jsonl') {
      const head = await readHead(handle, size);
      const binary = sniffBinary(head);
      if (binary) return yield rejected(rejections.binary(input, binary));
      if (!utf16Bom(head)) {
        streaming = true;
        const stream = handle.createReadStream({ start: 0, autoClose: true });
        try {
          return yield* jsonlItems(input, stream, { ...context, manifest });
        } finally {
          stream.destroy();
        }
      }
    }
    if (size > context.maxBytes) return yield rejected(rejections.tooLarge(input, size, context.maxBytes));
    const bytes = await handle.readFile();
    if (bytes.length > context.maxBytes)
      return yield rejected(rejections.tooLarge(input, bytes.length, context.maxBytes));
    yield* contentItems(input, bytes, kind, manifest, context);
  } catch (error) {
    yield rejected(rejections.unreadable(input, describeFsError(error)));
  } finally {
    if (!streaming) await handle.close().catch(() => undefined);
  }
}
