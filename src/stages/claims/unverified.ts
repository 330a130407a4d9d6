/**
 * The scope of "could not independently verify". THE SCOPING RULE:
 *
 * 1. Inline. A verification disclaimer inside a sentence that holds claims applies to the claim whose span holds
 *    it ("They claimed to have entered Hama, though this has not been independently verified"; "unconfirmed
 *    reports that …"); failing that, to the nearest claim before it in the sentence, else the first one after it.
 * 2. Standalone, singular anaphor ("This could not be verified", "The claim has not been confirmed", or none):
 *    the nearest claim before it.
 * 3. Standalone, naming a source ("could not verify the army's account"): every claim of that source in the
 *    window (see 5).
 * 4. Standalone, plural anaphor ("X could not independently verify these claims"): the claims in the paragraph(s)
 *    right before it. Take the nearest claim before the disclaimer; its source is the one the disclaimer is
 *    about. Walk back paragraph by paragraph from the disclaimer's own paragraph, marking that source's claims,
 *    and stop at the first earlier paragraph with none of them, at a heading, or at the window's edge.
 *    Paragraphs that hold only boilerplate (noise) are stepped over, so a newsletter box inside the run does not
 *    break it. A claim verb elsewhere in the article (the lede's "rebels claimed …") stays `claimed`.
 * 5. The window: claims before the disclaimer within MAX_UNVERIFIED_SCOPE_PARAGRAPHS content paragraphs.
 *
 * `denied` is never overridden (the source's own denial stands); `asserted` and `claimed` become `unverified`.
 */
import type { ClaimLexicon } from './lexicon.js';
import { findPattern } from './lexicon.js';
import { normName } from './names.js';
import type { Sent } from './tokens.js';
import type { ClaimStatus } from './types.js';

/**
 * Most content paragraphs back a standalone disclaimer reaches (the disclaimer's own included). Calibrated on the
 * dev article whose disclaimer covers four paragraphs of one source's claims; one more leaves room for a quote
 * paragraph, and the run stops anyway at the first paragraph without that source.
 */
export const MAX_UNVERIFIED_SCOPE_PARAGRAPHS = 5;

/** Most claims a disclaimer looks back over (bounds the work on pathological texts; far above real paragraphs). */
const MAX_SCOPE_CLAIMS = 60;

export interface ScopedClaim {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly paragraph: number;
  readonly sourceKey: string | null;
  readonly sourceNames: readonly string[];
  status: ClaimStatus;
  statusRule: string;
}

function mark(c: ScopedClaim, rule: string): void {
  if (c.status === 'denied') return;
  c.status = 'unverified';
  c.statusRule = rule;
}

/** Applies the scoping rule in place; `claims` are in document order, `contentParagraphs` lists non-noise paragraphs. */
export function applyVerificationScope(
  claims: readonly ScopedClaim[],
  sents: readonly Sent[],
  contentParagraphs: readonly number[],
  lex: ClaimLexicon,
): void {
  const headingParagraphs = new Set(sents.filter((s) => s.heading).map((s) => s.paragraph));
  const paragraphRank = new Map(contentParagraphs.map((p, i) => [p, i]));
  let first = 0;
  let upto = 0;
  for (const s of sents) {
    const m = findPattern(lex.unverified, s.toks);
    while (upto < claims.length && claims[upto]!.start < s.end) upto++;
    if (!m) continue;
    const at = s.toks[m.start]!.start;
    first = Math.max(first, upto - MAX_SCOPE_CLAIMS);
    const near = claims.slice(first, upto);
    const inSentence = near.filter((c) => c.sentence === s.index || (c.start <= at && at < c.end));
    if (inSentence.length) {
      const holder = inSentence.filter((c) => c.start <= at && at < c.end);
      const before = inSentence.filter((c) => c.end <= at);
      const target = holder.length ? holder : before.length ? [before[before.length - 1]!] : [inSentence[0]!];
      for (const c of target) mark(c, 'unverified-inline');
      continue;
    }
    const pIndex = paragraphRank.get(s.paragraph) ?? -1;
    const lowest = contentParagraphs[Math.max(0, pIndex - MAX_UNVERIFIED_SCOPE_PARAGRAPHS + 1)] ?? s.paragraph;
    const window = near.filter((c) => c.end <= s.start && c.paragraph >= lowest);
    if (!window.length) continue;
    const after = s.toks.slice(m.start + m.length);
    const named = namedSource(after.map((t) => t.text).join(' '), window);
    if (named) {
      for (const c of window) if (c.sourceKey === named) mark(c, 'unverified-named');
      continue;
    }
    const nearest = window[window.length - 1]!;
    const plural = findPattern(lex.pluralAnaphors, s.toks) !== null;
    if (!plural || nearest.sourceKey === null) {
      mark(nearest, 'unverified-nearest');
      continue;
    }
    const key = nearest.sourceKey;
    for (let k = pIndex >= 0 ? pIndex : contentParagraphs.length - 1; k >= 0; k--) {
      const p = contentParagraphs[k]!;
      if (p < lowest) break;
      const mine = window.filter((c) => c.paragraph === p && c.sourceKey === key);
      if (!mine.length && p !== s.paragraph) break;
      for (const c of mine) mark(c, 'unverified-run');
      if (headingParagraphs.has(p)) break;
    }
  }
}

/** The key of a window claim's source named in the text after the disclaimer ("the army's account"), or null. */
function namedSource(after: string, window: readonly ScopedClaim[]): string | null {
  const hay = ` ${normName(after)} `;
  for (let i = window.length - 1; i >= 0; i--) {
    const c = window[i]!;
    if (!c.sourceKey) continue;
    for (const n of c.sourceNames) {
      const needle = normName(n);
      if (needle.length >= 3 && hay.includes(` ${needle} `)) return c.sourceKey;
    }
  }
  return null;
}
