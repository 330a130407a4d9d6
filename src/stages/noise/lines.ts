import type { Span } from '../../model/index.js';

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;

/** Every non-blank line of `text` (the text between newlines), trimmed of surrounding whitespace. */
export function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ start, end });
    lineStart = lineEnd + 1;
  }
  return spans;
}

/** Number of whitespace-separated words in `s`, counting no further than `limit + 1` (cheap on huge lines). */
export function countWords(s: string, limit = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord && ++words > limit) return words;
    inWord = !space;
  }
  return words;
}

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);
const TERMINALS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟']);

/** True when `s` ends like a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
export function endsLikeSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s[i] ?? '')) i--;
  return i >= 0 && TERMINALS.has(s[i] ?? '');
}
