import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli/program.js';
import { openSqliteStore } from '../storage/index.js';

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const DOCUMENTS = 100;
const TOWNS = ['Dunmere', 'Karsk', 'Vellin', 'Osterby', 'Tallis'];

/** A fictional article, different for every n. */
function article(n: number): string {
  const town = TOWNS[n % TOWNS.length];
  const lines = [
    `Fighting near ${town} enters day ${n}`,
    '',
    `Rebel fighters said on Tuesday they had seized ${n % 7} villages around ${town}, a claim the army denied.`,
    `At least ${n + 3} civilians were killed in shelling, the ${town} Monitor said in a statement.`,
    '"We will hold the bridge," a commander told reporters.',
  ];
  return `${lines.join('\n')}\n`.repeat(4);
}

const quietIo = (out: string[]) => ({
  stdout: { write: (s: string) => out.push(s), isTTY: false },
  stderr: { write: () => true, isTTY: false },
  stdin: Readable.from([]),
});

const storedCount = (db: string): number => {
  try {
    const store = openSqliteStore(db);
    try {
      return store.listDocuments().length;
    } finally {
      store.close();
    }
  } catch {
    return 0;
  }
};

it('a kill -9 during analyze leaves the database consistent, and the next run resumes to the same report', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  const corpus = join(root, 'corpus');
  mkdirSync(corpus);
  for (let n = 0; n < DOCUMENTS; n++) writeFileSync(join(corpus, `${String(n).padStart(4, '0')}.txt`), article(n));
  const db = join(root, 'interrupted.db');

  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'analyze', corpus, '--db', db, '-q'], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let killedAt = -1;
  for (let waited = 0; waited < 60_000 && child.exitCode === null; waited += 25) {
    const count = storedCount(db);
    if (count >= 5) {
      child.kill('SIGKILL');
      killedAt = count;
      break;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await exited;
  assert.ok(killedAt >= 5 && killedAt < DOCUMENTS, `the child was killed mid-run (after ${killedAt} documents)`);

  const resumedOut: string[] = [];
  const resumedJson = join(root, 'resumed.json');
  assert.equal(await runCli(['analyze', corpus, '--db', db, '--json', resumedJson], quietIo(resumedOut)), 0);
  assert.match(resumedOut.join(''), /already stored/);

  const freshJson = join(root, 'fresh.json');
  assert.equal(
    await runCli(['analyze', corpus, '--db', join(root, 'fresh.db'), '--json', freshJson, '-q'], quietIo([])),
    0,
  );
  assert.deepEqual(JSON.parse(readFileSync(resumedJson, 'utf8')), JSON.parse(readFileSync(freshJson, 'utf8')));
  assert.equal(storedCount(db), DOCUMENTS);
});
