/**
 * The scope of "could not independently verify". THE SCOPING RULE:
 *
 * 1. Inline. A verification disclaimer inside a sentence that holds claims applies to the claim whose span holds
 *    it ("They claimed to have entered Hama, though this has not been independently verified"; "unconfirmed
 *    reports that …"); failing that, to the nearest claim before it in the sentence, else the first one after it.
 * 2. Standalone, singular anaphor ("This could not be verified", "The claim has not been confirmed", or none):
 *    the nearest claim before it.
 * 3. Standalone, naming a source: every claim of that source in the window (see 5). The source is named after the
 *    disclaimer ("could not verify the army's account"), or owns the thing left unverified: a possessive before a
 *    claim noun anywhere in the sentence ("the footage or the group's claims", "Neither the army's account nor
 *    …", "their claims"). A possessive that is a description or a pronoun names the nearest source in the window
 *    that fits it: one whose names hold its words, else one of its kind (a known kind: "the ministry's"), else
 *    for a word of no kind ("the group's", "its") the nearest source that is not a person ("his", "her": a person).
 * 4. Standalone, plural anaphor ("X could not independently verify these claims"): the claims in the paragraph(s)
 *    right before it. Take the nearest claim before the disclaimer; its source is the one the disclaimer is
 *    about. Walk back paragraph by paragraph from the disclaimer's own paragraph, marking that source's claims,
 *    and stop at the first earlier paragraph with none of them, at a heading, or at the window's edge.
 *    Paragraphs that hold only boilerplate (noise) are stepped over, so a newsletter box inside the run does not
 *    break it. A claim verb elsewhere in the article (the lede's "rebels claimed …") stays `claimed`.
 *    A dual anaphor ("Neither claim", "either account", "both") covers two claims: the run of rule 4, and when
 *    that run holds a single claim, also the claim right before it if that one is in the same or the previous
 *    paragraph with no heading between ("The army said …. The rebels said …. Neither claim could be verified").
 * 5. The window: claims before the disclaimer within MAX_UNVERIFIED_SCOPE_PARAGRAPHS content paragraphs.
 *
 * A disclaimer is a negative verification phrase ("could not be independently confirmed"), or a positive one
 * with a negative word shortly before it ("Neither claim could be independently confirmed", "None of the
 * reports has been verified"): see `unverified` and `verified-negated` in status-markers.tsv.
 *
 * `denied` is never overridden (the source's own denial stands); `asserted` and `claimed` become `unverified`.
 */
import type { ClaimLexicon } from './lexicon.js';
import { findPattern, matchPattern, startingPatterns } from './lexicon.js';
import { nameTokens, normName } from './names.js';
import { profileOf } from './profile.js';
import type { Sent, Tok } from './tokens.js';
import type { ClaimStatus, SourceKind } from './types.js';

/**
 * Most content paragraphs back a standalone disclaimer reaches (the disclaimer's own included). Calibrated on the
 * dev article whose disclaimer covers four paragraphs of one source's claims; one more leaves room for a quote
 * paragraph, and the run stops anyway at the first paragraph without that source.
 */
export const MAX_UNVERIFIED_SCOPE_PARAGRAPHS = 5;

/** Most claims a disclaimer looks back over (bounds the work on pathological texts; far above real paragraphs). */
const MAX_SCOPE_CLAIMS = 60;

/**
 * Most words between a negative word and a positive verification phrase ("None of the three reports has been
 * verified" = 4). Written for sitrep's tests; longer gaps are rare and risk a negation of something else.
 */
export const MAX_NEGATOR_GAP = 5;

/** Most words of a possessor before "'s" ("the Orvane Liberation Front's" = 4 after the article). */
const MAX_POSSESSOR_WORDS = 6;
/** Most adjectives between a possessive and its claim noun ("the army's latest casualty figures" = 2). */
const MAX_CLAIM_NOUN_GAP = 2;

export interface ScopedClaim {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly paragraph: number;
  readonly sourceKey: string | null;
  readonly sourceNames: readonly string[];
  /** The source's kind, or null when the claim has no source. */
  readonly sourceKind: SourceKind | null;
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
    const m = findDisclaimer(s.toks, lex);
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
    const named = namedSource(after.map((t) => t.text).join(' '), window) ?? possessorSource(s.toks, window, lex);
    if (named) {
      for (const c of window) if (c.sourceKey === named) mark(c, 'unverified-named');
      continue;
    }
    const nearest = window[window.length - 1]!;
    const dual = findPattern(lex.dualAnaphors, s.toks) !== null;
    const plural = dual || findPattern(lex.pluralAnaphors, s.toks) !== null;
    if (!plural || nearest.sourceKey === null) {
      mark(nearest, 'unverified-nearest');
      if (dual) markPrevious(window, nearest, headingParagraphs);
      continue;
    }
    const key = nearest.sourceKey;
    let run = 0;
    for (let k = pIndex >= 0 ? pIndex : contentParagraphs.length - 1; k >= 0; k--) {
      const p = contentParagraphs[k]!;
      if (p < lowest) break;
      const mine = window.filter((c) => c.paragraph === p && c.sourceKey === key);
      if (!mine.length && p !== s.paragraph) break;
      for (const c of mine) mark(c, 'unverified-run');
      run += mine.length;
      if (headingParagraphs.has(p)) break;
    }
    if (dual && run === 1) markPrevious(window, nearest, headingParagraphs);
  }
}

