/** The content of a claim: after its cue (right frame) or before its attribution (left frame). */
import type { Span } from '../../model/index.js';
import type { CueHit } from './cues.js';
import {
  ADJUNCT_POS,
  CONJ,
  DASHES,
  isComma,
  isThat,
  MAX_ADJUNCT_TOKENS,
  MIN_CONTENT_TOKENS,
  quoteClosedAt,
  quoteOpenedAt,
  SENTENCE_END,
  spanOf,
  trimEnd,
  WH,
} from './frame-kit.js';
import type { ClaimLexicon } from './lexicon.js';
import { npRight } from './np.js';
import type { Quote } from './quotes.js';
import { isQuoteMark, type Sent, type Tok } from './tokens.js';

/** Longest time adjunct skipped after a cue ("on Friday", "late on Tuesday", "earlier this week"). */
const MAX_TIME_ADJUNCT_TOKENS = 4;

/** Index after a time adjunct starting at k (or k when there is none). */
function skipTimeAdjunct(toks: readonly Tok[], k: number, limit: number, lex: ClaimLexicon): number {
  let j = k;
  let time = false;
  while (j < limit && j - k < MAX_TIME_ADJUNCT_TOKENS) {
    const t = toks[j]!;
    if (t.quote >= 0) break;
    if (lex.timeWords.has(t.lower)) time = true;
    else if (!(t.pos === 'ADP' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'ADV' && !time)))
      break;
    j++;
    if (time && !lex.timeWords.has(toks[j]?.lower ?? '') && toks[j]?.pos !== 'NUM') break;
  }
  if (!time) return k;
  if (isComma(toks[j])) j++;
  return j < limit && !SENTENCE_END.has(toks[j]!.text) ? j : k;
}

/** Relative words that open a trailing clause the reporter adds after reported content (cutting at ", but" and
 * ", while" too was tried on PolNeAR train: no gain). */
const TRAILING_OPENERS = new Set(['which', 'who', 'where', 'whom', 'whose']);

/**
 * Where reported content ends when the reporter adds a non-restrictive relative clause to its last noun ("…, which
 * he described as …", "…, where he has a home"): at the comma before it. Annotators of attribution (PolNeAR) end
 * the content there; the clause is the reporter's, not the source's.
 */
function trailingClause(toks: readonly Tok[], k: number, stop: number): number {
  for (let j = k + MIN_CONTENT_TOKENS; j + 1 < stop; j++) {
    const t = toks[j]!;
    const next = toks[j + 1]!;
    // "said the talks, which started in 2006, remained useful": before its verb, a relative clause belongs to the
    // subject of the content, not to the reporter.
    if (isComma(t) && next.quote < 0 && TRAILING_OPENERS.has(next.lower) && hasVerb(toks, k, j)) return j;
  }
  return stop;
}

/** Words that open a subordinate clause put before the main clause ("While X said Y, Z did W"). */
const FRONTED_OPENERS = new Set([
  'while',
  'although',
  'though',
  'after',
  'before',
  'when',
  'if',
  'since',
  'because',
  'as',
  'despite',
  'whereas',
  'once',
  'unless',
]);

/**
 * Where content ends when its cue stands in a subordinate clause put before the main clause ("After the army said
 * the road was open, convoys left"): at the comma before the main clause (a subject and its verb). Attribution
 * annotators (PolNeAR) end the content there; the main clause is the reporter's.
 */
function frontedClauseEnd(toks: readonly Tok[], k: number, stop: number, lex: ClaimLexicon): number {
  let first = 0;
  while (first < k && (toks[first]!.quote >= 0 || CONJ.has(toks[first]!.lower))) first++;
  if (first >= k || !FRONTED_OPENERS.has(toks[first]!.lower)) return stop;
  for (let j = first + 1; j < k; j++) if (isComma(toks[j])) return stop;
  for (let j = k + MIN_CONTENT_TOKENS; j + 1 < stop; j++) {
    if (!isComma(toks[j])) continue;
    const np = npRight(toks, j + 1, stop, lex);
    let v = np ? np.to : j + 1;
    while (np && v < stop && toks[v]!.pos === 'ADV') v++;
    const verb = toks[v];
    if (np && verb && verb.quote < 0 && (verb.pos === 'VERB' || verb.pos === 'AUX')) return j;
  }
  return stop;
}

