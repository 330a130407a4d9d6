import type { Span } from '../../src/model/index.js';

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'sgt',
  'brig',
  'st',
  'no',
  'vs',
  'u.s',
  'u.n',
  'u.k',
]);

/**
 * A plain sentence splitter for the evaluation scripts, used only while the `sentences` stage is not available:
 * every line is a block; inside it, a sentence ends at . ! ? (plus closing quotes) followed by a space and a capital.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) out.push({ start, end });
  };
  for (const line of text.matchAll(/[^\n]+/g)) {
    const base = line.index;
    let start = 0;
    for (const m of line[0].matchAll(/[.!?]+["”’)]*(?=\s+["“‘(]?\p{Lu})/gu)) {
      const before = line[0].slice(start, m.index).split(/\s+/).pop()?.toLowerCase() ?? '';
      if (m[0] === '.' && (ABBREVIATIONS.has(before) || /^\p{Lu}$/u.test(before))) continue;
      const end = m.index + m[0].length;
      push(base + start, base + end);
      start = end;
    }
    push(base + start, base + line[0].length);
  }
  return out;
}
