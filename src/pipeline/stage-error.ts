/** A stage failed on one document, or broke its contract (wrong layer, invalid span). The batch goes on. */
export class StageError extends Error {
  readonly code = 'stage_failed';
  constructor(
    readonly stage: string,
    readonly documentId: string | null,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`stage ${stage}${documentId ? ` on document ${documentId}` : ''}: ${message}`, options);
    this.name = 'StageError';
  }
}
