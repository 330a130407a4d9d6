import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Layers, SourceDocument } from '../../model/index.js';
import type { Report } from '../../report/contract.js';
import { assertStorableText, layerRows, toJson } from '../serialise.js';
import type { AnalysisToSave, Store, StoredLayers, StoredReport, StoredRevision } from '../store.js';
import { StoreError } from '../store-error.js';
import { migrate } from './schema.js';
import { guarded } from './sqlite-errors.js';

/** How long a write waits for another sitrep process holding the lock before giving up with `store_unavailable`. */
const BUSY_TIMEOUT_MS = 5000;

interface DocumentRow {
  id: string;
  input: string;
  text: string;
  content_hash: string;
  meta: string;
}

interface ReportRow {
  id: string;
  created_at: string;
  document_ids: string;
  report: string;
}

interface RevisionRow {
  id: string;
  created_at: string;
  report_id: string;
  previous_report_id: string | null;
  changes: string;
}

/** One document of a saveAnalyses batch, checked and serialised before the transaction. */
interface PreparedAnalysis {
  readonly document: SourceDocument;
  readonly meta: string;
  readonly version: string;
  readonly rows: Map<string, string>;
}

const DOCUMENT_COLUMNS = 'id, input, text, content_hash, meta';
const REVISION_COLUMNS = 'id, created_at, report_id, previous_report_id, changes';
const REPORT_COLUMNS = 'id, created_at, document_ids, report';

/** Every statement, prepared once per store. */
function prepareAll(db: Database.Database) {
  return {
    insertDocument: db.prepare<[string, string, string, string, string]>(
      `INSERT OR IGNORE INTO documents (${DOCUMENT_COLUMNS}) VALUES (?, ?, ?, ?, ?)`,
    ),
    getDocument: db.prepare<[string], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`),
    listDocuments: db.prepare<[], DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY rowid`),
    /** 1 same text, 0 different, undefined absent; compares inside SQLite instead of reading the text back. */
    hasDocument: db.prepare<[string], number>('SELECT 1 FROM documents WHERE id = ?').pluck(),
    sameText: db.prepare<[string, string], number>('SELECT text = ? FROM documents WHERE id = ?').pluck(),
    deleteLayers: db.prepare<[string]>('DELETE FROM layers WHERE document_id = ?'),
    insertLayer: db.prepare<[string, string, string, string]>(
      'INSERT INTO layers (document_id, layer, pipeline_version, items) VALUES (?, ?, ?, ?)',
    ),
    layersVersion: db
      .prepare<[string], string>('SELECT pipeline_version FROM layers WHERE document_id = ? ORDER BY rowid LIMIT 1')
      .pluck(),
    getLayers: db.prepare<[string], { layer: string; pipeline_version: string; items: string }>(
      'SELECT layer, pipeline_version, items FROM layers WHERE document_id = ? ORDER BY rowid',
    ),
    saveReport: db.prepare<[string, string, string, string]>(
      `INSERT OR REPLACE INTO reports (${REPORT_COLUMNS}) VALUES (?, ?, ?, ?)`,
    ),
    latestReport: db.prepare<[], ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports ORDER BY rowid DESC LIMIT 1`),
    listReports: db.prepare<[], { id: string; created_at: string; documents: number }>(
      'SELECT id, created_at, json_array_length(document_ids) AS documents FROM reports ORDER BY rowid',
    ),
    getReport: db.prepare<[string], ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports WHERE id = ?`),
    markSeen: db.prepare<[string, string | null, string]>(
      'INSERT OR IGNORE INTO seen_items (key, document_id, first_seen) VALUES (?, ?, ?)',
    ),
    hasSeen: db.prepare<[string], number>('SELECT 1 FROM seen_items WHERE key = ?').pluck(),
    saveRevision: db.prepare<[string, string, string, string | null, string]>(
      `INSERT OR REPLACE INTO revisions (${REVISION_COLUMNS}) VALUES (?, ?, ?, ?, ?)`,
    ),
    listRevisions: db.prepare<[string], RevisionRow>(
      `SELECT ${REVISION_COLUMNS} FROM revisions WHERE created_at >= ? ORDER BY rowid`,
    ),
  };
}

const toDocument = (row: DocumentRow): SourceDocument => ({
  id: row.id,
  input: row.input,
  text: row.text,
  meta: JSON.parse(row.meta) as SourceDocument['meta'],
  contentHash: row.content_hash,
});

