/**
 * Noun-phrase chunking over tagged tokens, in both directions, for sources and addressees. Bounded by
 * MAX_SOURCE_TOKENS, so every call is constant-time in the sentence length.
 */
import type { ClaimLexicon } from './lexicon.js';
import type { Tok } from './tokens.js';

/** Longest source phrase accepted ("the UN's deputy regional humanitarian coordinator for the Syria crisis" = 11). */
export const MAX_SOURCE_TOKENS = 16;
/** Longest parenthetical kept inside a name ("(SOHR)", "(Sheikh Najjar)"). */
const MAX_PAREN_TOKENS = 6;

/** Prepositions that may join two parts of one noun phrase ("commander in the X brigade", "sources among the rebels"). */
const NP_PREPS = new Set(['of', 'for', 'at', 'in', 'from', 'among', 'with', 'to']);
/** Prepositions after a participle that make a post-modifier ("rebels led by", "sources close to"). */
const POSTMOD_PREPS = new Set(['by', 'to', 'with', 'from', 'in']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const HYPHENS = new Set(['-', '‐', '‑']);
const CONJ = new Set(['and', '&']);
/** Personal pronouns that make a whole source phrase by themselves. */
const PRONOUN_POS = new Set(['PRON']);
const POSS_PRONOUNS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

// ASCII first characters are answered by their code (most tokens); others by the Unicode property regex.
const isLetterStart = (t: Tok): boolean => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : /^\p{L}/u.test(t.text);
};
const isCapitalised = (t: Tok): boolean => {
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
};

/** A token that can be part of a name, also in texts the English tagger does not understand. */
/** Parts of speech a capitalised word cannot have and still be a name ("However", "According", "The"). */
const NOT_NAME_POS = new Set(['PRON', 'DET', 'ADV', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'VERB', 'PART', 'PUNCT']);

/** A token that can be part of a name, also in texts the English tagger does not understand. */
export const isNameTok = (t: Tok | undefined): boolean =>
  t !== undefined && (t.pos === 'PROPN' || (isLetterStart(t) && isCapitalised(t) && !NOT_NAME_POS.has(t.pos)));

export const isHeadTok = (t: Tok | undefined): boolean =>
  t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || isNameTok(t));

const isParticipleModifier = (t: Tok): boolean => t.pos === 'VERB' && /(?:ed|ing|en)$/i.test(t.text);

export interface NpSpan {
  /** Token indices [from, to). */
  readonly from: number;
  readonly to: number;
}

/** Tokens that glue without spaces ("al-Sham", "UK-based"): a hyphen touching a word on both sides. */
function isGlueHyphen(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    t !== undefined &&
    HYPHENS.has(t.text) &&
    prev !== undefined &&
    next !== undefined &&
    prev.end === t.start &&
    t.end === next.start
  );
}

/** Whether toks[i] is glued by a hyphen to a neighbour ("state-run", "UK-based", "al-Sham"). */
const inCompound = (toks: readonly Tok[], i: number): boolean => isGlueHyphen(toks, i - 1) || isGlueHyphen(toks, i + 1);

/**
 * "Shane Shook,", "Oliver K. Hedge said": a capitalised word the tagger read as a verb, right after a name word and
 * before punctuation or a verb, is the last word of the name. Cue verbs are never taken ("Obama Says" in a title).
 */
function isSurnameVerb(toks: readonly Tok[], i: number, lex: ClaimLexicon): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    t.pos === 'VERB' &&
    isCapitalised(t) &&
    prev !== undefined &&
    prev.quote < 0 &&
    prev.end < t.start &&
    (prev.pos === 'PROPN' || lex.honorifics.has(prev.lower.replace(/\.$/, ''))) &&
    !lex.verbs.has(t.lemma) &&
    (next === undefined || next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX')
  );
}