function hasVerb(toks: readonly Tok[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX') return true;
  return false;
}

/** "is expected to win", "appears to be": an infinitive after a verb that takes one as its content. */
export function infinitive(s: Sent, k: number, hit: CueHit): boolean {
  const next = s.toks[k + 1];
  return (
    hit.verb?.raising === true &&
    s.toks[k]?.lower === 'to' &&
    s.toks[k]!.quote < 0 &&
    next !== undefined &&
    (next.pos === 'VERB' || next.pos === 'AUX')
  );
}

/** The content after a cue ending at `k`, or null: skips an addressee, time adjuncts and a colon. */
export function rightContent(
  s: Sent,
  k0: number,
  limit: number,
  hit: CueHit,
  lex: ClaimLexicon,
  quotes: readonly Quote[],
): { span: Span; direct: boolean; from: number } | null {
  const toks = s.toks;
  let k = k0;
  if (hit.verb?.addressee && !hit.prep) {
    const np = npRight(toks, k, limit, lex);
    const after = np ? toks[np.to] : undefined;
    const rest = after !== undefined && np!.to < limit && !SENTENCE_END.has(after.text);
    if (np && rest && !isThat(toks[np.from]) && after.pos !== 'VERB' && after.pos !== 'AUX') k = np.to;
  }
  // "said on Friday that", "told Reuters from Beirut that": jump to the "that" when only adjuncts stand before it.
  for (let j = k; j < limit && j - k <= MAX_ADJUNCT_TOKENS; j++) {
    const t = toks[j]!;
    if (isThat(t)) {
      k = j;
      break;
    }
    if (!ADJUNCT_POS.has(t.pos) || t.quote >= 0 || SENTENCE_END.has(t.text)) break;
  }
  // "said on Friday he met …": a time adjunct between the cue and a clause.
  k = skipTimeAdjunct(toks, k, limit, lex);
  let colon = toks[k0 - 1]?.text === ':';
  if (toks[k]?.text === ':' || (isComma(toks[k]) && isQuoteMark(toks[k + 1]))) {
    colon = toks[k]!.text === ':';
    k++;
  }
  if (k >= limit) return null;
  const first = toks[k]!;
  if (SENTENCE_END.has(first.text) || isComma(first) || first.text === ';') return null;
  const q = quoteOpenedAt(toks, k, quotes);
  // "asked to name …": a request put as an infinitive.
  const asked = hit.verb?.lemma === 'ask' && first.lower === 'to';
  if (
    hit.verb?.weak &&
    !hit.prep &&
    !isThat(first) &&
    !q &&
    !colon &&
    !WH.has(first.lower) &&
    !asked &&
    !infinitive(s, k, hit)
  )
    return null;
  if (q) {
    // The quotation may run on past this sentence (multi-sentence quotes).
    const end = Math.max(q.end, toks[trimEnd(toks, k, limit) - 1]?.end ?? q.end);
    return { span: { start: q.start, end: limit >= toks.length ? end : Math.min(end, q.end) }, direct: true, from: k };
  }
  let stop = limit;
  for (let j = k + 1; j < limit; j++) {
    const t = toks[j]!;
    if (t.quote >= 0) continue;
    if (t.text === ';' || (DASHES.has(t.text) && CONJ.has(toks[j + 1]?.lower ?? ''))) {
      stop = j;
      break;
    }
  }
  const end = trimEnd(toks, k, trailingClause(toks, k, frontedClauseEnd(toks, k, stop, lex)));
  const object = hit.verb?.object || hit.prep;
  if (end - k < (object ? 1 : MIN_CONTENT_TOKENS)) return null;
  // "told Reuters on Saturday." leaves only adjuncts: no content unless a clause, a "that" or an object.
  if (!object && !isThat(first) && !colon) {
    let clause = false;
    for (let j = k; j < end && !clause; j++)
      clause = toks[j]!.pos === 'VERB' || toks[j]!.pos === 'AUX' || toks[j]!.quote >= 0;
    if (!clause) return null;
  }
  const span = withOpenQuote(toks, spanOf(toks, k, end), quotes);
  // "… in the U.S." at the end of the sentence: the abbreviation's dot is also the full stop.
  const last = toks[end - 1]!;
  if (
    end === toks.length &&
    last.quote < 0 &&
    last.text.length > 1 &&
    last.text.endsWith('.') &&
    span.end === last.end
  ) {
    return { span: { start: span.start, end: span.end - 1 }, direct: false, from: k };
  }
  return { span, direct: false, from: k };
}

/** Extends a content span that ends inside a quotation to the quotation's end ("said that “… . …”"). */
export function withOpenQuote(toks: readonly Tok[], span: Span, quotes: readonly Quote[]): Span {
  let last: Tok | undefined;
  for (const t of toks) if (t.end <= span.end && t.start >= span.start) last = t;
  if (!last || last.quote < 0) return span;
  const q = quotes[last.quote]!;
  return q.end > span.end ? { start: span.start, end: q.end } : span;
}

/**
 * Where a quotation that ends before its attribution starts as content: at the quotation, or — when the reporter's
 * words run into it ("Clinton “offers support for …,” he said") — at the start of the clause (after a leading
 * conjunction), as attribution annotators (PolNeAR) mark it: the paraphrased part belongs to the content too.
 */
function integratedStart(toks: readonly Tok[], q: Quote): number {
  let from = 0;
  while (from < toks.length && toks[from]!.quote < 0 && (CONJ.has(toks[from]!.lower) || isComma(toks[from]))) from++;
  const first = toks[from];
  if (!first || first.quote >= 0 || first.start >= q.start) return q.start;
  for (let k = from; k < toks.length && toks[k]!.start < q.start; k++) {
    const t = toks[k]!;
    // Only plain words lead into the quotation: no other quotation, no sentence end, no colon (a label).
    if (t.quote >= 0 || SENTENCE_END.has(t.text) || t.text === ':' || t.text === ';') return q.start;
  }
  return first.start;
}

/** The content before an attribution starting at `a` (the comma or quote right before it), or null. */
export function leftContent(s: Sent, a: number, quotes: readonly Quote[]): { span: Span; direct: boolean } | null {
  const toks = s.toks;
  let k = a - 1;
  if (isComma(toks[k])) k--;
  if (k < 0) return null;
  // "“…,” he said": the comma sits inside the quote; the whole quotation is the content.
  let q = quoteClosedAt(toks, k, quotes);
  if (!q && isComma(toks[k]) === false && toks[k]?.quote !== undefined && toks[k]!.quote >= 0) {
    const cand = quotes[toks[k]!.quote]!;
    if (cand.end <= toks[a]!.start) q = cand;
  }
  if (q) return { span: { start: integratedStart(toks, q), end: q.end }, direct: true };
  if (!isComma(toks[a - 1]) && !isQuoteMark(toks[a - 1])) return null;
  let from = 0;
  while (from < k && (CONJ.has(toks[from]!.lower) || isComma(toks[from]))) from++;
  const end = trimEnd(toks, from, k + 1);
  if (end - from < MIN_CONTENT_TOKENS) return null;
  return { span: spanOf(toks, from, end), direct: false };
}
