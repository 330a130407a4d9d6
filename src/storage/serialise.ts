import type { Layers } from '../model/index.js';
import type { SerialisedLayers, StoredLayers } from './store.js';
import { StoreError } from './store-error.js';

/** Lone surrogates only: with the `u` flag a well-formed pair is one code point and does not match. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Throws `invalid_text` when the text cannot be stored exactly. Both adapters call it so they agree. */
export function assertStorableText(path: string, id: string, text: string): void {
  if (LONE_SURROGATE.test(text)) {
    throw new StoreError('invalid_text', path, `document ${id}: text holds a lone UTF-16 surrogate`);
  }
}

/** JSON.stringify, with failures (BigInt, cycles) reported as `not_serialisable` naming what was being stored. */
export function toJson(path: string, what: string, value: unknown): string {
  try {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError('value has no JSON form');
    return json;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new StoreError('not_serialisable', path, `${what} is not plain JSON: ${reason}`, { cause });
  }
}

/**
 * Serialises layers the way every adapter must: one JSON string per defined layer. Adapters call it before
 * their first write, so a value that cannot be stored leaves nothing behind.
 */
export function layerRows(
  path: string,
  documentId: string,
  stored: StoredLayers | SerialisedLayers,
): Map<string, string> {
  if ('layerJson' in stored) return new Map(Object.entries(stored.layerJson));
  const rows = new Map<string, string>();
  for (const [name, items] of Object.entries(stored.layers)) {
    if (items === undefined) continue;
    rows.set(name, toJson(path, `layer ${name} of document ${documentId}`, items));
  }
  return rows;
}

/**
 * A document's layers serialised exactly as the store would (layerRows), for `saveAnalyses`: called where the layers
 * are made (a worker thread) so that only strings cross to the thread that writes. Throws `not_serialisable` as
 * the store would.
 */
export function serialiseLayers(documentId: string, layers: Layers): Record<string, string> {
  return Object.fromEntries(layerRows('layers', documentId, { layers, pipelineVersion: '' }));
}
