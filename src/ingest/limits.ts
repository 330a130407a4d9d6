/**
 * Size limits and sniffing thresholds for ingest. Named here so the CLI and tests share them.
 */

/** Default cap on one input file or one JSON/JSONL record: 10 MiB. A news article is rarely over 200 KB. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** How many leading bytes are sniffed for magic numbers and control characters. */
export const SNIFF_BYTES = 8192;

/**
 * Share of C0 control bytes (other than tab, line feed, carriage return, form feed and escape) above which a
 * file is called binary. Plain text has none; compressed or executable data has around 10-30 %, so 5 % keeps
 * a stray control character in a text file from rejecting it while catching binary data without a known magic
 * number.
 */
export const BINARY_CONTROL_SHARE = 0.05;

/** How many leading characters of a text language detection reads: enough for eld, bounded for long texts. */
export const LANGUAGE_SAMPLE_CHARS = 2000;

/** The file in a directory that supplies metadata for the files beside (and below) it. */
export const MANIFEST_NAME = 'manifest.jsonl';

/** Extensions ingest reads, by the reader that handles them. */
export const EXTENSION_KINDS = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
} as const;

export type InputKind = (typeof EXTENSION_KINDS)[keyof typeof EXTENSION_KINDS];

/** The human list used in `unknown_type` reasons. */
export const READABLE_EXTENSIONS = '.txt, .md, .html, .htm, .json, .jsonl, .ndjson, .warc or .warc.gz';
