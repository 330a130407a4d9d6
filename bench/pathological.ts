// Pathological inputs for the ReDoS and robustness checks: each about `size` UTF-16 code units (1 MiB by default),
// built deterministically from small pieces written for sitrep. They aim at what makes text processors slow or
// wrong: long runs of one class of character (backtracking regexes), no line breaks (per-line loops over one huge
// line), unbalanced and deeply nested quotes, right-to-left text, astral characters, combining marks, NUL and other
// control characters, mojibake, and endless capitalised words (every token a candidate name).
import { rng } from './synthetic-corpus.js';

export const PATHOLOGICAL_SIZE = 1 << 20;

type Builder = (r: () => number, size: number) => string;

/** Repeats pieces chosen by `pick` until the text reaches `size` code units, then cuts it there. */
function fill(size: number, pick: () => string): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const p = pick();
    parts.push(p);
    n += p.length;
  }
  return parts.join('').slice(0, size);
}

const choose = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const WORDS = ['rebels', 'entered', 'the', 'town', 'on', 'Tuesday', 'officials', 'said', 'shelling', 'continued'];

export const PATHOLOGICAL: Readonly<Record<string, Builder>> = {
  /** Runs of sentence punctuation, with line breaks. */
  punctuation: (r, size) =>
    fill(
      size,
      () =>
        `${choose(r, ['.', '!', '?', ',', ';', ':', '…', '-', '—', '(', ')', '.'.repeat(40)]).repeat(1 + Math.floor(r() * 30))}${r() < 0.05 ? '\n' : ''}`,
    ),
  /** Runs of every kind of quotation mark, unbalanced. */
  quotes: (r, size) =>
    fill(size, () =>
      choose(r, ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '""""""""']).repeat(1 + Math.floor(r() * 20)),
    ),
  /** Digits, long and short, with separators that look like dates, times and figures. */
  digits: (r, size) =>
    fill(size, () =>
      choose(r, ['0123456789'.repeat(20), '1,234,567', '12/03/2024', '3.5', '10:45', ' ', '-', '1', '2024 2025 ']),
    ),
  /** Prose as a single 1 MiB line: no newline anywhere. */
  'one-line': (r, size) => fill(size, () => `${choose(r, WORDS)}${r() < 0.08 ? '. ' : ' '}`),
  /** Quotes nested thousands deep, then closed. */
  'nested-quotes': (_r, size) => {
    const depth = Math.floor(size / 24);
    const open = Array.from({ length: depth }, (_, i) => (i % 2 ? '‘he said ' : '“she said ')).join('');
    const close = Array.from({ length: depth }, (_, i) => (i % 2 ? '’' : '”')).join('');
    return (open + close).slice(0, size);
  },
  /** Arabic and Hebrew with direction marks and embedded Latin names and digits. */
  rtl: (r, size) =>
    fill(size, () =>
      choose(r, [
        'قالت المصادر إن ',
        'دخل المقاتلون مدينة ',
        'Aleppo ',
        '\u200f',
        '\u200e',
        '\u202b',
        '\u202c',
        'שלום ',
        '١٢٣ ',
        '. ',
        '\n',
      ]),
    ),
  /** Emoji: astral characters, ZWJ sequences, flags, skin tones, and a few lone surrogates. */
  emoji: (r, size) =>
    fill(size, () => choose(r, ['😀', '👩‍👩‍👧‍👦', '🇸🇾', '👍🏽', '🔥🔥🔥', ' ', 'Gaza ', '\ud83d', '\ude00', '. '])),
  /** Letters under dozens of combining marks. */
  combining: (r, size) =>
    fill(
      size,
      () =>
        `${choose(r, ['a', 'T', 'Z', 'o'])}${'\u0301\u0308\u0323\u0330\u0345'.repeat(1 + Math.floor(r() * 10))}${r() < 0.1 ? ' ' : ''}`,
    ),
  /** NUL and other control characters between words. */
  nul: (r, size) =>
    fill(
      size,
      () => `${choose(r, WORDS)}${choose(r, ['\0', '\0\0\0', '\u0001', '\u0007', '\u001b[0m', '\r', '\f', '\v'])}`,
    ),
  /** Mojibake and encoding debris: UTF-8 read as Latin-1, replacement characters, BOMs. */
  'mixed-encoding': (r, size) =>
    fill(size, () =>
      choose(r, ['Ã©', 'â€™', 'â€œ', 'Ã¼ber ', '\ufffd', '\ufeff', 'Ð¿Ñ€Ð¸', 'caf\u00e9 ', 'cafe\u0301 ', ' ']),
    ),
  /** Endless capitalised words and initials: every token could start a name. */
  capitalised: (r, size) =>
    fill(size, () => `${choose(r, ['New', 'North', 'Saint', 'Al', 'Port', 'Upper', 'St.', 'U.N.', 'Mount', 'Lake'])} `),
  /** Month names, weekdays and numbers without end: every token could start a date. */
  'date-words': (r, size) =>
    fill(
      size,
      () =>
        `${choose(r, ['March', 'May', 'Monday', 'last', 'next', '12', '2024', 'the', 'of', 'week', 'early', 'mid-'])} `,
    ),
  /** Blank space: runs of spaces, tabs and line breaks. */
  whitespace: (r, size) => fill(size, () => choose(r, [' '.repeat(50), '\t\t', '\n\n\n', '\u00a0', '\u2028', 'x'])),
};

/** The named pathological input, deterministic for a seed. */
export function pathologicalText(kind: string, size = PATHOLOGICAL_SIZE, seed = 7): string {
  const build = PATHOLOGICAL[kind];
  if (!build) throw new Error(`unknown pathological input ${kind}`);
  return build(rng(seed), size);
}

export const PATHOLOGICAL_KINDS: readonly string[] = Object.keys(PATHOLOGICAL);
