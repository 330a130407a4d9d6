import type { ActiveLexicon } from './active.js';
import type { Token } from './tokens.js';
import type { Tense } from './types.js';

/**
 * How far (in tokens) the tense of a date's clause is looked for on each side. Calibrated on the dev corpus: verb
 * groups governing a date sit within a dozen tokens; 40 keeps long quotes covered and bounds the work on
 * pathological input (no sentence punctuation at all).
 */
export const MAX_TENSE_WINDOW_TOKENS = 40;

/** Shortest word taken as a regular past tense by its -ed ending ("fled" is in the lexicon; "bed" is not a verb). */
const MIN_ED_WORD_LENGTH = 5;

// Word lists (data/lexicon/dates/grammar.tsv): past-aux ("was due to" is a plan seen from the past), adverb-gap
// (adverbs inside a verb group: "has already fled"), determiner (before which an -ed word is an adjective).

/** True when token k follows a determiner, possibly across an adverb ("a still unspecified date"). */
function afterDeterminer(tokens: readonly Token[], k: number, lex: ActiveLexicon): boolean {
  for (let j = k - 1; j >= k - 2; j--) {
    const p = tokens[j];
    if (p?.kind !== 'word') return false;
    if (lex.has('determiner', p.norm)) return true;
    if (!lex.has('adverb-gap', p.norm) && !p.norm.endsWith('ly')) return false;
  }
  return false;
}

const endsInTo = (forms: readonly string[]): boolean => forms.length > 1 && forms[forms.length - 1] === 'to';

/** True when token k can be a bare infinitive: a lower-case word that is not a determiner ("to a truce"). */
function infinitiveAt(tokens: readonly Token[], k: number, lex: ActiveLexicon): boolean {
  const t = tokens[k];
  return t?.kind === 'word' && t.text === t.text.toLowerCase() && !lex.has('determiner', t.norm);
}

/** The tense a token sets, or null. `k` indexes `tokens`. */
function cueOf(tokens: readonly Token[], k: number, lex: ActiveLexicon, english: boolean): Tense | 'skip' | null {
  const t = tokens[k];
  if (t?.kind !== 'word') return null;
  const m = lex.match(tokens, k, 'tense');
  // "agreed to admit", "plans to open": the plan points forward only through an infinitive; "agreed to a truce",
  // "agreed to 40 exchanges" name what was agreed, and the verb keeps its own tense
  if (m && lex.ownGrammar(m.entry) && !(endsInTo(m.entry.tokens) && !infinitiveAt(tokens, m.end, lex))) {
    const v = m.entry.value;
    // "was due to", "had been scheduled to": a plan seen from the past; "were planning to" is still ahead; and
    // "(said it) had agreed to admit": a past perfect commitment is a backshifted report, its infinitive still ahead
    const progressive = m.entry.tokens[0]?.endsWith('ing') ?? false;
    const prev = tokens[k - 1]?.norm;
    const backshifted = prev === 'had' && (m.entry.tokens[0]?.endsWith('ed') ?? false);
    if (v === 'future' && m.entry.tokens.length > 1 && !progressive && !backshifted && lex.has('past-aux', prev))
      return 'past';
    // "will be paid", "has been held": an irregular participle after be/have is not the finite verb either
    if (v === 'past' && m.entry.tokens.length === 1 && !lex.has('participle-aux', t.norm) && afterAux(tokens, k, lex))
      return 'skip';
    return v === 'perfect' ? 'past' : v === 'future' || v === 'past' || v === 'present' ? v : null;
  }
  if (!english) return endingTense(t, lex);
  if (t.norm.length < MIN_ED_WORD_LENGTH || !t.norm.endsWith('ed')) return null;
  if (lex.has('not-past', t.norm)) return null;
  const prev = tokens[k - 1];
  if (prev && !t.spaced && prev.text === '-') return null; // "Iran-backed"
  if (afterDeterminer(tokens, k, lex)) return null; // "a still unspecified date", "the injured men"
  // a participle after be/have ("will be held", "had been killed") is not the finite verb: skip it
  return afterAux(tokens, k, lex) ? 'skip' : 'past';
}

/**
 * Fewest letters before a verb ending (tense-ending in grammar.tsv) for the word to count as that tense: "negó",
 * "murieron" pass, "yo" or "dió" do not need to. Written for sitrep's tests; short words are listed as cues.
 */
const MIN_STEM_LETTERS = 2;

