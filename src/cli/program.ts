import { Command, CommanderError } from 'commander';
import { packageVersion } from '../app/version.js';
import { StoreError } from '../storage/index.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerDiff } from './commands/diff.js';
import { registerServe } from './commands/serve.js';
import { registerValidate } from './commands/validate.js';
import { registerWatch } from './commands/watch.js';
import { EXIT } from './exit-codes.js';
import { CliError, type CliIo, processIo } from './io.js';

/**
 * Runs the `sitrep` command line with the given arguments (without node and script) and returns the exit code.
 * Tests call this with captured streams; src/cli/main.ts calls it with the process's.
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const program = new Command('sitrep')
    .description('Turn news articles about a fast-moving event into a sourced situation report.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
  registerAnalyze(program, io, setExit);
  registerValidate(program, io, setExit);
  registerServe(program, io, setExit);
  registerWatch(program, io, setExit);
  registerDiff(program, io, setExit);
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version'
        ? EXIT.ok
        : EXIT.failure;
    }
    if (e instanceof CliError) {
      io.stderr.write(`sitrep: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof StoreError) {
      io.stderr.write(`sitrep: ${e.message} (use another --db file, or --no-db)\n`);
      return EXIT.failure;
    }
    io.stderr.write(`sitrep: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return EXIT.failure;
  }
  return exitCode;
}
