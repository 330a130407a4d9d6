import type { Command } from 'commander';
import { describeDiff, parseDuration } from '../../app/diff-reports.js';
import { openStore } from '../../app/open-store.js';
import { loadResources, ResourceError } from '../../app/resources.js';
import { DEFAULT_WATCH_INTERVAL_MS, MIN_WATCH_INTERVAL_MS, type PollResult, watch } from '../../app/watch.js';
import type { FetchOptions } from '../../ingest/index.js';
import { defaultDbPath } from '../../storage/index.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIo } from '../io.js';

/** The web flags shared by `analyze` and `watch`. */
export interface WebFlags {
  allowPrivate?: boolean;
  timeout?: string;
  maxBytes?: string;
}

/** Longest `--timeout` accepted: 10 minutes; beyond that one stuck server would hold a watch loop for good. */
const MAX_TIMEOUT_S = 600;

/** Checks the web flags and turns them into fetch options (only what the user set). */
export function webOptions(flags: WebFlags): Partial<FetchOptions> {
  const options: { -readonly [K in keyof FetchOptions]?: FetchOptions[K] } = {};
  if (flags.allowPrivate) options.allowPrivate = true;
  if (flags.timeout !== undefined) {
    const seconds = Number(flags.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
      throw new CliError(
        `--timeout ${flags.timeout}: expected seconds between 0 and ${MAX_TIMEOUT_S}, e.g. --timeout 20`,
        EXIT.failure,
      );
    }
    options.totalTimeoutMs = Math.round(seconds * 1000);
  }
  if (flags.maxBytes !== undefined) {
    const bytes = Number(flags.maxBytes);
    if (!Number.isSafeInteger(bytes) || bytes <= 0) {
      throw new CliError(
        `--max-bytes ${flags.maxBytes}: expected a whole number of bytes, e.g. --max-bytes 2000000`,
        EXIT.failure,
      );
    }
    options.maxBytes = bytes;
  }
  return options;
}

interface WatchFlags extends WebFlags {
  feeds: string;
  db?: string;
  every?: string;
  once?: boolean;
  quiet?: boolean;
  gazetteer?: string[];
}

function intervalOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_WATCH_INTERVAL_MS;
  const ms = parseDuration(value);
  if (ms === null || ms < MIN_WATCH_INTERVAL_MS) {
    throw new CliError(
      `--every ${value}: expected an interval of at least ${MIN_WATCH_INTERVAL_MS / 1000}s, written like 30s, 10m or 1h`,
      EXIT.failure,
    );
  }
  return ms;
}

function printPoll(io: CliIo, result: PollResult, quiet: boolean): void {
  for (const r of result.rejected) io.stderr.write(`sitrep: rejected ${r.input}: ${r.reason} [${r.code}]\n`);
  for (const e of result.stageErrors) io.stderr.write(`sitrep: warning: ${e.message}\n`);
  if (quiet) return;
  const stamp = new Date().toISOString();
  const lines = describeDiff(result.diff);
  if (!result.revision) {
    io.stdout.write(`${stamp} no change (${result.report.documents.length} document(s))\n`);
    return;
  }
  io.stdout.write(`${stamp} ${result.reportId}: ${lines.length} change(s)\n`);
  for (const line of lines) io.stdout.write(`  ${line}\n`);
}

export function registerWatch(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('watch')
    .description('poll feeds, read only new items, and record what changed in the report')
    .requiredOption(
      '--feeds <file>',
      'file listing RSS/Atom/JSON feed URLs, one per line (# comments); re-read each poll',
    )
    .option(
      '--db <file>',
      `SQLite database that keeps documents, seen items, reports and revisions (default: ${defaultDbPath()})`,
    )
    .option('--every <interval>', 'time between polls: 30s, 10m, 1h (default 10m)')
    .option('--once', 'poll once and stop')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses (your own network)')
    .option('--timeout <s>', 'seconds one URL may take, redirects and body included (default 30)')
    .option('--max-bytes <n>', 'largest web page or feed in bytes')
    .option('--gazetteer <file...>', 'extra places (TSV or GeoJSON) added to the bundled GeoNames data')
    .option('-q, --quiet', 'print only rejections and warnings')
    .addHelpText(
      'after',
      `
Each poll reads the feeds, fetches items not seen before, analyses them, re-runs the cross-document
stages over every stored document and, when the report changed, stores it with a revision (see sitrep diff).
Ctrl-C stops between polls.

Examples:
  sitrep watch --feeds feeds.txt --db watch.db --every 15m
  sitrep watch --feeds feeds.txt --db watch.db --once`,
    )
    .action(async (flags: WatchFlags) => {
      const everyMs = intervalOf(flags.every);
      const web = webOptions(flags);
      let resources: ReturnType<typeof loadResources>;
      try {
        resources = loadResources({ gazetteerFiles: flags.gazetteer ?? [] });
      } catch (e) {
        if (e instanceof ResourceError)
          throw new CliError(`${e.message} (fix the file or leave out --gazetteer)`, EXIT.failure);
        throw e;
      }
      const store = openStore(flags.db ?? defaultDbPath());
      const controller = new AbortController();
      const stop = () => {
        if (!flags.quiet) io.stderr.write('sitrep: stopping after this poll (Ctrl-C again quits at once)\n');
        controller.abort();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      let lastRead = 0;
      try {
        await watch({
          store,
          context: { resources, warn: (m) => io.stderr.write(`sitrep: warning: ${m}\n`) },
          feedFiles: [flags.feeds],
          userData: flags.gazetteer ?? [],
          web,
          everyMs,
          once: flags.once ?? false,
          signal: controller.signal,
          onPoll: (result) => {
            lastRead = result.report.documents.length;
            printPoll(io, result, flags.quiet ?? false);
          },
        });
        setExit(lastRead === 0 ? EXIT.nothingRead : EXIT.ok);
      } finally {
        process.removeListener('SIGINT', stop);
        process.removeListener('SIGTERM', stop);
        store.close();
      }
    });
}