/** Whether toks[i] can sit inside a noun phrase as a word (not a joiner). */
function isNpWord(toks: readonly Tok[], i: number, lex: ClaimLexicon): boolean {
  const t = toks[i];
  if (!t || t.quote >= 0) return false;
  if (inCompound(toks, i) && /^[\p{L}\p{N}]/u.test(t.text)) return true;
  if (lex.timeWords.has(t.lower)) return false;
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM' || t.pos === 'ADJ') return true;
  if (isNameTok(t)) return true;
  if (isSurnameVerb(toks, i, lex)) return true;
  if (isParticipleModifier(t)) {
    const next = toks[i + 1];
    return (
      next !== undefined &&
      (next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN' || isGlueHyphen(toks, i + 1))
    );
  }
  return false;
}

/** Walks a noun phrase leftwards from toks[end - 1]; null when there is none. `floor` is the lowest index allowed. */
export function npLeft(toks: readonly Tok[], end: number, floor: number, lex: ClaimLexicon): NpSpan | null {
  const last = toks[end - 1];
  if (!last || end - 1 < floor || last.quote >= 0) return null;
  if (PRONOUN_POS.has(last.pos) && !POSS_PRONOUNS.has(last.lower)) return { from: end - 1, to: end };
  // "Cook said", "Shook said": a capitalised word the tagger read as a verb, alone before the cue, is a name.
  const before = toks[end - 2];
  if (
    isCapitalised(last) &&
    isLetterStart(last) &&
    (last.pos === 'VERB' || last.pos === 'ADJ') &&
    (!before || before.pos === 'PUNCT')
  )
    return { from: end - 1, to: end };
  // "Mr. Hedge said": a capitalised word the tagger read as a verb after an honorific is a surname.
  if (
    isCapitalised(last) &&
    (last.pos === 'VERB' || last.pos === 'ADJ') &&
    before &&
    end - 2 >= floor &&
    lex.honorifics.has(before.lower.replace(/\.$/, ''))
  )
    return { from: end - 2, to: end };
  let i = end - 1;
  let from = end;
  while (i >= floor && end - i <= MAX_SOURCE_TOKENS) {
    const t = toks[i]!;
    if (isNpWord(toks, i, lex)) {
      from = i;
      i--;
      continue;
    }
    if (isGlueHyphen(toks, i) || (POSSESSIVE.has(t.text) && t.quote < 0 && from === i + 1 && i > floor)) {
      from = i;
      i--;
      continue;
    }
    if (t.text === ')' && from === i + 1) {
      let j = i - 1;
      while (j >= floor && i - j <= MAX_PAREN_TOKENS && toks[j]!.text !== '(') j--;
      if (j >= floor && toks[j]!.text === '(' && j > floor && isHeadTok(toks[j - 1])) {
        from = j;
        i = j - 1;
        continue;
      }
      break;
    }
    if (t.pos === 'DET' || POSS_PRONOUNS.has(t.lower)) {
      from = i;
      // "HTS and its allies": a coordinated phrase before the determiner.
      const conj = toks[i - 1];
      if (conj && i - 1 > floor && CONJ.has(conj.lower) && (isHeadTok(toks[i - 2]) || toks[i - 2]?.text === ')')) {
        from = i - 1;
        i -= 2;
        continue;
      }
      // "sources among the insurgents": a determiner after a preposition that follows a noun keeps going.
      const prep = toks[i - 1];
      if (prep && i - 1 > floor && NP_PREPS.has(prep.lower) && isHeadTok(toks[i - 2])) {
        from = i - 1;
        i -= 2;
        continue;
      }
      break;
    }
    if (from === i + 1 && i > floor) {
      const prev = toks[i - 1]!;
      // "X and Y", "X of Y", "rebels led by Y", "sources close to Y".
      // "current and former officials": two adjectives; "he and Mr. Allen": a personal pronoun and a name.
      const joinsConj =
        CONJ.has(t.lower) &&
        (isHeadTok(prev) ||
          prev.text === ')' ||
          (prev.pos === 'ADJ' && toks[i + 1]?.pos === 'ADJ') ||
          (prev.pos === 'PRON' && !POSS_PRONOUNS.has(prev.lower) && isNameTok(toks[i + 1])));
      const joinsPrep = NP_PREPS.has(t.lower) && (isHeadTok(prev) || prev.text === ')');
      const joinsPostmod =
        POSTMOD_PREPS.has(t.lower) &&
        (isParticipleModifier(prev) || prev.pos === 'ADJ') &&
        i - 1 > floor &&
        isHeadTok(toks[i - 2]);
      if (joinsConj && prev.pos === 'PRON') {
        from = i - 1;
        break;
      }
      if (joinsConj || joinsPrep) {
        from = i;
        i--;
        continue;
      }
      if (joinsPostmod) {
        from = i - 1;
        i -= 2;
        continue;
      }
    }
    break;
  }
  return trimNp(toks, from, end);
}

/** Walks a noun phrase rightwards from toks[start]; null when there is none. `ceiling` is the end index allowed. */
export function npRight(toks: readonly Tok[], start: number, ceiling: number, lex: ClaimLexicon): NpSpan | null {
  const first = toks[start];
  if (!first || start >= ceiling || first.quote >= 0) return null;
  if (PRONOUN_POS.has(first.pos) && !POSS_PRONOUNS.has(first.lower)) return { from: start, to: start + 1 };
  let i = start;
  if (first.pos === 'DET' || POSS_PRONOUNS.has(first.lower)) i++;
  let to = start;
  while (i < ceiling && i - start < MAX_SOURCE_TOKENS) {
    const t = toks[i]!;
    if (isNpWord(toks, i, lex) || isGlueHyphen(toks, i)) {
      i++;
      to = i;
      continue;
    }
    if (POSSESSIVE.has(t.text) && t.quote < 0 && to === i) {
      i++;
      continue;
    }
    if (t.text === '(' && to === i) {
      let j = i + 1;
      while (j < ceiling && j - i <= MAX_PAREN_TOKENS && toks[j]!.text !== ')') j++;
      if (j < ceiling && toks[j]!.text === ')') {
        i = j + 1;
        to = i;
        continue;
      }
      break;
    }
    const next = toks[i + 1];
    const startsNp = (k: number) => {
      const n = toks[k];
      return n !== undefined && (n.pos === 'DET' || POSS_PRONOUNS.has(n.lower) || isNpWord(toks, k, lex));
    };
    if (
      to === i &&
      (CONJ.has(t.lower) || NP_PREPS.has(t.lower)) &&
      startsNp(i + 1) &&
      !lex.timeWords.has(next!.lower)
    ) {
      i++;
      if (toks[i] && (toks[i]!.pos === 'DET' || POSS_PRONOUNS.has(toks[i]!.lower))) i++;
      continue;
    }
    if (to === i && (isParticipleModifier(t) || t.pos === 'ADJ') && next && POSTMOD_PREPS.has(next.lower)) {
      if (startsNp(i + 2)) {
        i += 2;
        continue;
      }
    }
    break;
  }
  if (to <= start) return null;
  return trimNp(toks, start, to);
}

/** Drops joiners left dangling at either edge; null when no head word remains. */
function trimNp(toks: readonly Tok[], from: number, to: number): NpSpan | null {
  let a = from;
  let b = to;
  const joiner = (t: Tok) =>
    CONJ.has(t.lower) || NP_PREPS.has(t.lower) || POSTMOD_PREPS.has(t.lower) || HYPHENS.has(t.text);
  while (a < b && joiner(toks[a]!)) a++;
  while (b > a && (joiner(toks[b - 1]!) || POSSESSIVE.has(toks[b - 1]!.text) || toks[b - 1]!.pos === 'DET')) b--;
  if (a >= b) return null;
  let head = false;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (isHeadTok(t) || (PRONOUN_POS.has(t.pos) && !POSS_PRONOUNS.has(t.lower))) head = true;
  }
  return head ? { from: a, to: b } : null;
}

/** True when the phrase holds a capitalised word that is not its first token or is not a common word. */
export function hasName(toks: readonly Tok[], np: NpSpan): boolean {
  for (let k = np.from; k < np.to; k++) {
    const t = toks[k]!;
    if (t.pos === 'PROPN' && t.lower !== 'the') return true;
    if (k > np.from && isNameTok(t)) return true;
  }
  return false;
}
