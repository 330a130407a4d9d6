import type { Database } from 'better-sqlite3';
import { StoreError } from '../store-error.js';

/** Stamped in the file header ('STRP') so sitrep recognises its own databases and refuses another program's. */
export const APPLICATION_ID = 0x53545250;

/**
 * The schema as numbered migrations: `migrations[n]` takes a database from `PRAGMA user_version` n to n + 1.
 * Never edit a shipped entry; append a new one (ALTER TABLE, new index...) so existing databases upgrade in place.
 *
 * JSON columns are TEXT written by JSON.stringify; the CHECKs guard against hand edits, not against our writes.
 * Order of "oldest first" is insertion order (rowid): created_at is informative only, as clocks can step back.
 */
export const migrations: readonly string[] = [
  // 1: documents, their layers, reports.
  `CREATE TABLE documents (
     id TEXT PRIMARY KEY NOT NULL,
     input TEXT NOT NULL,
     text TEXT NOT NULL,
     content_hash TEXT NOT NULL,
     meta TEXT NOT NULL CHECK (json_valid(meta)),
     created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
   );
   CREATE TABLE layers (
     document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
     layer TEXT NOT NULL,
     pipeline_version TEXT NOT NULL,
     items TEXT NOT NULL CHECK (json_valid(items)),
     PRIMARY KEY (document_id, layer)
   );
   CREATE TABLE reports (
     id TEXT PRIMARY KEY NOT NULL,
     created_at TEXT NOT NULL,
     document_ids TEXT NOT NULL CHECK (json_valid(document_ids)),
     report TEXT NOT NULL CHECK (json_valid(report))
   );`,
  // 2: what the watch loop has read (item URLs, content keys) and the revisions between its reports.
  `CREATE TABLE seen_items (
     key TEXT PRIMARY KEY NOT NULL,
     document_id TEXT,
     first_seen TEXT NOT NULL
   );
   CREATE TABLE revisions (
     id TEXT PRIMARY KEY NOT NULL,
     created_at TEXT NOT NULL,
     report_id TEXT NOT NULL,
     previous_report_id TEXT,
     changes TEXT NOT NULL CHECK (json_valid(changes))
   );
   CREATE INDEX revisions_created_at ON revisions (created_at);`,
];

interface HeaderState {
  readonly version: number;
  readonly applicationId: number;
}

const readHeader = (db: Database): HeaderState => ({
  version: db.pragma('user_version', { simple: true }) as number,
  applicationId: db.pragma('application_id', { simple: true }) as number,
});

/** Throws `store_incompatible` for a database this version must not touch. Returns true when it is current. */
function checkHeader(db: Database, path: string, { version, applicationId }: HeaderState): boolean {
  if (applicationId !== 0 && applicationId !== APPLICATION_ID) {
    throw new StoreError('store_incompatible', path, 'the database belongs to another program');
  }
  if (version > migrations.length) {
    throw new StoreError(
      'store_incompatible',
      path,
      `the database has schema version ${version}, newer than this sitrep knows (${migrations.length}); upgrade sitrep`,
    );
  }
  if (version === 0) {
    // A fresh file has no tables. Tables without our stamp mean someone else's database: do not write into it.
    const tables = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").pluck().get() as number;
    if (tables > 0) throw new StoreError('store_incompatible', path, 'the database belongs to another program');
  }
  return version === migrations.length;
}

/**
 * Brings the schema up to date. The common case (already current) only reads the header; otherwise the
 * migrations run in one IMMEDIATE transaction, re-checking the version inside it in case another process
 * migrated first. PRAGMA user_version is transactional, so a crash mid-migration leaves the old version intact.
 */
export function migrate(db: Database, path: string): void {
  if (checkHeader(db, path, readHeader(db))) return;
  const upgrade = db.transaction(() => {
    const header = readHeader(db);
    if (checkHeader(db, path, header)) return;
    for (const sql of migrations.slice(header.version)) db.exec(sql);
    db.pragma(`user_version = ${migrations.length}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
  });
  upgrade.immediate();
}
