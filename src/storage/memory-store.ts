import type { Layers, SourceDocument } from '../model/index.js';
import type { Report } from '../report/contract.js';
import { assertStorableText, layerRows, toJson } from './serialise.js';
import type { AnalysisToSave, Store, StoredLayers, StoredReport, StoredRevision } from './store.js';
import { StoreError } from './store-error.js';

const PATH = 'memory';

interface LayerRows {
  readonly pipelineVersion: string;
  /** Layer name → items as JSON, exactly as the SQLite adapter stores them. */
  readonly items: ReadonlyMap<string, string>;
}

interface ReportRow {
  readonly id: string;
  readonly createdAt: string;
  readonly documentIds: string;
  readonly report: string;
}

/**
 * The in-memory adapter, for tests and `--no-db`. Documents are copied with structuredClone (they are strings and
 * nulls); layers and reports are kept as JSON text rather than cloned, because structuredClone would accept values
 * (BigInt, Map, undefined members) that the SQLite adapter cannot store, and the two must behave the same.
 */
export class MemoryStore implements Store {
  /** Map keeps insertion order, which is the "oldest first" order of listDocuments. */
  readonly #documents = new Map<string, SourceDocument>();
  readonly #layers = new Map<string, LayerRows>();
  readonly #reports = new Map<string, ReportRow>();
  /** Seen key → first document id and time; only presence is read back. */
  readonly #seen = new Map<string, { documentId: string | null; seenAt: string }>();
  /** Revisions as JSON text (like SQLite), in save order. */
  readonly #revisions = new Map<string, Omit<StoredRevision, 'changes'> & { changes: string }>();
  #closed = false;

