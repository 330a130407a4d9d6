/** Finding cues (reporting verbs, "according to", noun cues) in a tagged sentence. */
import type { ClaimLexicon, CueClass, CuePhrase, CueVerb } from './lexicon.js';
import { matchPattern } from './lexicon.js';
import type { Sent, Tok } from './tokens.js';

export type CueKind = 'verb' | 'participle' | 'passive' | 'prep' | 'post' | 'noun';

export interface CueHit {
  /** Token range of the whole cue [from, to): auxiliaries, adverbs, the verb, particles, medium/platform. */
  readonly from: number;
  readonly to: number;
  /** Token index of the verb / first word of the phrase. */
  readonly core: number;
  readonly kind: CueKind;
  readonly cls: CueClass;
  readonly verb: CueVerb | null;
  /** The cue ends in a preposition or particle whose object may be the content ("asked about", "spoke of"). */
  readonly prep?: boolean;
  /**
   * Token range of the medium or platform after the verb ("in a statement", "on Telegram"), inside [from, to): the
   * content is looked for after it, but it is not part of the cue proper (the verb group).
   */
  readonly channel?: { readonly from: number; readonly to: number };
}

export interface CueOptions {
  /** Also treat belief and feeling verbs ("believes", "fears") as cues (PolNeAR counts them; reports do not). */
  readonly includeCognition: boolean;
}

/** Most auxiliaries/adverbs taken into a cue before its verb ("has also repeatedly said"). */
const MAX_CUE_LEAD = 3;
/** Most words between a verb and its medium or platform ("said in a televised statement"). */
const MAX_EXTENSION_TOKENS = 5;

const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);
const NEGATORS = new Set(['not', "n't", 'n’t', 'never']);
/** Particles that make another verb of a cue verb ("called in reinforcements", "called off the attack"). */
const PHRASAL = new Set(['in', 'off', 'up', 'out', 'back', 'down']);
const POSS = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

const outside = (t: Tok | undefined): t is Tok => t !== undefined && t.quote < 0;

/** Words between an auxiliary and its verb that join the cue though the tagger may not read them as adverbs. */
const LEAD_ADVERBS = new Set(['since', 'previously', 'repeatedly', 'later', 'earlier', 'also']);

/**
 * Start of the auxiliaries/adverbs right before the verb at i (they join the cue): "has since said", "earlier
 * Thursday said" (a bare time word between subject and verb; PolNeAR's cues take these words in too).
 */
function leadStart(toks: readonly Tok[], i: number, lex: ClaimLexicon): number {
  let j = i;
  while (j > 0 && i - j < MAX_CUE_LEAD) {
    const p = toks[j - 1]!;
    if (!outside(p)) break;
    // An "adverb" right after a determiner is a noun the tagger misread ("a third said").
    const adverb = p.pos === 'ADV' && /^\p{Ll}/u.test(p.text) && toks[j - 2]?.pos !== 'DET';
    const time =
      lex.timeWords.has(p.lower) && (toks[j - 2]?.pos === 'ADV' || LEAD_ADVERBS.has(toks[j - 2]?.lower ?? ''));
    if (p.pos === 'AUX' || adverb || NEGATORS.has(p.lower) || LEAD_ADVERBS.has(p.lower) || time) j--;
    else break;
  }
  return j;
}

/** End of the medium/platform extension after index `after` ("in a statement", "on Telegram"), or `after`. */
function extensionEnd(toks: readonly Tok[], after: number, lex: ClaimLexicon): number {
  const t = toks[after];
  if (!outside(t)) return after;
  if (t.lower === 'in') {
    for (let k = after + 1; k < toks.length && k - after <= MAX_EXTENSION_TOKENS; k++) {
      const w = toks[k]!;
      if (lex.media.has(w.lower) || lex.media.has(w.lemma)) return k + 1;
      if (!(w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'VERB')) break;
    }
  }
  if (t.lower === 'on') {
    for (const platform of lex.platforms) {
      let k = after + 1;
      let ok = true;
      for (const word of platform) {
        if (toks[k]?.lower !== word) {
          ok = false;
          break;
        }
        k++;
      }
      if (ok) return k;
    }
  }
  return after;
}