/**
 * The tense a regular verb ending gives in the document's language (Spanish pretérito "murieron", "atacó"; Italian
 * passato remoto "colpì", future "arriverà"; French future and conditional "arriveraient"): a lower-case word
 * (German and capitalised names are left out) not listed as not-past, matched on its accented surface.
 */
function endingTense(t: Token, lex: ActiveLexicon): Tense | null {
  const prefixed = prefixTense(t, lex);
  if (prefixed) return prefixed;
  if (!lex.tenseEndings.length || t.text !== t.text.toLowerCase() || lex.has('not-past', t.norm)) return null;
  const word = t.text.normalize('NFC');
  for (const { ending, tense } of lex.tenseEndings) {
    if (word.length - ending.length >= MIN_STEM_LETTERS && word.endsWith(ending))
      return tense === 'future' || tense === 'past' || tense === 'present' ? tense : null;
  }
  return null;
}

/**
 * Fewest letters after a tense prefix (tense-prefix in cues.tsv, written with the imperfect marker: "ست", "سي")
 * for the word to be a verb: "ستصل" (will arrive) passes, "ستة" (six) and "سنة" (year) do not. Written for
 * sitrep's tests.
 */
const MIN_PREFIXED_STEM_LETTERS = 2;

/** The tense a prefix gives ("ستصل" will arrive), unless the word starts like a listed noun ("سيطرة" control). */
function prefixTense(t: Token, lex: ActiveLexicon): Tense | null {
  if (!lex.tensePrefixes.length) return null;
  const word = t.norm;
  for (const { prefix, tense } of lex.tensePrefixes) {
    if (word.length - prefix.length < MIN_PREFIXED_STEM_LETTERS || !word.startsWith(prefix)) continue;
    if (lex.tensePrefixStops.some((stop) => word.startsWith(stop))) return null;
    return tense === 'future' || tense === 'past' || tense === 'present' ? tense : null;
  }
  return null;
}

/** True when token k follows a form of be/have, possibly across adverbs: k is then a participle. */
function afterAux(tokens: readonly Token[], k: number, lex: ActiveLexicon): boolean {
  for (let j = k - 1, seen = 0; j >= 0 && seen < 3; j--, seen++) {
    const p = tokens[j];
    if (p?.kind !== 'word') return false;
    if (lex.has('participle-aux', p.norm)) return true;
    if (!lex.has('adverb-gap', p.norm)) return false;
  }
  return false;
}

/**
 * Tense of the verb group nearest to a date within its sentence: the closest tense cue on either side (ties go to
 * the left), within MAX_TENSE_WINDOW_TOKENS. "has/have" (perfect) counts as past: the event is complete.
 */
/** Per-token memo of cueAt for one text (undefined = not computed yet): windows of neighbouring dates overlap. */
export type CueCache = (Tense | 'skip' | null | undefined)[];

export function tenseNear(
  tokens: readonly Token[],
  lex: ActiveLexicon,
  start: number,
  end: number,
  sentenceStart: number,
  sentenceEnd: number,
  english: boolean,
  cache: CueCache = [],
): Tense | null {
  const cueAt = (t: readonly Token[], k: number, l: ActiveLexicon, en: boolean): Tense | 'skip' | null => {
    let c = cache[k];
    if (c === undefined) {
      c = cueOf(t, k, l, en);
      cache[k] = c;
    }
    return c;
  };
  let left: Tense | null = null;
  let leftDist = Number.POSITIVE_INFINITY;
  for (let k = start - 1; k >= Math.max(sentenceStart, start - MAX_TENSE_WINDOW_TOKENS); k--) {
    const cue = cueAt(tokens, k, lex, english);
    if (cue && cue !== 'skip') {
      left = cue;
      leftDist = start - k;
      break;
    }
  }
  for (let k = end; k < Math.min(sentenceEnd, end + MAX_TENSE_WINDOW_TOKENS); k++) {
    if (k - end + 1 >= leftDist) break;
    // with a verb on the left, a comma closes the clause: ", the ministry said" is an attribution tail
    if (left && tokens[k]?.text === ',') break;
    const cue = cueAt(tokens, k, lex, english);
    // "On Friday, the council planned to vote": a past commitment after the date dates the plan, not its aim
    if (cue === 'future' && tokens[k]?.norm.endsWith('ed') && tokens[k + 1]?.norm === 'to') return 'past';
    if (cue && cue !== 'skip') return cue;
  }
  return left;
}
