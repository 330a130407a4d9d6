import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { doc, layersOf } from '../contract-fixtures.js';
import { runStoreContract } from '../store-contract.js';
import { StoreError, type StoreErrorCode } from '../store-error.js';
import { APPLICATION_ID, migrations } from './schema.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => join(dir, `db${n++}`, 'sitrep.db');

runStoreContract('SqliteStore (file)', () => openSqliteStore(freshPath()));
runStoreContract('SqliteStore (:memory:)', () => openSqliteStore(':memory:'));

function assertStoreError(fn: () => unknown, code: StoreErrorCode, path: string): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof StoreError, `expected a StoreError, got ${String(e)}`);
    assert.equal(e.code, code);
    assert.ok(e.message.includes(path), `message names the path: ${e.message}`);
    return true;
  });
}

describe('SqliteStore files', () => {
  it('creates parent folders, sets WAL and the schema version, and keeps data across reopen', () => {
    const path = freshPath();
    const d = doc('d1', 'Persisted text 🚢\r\n');
    const first = openSqliteStore(path);
    first.saveAnalysis(d, layersOf('p1'));
    first.close();
    const again = openSqliteStore(path);
    assert.deepEqual(again.getDocument('d1'), d);
    assert.deepEqual(again.getLayers('d1'), layersOf('p1'));
    assert.equal(again.saveDocument(d), false);
    again.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(raw.pragma('user_version', { simple: true }), migrations.length);
    raw.close();
  });

  it('reports a file of random bytes as store_corrupt, naming the path', () => {
    const path = join(dir, 'random.db');
    writeFileSync(path, randomBytes(8192));
    assertStoreError(() => openSqliteStore(path), 'store_corrupt', path);
  });

  it('reports damaged pages found after opening as store_corrupt', () => {
    const path = freshPath();
    const store = openSqliteStore(path);
    for (let i = 0; i < 40; i++) store.saveDocument(doc(`d${i}`, `Filler paragraph ${i}. `.repeat(60)));
    store.close();
    const raw = new Database(path);
    const root = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'documents'").pluck().get() as number;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const bytes = Buffer.alloc(pageSize, 0xff);
    const fd = openSync(path, 'r+');
    writeSync(fd, bytes, 0, pageSize, (root - 1) * pageSize);
    closeSync(fd);
    const damaged = openSqliteStore(path);
    assertStoreError(() => damaged.listDocuments(), 'store_corrupt', path);
    damaged.close();
  });

  it('refuses a database of another program or of a newer sitrep', () => {
    const foreign = join(dir, 'foreign.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    assertStoreError(() => openSqliteStore(foreign), 'store_incompatible', foreign);

    const newer = freshPath();
    openSqliteStore(newer).close();
    const raw = new Database(newer);
    raw.pragma(`user_version = ${migrations.length + 1}`);
    raw.close();
    assertStoreError(() => openSqliteStore(newer), 'store_incompatible', newer);
  });

  it('upgrades a schema-1 database in place, keeping its documents and reports', () => {
    const path = freshPath();
    mkdirSync(dirname(path), { recursive: true });
    const old = new Database(path);
    old.exec(migrations[0] ?? '');
    old.pragma('user_version = 1');
    old.pragma(`application_id = ${APPLICATION_ID}`);
    old
      .prepare('INSERT INTO documents (id, input, text, content_hash, meta) VALUES (?, ?, ?, ?, ?)')
      .run('d1', 'inputs/d1.txt', 'Kept.', 'h', JSON.stringify(doc('d1', 'Kept.').meta));
    old.close();
    const store = openSqliteStore(path);
    assert.equal(store.getDocument('d1')?.text, 'Kept.');
    store.markSeen(['url:https://news.test/a'], 'd1', '2031-04-01T10:00:00.000Z');
    assert.equal(store.hasSeen('url:https://news.test/a'), true);
    store.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma('user_version', { simple: true }), migrations.length);
    raw.close();
  });

  it('reports a path it cannot create as store_unavailable', () => {
    const file = join(dir, 'plain-file');
    writeFileSync(file, 'not a folder');
    const path = join(file, 'sub', 'sitrep.db');
    assertStoreError(() => openSqliteStore(path), 'store_unavailable', path);
  });
});

/** The layers per document the crash writer stores; a half-written analysis would show fewer. */
const CRASH_LAYERS = 40;

/**
 * A child process that saves analyses in a tight loop, each one a transaction of many rows, and says "ready"
 * once some are committed. It runs from a string so no helper file ships in the build.
 */
const crashWriter = (storeUrl: string, path: string) => `
  const { openSqliteStore } = await import(${JSON.stringify(storeUrl)});
  const store = openSqliteStore(${JSON.stringify(path)});
  const item = (i) => ({ id: 'n' + i, start: 0, end: 1, kind: 'advert', source: { stage: 'noise', rule: 'r' } });
  for (let i = 0; i < 1e6; i++) {
    const layers = {};
    for (let l = 0; l < ${CRASH_LAYERS}; l++) layers['layer' + l] = [item(l)];
    const text = 'Crash test document ' + i + '.';
    store.saveAnalysis({ id: 'd' + i, input: 'x', text, meta: {}, contentHash: 'h' }, { layers, pipelineVersion: 'p' });
    if (i === 20) process.stdout.write('ready\\n');
  }
`;

describe('SqliteStore crash safety', () => {
  it('a writer killed with SIGKILL leaves only whole analyses', { timeout: 10_000 }, async () => {
    const path = freshPath();
    const storeUrl = pathToFileURL(join(import.meta.dirname, 'sqlite-store.ts')).href;
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', crashWriter(storeUrl, path)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), 30));
    assert.equal(await exited, 'SIGKILL', `the writer should be killed mid-run, not exit: ${stderr}`);

    const store = openSqliteStore(path);
    const documents = store.listDocuments();
    assert.ok(documents.length > 20, `committed analyses survive (${documents.length})`);
    for (const d of documents) {
      const layers = store.getLayers(d.id);
      assert.equal(Object.keys(layers?.layers ?? {}).length, CRASH_LAYERS, `document ${d.id} has all its layers`);
    }
    store.close();
    const raw = new Database(path);
    assert.equal(raw.pragma('integrity_check', { simple: true }), 'ok');
    raw.close();
  });
});
