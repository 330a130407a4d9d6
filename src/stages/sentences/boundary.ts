import { CLOSERS, isDigit, isLetter, isLower, isSpace, OPENERS, TERMINALS } from './chars.js';
import type { SentenceLexicon } from './lexicon.js';

/** Longest token looked at behind a full stop; abbreviations are shorter ("Brig.-Gen." is 10). */
export const MAX_ABBREVIATION_CHARS = 16;
/**
 * After "?” / !”" a speech verb within this many words means a quote tag follows ("“Where is he?” Umm Rami asked.").
 * Calibration: tags name the speaker in one to three words before the verb.
 */
export const QUOTE_TAG_MAX_WORDS = 4;

/** What the splitter saw at a candidate boundary. */
export interface Candidate {
  /** Index of the first terminal mark. */
  readonly mark: number;
  /** Number of consecutive terminal marks ("..." is 3). */
  readonly run: number;
  /** True when closing quotes or brackets follow the marks. */
  readonly closed: boolean;
  /** Index of the first non-space character after the candidate. */
  readonly next: number;
  /** Start of the sentence being built and end of the segment. */
  readonly sentenceStart: number;
  readonly segmentEnd: number;
}

/** The word starting at `from` (after any opening quotes or brackets), up to the next non-letter. */
function wordAt(text: string, from: number, end: number): string {
  let i = from;
  while (i < end && OPENERS.has(text[i] ?? '')) i++;
  let j = i;
  while (j < end && j - i < MAX_ABBREVIATION_CHARS && isLetter(text[j])) j++;
  return text.slice(i, j);
}

/** The token ending at the stop at `mark`, stop included ("Gen.", "U.N.", "(e.g."→"e.g."), or '' when too long. */
function tokenBefore(text: string, sentenceStart: number, mark: number): { token: string; start: number } {
  let i = mark;
  while (i > sentenceStart && mark - i < MAX_ABBREVIATION_CHARS) {
    const ch = text[i - 1] ?? '';
    if (isSpace(ch.charCodeAt(0)) || OPENERS.has(ch)) break;
    i--;
  }
  return { token: text.slice(i, mark + 1), start: i };
}

/** True when one of the next few words is a speech verb: the quote before is followed by its tag. */
function quoteTagFollows(text: string, from: number, end: number, lex: SentenceLexicon): boolean {
  let i = from;
  for (let words = 0; words < QUOTE_TAG_MAX_WORDS && i < end; words++) {
    const word = wordAt(text, i, end);
    if (lex.tagVerbs.has(word.toLowerCase())) return true;
    i += word.length;
    while (i < end && !isSpace(text.charCodeAt(i))) {
      if (TERMINALS.has(text[i] ?? '')) return false;
      i++;
    }
    while (i < end && isSpace(text.charCodeAt(i))) i++;
  }
  return false;
}

const INITIAL = /^\p{Lu}\.$/u;
const DOTTED_ACRONYM = /^(?:\p{L}\.){2,}$/u;

/** Decides whether the candidate ends a sentence. */
export function endsSentence(text: string, c: Candidate, lex: SentenceLexicon): boolean {
  const next = wordAt(text, c.next, c.segmentEnd);
  let at = c.next;
  while (at < c.segmentEnd && OPENERS.has(text[at] ?? '')) at++;
  const first = text[at];
  if (isLower(first)) return false;
  const mark = text[c.mark];
  if (mark !== '.' || c.run > 1) {
    const quoteTag = (mark === '?' || mark === '!') && c.closed;
    return !(quoteTag && quoteTagFollows(text, c.next, c.segmentEnd, lex));
  }
  if (c.closed) return true;
  const { token, start } = tokenBefore(text, c.sentenceStart, c.mark);
  if (token.length <= 1) return true;
  if (lex.titles.has(token) || INITIAL.test(token)) return false;
  if (lex.abbreviations.has(token) || DOTTED_ACRONYM.test(token)) {
    return !isDigit(first) && lex.openers.has(next.toLowerCase());
  }
  const listMarker = start === c.sentenceStart && /^\d{1,3}\.$/.test(token);
  return !listMarker;
}

/** Index just past the closing quotes/brackets that follow position `from`. */
export function skipClosers(text: string, from: number, end: number): number {
  let j = from;
  while (j < end && CLOSERS.has(text[j] ?? '')) j++;
  return j;
}
