import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (eval/ sits one level below it). */
export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The shared evaluation folder: $SITREP_SHARED, else ../shared beside the repository. Null when absent — every eval
 * script then says so and exits 0, because sitrep's own tests must pass on a clone without it.
 */
export function sharedDir(): string | null {
  const dir = process.env.SITREP_SHARED ?? join(repoRoot, '..', 'shared');
  // The real path: score.mjs runs its main() only when argv[1] equals its own (symlink-resolved) file path.
  return existsSync(dir) ? realpathSync(dir) : null;
}

export function skipWithoutShared(what: string): never {
  console.log(`${what}: ../shared is not present (set SITREP_SHARED to its path); evaluation skipped.`);
  process.exit(0);
}
