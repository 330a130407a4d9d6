import type { Span } from '../../model/index.js';

export type SignalKind = 'source-line' | 'follow' | 'signup' | 'copyright' | 'newsletter' | 'verify' | 'told';

/** One piece of evidence that `name` published the text. */
export interface Signal {
  readonly name: string;
  readonly rank: number;
  readonly signal: SignalKind;
  readonly evidence: Span;
}
