import type { Command } from 'commander';
import { describeDiff, diffSince, parseSince, UnknownReportError } from '../../app/diff-reports.js';
import { openStore } from '../../app/open-store.js';
import { defaultDbPath } from '../../storage/index.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIo } from '../io.js';

interface DiffFlags {
  since: string;
  db?: string;
  json?: boolean;
}

export function registerDiff(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('diff')
    .description('print what changed in the stored report since a time or a report')
    .requiredOption(
      '--since <time|report>',
      'a report id (report_…), an ISO date/time, or a duration back: 30m, 2h, 1d',
    )
    .option('--db <file>', `SQLite database written by sitrep watch or analyze (default: ${defaultDbPath()})`)
    .option('--json', 'print the changes as JSON')
    .addHelpText(
      'after',
      `
Compares the latest stored report with the report named, or with the last one stored at or before the time
(everything counts as new when none was). Lists new documents, new and updated events, revised casualty figures
("327 → 412"), claims newly denied, copies discovered and new contradictions.

Examples:
  sitrep diff --db watch.db --since 2h
  sitrep diff --db watch.db --since 2031-04-01T10:00:00Z --json`,
    )
    .action((flags: DiffFlags) => {
      const since = parseSince(flags.since);
      if (!since) {
        throw new CliError(
          `--since ${flags.since}: expected a report id (report_…), an ISO date/time (2031-04-01T10:00Z) or a duration (2h)`,
          EXIT.failure,
        );
      }
      const store = openStore(flags.db ?? defaultDbPath());
      try {
        let result: ReturnType<typeof diffSince>;
        try {
          result = diffSince(store, since);
        } catch (e) {
          if (e instanceof UnknownReportError) throw new CliError(`--since ${flags.since}: ${e.message}`, EXIT.failure);
          throw e;
        }
        if (flags.json) {
          io.stdout.write(
            `${JSON.stringify({ from: result.from, to: result.to, changes: result.diff, revisions: result.revisions }, null, 2)}\n`,
          );
        } else if (!result.to) {
          io.stdout.write('no report is stored yet: run sitrep watch or sitrep analyze with this --db first\n');
        } else {
          const lines = describeDiff(result.diff);
          const from = result.from ? `${result.from.id} (${result.from.createdAt})` : 'nothing';
          io.stdout.write(
            `from ${from} to ${result.to.id} (${result.to.createdAt}): ${lines.length ? `${lines.length} change(s)` : 'no change'}\n`,
          );
          for (const line of lines) io.stdout.write(`  ${line}\n`);
        }
        setExit(result.to ? EXIT.ok : EXIT.nothingRead);
      } finally {
        store.close();
      }
    });
}
