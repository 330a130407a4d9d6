/** The storage surface: the Store port, its adapters, and the default location.
 * The contract suite every adapter must pass is in store-contract.ts (imported by tests only: it loads node:test). */
export { defaultDbPath } from './default-path.js';
export { MemoryStore } from './memory-store.js';
export { openSqliteStore, SqliteStore } from './sqlite/sqlite-store.js';
export type {
  AnalysisToSave,
  SerialisedLayers,
  Store,
  StoredLayers,
  StoredReport,
  StoredRevision,
} from './store.js';
export { StoreError, type StoreErrorCode } from './store-error.js';
