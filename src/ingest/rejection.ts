import type { Rejection, RejectionCode } from '../model/index.js';
import { READABLE_EXTENSIONS } from './limits.js';

const reject = (input: string, code: RejectionCode, reason: string): Rejection => ({ input, code, reason });

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Builders for every rejection, so reasons read the same everywhere: what is wrong, then what to do. */
export const rejections = {
  notFound: (input: string): Rejection =>
    reject(input, 'not_found', `${input} does not exist. Check the path and its spelling.`),
  missingFromManifest: (input: string, manifest: string, line: number): Rejection =>
    reject(
      input,
      'not_found',
      `${manifest} line ${line} lists ${input}, but there is no such file. Add the file or remove the line.`,
    ),
  unreadable: (input: string, why: string): Rejection =>
    reject(input, 'unreadable', `${input} could not be read (${why}). Check that it is a regular file you may read.`),
  empty: (input: string, what = 'is empty or holds only whitespace'): Rejection =>
    reject(input, 'empty', `${input} ${what}, so there is nothing to analyse.`),
  binary: (input: string, what: string): Rejection =>
    reject(input, 'binary', `${input} looks like ${what}, not text. Convert it to text, HTML or JSON first.`),
  undecodable: (input: string, encoding = 'UTF-8'): Rejection =>
    reject(input, 'undecodable', `${input} is not valid ${encoding} text. Re-save it as UTF-8.`),
  tooLarge: (input: string, bytes: number | null, maxBytes: number): Rejection =>
    reject(
      input,
      'too_large',
      `${input} is ${bytes === null ? 'larger than' : `${megabytes(bytes)}, over`} the ${megabytes(maxBytes)} limit ` +
        'for one input. Split it into smaller files or raise the size limit.',
    ),
  unknownType: (input: string, extension: string): Rejection =>
    reject(
      input,
      'unknown_type',
      `${input}: sitrep does not read "${extension}" files (it reads ${READABLE_EXTENSIONS}). ` +
        'Rename it to .txt if it is plain text.',
    ),
  badJson: (input: string, detail: string): Rejection =>
    reject(input, 'bad_json', `${input} is not valid JSON (${detail}). Fix it or remove it.`),
  noText: (input: string, detail: string): Rejection =>
    reject(input, 'no_text', `${input}: ${detail}, so there is nothing to analyse.`),
  badMetadata: (input: string, detail: string): Rejection => reject(input, 'bad_metadata', `${input}: ${detail}`),
};

/** A short description of a Node file-system error for a reason sentence. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'too many symbolic links';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** True for the errors that mean "there is nothing at this path". */
export const isMissingError = (error: unknown): boolean => {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
};
