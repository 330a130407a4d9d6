/** Small helpers shared by the attribution frames (frames.ts, content.ts, subjects.ts). */
import type { Span } from '../../model/index.js';
import type { Quote } from './quotes.js';
import { isQuoteMark, type Tok } from './tokens.js';

/** Longest chain of comma-separated phrases between a subject and its verb ("X, a commander in Y, said"). */
export const MAX_CHAIN_SEGMENTS = 5;
/** Longest comma-separated phrase in such a chain. */
export const MAX_SEGMENT_TOKENS = 30;
/** Most words between a cue and the "that" of its content ("said on Friday evening that"). */
export const MAX_ADJUNCT_TOKENS = 8;
/** Fewest words of content after a non-object verb ("said it" is not a claim). */
export const MIN_CONTENT_TOKENS = 2;

export const RELATIVES = new Set(['who', 'whose', 'which', 'that', 'where', 'whom']);
export const CLAUSE_LINKS = new Set(['as', 'while', 'whereas', 'but', 'though', 'although', 'and', 'yet']);
export const ADJUNCT_POS = new Set(['ADP', 'DET', 'NUM', 'PROPN', 'NOUN', 'ADJ', 'ADV', 'PUNCT', 'PART']);
export const SENTENCE_END = new Set(['.', '!', '?', '…']);
export const CONJ = new Set(['and', 'but', 'yet', 'or']);
export const DASHES = new Set(['–', '—', '--']);
/** Words opening an indirect question ("asked whether …"), accepted after weak verbs like "that". */
export const WH = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

export const isComma = (t: Tok | undefined): boolean => t !== undefined && t.text === ',' && t.quote < 0;
export const isThat = (t: Tok | undefined): boolean => t !== undefined && t.lower === 'that' && t.quote < 0;

/** Char span of token range [from, to). */
export const spanOf = (toks: readonly Tok[], from: number, to: number): Span => ({
  start: toks[from]!.start,
  end: toks[to - 1]!.end,
});

/** The quote whose opening mark is toks[k], if any. */
export function quoteOpenedAt(toks: readonly Tok[], k: number, quotes: readonly Quote[]): Quote | null {
  const t = toks[k];
  if (!t || !isQuoteMark(t) || t.quote < 0) return null;
  const q = quotes[t.quote]!;
  return q.start === t.start ? q : null;
}

/** The quote whose closing mark (or last token) is toks[k], if any. */
export function quoteClosedAt(toks: readonly Tok[], k: number, quotes: readonly Quote[]): Quote | null {
  const t = toks[k];
  if (!t || t.quote < 0) return null;
  const q = quotes[t.quote]!;
  return q.end === t.end ? q : null;
}

/** Index after the last token of content in [from, to): drops a final full stop outside quotes and trailing commas. */
export function trimEnd(toks: readonly Tok[], from: number, to: number): number {
  let b = to;
  while (
    b > from &&
    toks[b - 1]!.quote < 0 &&
    (SENTENCE_END.has(toks[b - 1]!.text) || /^[,;:—–-]$/.test(toks[b - 1]!.text))
  )
    b--;
  return b;
}
