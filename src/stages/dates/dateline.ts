import type { ActiveLexicon } from './active.js';
import type { Candidate } from './sem.js';
import type { Token } from './tokens.js';
import type { DocumentDateRole } from './types.js';

/**
 * A date this close to the start of the text (in characters) can be the document's dateline: header lines of news
 * pages ("30 November 2024", "Sat 30 Nov 2024 12.00 GMT") sit within the first few hundred characters.
 */
export const DATELINE_WINDOW_CHARS = 400;
/**
 * A dateline line holds little besides the date: at most this many words outside it ("By Jane Doe | 30 Nov 2024",
 * "Updated 12.00 GMT"), and it does not end like a sentence — a headline naming a date has more words.
 */
export const DATELINE_MAX_OTHER_WORDS = 4;
/** How many tokens before a date a publication cue ("Published", "Updated:") may sit. */
const CUE_LOOKBACK_TOKENS = 4;

/** Does the candidate carry a full date (day, month and year, or all-numeric)? Only those date a document. */
const isFullDate = (cand: Candidate): boolean =>
  cand.sem.k === 'abs' && cand.sem.y !== undefined && cand.sem.m !== undefined && cand.sem.d !== undefined;

/**
 * The role a full date plays for the document itself:
 * - `published` / `updated` after a cue on the same line ("Published 30 November 2024", "Updated: …");
 * - `dateline` when it opens the text on a short line of its own, or a wire dateline ("BEIRUT, Nov. 30, 2024 (Reuters) -").
 */
export function dateRole(
  tokens: readonly Token[],
  lex: ActiveLexicon,
  cand: Candidate,
  text: string,
): DocumentDateRole | null {
  const full = isFullDate(cand);
  if (!full) return isMonthDay(cand) && isWireDateline(tokens, cand, text) ? 'dateline' : null;
  for (let k = cand.start - 1; k >= Math.max(0, cand.start - CUE_LOOKBACK_TOKENS); k--) {
    const t = tokens[k];
    if (!t) break;
    for (const m of lex.matchAll(tokens, k, 'publication')) {
      if (m.end <= cand.start) return m.entry.value === 'updated' ? 'updated' : 'published';
    }
    if (t.newline) break;
  }
  const first = tokens[cand.start];
  if (!first || first.start > DATELINE_WINDOW_CHARS) return null;
  let lineStart = cand.start;
  while (lineStart > 0 && !tokens[lineStart]?.newline) lineStart--;
  let lineEnd = cand.end;
  while (lineEnd < tokens.length && !tokens[lineEnd]?.newline) lineEnd++;
  let others = 0;
  for (let k = lineStart; k < lineEnd; k++) {
    if (k >= cand.start && k < cand.end) continue;
    if (tokens[k]?.kind === 'word') others++;
  }
  const last = tokens[lineEnd - 1];
  if (others <= DATELINE_MAX_OTHER_WORDS && !(last && /^[.!?]$/.test(last.text))) return 'dateline';
  return isWireDateline(tokens, cand, text) ? 'dateline' : null;
}

const isMonthDay = (cand: Candidate): boolean =>
  cand.sem.k === 'abs' && cand.sem.m !== undefined && cand.sem.d !== undefined;

/** What may follow the date of a wire dateline: the agency in brackets, or a dash before the story. */
const DATELINE_CLOSERS = new Set(['(', '-', '--', '–', '—', '―']);
/** The place of a wire dateline: upper-case words (any script with case), then optional capitalised words. */
const DATELINE_PLACE = /^\p{Lu}[\p{Lu}\s.'’-]*,?(?:\s+\p{Lu}[\p{L}.]*,?)*$/u;

/**
 * The place of a wire dateline in a script without case (Arabic "الزهراء، 9 آذار 2025 (رويترز) -"): one to
 * three words closed by a comma, with no cased letter at all (a sentence before a date has more words).
 */
const DATELINE_UNCASED_PLACE = /^[\p{L}\p{M}'’-]+(?:\s+[\p{L}\p{M}'’-]+){0,2}\s*[،,]$/u;
const hasCase = (s: string): boolean => s.toLowerCase() !== s.toUpperCase();

/**
 * A wire dateline: "WASHINGTON, August 11 (Xinhua) --", "BEIRUT, Nov. 30, 2024 (Reuters) -", "VELDOR, 12 mars
 * 2025 —", "KESSA, 14 de marzo de 2025 –": an upper-case place first (any words and a comma in a script without
 * case), then the date, then the agency or a dash.
 */
function isWireDateline(tokens: readonly Token[], cand: Candidate, text: string): boolean {
  const first = tokens[cand.start];
  if (!first || first.start > DATELINE_WINDOW_CHARS) return false;
  let lineStart = cand.start;
  while (lineStart > 0 && !tokens[lineStart]?.newline) lineStart--;
  const before = text.slice(tokens[lineStart]?.start ?? 0, first.start).trim();
  const open = tokens[cand.end];
  if (open === undefined || !DATELINE_CLOSERS.has(open.text)) return false;
  if (!hasCase(before)) return DATELINE_UNCASED_PLACE.test(before);
  return DATELINE_PLACE.test(before) && /\p{Lu}{3}/u.test(before);
}