function isSoCalled(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  if (t.lower.startsWith('so-') || t.lower.startsWith('so‑')) return true;
  const dash = toks[i - 1];
  const so = toks[i - 2];
  return dash !== undefined && so !== undefined && /^[-‐‑]$/.test(dash.text) && so.lower === 'so';
}

/** "self-described", "so-called", "long-awaited": a verb glued by a hyphen is part of a compound word. */
function inHyphenCompound(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    (prev !== undefined && /^[-‐‑]$/.test(prev.text) && prev.end === t.start) ||
    (next !== undefined && /^[-‐‑]$/.test(next.text) && t.end === next.start)
  );
}

/**
 * "Six in 10 say he is …", "FEC records show he …", "…, reports show.": a cue verb in its base form read as a noun
 * after a number or a plural noun (its subject), before a clause or the end of the clause. Not "have a say", "the
 * final say" (a determiner or adjective before it).
 */
function isNounTaggedVerb(toks: readonly Tok[], i: number, lex: ClaimLexicon): boolean {
  const t = toks[i]!;
  if (t.pos !== 'NOUN' || t.lower !== t.lemma || !lex.verbs.has(t.lemma) || t.quote >= 0) return false;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const subject =
    prev !== undefined &&
    prev.quote < 0 &&
    (prev.pos === 'NUM' ||
      (prev.pos === 'NOUN' && prev.lemma !== prev.lower) ||
      /^(?:some|others|many|most)$/.test(prev.lower));
  const clause =
    next !== undefined &&
    (next.pos === 'PRON' ||
      next.pos === 'DET' ||
      next.pos === 'PROPN' ||
      next.lower === 'that' ||
      /^[.,;]$/.test(next.text));
  return subject && clause;
}

/** Prepositions after a noun cue whose object is the content ("denial of", "criticism of", "praise for"). */
const NOUN_PREPS = new Set(['of', 'for', 'about', 'against']);
/** Longest "by X" phrase between a noun cue and its "that" ("claims by the interior ministry that"). */
const MAX_BY_TOKENS = 8;
/** Possessive pronouns that own a noun cue ("its denial of"), resolved like "it", "he", "she", "they". */
const POSS_OWNERS = new Set(['its', 'his', 'her', 'their']);

/**
 * End of a noun cue starting at i whose words end at `end`, or -1: before "that" ("claims that"), before "by X
 * that" ("claims by the army that"), or — for nouns that take their content as an object — before a preposition
 * when an owner is written ("the ministry's denial of …", "its denial of …"); the preposition joins the cue.
 */
