import type { NoiseKind } from '../../model/index.js';
import { bylineShape } from './byline.js';
import { isLabelledCaption, trailingCreditKind } from './caption.js';
import type { NoiseLexicon } from './lexicon.js';
import { countWords, endsLikeSentence } from './lines.js';

/**
 * Lines longer than this are never boilerplate and are not tested at all (keeps every rule linear and cheap on
 * pathological input). Calibration: the longest boilerplate line in the dev corpus is ~130 characters; a 50-word
 * caption is ~350.
 */
export const BOILERPLATE_MAX_CHARS = 600;

export interface LineVerdict {
  readonly kind: NoiseKind;
  readonly rule: string;
}

/** The boilerplate kind of one trimmed line, or null when it is content. Lexicon rules first, then shapes. */
export function classifyLine(line: string, lex: NoiseLexicon): LineVerdict | null {
  if (line.length > BOILERPLATE_MAX_CHARS) return null;
  const lower = line.toLowerCase();
  const words = countWords(line);
  const sentenceLike = endsLikeSentence(line);
  for (const rule of lex.rules) {
    if (words > rule.maxWords || (rule.open && sentenceLike)) continue;
    if (rule.test(line, lower)) return { kind: rule.kind, rule: `lexicon:${rule.match}:${rule.pattern}` };
  }
  const credit = trailingCreditKind(line, lex);
  if (credit) return { kind: credit, rule: credit === 'caption' ? 'caption-credit' : 'credit-agencies' };
  if (isLabelledCaption(line, lex)) return { kind: 'caption', rule: 'caption-label' };
  const byline = bylineShape(line, lex.byline);
  if (byline) return { kind: 'byline', rule: `byline-${byline}` };
  return null;
}

/**
 * A credit in parentheses closing a content line: "… withdrew. (Reporting by Jane Doe; Editing by John Roe)".
 * Returns the offset of its "(" within the line, or -1. Only the credit lexicon rules that open with a letter apply.
 */
export function trailingCredit(line: string, lex: NoiseLexicon): number {
  if (line.length > BOILERPLATE_MAX_CHARS || !line.endsWith(')')) return -1;
  const open = line.lastIndexOf('(');
  if (open <= 0) return -1;
  const inner = line.slice(open + 1, -1).trim();
  const lower = inner.toLowerCase();
  const hit = lex.rules.some(
    (r) => r.kind === 'credit' && r.match === 'prefix' && /^\p{L}/u.test(r.pattern) && r.test(inner, lower),
  );
  return hit ? open : -1;
}
