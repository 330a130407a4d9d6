import { BINARY_CONTROL_SHARE, SNIFF_BYTES } from './limits.js';

/** Known binary formats by their leading bytes ("magic numbers"), with the name used in rejection reasons. */
const MAGIC_NUMBERS: readonly { bytes: readonly number[]; offset?: number; name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], name: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a ZIP archive (or a .docx/.odt document)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], name: 'an empty ZIP archive' },
  { bytes: [0x1f, 0x8b], name: 'a gzip-compressed file' },
  { bytes: [0x42, 0x5a, 0x68], name: 'a bzip2-compressed file' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], name: 'an xz-compressed file' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], name: 'a zstd-compressed file' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], name: 'a 7-Zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], name: 'an old Microsoft Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF executable)' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20], name: 'an SQLite database' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, name: 'a video or audio file (MP4/MOV)' },
  { bytes: [0x52, 0x49, 0x46, 0x46], name: 'a media file (RIFF: WAV, AVI or WebP)' },
];

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b);

/** The UTF-16 flavour announced by a byte-order mark, or null. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, UTF16LE_BOM)) return 'utf-16le';
  if (startsWith(bytes, UTF16BE_BOM)) return 'utf-16be';
  return null;
}

export const hasUtf8Bom = (bytes: Uint8Array): boolean => startsWith(bytes, UTF8_BOM);

/** C0 controls that never occur in text: everything below 0x20 except tab, LF, FF, CR and ESC, plus DEL. */
const isStrayControl = (byte: number): boolean =>
  (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f;

/**
 * What binary format the leading bytes look like (a phrase for the rejection reason), or null when they may be
 * text. UTF-16 with a byte-order mark is text even though it is full of NUL bytes.
 */
export function sniffBinary(head: Uint8Array): string | null {
  for (const magic of MAGIC_NUMBERS) if (startsWith(head, magic.bytes, magic.offset)) return magic.name;
  if (utf16Bom(head)) return null;
  const sample = head.subarray(0, SNIFF_BYTES);
  if (sample.includes(0)) return 'binary data (it holds NUL bytes; UTF-16 text needs a byte-order mark)';
  let controls = 0;
  for (const byte of sample) if (isStrayControl(byte)) controls++;
  if (sample.length > 0 && controls / sample.length > BINARY_CONTROL_SHARE) return 'binary data (control bytes)';
  return null;
}

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; encoding: string };

/** Decodes strictly with the WHATWG decoder; `fatal` makes malformed input fail instead of becoming U+FFFD. */
function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  try {
    // TextDecoder drops a leading byte-order mark of its own encoding (ignoreBOM defaults to false).
    return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return { ok: false, encoding };
  }
}

/**
 * Bytes to the text ingest stores: UTF-16 LE/BE when a byte-order mark says so, otherwise strict UTF-8 with
 * a BOM dropped. Nothing else is touched: no NFC, no line-ending change, so a `.txt` file's text equals
 * `fs.readFileSync(file, 'utf8')` minus the BOM and spans index the same string the reference scorer reads.
 * `fallbackEncoding` (an HTML `<meta charset>`) is tried only when UTF-8 fails.
 */
export function decodeBytes(bytes: Uint8Array, fallbackEncoding: string | null = null): Decoded {
  const utf16 = utf16Bom(bytes);
  if (utf16) return decodeWith(utf16, bytes);
  const utf8 = decodeWith('utf-8', bytes);
  if (utf8.ok || !fallbackEncoding) return utf8;
  let label: string;
  try {
    label = new TextDecoder(fallbackEncoding).encoding;
  } catch {
    return utf8; // an encoding label the runtime does not know
  }
  if (label === 'utf-8') return utf8;
  return label === 'windows-1252'
    ? { ok: true, text: decodeWindows1252(bytes), encoding: label }
    : decodeWith(label, bytes);
}

/** Windows-1252's characters for bytes 0x80-0x9F (0 where the byte is undefined and stays a C1 control). */
// biome-ignore format: a 32-entry table reads best as two rows of sixteen
const WINDOWS_1252_C1 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Windows-1252 (what WHATWG also means by "iso-8859-1" and "us-ascii"), decoded by hand: Node 20's TextDecoder
 * takes a Latin-1 shortcut for this label and turns curly quotes (0x93, 0x94) into C1 control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\u0080-\u009f]/g, (c) => {
      const mapped = WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? 0;
      return mapped ? String.fromCharCode(mapped) : c;
    });
}

/** True when the text is nothing but whitespace (including no characters at all). */
export const isBlank = (text: string): boolean => text.trim() === '';
