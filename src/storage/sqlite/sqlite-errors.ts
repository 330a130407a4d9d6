import Database from 'better-sqlite3';
import { StoreError } from '../store-error.js';

const CORRUPT = /^SQLITE_(CORRUPT|NOTADB)/;

/**
 * Turns a driver error into a StoreError naming the path, so users see "the database file is damaged" rather
 * than a native stack. Errors that are not SQLite's (our own StoreErrors, bugs) pass through unchanged.
 */
export function toStoreError(path: string, error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (error instanceof Database.SqliteError) {
    if (CORRUPT.test(error.code)) {
      return new StoreError('store_corrupt', path, 'the database file is damaged or is not a SQLite database', {
        cause: error,
      });
    }
    // CANTOPEN, BUSY, LOCKED, IOERR, READONLY, FULL, PERM... and anything else SQLite reports: the store cannot
    // be used as it is; the SQLite code says why.
    return new StoreError('store_unavailable', path, `cannot use the database (${error.code}: ${error.message})`, {
      cause: error,
    });
  }
  // better-sqlite3 reports a missing folder or a closed handle as a TypeError.
  if (error instanceof TypeError && /database/i.test(error.message)) {
    return new StoreError('store_unavailable', path, `cannot use the database (${error.message})`, { cause: error });
  }
  return error;
}

/** Runs `fn`, rethrowing any driver error as a StoreError. */
export function guarded<T>(path: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toStoreError(path, error);
  }
}
