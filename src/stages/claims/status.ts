/**
 * The reporter's stance on one claim, before the verification scope of unverified.ts is applied.
 *
 *   denied    the cue denies or refutes ("denied", "refuted"), or insists on a negated content
 *             ("sought to insist that the rebels had not …")
 *   claimed   the outlet distances itself: a claim verb ("claimed", "alleged"), an assertive verb ("asserted",
 *             "insisted"), a distancing word ("reportedly", "what it called"), an unattributed passive ("it was
 *             reported that"); or a party to the fighting states a contested matter: battlefield outcomes, enemy
 *             losses, intent, justification, loaded labels (contested-content.tsv)
 *   asserted  everything else: neutral sources with a neutral verb, admissions against interest ("acknowledged"),
 *             appeals ("called for"), a party's statement with no contested content
 *
 * A party is a source whose role is `party` (armed group, military), or `state` when the document shows that
 * state's forces fighting ("Russian warplanes" makes the Kremlin's battlefield statements claims; Turkey's
 * state-run agency stays neutral when no Turkish forces fight in the text).
 */
import type { ClaimLexicon } from './lexicon.js';
import { findPattern, matchPattern } from './lexicon.js';
import { affiliationsIn } from './profile.js';
import type { Sent, Tok } from './tokens.js';
import type { ClaimSource, ClaimStatus } from './types.js';

/** Most words between a state word and a combat noun ("Russian and Syrian government air strikes" = 3). */
const MAX_COMBAT_GAP = 4;

type Words = readonly string[];
const NO_NOUNS: readonly Words[] = [];
const combatIndexes = new WeakMap<readonly Words[], ReadonlyMap<string, readonly Words[]> | null>();

/** Combat nouns by first word, in lexicon order; null when one is empty (it would match anywhere). */
function combatNounsByFirst(nouns: readonly Words[]): ReadonlyMap<string, readonly Words[]> | null {
  let index = combatIndexes.get(nouns);
  if (index === undefined) {
    const map = new Map<string, Words[]>();
    for (const words of nouns) {
      const first = words[0];
      if (first === undefined) {
        index = null;
        break;
      }
      let list = map.get(first);
      if (!list) {
        list = [];
        map.set(first, list);
      }
      list.push(words);
    }
    if (index === undefined) index = map;
    combatIndexes.set(nouns, index);
  }
  return index;
}

/** States whose forces the document shows fighting: a state word followed closely by a combat noun. */
export function belligerentStates(sents: readonly Sent[], lex: ClaimLexicon): Set<string> {
  const states = new Set<string>();
  const byFirst = combatNounsByFirst(lex.combatNouns);
  for (const s of sents) {
    const toks = s.toks;
    for (let i = 0; i < toks.length; i++) {
      const noun = (byFirst ? (byFirst.get(toks[i]!.lower) ?? NO_NOUNS) : lex.combatNouns).find((words) =>
        words.every((w, k) => toks[i + k]?.lower === w),
      );
      if (!noun) continue;
      const window = toks.slice(Math.max(0, i - MAX_COMBAT_GAP - 1), i);
      // Only the run of state words, "and", "'s" and adjectives right before the noun.
      let a = window.length;
      while (a > 0) {
        const t = window[a - 1]!;
        const stateWord = affiliationsIn([t], lex).length > 0;
        if (
          stateWord ||
          t.lower === 'and' ||
          t.text === ',' ||
          /^['’]s?$/.test(t.text) ||
          t.pos === 'ADJ' ||
          t.lower === 'government'
        )
          a--;
        else break;
      }
      for (const aff of affiliationsIn(window.slice(a), lex)) states.add(aff.state);
    }
  }
  return states;
}

export interface StatusInput {
  readonly cls: string;
  readonly rule: string;
  readonly speaker: ClaimSource | null;
  /** Tokens of the content. */
  readonly content: readonly Tok[];
  /** Tokens of the whole statement (for distancing words outside the content: "reportedly"). */
  readonly whole: readonly Tok[];
}

export function isParty(speaker: ClaimSource | null, belligerents: ReadonlySet<string>): boolean {
  if (!speaker) return false;
  return (
    speaker.role === 'party' || (speaker.role === 'state' && speaker.state !== null && belligerents.has(speaker.state))
  );
}

/** The category of contested content found, or null. */
export function contestedCategory(content: readonly Tok[], lex: ClaimLexicon): string | null {
  for (let i = 0; i < content.length; i++) {
    for (const c of lex.contested) if (matchPattern(c.pattern, content, i) > 0) return c.category;
  }
  return null;
}

export function baseStatus(
  input: StatusInput,
  lex: ClaimLexicon,
  belligerents: ReadonlySet<string>,
): { status: ClaimStatus; rule: string } {
  const { cls } = input;
  if (cls === 'deny') return { status: 'denied', rule: 'deny-cue' };
  if (cls === 'insist') {
    const negated = input.content.some((t) => lex.negation.has(t.lower));
    return negated ? { status: 'denied', rule: 'insist-negated' } : { status: 'claimed', rule: 'insist-cue' };
  }
  if (cls === 'claim') return { status: 'claimed', rule: 'claim-cue' };
  if (findPattern(lex.distance, input.whole)) return { status: 'claimed', rule: 'distance-marker' };
  if (cls === 'admit') return { status: 'asserted', rule: 'admission' };
  if (cls === 'appeal') return { status: 'asserted', rule: 'appeal' };
  if (cls === 'assert') return { status: 'claimed', rule: 'assert-cue' };
  if (input.rule === 'passive' && !input.speaker) return { status: 'claimed', rule: 'unattributed-passive' };
  if (isParty(input.speaker, belligerents)) {
    const category = contestedCategory(input.content, lex);
    if (category) return { status: 'claimed', rule: `party-${category}` };
    return { status: 'asserted', rule: 'party-uncontested' };
  }
  return { status: 'asserted', rule: input.speaker ? 'neutral-source' : 'no-source' };
}
