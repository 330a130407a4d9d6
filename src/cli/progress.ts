import cliProgress from 'cli-progress';
import type { CliIo } from './io.js';

/** A progress line on a terminal; silent when stderr is not a TTY (CI, pipes) or with --quiet. */
export interface Progress {
  update(p: { documents: number; rejected: number }): void;
  stop(): void;
}

const silent: Progress = { update: () => {}, stop: () => {} };

export function createProgress(io: CliIo, quiet: boolean): Progress {
  if (quiet || !io.stderr.isTTY) return silent;
  const bar = new cliProgress.SingleBar(
    {
      format: 'analysing | {value} documents | {rejected} rejected | {duration_formatted}',
      stream: io.stderr as NodeJS.WritableStream,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { rejected: 0 });
  return {
    update: ({ documents, rejected }) => {
      bar.setTotal(documents + 1);
      bar.update(documents, { rejected });
    },
    stop: () => bar.stop(),
  };
}
