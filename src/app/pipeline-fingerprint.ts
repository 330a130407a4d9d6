import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnyDocumentStage } from '../pipeline/stage.js';
import { generatorName } from './version.js';

/** The running code (src/ under tsx, dist/ when built) and the package's data folder. */
const CODE_DIR = fileURLToPath(new URL('../', import.meta.url));
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
const CODE_FILE = /\.(ts|js|mjs|json|tsv|txt)$/;

function hashTree(hash: ReturnType<typeof createHash>, dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.endsWith('.test.ts') || name.endsWith('.test.js') || name.endsWith('.map')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashTree(hash, path);
    else if (CODE_FILE.test(name)) hash.update(name).update(readFileSync(path));
  }
}

let codeAndData: string | undefined;

/**
 * What stored layers were computed with: the package version, the stage list, a digest of the running code and
 * data files, and of any user data (e.g. --gazetteer files). Stored layers are reused only when it matches, so an
 * interrupted run resumes where it stopped and a changed rule or lexicon is never served from a stale store.
 * Hashing ~2 MB of code and data takes a few milliseconds, once per process.
 */
export function pipelineFingerprint(stages: readonly AnyDocumentStage[], userData: readonly string[] = []): string {
  if (codeAndData === undefined) {
    const hash = createHash('sha256');
    hashTree(hash, CODE_DIR);
    hashTree(hash, DATA_DIR);
    codeAndData = hash.digest('hex').slice(0, 16);
  }
  const user = createHash('sha256');
  for (const file of userData) user.update(file).update(readFileSync(file));
  return `${generatorName()} [${stages.map((s) => s.name).join(',')}] code:${codeAndData} user:${user.digest('hex').slice(0, 8)}`;
}
