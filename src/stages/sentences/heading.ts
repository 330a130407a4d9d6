import { CLOSERS, endsLikeSentence, isLetter, isLower, isSpace } from './chars.js';
import type { SentenceLexicon } from './lexicon.js';

/**
 * Longest one-line paragraph still read as a title or crosshead. Calibration: dev-corpus headlines run 4–12 words;
 * news headlines rarely pass 18. Longer unpunctuated lines are cut-off sentences.
 */
export const HEADING_MAX_WORDS = 20;

/** Marks that show a line is a fragment that goes on, not a title: "He added:", "Among the dead,". */
const CONTINUING = new Set([',', ';', ':', '-', '–', '—', '/', '&']);

/**
 * True when a one-sentence paragraph reads as a title or crosshead: no terminal punctuation, not opening in lower
 * case, short, and not ending on a word a title never ends on ("of", "and").
 */
export function isHeading(line: string, lex: SentenceLexicon): boolean {
  if (endsLikeSentence(line)) return false;
  let last = line.length - 1;
  while (last >= 0 && CLOSERS.has(line[last] ?? '')) last--;
  if (last < 0 || CONTINUING.has(line[last] ?? '')) return false;
  let firstLetter = 0;
  while (firstLetter < line.length && !isLetter(line[firstLetter])) firstLetter++;
  if (firstLetter === line.length || (firstLetter === 0 && isLower(line[0]))) return false;
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpace(line.charCodeAt(i));
    if (!space && !inWord && ++words > HEADING_MAX_WORDS) return false;
    inWord = !space;
  }
  const lastWord = line.slice(line.lastIndexOf(' ') + 1).replace(/[^\p{L}]/gu, '');
  return !lex.dangling.has(lastWord.toLowerCase());
}
