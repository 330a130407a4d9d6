import type { NoiseLexicon } from './lexicon.js';
import { countWords, endsLikeSentence } from './lines.js';

/**
 * Longest caption text before its credit. Calibration: photo captions in the dev corpus run 8–20 words; wire
 * captions elsewhere reach ~40. A body paragraph that happens to end in "(AP)" without a full stop is rarer still.
 */
export const CAPTION_MAX_WORDS = 50;
/** Longest credit inside the trailing parenthesis or after a "Photograph:" label ("Jane Doe/AFP via Getty Images"). */
export const CREDIT_MAX_WORDS = 8;

/** Splits a credit such as "Omar Haj/AFP via Getty Images" into its lower-cased parts. */
const creditParts = (credit: string): string[] =>
  credit
    .toLowerCase()
    .split(/\s*(?:[/,;:|&+]|\s-\s|\bvia\b|\bfor\b)\s*/u)
    .map((p) => p.trim())
    .filter(Boolean);

/** True when a credit names a known photo agency or opens with a caption label ("Photo: …", "Photo by …"). */
function isCredit(credit: string, lex: NoiseLexicon): boolean {
  if (!credit || countWords(credit, CREDIT_MAX_WORDS) > CREDIT_MAX_WORDS) return false;
  const whole = credit.toLowerCase().trim();
  if (lex.creditAgencies.has(whole)) return true;
  if (creditParts(credit).some((part) => lex.creditAgencies.has(part))) return true;
  const label = /^([\p{L} ]{1,20}?)\s*(?::|\bby\b)/u.exec(whole)?.[1]?.trim();
  return label !== undefined && lex.captionLabels.has(label);
}

/** "(Reuters, AFP, dpa)": a comma-separated list of two or more agencies is a wire credit, not a photo credit. */
const isAgencyList = (credit: string, lex: NoiseLexicon): boolean => {
  const parts = credit.split(',').map((p) => p.trim().toLowerCase());
  return parts.length >= 2 && parts.every((p) => lex.creditAgencies.has(p));
};

/**
 * A line that ends in a parenthesised credit: "Fighters near the citadel (AFP/Getty)" is a caption; a sign-off such
 * as "… amp/sms (Reuters, AFP, dpa)" is a wire credit. Null when the line does not end in a credit.
 */
export function trailingCreditKind(line: string, lex: NoiseLexicon): 'caption' | 'credit' | null {
  if (!line.endsWith(')')) return null;
  const open = line.lastIndexOf('(');
  if (open < 0) return null;
  const credit = line.slice(open + 1, -1);
  if (credit.includes(')')) return null;
  if (countWords(line.slice(0, open), CAPTION_MAX_WORDS) > CAPTION_MAX_WORDS) return null;
  if (isAgencyList(credit, lex)) return 'credit';
  return isCredit(credit, lex) ? 'caption' : null;
}

/**
 * "Rebel fighters in the old city on Saturday. Photograph: Jane Doe/Agency": a line whose tail is a caption label
 * followed by a short credit that does not read as a sentence.
 */
export function isLabelledCaption(line: string, lex: NoiseLexicon): boolean {
  const colon = line.lastIndexOf(':');
  if (colon < 1 || countWords(line, CAPTION_MAX_WORDS + CREDIT_MAX_WORDS) > CAPTION_MAX_WORDS + CREDIT_MAX_WORDS) {
    return false;
  }
  const tail = line.slice(colon + 1).trim();
  if (!tail || !/^\p{Lu}/u.test(tail) || endsLikeSentence(tail)) return false;
  if (countWords(tail, CREDIT_MAX_WORDS) > CREDIT_MAX_WORDS) return false;
  const words = line.slice(0, colon).toLowerCase().trim().split(/\s+/u);
  return lex.captionLabels.has(words.slice(-1).join(' ')) || lex.captionLabels.has(words.slice(-2).join(' '));
}
