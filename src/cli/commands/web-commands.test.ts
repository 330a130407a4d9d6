import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { Command, CommanderError } from 'commander';
import { articlePage, rssFeed, STORY, startServer, type TestServer } from '../../ingest/web/test-server.js';
import type { Report } from '../../report/contract.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIo } from '../io.js';
import { registerAnalyze } from './analyze.js';
import { registerDiff } from './diff.js';
import { registerWatch } from './watch.js';

/** A runner like runCli with the three commands registered (program.ts wires them the same way). */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    stdin: Readable.from([]),
  };
  let code: number = EXIT.ok;
  const program = new Command('sitrep').exitOverride().configureOutput({
    writeOut: (s) => (out += s),
    writeErr: (s) => (err += s),
  });
  const setExit = (c: number) => {
    code = c;
  };
  registerAnalyze(program, io, setExit);
  registerWatch(program, io, setExit);
  registerDiff(program, io, setExit);
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CliError) return { code: e.exitCode, out, err: `${err}${e.message}\n` };
    if (e instanceof CommanderError) return { code: e.exitCode === 0 ? EXIT.ok : EXIT.failure, out, err };
    throw e;
  }
  return { code, out, err };
}

let server: TestServer;
let dir: string;
let items: string[] = [];
const page = (title: string, paragraphs: readonly string[]) =>
  articlePage({ title, outlet: 'Vellmar Harbour News', published: '2031-04-01T08:00:00Z', paragraphs });

before(async () => {
  server = await startServer();
  const html = (body: string) => (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(body);
  };
  server.routes.set('/harbour', html(page('Cranes collapse at Vellmar port', STORY.harbour)));
  server.routes.set('/bridge', html(page('Oskarvik bridge closed', STORY.bridge)));
  server.routes.set('/feed.xml', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.end(rssFeed(items.map((p) => ({ title: p, link: `${server.origin}${p}` }))));
  });
  dir = mkdtempSync(join(tmpdir(), 'sitrep-webcli-'));
  writeFileSync(join(dir, 'feeds.txt'), `${server.origin}/feed.xml\n`);
});

after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('analyze with URLs and feeds', () => {
  it('refuses the local server without --allow-private, naming the URL and the code', async () => {
    const { code, err } = await run(['analyze', `${server.origin}/harbour`, '--no-db', '-q']);
    assert.equal(code, EXIT.nothingRead);
    assert.match(err, /rejected http:\/\/127\.0\.0\.1:\d+\/harbour: .*loopback address.*\[blocked_address\]/);
  });

  it('reads a URL and a feed list with --allow-private', async () => {
    items = ['/bridge', '/harbour'];
    const { code, out, err } = await run([
      'analyze',
      `${server.origin}/harbour`,
      '--feeds',
      join(dir, 'feeds.txt'),
      '--allow-private',
      '--timeout',
      '5',
      '--json',
      '-',
      '--no-db',
    ]);
    const report = JSON.parse(out) as Report;
    assert.deepEqual(
      report.documents.map((d) => d.title),
      ['Cranes collapse at Vellmar port', 'Oskarvik bridge closed'],
    );
    assert.deepEqual(
      report.rejected.map((r) => r.code),
      ['duplicate'],
      'the feed repeats the URL given on the command line',
    );
    assert.equal(code, EXIT.someRejected, err);
  });

  it('names bad web options and a call with nothing to read', async () => {
    assert.match((await run(['analyze', 'x', '--timeout', 'soon', '--no-db'])).err, /--timeout soon: expected seconds/);
    assert.match((await run(['analyze', 'x', '--max-bytes', '-4', '--no-db'])).err, /--max-bytes -4: expected a whole/);
    assert.match((await run(['analyze', '--no-db'])).err, /nothing to read/);
  });
});

describe('watch and diff', () => {
  it('watch --once twice, then diff names the new item in words and JSON', async () => {
    const db = join(dir, 'watch.db');
    items = ['/harbour'];
    const first = await run(['watch', '--feeds', join(dir, 'feeds.txt'), '--db', db, '--once', '--allow-private']);
    assert.equal(first.code, EXIT.ok, first.err);
    assert.match(first.out, /report_\w+: \d+ change\(s\)\n {2}New document: “Cranes collapse at Vellmar port”/);
    const firstId = /(report_\w+):/.exec(first.out)?.[1] ?? '';

    items = ['/bridge', '/harbour'];
    const second = await run(['watch', '--feeds', join(dir, 'feeds.txt'), '--db', db, '--once', '--allow-private']);
    assert.match(second.out, /New document: “Oskarvik bridge closed”/);
    assert.doesNotMatch(second.out, /Cranes collapse/);

    const words = await run(['diff', '--db', db, '--since', firstId]);
    assert.equal(words.code, EXIT.ok);
    assert.match(
      words.out,
      new RegExp(`^from ${firstId} .* to report_\\w+ .*: 1 change\\(s\\)\\n {2}New document: “Oskarvik bridge closed”`),
    );
    const json = JSON.parse((await run(['diff', '--db', db, '--since', firstId, '--json'])).out);
    assert.equal(json.from.id, firstId);
    assert.deepEqual(
      json.changes.new_documents.map((d: { title: string }) => d.title),
      ['Oskarvik bridge closed'],
    );
    assert.equal(json.revisions.length, 1);
  });

  it('names bad --every and --since values', async () => {
    const every = await run(['watch', '--feeds', 'f.txt', '--every', '5s', '--once']);
    assert.equal(every.code, EXIT.failure);
    assert.match(every.err, /--every 5s: expected an interval of at least 30s/);
    const since = await run(['diff', '--since', 'last tuesday', '--db', join(dir, 'none.db')]);
    assert.match(since.err, /--since last tuesday: expected/);
    const unknown = await run(['diff', '--since', 'report_nope', '--db', join(dir, 'watch.db')]);
    assert.match(unknown.err, /no stored report has the id report_nope/);
  });
});
