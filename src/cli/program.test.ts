import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Report } from '../report/contract.js';
import { checkReportReferences, validateReportSchema } from '../report/validate-report.js';
import { openSqliteStore } from '../storage/index.js';
import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { runCli } from './program.js';

const GOOD_ARTICLE = `Rebels enter Dunmere as army pulls back

Rebel fighters entered the northern city of Dunmere on Tuesday, residents said, after two days of clashes.
"We are holding the bridge," a rebel commander told reporters.
`;

function captureIo(stdin = ''): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: false },
    stdin: Readable.from([stdin]),
    out: () => out,
    err: () => err,
  };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'sitrep-cli-'));

async function analyzeToJson(args: string[], stdin = '') {
  const dir = tempDir();
  const json = join(dir, 'report.json');
  const io = captureIo(stdin);
  const code = await runCli(['analyze', ...args, '--json', json, '--quiet'], io);
  const report = code === EXIT.failure ? null : (JSON.parse(readFileSync(json, 'utf8')) as Report);
  return { code, report, err: io.err() };
}

describe('sitrep command line', () => {
  it('prints its version and help with the exit codes and default database', async () => {
    const io = captureIo();
    assert.equal(await runCli(['--version'], io), EXIT.ok);
    assert.match(io.out(), /^\d+\.\d+\.\d+/);
    const help = captureIo();
    assert.equal(await runCli(['analyze', '--help'], help), EXIT.ok);
    assert.match(help.out(), /Exit codes/);
    assert.match(help.out(), /sitrep\.db/);
  });

  it('keeps going past bad inputs: one document, three rejections, exit 3', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.txt'), GOOD_ARTICLE);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'picture.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'broken.jsonl'), '{"text": "An unterminated record\n');
    const { code, report, err } = await analyzeToJson([dir, '--no-db']);
    assert.equal(code, EXIT.someRejected);
    assert.equal(report!.documents.length, 1);
    assert.equal(report!.rejected.length, 3);
    for (const r of report!.rejected) {
      assert.ok(r.reason.length > 10 && r.code.length > 0, `${r.input} needs a reason and a code`);
      assert.ok(err.includes(r.input), `stderr names ${r.input}`);
    }
    assert.deepEqual(validateReportSchema(report), []);
  });

  it('exits 2 when nothing could be read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const { code, report } = await analyzeToJson([dir, '--no-db']);
    assert.equal(code, EXIT.nothingRead);
    assert.equal(report!.documents.length, 0);
  });

  it('is idempotent: the same inputs twice into one database leave one copy and the same report', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), GOOD_ARTICLE);
    writeFileSync(join(dir, 'b.txt'), `${GOOD_ARTICLE}\nThe army said it had regrouped south of the river.\n`);
    const db = join(tempDir(), 'store.db');
    const first = await analyzeToJson([dir, '--db', db]);
    const second = await analyzeToJson([dir, '--db', db]);
    assert.equal(first.code, EXIT.ok);
    assert.deepEqual(second.report, first.report);
    const store = openSqliteStore(db);
    try {
      assert.equal(store.listDocuments().length, 2);
      assert.equal(store.listReports().length, 2);
    } finally {
      store.close();
    }
  });

  it('reads standard input and writes the report to standard output', async () => {
    const io = captureIo(GOOD_ARTICLE);
    const code = await runCli(['analyze', '-', '--json', '-', '--no-db', '--published', '2031-05-06'], io);
    assert.equal(code, EXIT.ok);
    const report = JSON.parse(io.out()) as Report;
    assert.equal(report.documents.length, 1);
    assert.equal(report.documents[0]!.published, '2031-05-06');
    assert.equal(report.documents[0]!.published_basis, 'user');
  });

  it('names the bad option value and the fix', async () => {
    const io = captureIo();
    const code = await runCli(['analyze', '-', '--published', '30/11/2024', '--no-db'], io);
    assert.equal(code, EXIT.failure);
    assert.match(io.err(), /--published 30\/11\/2024: expected a date as YYYY-MM-DD/);
  });

  it('gives the same report on worker threads as in-process', async () => {
    const dir = tempDir();
    for (let n = 0; n < 4; n++)
      writeFileSync(join(dir, `${n}.txt`), `${GOOD_ARTICLE}\nDay ${n}: shelling resumed near the bridge.\n`);
    const inProcess = await analyzeToJson([dir, '--no-db']);
    const pooled = await analyzeToJson([dir, '--no-db', '--workers', '2']);
    assert.equal(pooled.code, EXIT.ok);
    assert.deepEqual(pooled.report, inProcess.report);
  });

  it('analyses the bundled example corpus into a valid report whose spans all lie in their texts', async () => {
    const examples = fileURLToPath(new URL('../../examples/corpus', import.meta.url));
    const { code, report } = await analyzeToJson([examples, '--no-db', '--include-text']);
    assert.equal(code, EXIT.ok);
    assert.ok(report!.documents.length >= 6);
    assert.deepEqual(validateReportSchema(report), []);
    const texts = new Map(report!.documents.map((d) => [d.id, d.text ?? '']));
    assert.deepEqual(checkReportReferences(report!, texts), []);
  });
});
