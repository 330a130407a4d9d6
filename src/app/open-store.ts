import { MemoryStore, openSqliteStore, type Store } from '../storage/index.js';

/** The composition root for storage: a SQLite file by default, memory when the user keeps nothing (null). */
export function openStore(path: string | null): Store {
  return path === null ? new MemoryStore() : openSqliteStore(path);
}
