import type { Span } from '../../model/index.js';
import { endsSentence, skipClosers } from './boundary.js';
import { isSpace, TERMINALS, trimRange, UNSPACED_TERMINALS } from './chars.js';
import type { SentenceLexicon } from './lexicon.js';

/**
 * Splits the segment [start, end) of `text` (one paragraph, or the part of one outside noise) into trimmed sentence
 * spans. One left-to-right pass: every character is visited a bounded number of times, so the cost is linear.
 * Quotes: a closing quote after the stop belongs to the sentence it closes; a quote holding several sentences is
 * split at its inner sentence ends (its opening mark stays with the first, its closing mark with the last).
 */
export function splitSegment(text: string, start: number, end: number, lex: SentenceLexicon): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number): void => {
    const span = trimRange(text, from, to);
    if (span.end > span.start) spans.push(span);
  };
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    if (!TERMINALS.has(text[i] ?? '')) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && TERMINALS.has(text[j] ?? '')) j++;
    const run = j - i;
    const afterMarks = j;
    j = skipClosers(text, j, end);
    const unspaced = UNSPACED_TERMINALS.has(text[afterMarks - 1] ?? '');
    if (j >= end) break;
    if (!unspaced && !isSpace(text.charCodeAt(j))) {
      i = j;
      continue;
    }
    let next = j;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    if (next >= end) break;
    const candidate = { mark: i, run, closed: j > afterMarks, next, sentenceStart, segmentEnd: end };
    if (unspaced || endsSentence(text, candidate, lex)) {
      push(sentenceStart, j);
      sentenceStart = next;
    }
    i = next;
  }
  push(sentenceStart, end);
  return spans;
}
