import type { Command } from 'commander';
import { analyze } from '../../app/analyze.js';
import { openStore } from '../../app/open-store.js';
import { loadResources, ResourceError } from '../../app/resources.js';
import { reportJson, writeFileAtomic, writeReportFolder } from '../../app/write-outputs.js';
import { ingestInputs } from '../../ingest/index.js';
import { defaultDbPath } from '../../storage/index.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIo } from '../io.js';
import { createProgress } from '../progress.js';
import { summarize } from '../summarize.js';
import { webOptions } from './watch.js';

interface AnalyzeFlags {
  json?: string;
  out?: string;
  db?: string | false;
  published?: string;
  includeText?: boolean;
  quiet?: boolean;
  gazetteer?: string[];
  feeds?: string;
  allowPrivate?: boolean;
  timeout?: string;
  maxBytes?: string;
  workers?: string;
}

function loadResourcesOrExplain(gazetteerFiles: string[]) {
  try {
    return loadResources({ gazetteerFiles });
  } catch (e) {
    if (e instanceof ResourceError)
      throw new CliError(`${e.message} (fix the file or leave out --gazetteer)`, EXIT.failure);
    throw e;
  }
}

const MAX_WORKERS = 64;

function checkWorkers(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > MAX_WORKERS) {
    throw new CliError(
      `--workers ${value}: expected a whole number from 1 to ${MAX_WORKERS}, e.g. --workers 2`,
      EXIT.failure,
    );
  }
  return n;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkPublished(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!ISO_DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new CliError(
      `--published ${value}: expected a date as YYYY-MM-DD, e.g. --published 2024-11-30`,
      EXIT.failure,
    );
  }
  return value;
}

export function registerAnalyze(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('analyze')
    .description('read articles and write a sourced situation report')
    .argument('[inputs...]', 'files, folders (read recursively), .warc/.warc.gz, http(s) URLs, or - for standard input')
    .option('--json <file>', 'write the report (JSON contract) to this file; - for standard output')
    .option('--out <dir>', 'write the report files (report.json, …) into this folder')
    .option('--db <file>', `SQLite database that keeps documents, layers and reports (default: ${defaultDbPath()})`)
    .option('--no-db', 'keep nothing: analyse in memory only')
    .option('--published <date>', 'publication date (YYYY-MM-DD) for inputs whose metadata has none')
    .option('--gazetteer <file...>', 'extra places (TSV or GeoJSON, see README) added to the bundled GeoNames data')
    .option('--feeds <file>', 'read the RSS/Atom/JSON feeds listed in this file (one URL per line, # comments)')
    .option('--allow-private', 'allow fetching from private, loopback and link-local addresses (your own network)')
    .option('--timeout <s>', 'seconds one URL may take, redirects and body included (default 30)')
    .option('--max-bytes <n>', 'largest input (file, record or web page) in bytes')
    .option('--workers <n>', 'worker threads for the per-document stages (default 1; pays off above ~200 documents)')
    .option('--include-text', 'include each document text in the report')
    .option('-q, --quiet', 'no progress line and no summary')
    .addHelpText(
      'after',
      `
Inputs: .txt, .md (YAML front matter), .html/.htm, .json, .jsonl/.ndjson, .warc/.warc.gz (HTML responses);
a folder may hold manifest.jsonl ({"file","url","outlet","published","title","language"} per line).
URLs (http/https) are fetched: an article page, or a feed whose items are read. Private, loopback and
link-local addresses are refused unless --allow-private is given.

Exit codes: 0 all read; 1 failure (bad usage, unwritable output); 2 nothing could be read;
3 report written but some inputs were rejected (see stderr and "rejected" in the report).

Examples:
  sitrep analyze examples/corpus --out out/example
  sitrep analyze articles/ --json report.json --published 2024-11-30
  cat story.txt | sitrep analyze - --json - --no-db
  sitrep analyze https://news.example/story --feeds feeds.txt --out out/today`,
    )
    .action(async (inputs: string[], flags: AnalyzeFlags) => {
      const published = checkPublished(flags.published);
      if (inputs.length === 0 && !flags.feeds) {
        throw new CliError('nothing to read: give files, folders, URLs or -, or --feeds <file>', EXIT.failure);
      }
      const web = webOptions(flags);
      if (inputs.includes('-') && (io.stdin as { isTTY?: boolean }).isTTY) {
        throw new CliError(
          'input - reads standard input, which is a terminal here: pipe a file in (cat story.txt | sitrep analyze -)',
          EXIT.failure,
        );
      }
      const resources = loadResourcesOrExplain(flags.gazetteer ?? []);
      const store = openStore(flags.db === false ? null : (flags.db ?? defaultDbPath()));
      const progress = createProgress(io, flags.quiet ?? false);
      try {
        const warnings: string[] = [];
        const result = await analyze({
          items: ingestInputs(inputs, {
            published,
            stdin: io.stdin,
            web,
            ...(web.maxBytes ? { maxBytes: web.maxBytes } : {}),
            ...(flags.feeds ? { feedFiles: [flags.feeds] } : {}),
          }),
          store,
          context: { resources, warn: (m) => warnings.push(m) },
          includeText: flags.includeText ?? false,
          userData: flags.gazetteer ?? [],
          workers: checkWorkers(flags.workers),
          workerResources: { gazetteerFiles: flags.gazetteer ?? [] },
          onProgress: (p) => progress.update(p),
        });
        progress.stop();
        for (const r of result.rejected) io.stderr.write(`sitrep: rejected ${r.input}: ${r.reason} [${r.code}]\n`);
        for (const w of warnings) io.stderr.write(`sitrep: warning: ${w}\n`);
        for (const e of result.stageErrors) io.stderr.write(`sitrep: warning: ${e.message}\n`);
        if (flags.json === '-') io.stdout.write(reportJson(result.report));
        else if (flags.json) writeFileAtomic(flags.json, reportJson(result.report));
        const written = flags.out ? writeReportFolder(flags.out, result.report, { store }) : [];
        if (!flags.quiet && flags.json !== '-') io.stdout.write(summarize(result, [flags.json, ...written]));
        const read = result.report.documents.length;
        setExit(read === 0 ? EXIT.nothingRead : result.rejected.length ? EXIT.someRejected : EXIT.ok);
      } finally {
        progress.stop();
        store.close();
      }
    });
}
