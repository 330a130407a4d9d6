import type { Command } from 'commander';
import { openStore } from '../../app/open-store.js';
import { ReportApi } from '../../app/report-api.js';
import { packageVersion } from '../../app/version.js';
import { createApp, DEFAULT_HOST, DEFAULT_PORT, startServer } from '../../http/index.js';
import { defaultDbPath } from '../../storage/index.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIo } from '../io.js';

interface ServeFlags {
  db?: string;
  port?: string;
  host?: string;
}

function checkPort(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PORT;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new CliError(
      `--port ${value}: expected a port number from 0 to 65535, e.g. --port ${DEFAULT_PORT}`,
      EXIT.failure,
    );
  }
  return port;
}

/** Resolves when the process is asked to stop (Ctrl-C or a termination signal). */
const stopSignal = () =>
  new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });

export function registerServe(
  program: Command,
  io: CliIo,
  setExit: (code: number) => void,
  waitForStop: () => Promise<void> = stopSignal,
): void {
  program
    .command('serve')
    .description('serve the latest stored report: a live dashboard and a JSON API')
    .option('--db <file>', `SQLite database written by sitrep analyze (default: ${defaultDbPath()})`)
    .option('--port <n>', `port to listen on (default: ${DEFAULT_PORT}; 0 picks a free one)`)
    .option('--host <h>', `address to bind (default: ${DEFAULT_HOST}, this machine only)`)
    .addHelpText(
      'after',
      `
The dashboard (/) and the API (/api/…, described at /api/openapi.json) re-read the store on every request, so a
new sitrep analyze --db <same file> shows on reload. Binding another --host exposes the articles to that network.

Examples:
  sitrep analyze articles/ --db news.db && sitrep serve --db news.db
  curl 'http://127.0.0.1:${DEFAULT_PORT}/api/events?from=2024-11-27&type=Battles&limit=20'`,
    )
    .action(async (flags: ServeFlags) => {
      const port = checkPort(flags.port);
      const store = openStore(flags.db ?? defaultDbPath());
      try {
        const app = createApp(new ReportApi(store), { version: packageVersion() });
        let server: Awaited<ReturnType<typeof startServer>>;
        try {
          server = await startServer(app, { port, host: flags.host ?? DEFAULT_HOST });
        } catch (e) {
          const reason = e instanceof Error ? e.message : String(e);
          throw new CliError(
            `cannot listen on ${flags.host ?? DEFAULT_HOST}:${port}: ${reason} (try another --port)`,
            EXIT.failure,
          );
        }
        io.stderr.write(`sitrep: serving ${server.url} (API: ${server.url}api/openapi.json); Ctrl-C stops\n`);
        await waitForStop();
        await server.close();
        setExit(EXIT.ok);
      } finally {
        store.close();
      }
    });
}
