#!/usr/bin/env node
// Runs every *.test.ts under src/ with Node's test runner (Node 20 neither expands globs nor finds .ts files itself).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const roots = ['src', 'eval', 'bench', 'scripts'].map((d) => join(root, d));

function findTests(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'fixtures' ? [] : findTests(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

const filter = process.argv.slice(2);
const files = roots
  .flatMap(findTests)
  .map((f) => relative(root, f))
  .filter((f) => !filter.length || filter.some((part) => f.includes(part)))
  .sort();
if (!files.length) {
  console.error('run-tests: no test files found');
  process.exit(1);
}
const child = spawn(process.execPath, ['--test', '--test-reporter=spec', '--import', 'tsx', ...files], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'inherit'],
});
// Echo the runner's output and end with the plain "N passed, N failed" line that any CI reads.
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString()).slice(-4000);
});
child.on('close', (code) => {
  const count = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(tail)?.[1] ?? 0);
  console.log(`tests: ${count('pass')} passed, ${count('fail')} failed`);
  process.exit(code ?? 1);
});
