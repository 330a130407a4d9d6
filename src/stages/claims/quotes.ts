/**
 * Quotation finding, language-independent: “…” and "…" (English), „…“ (German), «…» and »…« (French, German),
 * ‘…’ when it is not an apostrophe. One left-to-right pass over the text, so linear in its length.
 *
 * A quote left open at the end of a paragraph continues when the next paragraph opens with a quote mark (the
 * convention for multi-paragraph quotations); otherwise it is closed at the paragraph end.
 */

export interface Quote {
  /** The span including the marks. */
  readonly start: number;
  readonly end: number;
  /** True when this segment carries on a quotation begun in an earlier paragraph. */
  readonly continued: boolean;
  /** True when the quotation goes on in the next paragraph. */
  readonly continues: boolean;
  /** False when no closing mark was found (closed at the paragraph end). */
  readonly closed: boolean;
}

/** Closing marks accepted for each opening mark. */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '"': '"',
  '‘': '’',
  '‚': '‘’',
  "''": "''",
  '``': "''",
};

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const OPEN_CONTEXT = /[\s([{\u2014\u2013:-]/;

/** True when the mark at i can open a quotation here. */
function canOpen(text: string, i: number): boolean {
  const c = text[i]!;
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  // French puts a (no-break) space inside guillemets: « nous ».
  if (c === '«') return next !== undefined && next !== '\n';
  if (isSpace(next)) return false;
  if (c === '"' || c === '‘' || c === '»') return prev === undefined || OPEN_CONTEXT.test(prev);
  return true;
}

/** True when the mark at i can close the open quotation. */
function canClose(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === '’' || c === '"') return !isWordChar(text[i + 1]);
  return true;
}

/** Index of the first non-space character at or after i on the same line (or the line end). */
function lineStartContent(text: string, i: number): number {
  let j = i;
  while (j < text.length && text[j] !== '\n' && /\s/.test(text[j]!)) j++;
  return j;
}

/** Two-character marks of typewriter style (``…'' and ''…''), read as one double quotation mark. */
const DOUBLE_APOSTROPHE = "''";
const DOUBLE_BACKTICK = '``';

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  let opener = '';
  let continued = false;
  const close = (end: number, closed: boolean, continues: boolean) => {
    // A mark left open at a paragraph end that no next paragraph carries on is a stray mark, not a quotation.
    if (end > open && (closed || continues || continued))
      quotes.push({ start: open, end, continued, continues, closed });
    open = -1;
    opener = '';
    continued = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      if (open < 0) continue;
      let lineEnd = i;
      while (lineEnd > open && /\s/.test(text[lineEnd - 1]!)) lineEnd--;
      let next = i;
      while (next < text.length && /\s/.test(text[next]!)) next++;
      const carriesOn = next < text.length && text.startsWith(opener, next);
      const keep = opener;
      close(lineEnd, false, carriesOn);
      if (carriesOn) {
        open = next;
        opener = keep;
        continued = true;
        i = next + keep.length - 1;
      }
      continue;
    }
    const pair = text.startsWith(DOUBLE_APOSTROPHE, i) || text.startsWith(DOUBLE_BACKTICK, i);
    if (open >= 0) {
      if (opener === DOUBLE_APOSTROPHE || opener === DOUBLE_BACKTICK) {
        // Only the pair closes a typewriter quotation: a single apostrophe inside it is a contraction ("they're").
        if (text.startsWith(DOUBLE_APOSTROPHE, i) && !isWordChar(text[i + 2])) {
          close(i + 2, true, false);
          i++;
        }
      } else if (CLOSERS[opener]?.includes(c) && canClose(text, i)) close(i + 1, true, false);
      continue;
    }
    if (pair && (i === 0 || OPEN_CONTEXT.test(text[i - 1]!)) && !isSpace(text[i + 2])) {
      open = i;
      opener = text.slice(i, i + 2);
      continued = false;
      i++;
      continue;
    }
    if (c in CLOSERS && canOpen(text, i)) {
      open = i;
      opener = c;
      continued = false;
    }
  }
  if (open >= 0) {
    let end = text.length;
    while (end > open && /\s/.test(text[end - 1]!)) end--;
    close(end, false, false);
  }
  return quotes;
}

/** True when the paragraph starting at `lineStart` opens with a quotation mark. */
export function opensWithQuote(text: string, lineStart: number): boolean {
  const j = lineStartContent(text, lineStart);
  const c = text[j];
  return (
    c !== undefined &&
    ((c in CLOSERS && canOpen(text, j)) || text.startsWith(DOUBLE_APOSTROPHE, j) || text.startsWith(DOUBLE_BACKTICK, j))
  );
}

/** Number of words inside a quote span (marks excluded). */
export const quoteWords = (text: string, q: Quote): number =>
  text
    .slice(q.start + 1, q.closed ? q.end - 1 : q.end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
