import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Report } from '../../report/contract.js';
import { validateReportSchema } from '../../report/validate-report.js';
import { EXIT } from '../exit-codes.js';
import { CliError, type CliIo } from '../io.js';

function readReport(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, EXIT.failure);
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new CliError(`${file} is not JSON: ${(e as Error).message}`, EXIT.invalidReport);
  }
}

export function registerValidate(program: Command, io: CliIo, setExit: (code: number) => void): void {
  program
    .command('validate')
    .description('check a report JSON file against the report contract (JSON Schema)')
    .argument('<report>', 'the report file written by `sitrep analyze --json`')
    .action((file: string) => {
      const report = readReport(file);
      const problems = validateReportSchema(report);
      for (const p of problems) io.stderr.write(`${file}: ${p.path}: ${p.message}\n`);
      if (problems.length) {
        setExit(EXIT.invalidReport);
        return;
      }
      const r = report as Report;
      io.stdout.write(
        `${file}: valid (${r.documents.length} documents, ${r.events.length} events, ${r.claims.length} claims)\n`,
      );
      setExit(EXIT.ok);
    });
}
