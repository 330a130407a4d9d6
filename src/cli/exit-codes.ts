/** Documented exit codes of the `sitrep` command (README "Exit codes"). */
export const EXIT = {
  /** Everything given was read and the output written. */
  ok: 0,
  /** Bad usage, an unwritable output, or an internal failure: nothing trustworthy was written. */
  failure: 1,
  /** No input could be read: every input was rejected or none was given. */
  nothingRead: 2,
  /** The report was written, but some inputs were rejected (listed on stderr and in `rejected`). */
  someRejected: 3,
  /** `sitrep validate`: the report breaks the contract. */
  invalidReport: 4,
} as const;
