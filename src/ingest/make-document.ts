import { createHash } from 'node:crypto';
import type { DocumentMeta, SourceDocument } from '../model/index.js';
import { detectLanguage } from './language.js';

const sha256 = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');

/** Hex digits of the identity hash kept in a document id: 64 bits, ample for any corpus one run reads. */
const ID_HEX_LENGTH = 16;

/**
 * The document id: a hash of the text plus the metadata that identifies the copy (url, outlet). The same input
 * re-read gets the same id, and two outlets carrying the same wire text stay two documents, so the provenance
 * stage can see that one copies the other. A JSON array keeps the parts from running into each other.
 */
export const documentId = (text: string, meta: Pick<DocumentMeta, 'url' | 'outlet'>): string =>
  `doc_${sha256(JSON.stringify([text, meta.url, meta.outlet])).slice(0, ID_HEX_LENGTH)}`;

/**
 * Fixes a document. This is where the text becomes immutable, and where the language is settled: the one stated
 * by metadata, else the one eld detects (null when detection is unreliable), so every later stage agrees on it.
 */
export function makeDocument(input: string, text: string, meta: DocumentMeta): SourceDocument {
  const language = meta.language ?? detectLanguage(text);
  return {
    id: documentId(text, meta),
    input,
    text,
    meta: { ...meta, language },
    contentHash: sha256(text),
  };
}