const toStoredReport = (row: ReportRow): StoredReport => ({
  id: row.id,
  createdAt: row.created_at,
  documentIds: JSON.parse(row.document_ids) as string[],
  report: JSON.parse(row.report) as Report,
});

/** The default adapter: one SQLite file (WAL) per cache, shared safely by concurrent sitrep processes. */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #sql: ReturnType<typeof prepareAll>;
  readonly #writeLayers: (documentId: string, version: string, rows: Map<string, string>) => void;
  readonly #writeAnalysis: (document: SourceDocument, meta: string, version: string, rows: Map<string, string>) => void;
  readonly #writeAnalyses: (batch: readonly PreparedAnalysis[]) => void;
  readonly #markSeen: (keys: readonly string[], documentId: string | null, seenAt: string) => void;
  #closed = false;

  /** Use openSqliteStore: it creates the folder and turns open failures into StoreErrors. */
  constructor(
    readonly path: string,
    db: Database.Database,
  ) {
    this.#db = db;
    const sql = prepareAll(db);
    this.#sql = sql;
    const replaceLayers = (documentId: string, version: string, rows: Map<string, string>): void => {
      sql.deleteLayers.run(documentId);
      for (const [layer, items] of rows) sql.insertLayer.run(documentId, layer, version, items);
    };
    // IMMEDIATE takes the write lock up front, so a concurrent writer waits on busy_timeout instead of failing
    // when a read transaction tries to upgrade.
    const layersTx = db.transaction((documentId: string, version: string, rows: Map<string, string>) => {
      if (sql.hasDocument.get(documentId) === undefined) {
        throw new StoreError('unknown_document', path, `cannot save layers of unknown document ${documentId}`);
      }
      replaceLayers(documentId, version, rows);
    });
    this.#writeLayers = layersTx.immediate;
    const writeAnalysis = (document: SourceDocument, meta: string, version: string, rows: Map<string, string>) => {
      const same = sql.sameText.get(document.text, document.id);
      if (same === 0) {
        throw new StoreError('document_conflict', path, `document ${document.id} is stored with a different text`);
      }
      if (same === undefined) {
        sql.insertDocument.run(document.id, document.input, document.text, document.contentHash, meta);
      }
      replaceLayers(document.id, version, rows);
    };
    this.#writeAnalysis = db.transaction(writeAnalysis).immediate;
    const analysesTx = db.transaction((batch: readonly PreparedAnalysis[]) => {
      for (const a of batch) writeAnalysis(a.document, a.meta, a.version, a.rows);
    });
    this.#writeAnalyses = analysesTx.immediate;
    const seenTx = db.transaction((keys: readonly string[], documentId: string | null, seenAt: string) => {
      for (const key of keys) sql.markSeen.run(key, documentId, seenAt);
    });
    this.#markSeen = seenTx.immediate;
  }

  saveDocument(document: SourceDocument): boolean {
    return this.#run(() => {
      assertStorableText(this.path, document.id, document.text);
      const meta = toJson(this.path, `metadata of document ${document.id}`, document.meta);
      const { id, input, text, contentHash } = document;
      return this.#sql.insertDocument.run(id, input, text, contentHash, meta).changes === 1;
    });
  }

  getDocument(id: string): SourceDocument | null {
    return this.#run(() => {
      const row = this.#sql.getDocument.get(id);
      return row ? toDocument(row) : null;
    });
  }

  listDocuments(): SourceDocument[] {
    return this.#run(() => this.#sql.listDocuments.all().map(toDocument));
  }

  saveLayers(documentId: string, stored: StoredLayers): void {
    this.#run(() => this.#writeLayers(documentId, stored.pipelineVersion, layerRows(this.path, documentId, stored)));
  }

  getLayers(documentId: string): StoredLayers | null {
    return this.#run(() => {
      const rows = this.#sql.getLayers.all(documentId);
      const first = rows[0];
      if (!first) return null;
      const layers: Record<string, unknown> = {};
      for (const row of rows) layers[row.layer] = JSON.parse(row.items);
      return { layers: layers as Layers, pipelineVersion: first.pipeline_version };
    });
  }

  saveAnalysis(document: SourceDocument, stored: StoredLayers): void {
    this.#run(() => {
      // Validate and serialise before the transaction: a failure writes nothing and the lock is held briefly.
      assertStorableText(this.path, document.id, document.text);
      const meta = toJson(this.path, `metadata of document ${document.id}`, document.meta);
      const rows = layerRows(this.path, document.id, stored);
      this.#writeAnalysis(document, meta, stored.pipelineVersion, rows);
    });
  }

  saveAnalyses(batch: readonly AnalysisToSave[]): void {
    this.#run(() => {
      const prepared = batch.map(({ document, stored }): PreparedAnalysis => {
        assertStorableText(this.path, document.id, document.text);
        const meta = toJson(this.path, `metadata of document ${document.id}`, document.meta);
        return { document, meta, version: stored.pipelineVersion, rows: layerRows(this.path, document.id, stored) };
      });
      this.#writeAnalyses(prepared);
    });
  }

  getLayersVersion(documentId: string): string | null {
    return this.#run(() => this.#sql.layersVersion.get(documentId) ?? null);
  }

  saveReport(report: StoredReport): void {
    this.#run(() => {
      const ids = toJson(this.path, `document ids of report ${report.id}`, report.documentIds);
      const body = toJson(this.path, `report ${report.id}`, report.report);
      this.#sql.saveReport.run(report.id, report.createdAt, ids, body);
    });
  }

  getLatestReport(): StoredReport | null {
    return this.#run(() => {
      const row = this.#sql.latestReport.get();
      return row ? toStoredReport(row) : null;
    });
  }

  getReport(id: string): StoredReport | null {
    return this.#run(() => {
      const row = this.#sql.getReport.get(id);
      return row ? toStoredReport(row) : null;
    });
  }

  markSeen(keys: readonly string[], documentId: string | null, seenAt: string): void {
    this.#run(() => this.#markSeen(keys, documentId, seenAt));
  }

  hasSeen(key: string): boolean {
    return this.#run(() => this.#sql.hasSeen.get(key) !== undefined);
  }

  saveRevision(revision: StoredRevision): void {
    this.#run(() => {
      const changes = toJson(this.path, `changes of revision ${revision.id}`, revision.changes);
      const { id, createdAt, reportId, previousReportId } = revision;
      this.#sql.saveRevision.run(id, createdAt, reportId, previousReportId, changes);
    });
  }

  listRevisions(since?: string): StoredRevision[] {
    return this.#run(() =>
      this.#sql.listRevisions.all(since ?? '').map((r) => ({
        id: r.id,
        createdAt: r.created_at,
        reportId: r.report_id,
        previousReportId: r.previous_report_id,
        changes: JSON.parse(r.changes) as unknown,
      })),
    );
  }

  listReports(): { id: string; createdAt: string; documents: number }[] {
    return this.#run(() =>
      this.#sql.listReports.all().map((r) => ({ id: r.id, createdAt: r.created_at, documents: r.documents })),
    );
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    // The last connection to close checkpoints the WAL into the main file and removes it.
    guarded(this.path, () => this.#db.close());
  }

  #run<T>(fn: () => T): T {
    if (this.#closed) throw new StoreError('store_closed', this.path, 'the store is closed');
    return guarded(this.path, fn);
  }
}

/**
 * Opens (creating if needed, with its parent folders) the SQLite store at `path`; ':memory:' gives a private
 * in-memory database. Throws StoreError: `store_corrupt` for a file that is not a healthy SQLite database,
 * `store_incompatible` for another program's or a newer sitrep's database, `store_unavailable` otherwise.
 */
export function openSqliteStore(path: string): SqliteStore {
  const inMemory = path === ':memory:';
  const shown = inMemory ? path : resolve(path);
  let db: Database.Database | undefined;
  return guarded(shown, () => {
    try {
      if (!inMemory) mkdirOrThrow(shown);
      db = new Database(shown, { timeout: BUSY_TIMEOUT_MS });
      // The first statement reads the header: a file that is not a database fails here (SQLITE_NOTADB).
      db.pragma('journal_mode = WAL');
      // In WAL mode NORMAL is crash-safe (a kill -9 loses no committed transaction); only a power cut may drop
      // the last commits, never corrupt the file.
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      migrate(db, shown);
      return new SqliteStore(shown, db);
    } catch (error) {
      db?.close();
      throw error;
    }
  });
}

function mkdirOrThrow(file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new StoreError('store_unavailable', file, `cannot create the database folder: ${reason}`, { cause });
  }
}
