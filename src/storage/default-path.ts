import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where sitrep keeps its database when the user gives no --db (the CLI prints this rule in --help):
 *   1. `$SITREP_DB`, if set and non-empty;
 *   2. else `$XDG_CACHE_HOME/sitrep/sitrep.db`, if XDG_CACHE_HOME is an absolute path (the XDG spec says to
 *      ignore relative ones);
 *   3. else `~/.cache/sitrep/sitrep.db`.
 * It is a cache: every stored analysis can be recomputed from the inputs, so deleting the file is safe.
 * `env` and `home` are parameters only so tests need not touch the real environment.
 */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const explicit = env.SITREP_DB;
  if (explicit) return explicit;
  const xdg = env.XDG_CACHE_HOME;
  const cache = xdg && isAbsolute(xdg) ? xdg : join(home, '.cache');
  return join(cache, 'sitrep', 'sitrep.db');
}