function nounCueEnd(toks: readonly Tok[], i: number, end: number, takesObject: boolean): number {
  const next = toks[end];
  if (!outside(next)) return -1;
  if (next.lower === 'that') return end;
  if (next.lower === 'by') {
    for (let k = end + 1; k < toks.length && k - end <= MAX_BY_TOKENS; k++) {
      const w = toks[k]!;
      if (w.lower === 'that' && w.quote < 0) return end;
      if (w.quote >= 0 || w.pos === 'VERB' || w.pos === 'AUX' || /^[,.;:]$/.test(w.text)) break;
    }
    return -1;
  }
  if (!takesObject || !NOUN_PREPS.has(next.lower)) return -1;
  const owner = toks[i - 1];
  const possessive =
    owner !== undefined && owner.quote < 0 && (/^['’]s?$/.test(owner.text) || POSS_OWNERS.has(owner.lower));
  const obj = toks[end + 1];
  if (!possessive || !obj || /^[,.;:]$/.test(obj.text)) return -1;
  return end + 1;
}

/** Words after which an "-ing" cue opens a participle clause ("before insisting", "while saying", "by arguing"). */
const PARTICIPLE_LINKS = new Set(['before', 'after', 'while', 'by', 'when', 'without', 'in']);

/** "…,” adding that": the cue right after a quotation that closes with a comma inside it. */
function afterQuote(toks: readonly Tok[], i: number): boolean {
  const prev = toks[i - 1];
  const comma = toks[i - 2];
  return prev !== undefined && prev.quote >= 0 && /^["”’']$/.test(prev.text) && comma?.text === ',';
}

function phraseAt(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.lower !== words[k] || toks[i + k]!.quote >= 0) return false;
  return true;
}

/** Time words that follow a cue bare, with no preposition ("said Friday", "told reporters yesterday"). */
const BARE_TIME_ADVERBS = new Set(['today', 'yesterday', 'tonight', 'recently']);

/**
 * "said Friday that …": a bare day name (or "yesterday", "recently") right after the verb joins the cue, as in
 * PolNeAR's cue spans; not a day that starts a noun phrase ("said Friday's attack", "said Friday 3 May").
 */
function isBareTime(toks: readonly Tok[], k: number, lex: ClaimLexicon): boolean {
  const t = toks[k];
  if (!outside(t) || !lex.timeWords.has(t.lower)) return false;
  if (!BARE_TIME_ADVERBS.has(t.lower) && !(t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) return false;
  const next = toks[k + 1];
  return !next || !(/^['’]s?$/.test(next.text) || next.pos === 'NUM' || lex.timeWords.has(next.lower));
}

function verbCue(s: Sent, i: number, lex: ClaimLexicon, opts: CueOptions): CueHit | null {
  const toks = s.toks;
  const t = toks[i]!;
  if (t.pos !== 'VERB' && !(t.pos === 'AUX' && t.lemma === 'say') && !isNounTaggedVerb(toks, i, lex)) return null;
  const verb = lex.verbs.get(t.lemma);
  if (!verb) return null;
  if (verb.cls === 'cognition' && !opts.includeCognition) return null;
  // "sought to insist": a lead verb before "to" and a reporting verb is part of that cue, not a cue of its own.
  if (verb.cls === 'cognition' && lex.leads.has(t.lemma) && s.toks[i + 1]?.lower === 'to') {
    const after = lex.verbs.get(s.toks[i + 2]?.lemma ?? '');
    if (after && after.cls !== 'cognition') return null;
  }
  // "civilians who want to leave": a wish in a relative clause describes the noun; it reports nothing.
  const before = s.toks[i - 1]?.lower;
  if (verb.cls === 'cognition' && s.toks[i + 1]?.lower === 'to' && (before === 'who' || before === 'that')) return null;
  if (isSoCalled(toks, i) || inHyphenCompound(toks, i)) return null;
  let cls: CueClass = verb.cls;
  let to = i + 1;
  let prep = false;
  if (verb.particles.length) {
    const next = toks[i + 1];
    if (outside(next) && verb.particles.includes(next.lower)) {
      to = i + 2;
      prep = !verb.object;
    } else if (!verb.object || (next && PHRASAL.has(next.lower))) return null;
  }
  if (verb.preps.length && to === i + 1) {
    const next = toks[i + 1];
    const obj = toks[i + 2];
    // "said about 3,000 families fled": "about" before a number is an approximation, not a preposition.
    const approx = obj !== undefined && (obj.pos === 'NUM' || /^\d/.test(obj.text));
    if (outside(next) && verb.preps.includes(next.lower) && !approx) {
      to = i + 2;
      prep = true;
    }
  }
  // "a group called Hayat …": a participle naming the noun before it.
  if (verb.particles.length && toks[i - 1]?.pos === 'NOUN' && toks[i + 1]?.pos === 'PROPN') return null;
  for (const pattern of lex.admission) {
    const n = matchPattern(pattern, toks, i);
    if (n > 0) {
      cls = 'admit';
      to = Math.max(to, i + n);
    }
  }
  const prev = toks[i - 1];
  const next = toks[i + 1];
  // "…, as confirmed by two military sources": works like "according to".
  if (prev?.lower === 'as' && next?.lower === 'by' && prev.quote < 0) {
    return { from: i - 1, to: i + 2, core: i, kind: 'prep', cls, verb };
  }
  // "the reported deaths": a participle between a determiner and a noun is an adjective.
  const modifierBefore =
    prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || /^['’]s?$/.test(prev.text) || POSS.has(prev.lower));
  if (modifierBefore && next && (next.pos === 'NOUN' || next.pos === 'PROPN') && /ed$/.test(t.lower)) return null;
  let from = leadStart(toks, i, lex);
  let kind: CueKind = 'verb';
  if (prev?.lower === 'to') {
    const lead = toks[i - 2];
    if (lead?.pos !== 'VERB' || !lex.leads.has(lead.lemma)) return null;
    from = leadStart(toks, i - 2, lex);
  } else if (
    /ing$/.test(t.lower) &&
    (i === 0 ||
      prev?.text === ',' ||
      afterQuote(toks, i) ||
      PARTICIPLE_LINKS.has(prev?.lower ?? '') ||
      prev?.pos === 'NOUN' ||
      prev?.pos === 'PROPN')
  ) {
    // "voters saying that …", "members suggesting “…”": a speech participle after its subject noun.
    const subjectNoun =
      (prev?.pos === 'NOUN' || prev?.pos === 'PROPN') &&
      (next?.lower === 'that' || (next !== undefined && next.quote >= 0 && /^["“‘']/.test(next.text)));
    if (
      prev?.text !== ',' &&
      i !== 0 &&
      !afterQuote(toks, i) &&
      !PARTICIPLE_LINKS.has(prev?.lower ?? '') &&
      !subjectNoun &&
      cls !== 'appeal' &&
      cls !== 'evaluate'
    )
      return null;
    kind = 'participle';
  } else {
    for (let k = i - 1; k >= from; k--) {
      if (BE.has(toks[k]!.lower) && /(?:ed|en|id|ld|wn)$/.test(t.lower)) {
        // "was told": the subject is the addressee, the speaker unnamed; "was asked" puts a question to it.
        if (verb.addressee && verb.lemma !== 'ask') return null;
        kind = 'passive';
      }
    }
  }
  let end = extensionEnd(toks, to, lex);
  const channel = end > to ? { from: to, to: end } : undefined;
  if (end === to && isBareTime(toks, end, lex)) end++;
  // "He added: “…”": the colon belongs to the cue.
  if (toks[end]?.text === ':' && toks[end]!.quote < 0) end++;
  return { from, to: end, core: i, kind, cls, verb, prep, ...(channel ? { channel } : {}) };
}

const NO_PHRASES: readonly CuePhrase[] = [];
const phraseIndex = new WeakMap<ClaimLexicon, ReadonlyMap<string, readonly CuePhrase[]>>();

/** The lexicon's cue phrases by first token, each list in lexicon order (built once per lexicon). */
function phrasesByFirst(lex: ClaimLexicon): ReadonlyMap<string, readonly CuePhrase[]> {
  let index = phraseIndex.get(lex);
  if (!index) {
    const map = new Map<string, CuePhrase[]>();
    for (const p of lex.phrases) {
      const first = p.tokens[0];
      if (first === undefined) continue;
      let list = map.get(first);
      if (!list) {
        list = [];
        map.set(first, list);
      }
      list.push(p);
    }
    index = map;
    phraseIndex.set(lex, index);
  }
  return index;
}

/** Cues of a sentence, left to right, outside quotations. */
export function findCues(s: Sent, lex: ClaimLexicon, opts: CueOptions): CueHit[] {
  const toks = s.toks;
  const hits: CueHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.quote >= 0) continue;
    let hit: CueHit | null = null;
    for (const p of phrasesByFirst(lex).get(t.lower) ?? NO_PHRASES) {
      if (!phraseAt(toks, i, p.tokens)) continue;
      const end = i + p.tokens.length;
      if (p.frame === 'noun' || p.frame === 'noun-of') {
        if (t.pos === 'VERB') continue;
        const to = nounCueEnd(toks, i, end, p.frame === 'noun-of');
        if (to < 0) continue;
        hit = { from: i, to, core: i, kind: 'noun', cls: p.cls, verb: null, prep: to > end };
      } else {
        const kind: CueKind = p.frame === 'verb' ? 'verb' : p.frame;
        const to = p.frame === 'verb' ? extensionEnd(toks, end, lex) : end;
        hit = {
          from: i,
          to,
          core: i,
          kind,
          cls: p.cls,
          verb: null,
          ...(to > end ? { channel: { from: end, to } } : {}),
        };
      }
      break;
    }
    hit ??= verbCue(s, i, lex, opts);
    if (hit) {
      hits.push(hit);
      i = Math.max(i, hit.to - 1);
    }
  }
  return hits;
}