/** Rule 4's dual: the claim right before `nearest`, when in the same or the previous paragraph, no heading between. */
function markPrevious(window: readonly ScopedClaim[], nearest: ScopedClaim, headings: ReadonlySet<number>): void {
  const i = window.indexOf(nearest);
  const prev = i > 0 ? window[i - 1] : undefined;
  if (!prev || nearest.paragraph - prev.paragraph > 1) return;
  for (let p = prev.paragraph; p <= nearest.paragraph; p++) if (headings.has(p)) return;
  mark(prev, 'unverified-dual');
}

/**
 * The disclaimer of a sentence: a negative verification phrase, or a positive one ("could be independently
 * confirmed") with a negative word ("neither", "none") at most MAX_NEGATOR_GAP words before it.
 */
export function findDisclaimer(toks: readonly Tok[], lex: ClaimLexicon): { start: number; length: number } | null {
  const direct = findPattern(lex.unverified, toks);
  if (direct) return direct;
  let lastNegator = -Infinity;
  for (let i = 0; i < toks.length; i++) {
    if (lex.negators.has(toks[i]!.lower)) {
      lastNegator = i;
      continue;
    }
    if (i - lastNegator - 1 > MAX_NEGATOR_GAP) continue;
    for (const k of startingPatterns(lex.verifiedNegated, toks[i]!)) {
      const n = matchPattern(lex.verifiedNegated[k]!, toks, i);
      if (n > 0) return { start: lastNegator, length: i + n - lastNegator };
    }
  }
  return null;
}

/**
 * Rule 3's possessive: the source owning a claim noun in the disclaimer sentence ("the group's claims"), as the
 * key of a window claim, or null.
 */
function possessorSource(toks: readonly Tok[], window: readonly ScopedClaim[], lex: ClaimLexicon): string | null {
  for (let i = 1; i < toks.length; i++) {
    if (!/^['’](?:s)?$/i.test(toks[i]!.text)) continue;
    let j = i + 1;
    while (j < toks.length && j - i - 1 < MAX_CLAIM_NOUN_GAP && toks[j]!.pos === 'ADJ') j++;
    if (!lex.claimNouns.has(toks[j]?.lower ?? '')) continue;
    const key = ownerKey(toks.slice(possessorStart(toks, i), i), window, lex);
    if (key) return key;
  }
  const latest = [...window].reverse().filter((c) => c.sourceKey !== null);
  for (let i = 0; i + 1 < toks.length; i++) {
    const owner = POSSESSIVE_PRONOUNS[toks[i]!.lower];
    if (!owner || !lex.claimNouns.has(toks[i + 1]!.lower)) continue;
    const fit = latest.find((c) => owner === 'any' || (c.sourceKind === 'person') === (owner === 'person'));
    if (fit) return fit.sourceKey;
  }
  return null;
}

const NOT_ORGANISATION: ReadonlySet<SourceKind> = new Set<SourceKind>(['person', 'other', 'unnamed']);

/** Possessive pronouns and the sources they fit. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, 'person' | 'thing' | 'any'>> = {
  his: 'person',
  her: 'person',
  its: 'thing',
  their: 'any',
};

/** Start of the noun phrase that ends right before a possessive marker at `at`. */
function possessorStart(toks: readonly Tok[], at: number): number {
  let a = at;
  while (a > 0 && at - a < MAX_POSSESSOR_WORDS) {
    const t = toks[a - 1]!;
    if (t.lower === 'the') return a - 1;
    if (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(t.pos) || /^\p{Lu}/u.test(t.text) || t.text === '-') a--;
    else break;
  }
  return a;
}

/** The window source a possessor stands for: by name, by the words of a description, by kind, by person or not. */
function ownerKey(phrase: readonly Tok[], window: readonly ScopedClaim[], lex: ClaimLexicon): string | null {
  if (!phrase.length) return null;
  const text = phrase.map((t) => t.text).join(' ');
  const named = namedSource(text, window);
  if (named) return named;
  const profile = profileOf(phrase, [], lex);
  const words = nameTokens(text);
  const latest = [...window].reverse().filter((c) => c.sourceKey !== null);
  if (profile.type === 'named') return null;
  if (words.length) {
    const holds = latest.find((c) =>
      c.sourceNames.some((n) => {
        const set = new Set(nameTokens(n));
        return words.every((w) => set.has(w) || set.has(w.replace(/s$/, '')));
      }),
    );
    if (holds) return holds.sourceKey;
  }
  if (profile.kind !== 'other' && profile.kind !== 'unnamed' && profile.kind !== 'person')
    return latest.find((c) => c.sourceKind === profile.kind)?.sourceKey ?? null;
  if (profile.person) return latest.find((c) => c.sourceKind === 'person')?.sourceKey ?? null;
  // "the group's": an organisation first, else any source that is not a person ("the residents'").
  const org = latest.find((c) => c.sourceKind !== null && !NOT_ORGANISATION.has(c.sourceKind));
  return (org ?? latest.find((c) => c.sourceKind !== 'person'))?.sourceKey ?? null;
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
