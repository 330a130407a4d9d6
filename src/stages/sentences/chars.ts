/** Character classes shared by the splitter and the heading test. */

export const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0xfeff;

/** Sentence-final marks. `。！？` end a sentence even without a following space. */
export const TERMINALS: ReadonlySet<string> = new Set(['.', '!', '?', '…', '。', '！', '？', '؟', '۔']);
export const UNSPACED_TERMINALS: ReadonlySet<string> = new Set(['。', '！', '？']);
/** Closing quotes and brackets that stay with the sentence they close: `… he said.” Next`. */
export const CLOSERS: ReadonlySet<string> = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '」', '』']);
/** Opening quotes and brackets that may precede the first word of a sentence. */
export const OPENERS: ReadonlySet<string> = new Set(['"', "'", '“', '‘', '«', '‹', '(', '[', '「', '『', '¿', '¡']);

export const isLower = (ch: string | undefined): boolean => ch !== undefined && /\p{Ll}/u.test(ch);
export const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
export const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);

/** True when `s` ends like a sentence: terminal punctuation, optionally followed by closing quotes or brackets. */
export function endsLikeSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s[i] ?? '')) i--;
  return i >= 0 && TERMINALS.has(s[i] ?? '');
}

/** Trims whitespace off both ends of [start, end) in `text`. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}