  saveDocument(document: SourceDocument): boolean {
    this.#check();
    // Validate before the "already stored" answer, as SQLite does, so both adapters refuse the same inputs.
    assertStorableText(PATH, document.id, document.text);
    const copy = copyDocument(document);
    if (this.#documents.has(document.id)) return false;
    this.#documents.set(document.id, copy);
    return true;
  }

  getDocument(id: string): SourceDocument | null {
    this.#check();
    const found = this.#documents.get(id);
    return found ? structuredClone(found) : null;
  }

  listDocuments(): SourceDocument[] {
    this.#check();
    return [...this.#documents.values()].map((d) => structuredClone(d));
  }

  saveLayers(documentId: string, stored: StoredLayers): void {
    this.#check();
    if (!this.#documents.has(documentId)) {
      throw new StoreError('unknown_document', PATH, `cannot save layers of unknown document ${documentId}`);
    }
    this.#putLayers(documentId, stored.pipelineVersion, layerRows(PATH, documentId, stored));
  }

  getLayers(documentId: string): StoredLayers | null {
    this.#check();
    const found = this.#layers.get(documentId);
    if (!found) return null;
    const layers: Record<string, unknown> = {};
    for (const [name, json] of found.items) layers[name] = JSON.parse(json);
    return { layers: layers as Layers, pipelineVersion: found.pipelineVersion };
  }

  saveAnalysis(document: SourceDocument, stored: StoredLayers): void {
    this.#check();
    // Every check and serialisation happens before the first write, so a failure leaves nothing behind.
    assertStorableText(PATH, document.id, document.text);
    const copy = copyDocument(document);
    const rows = layerRows(PATH, document.id, stored);
    const existing = this.#documents.get(document.id);
    if (existing && existing.text !== document.text) {
      throw new StoreError('document_conflict', PATH, `document ${document.id} is stored with a different text`);
    }
    if (!existing) this.#documents.set(document.id, copy);
    this.#putLayers(document.id, stored.pipelineVersion, rows);
  }

  saveAnalyses(batch: readonly AnalysisToSave[]): void {
    this.#check();
    // All checks and serialisations first (as saveAnalysis does), so that a failure anywhere writes nothing.
    const texts = new Map<string, string>();
    const ready = batch.map(({ document, stored }) => {
      assertStorableText(PATH, document.id, document.text);
      const known = texts.get(document.id) ?? this.#documents.get(document.id)?.text;
      if (known !== undefined && known !== document.text) {
        throw new StoreError('document_conflict', PATH, `document ${document.id} is stored with a different text`);
      }
      texts.set(document.id, document.text);
      return {
        copy: copyDocument(document),
        version: stored.pipelineVersion,
        rows: layerRows(PATH, document.id, stored),
      };
    });
    for (const { copy, version, rows } of ready) {
      if (!this.#documents.has(copy.id)) this.#documents.set(copy.id, copy);
      this.#putLayers(copy.id, version, rows);
    }
  }

  getLayersVersion(documentId: string): string | null {
    this.#check();
    return this.#layers.get(documentId)?.pipelineVersion ?? null;
  }

  saveReport(report: StoredReport): void {
    this.#check();
    const row: ReportRow = {
      id: report.id,
      createdAt: report.createdAt,
      documentIds: toJson(PATH, `document ids of report ${report.id}`, report.documentIds),
      report: toJson(PATH, `report ${report.id}`, report.report),
    };
    // Delete first so a replaced report moves to the end: it is the latest saved.
    this.#reports.delete(report.id);
    this.#reports.set(report.id, row);
  }

  getLatestReport(): StoredReport | null {
    this.#check();
    const last = [...this.#reports.values()].at(-1);
    return last ? fromReportRow(last) : null;
  }

  getReport(id: string): StoredReport | null {
    this.#check();
    const row = this.#reports.get(id);
    return row ? fromReportRow(row) : null;
  }

  markSeen(keys: readonly string[], documentId: string | null, seenAt: string): void {
    this.#check();
    for (const key of keys) if (!this.#seen.has(key)) this.#seen.set(key, { documentId, seenAt });
  }

  hasSeen(key: string): boolean {
    this.#check();
    return this.#seen.has(key);
  }

  saveRevision(revision: StoredRevision): void {
    this.#check();
    const changes = toJson(PATH, `changes of revision ${revision.id}`, revision.changes);
    const { id, createdAt, reportId, previousReportId } = revision;
    this.#revisions.delete(id);
    this.#revisions.set(id, { id, createdAt, reportId, previousReportId, changes });
  }

  listRevisions(since?: string): StoredRevision[] {
    this.#check();
    return [...this.#revisions.values()]
      .filter((r) => since === undefined || r.createdAt >= since)
      .map((r) => ({ ...r, changes: JSON.parse(r.changes) as unknown }));
  }

  listReports(): { id: string; createdAt: string; documents: number }[] {
    this.#check();
    return [...this.#reports.values()].map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      documents: (JSON.parse(r.documentIds) as string[]).length,
    }));
  }

  close(): void {
    this.#closed = true;
  }

  #putLayers(documentId: string, pipelineVersion: string, rows: Map<string, string>): void {
    if (rows.size === 0) this.#layers.delete(documentId);
    else this.#layers.set(documentId, { pipelineVersion, items: rows });
  }

  #check(): void {
    if (this.#closed) throw new StoreError('store_closed', PATH, 'the store is closed');
  }
}

const fromReportRow = (row: ReportRow): StoredReport => ({
  id: row.id,
  createdAt: row.createdAt,
  documentIds: JSON.parse(row.documentIds) as string[],
  report: JSON.parse(row.report) as Report,
});

/**
 * Only the SourceDocument fields, as SQLite keeps them (extra properties a caller added are not stored), with the
 * metadata passed through JSON like SQLite's `meta` column.
 */
function copyDocument(d: SourceDocument): SourceDocument {
  const meta = JSON.parse(toJson(PATH, `metadata of document ${d.id}`, d.meta)) as SourceDocument['meta'];
  return { id: d.id, input: d.input, text: d.text, meta, contentHash: d.contentHash };
}
