import type { Span } from '../../model/index.js';
import type { ClaimMention } from '../claims/types.js';
import type { DateMention } from '../dates/types.js';
import type { PlaceMention } from '../places/types.js';
import type { CasualtyLexicon, LexiconEntry, PhraseTable } from './lexicon.js';
import { isNumberWord, parseNumber } from './numbers.js';
import { type Token, tokenize } from './tokens.js';
import type { CasualtyFigure, CasualtyOutcome, CasualtyQualifier } from './types.js';

/**
 * Words allowed between a number and its head ("65 Syrian troops", "40 government troops"). Three covers
 * "30 wounded government soldiers"; more starts to swallow a following clause. Set by hand, checked on the tests.
 */
export const MAX_MODIFIERS = 3;
/**
 * Tokens searched to the right of a figure (or of the last figure of a coordination) for its passive or intransitive
 * verb. 25 reaches over an apposition ("a senior commander in …, <name>, had been killed"); the search stops earlier
 * at a clause boundary (stop words), at another figure and at an active verb with its own object.
 */
export const MAX_RIGHT_GAP = 25;
/** Tokens between two figures that still coordinate them ("121 rebels, most of them members of X, and 40 …"). */
export const MAX_CHAIN_GAP = 10;
/** Tokens searched after a toll word for its number ("the death toll from Tuesday's shelling … remained at 17"). */
export const MAX_TOLL_GAP = 15;
/** Sentences back a cross-sentence part ("That count includes …") may look for its figure. */
export const MAX_SENTENCES_BACK = 2;
/** A continuation figure ("Another civilian …") takes the outcome of a figure this many sentences back at most:
 * the sentence just before, as in the written cases; further back the tally has usually moved on. */
const CONTINUATION_SENTENCES = 1;

export interface ExtractInput {
  readonly text: string;
  readonly lexicon: CasualtyLexicon;
  readonly sentences: readonly Span[];
  /** Spans to ignore (boilerplate). */
  readonly skip: readonly Span[];
  readonly dates: readonly DateMention[];
  readonly places: readonly PlaceMention[];
  /** The claims layer, or null when the stage did not run. */
  readonly claims: readonly ClaimMention[] | null;
  /** The document's publication date (metadata), or null. */
  readonly published: string | null;
}

/** A figure candidate within one sentence, in token indices. */
interface Candidate {
  /** First token (qualifier, determiner or the number). */
  first: number;
  numStart: number;
  /** Token after the head. */
  end: number;
  count: number;
  qualifier: CasualtyQualifier;
  category: string | null;
  /** Category from a real noun head (not an outcome noun or a bare number). */
  nounHead: boolean;
  own: { outcome: CasualtyOutcome; rule: string } | null;
  subsetMarker: boolean;
  singular: boolean;
  outcome: CasualtyOutcome | null;
  rule: string;
  parent: Candidate | null;
  chainHead: Candidate;
  clauseEnd: number;
  /** Set when a toll word opens the clause ("the death toll … remained at 17"). */
  clauseStartTok?: number;
  /** A bare number after a toll link ("at 17"): a figure only when a toll word governs it. */
  tollOnly: boolean;
  id: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;
const inside = (outer: Span, inner: Span) => outer.start <= inner.start && inner.end <= outer.end;
const distance = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);

/** A figure as extracted, with its id and the rule that gave its outcome (the stage adds provenance). */
export type ExtractedFigure = Omit<CasualtyFigure, 'source'> & { readonly rule: string };

/** Extracts every casualty figure of a document; ids are `cas-N` in text order, so a part comes after its whole. */
export function extractCasualties(input: ExtractInput): ExtractedFigure[] {
  const { text, lexicon } = input;
  const sentences = input.sentences.length ? input.sentences : [{ start: 0, end: text.length }];
  const out: ExtractedFigure[] = [];
  // the last figure emitted, for a part in a later sentence
  let lastEmitted: { sentence: number; cand: Candidate } | null = null;
  const byStart = <T extends Span>(xs: readonly T[]) => [...xs].sort((a, b) => a.start - b.start);
  const skip = byStart(input.skip);
  const dates = byStart(input.dates);
  const places = byStart(input.places);
  const claims = byStart(input.claims ?? []);
  let skipAt = 0;
  let nextId = 1;

  for (const [sIndex, sentence] of sentences.entries()) {
    while (skipAt < skip.length && skip[skipAt]!.end <= sentence.start) skipAt++;
    let skipped = false;
    for (let k = skipAt; k < skip.length && skip[k]!.start <= sentence.start; k++)
      if (inside(skip[k]!, sentence)) skipped = true;
    if (skipped) continue;
    const tokens = tokenize(text, sentence.start, sentence.end);
    const cands = findCandidates(tokens, lexicon);
    if (!cands.length) continue;
    const at = new Map<number, Candidate>();
    for (const c of cands) {
      if (!at.has(c.first)) at.set(c.first, c);
      if (!at.has(c.numStart)) at.set(c.numStart, c);
    }
    const isTrigger = (k: number) =>
      (['trans', 'ing', 'active', 'intrans', 'passive'] as const).some((r) => lexicon.outcomes.get(r)!.at(tokens, k));
    // an object follows a transitive verb: the verb is active ("fighters killed 12 civilians")
    const objectFollows = (from: number) => {
      let k = from;
      const det = lexicon.cues.get('determiner')!.at(tokens, k);
      if (det) k += det.form.length;
      const q = lexicon.qualifiers.at(tokens, k);
      if (q) k += q.form.length;
      const t = tokens[k];
      if (!t) return false;
      return (
        t.kind === 'num' ||
        isNumberWord(t.norm, lexicon) ||
        !!lexicon.cues.get('singular')!.at(tokens, k) ||
        !!lexicon.nouns.at(tokens, k) ||
        !!lexicon.families.at(tokens, k)
      );
    };

    // ── coordination chains and parts
    for (const [n, c] of cands.entries()) {
      const prev = cands[n - 1];
      if (!prev) continue;
      const gap = tokens.slice(prev.end, c.first);
      let linked = gap.length <= MAX_CHAIN_GAP;
      let subset = c.subsetMarker;
      for (let k = prev.end; linked && k < c.first; k++) {
        if (isTrigger(k) || lexicon.cues.get('stop')!.at(tokens, k) || lexicon.cues.get('speech')!.at(tokens, k))
          linked = false;
        if (lexicon.cues.get('subset')!.at(tokens, k)) subset = true;
      }
      const lastGap = gap[gap.length - 1]?.norm;
      const coordinated =
        gap.length === 0 ||
        !!lexicon.cues.get('coordination')!.endingAt(tokens, c.first) ||
        !!lexicon.cues.get('subset')!.endingAt(tokens, c.first) ||
        lastGap === ',';
      if (!linked || !coordinated) {
        // "… had been killed there, among them nine children"
        if (c.subsetMarker || lexicon.cues.get('subset')!.endingAt(tokens, c.first)) c.parent = root(prev);
        continue;
      }
      c.chainHead = prev.chainHead;
      // "at least 16 civilians and 20 rebels": the bound covers the coordinated figure
      if (!subset && gap.length === 1 && c.qualifier === 'exactly' && c.first === c.numStart)
        c.qualifier = prev.qualifier;
      if (subset) c.parent = root(prev);
      else if (prev.parent && gap.length === 1 && (lastGap === 'and' || lastGap === ',')) c.parent = prev.parent;
      if (!c.category && prev.nounHead && !c.own) c.category = prev.category;
    }
    // a part named at the start of a sentence: "That count includes at least 42 people"
    const first = cands[0]!;
    if (!first.parent && lexicon.cues.get('subset')!.endingAt(tokens, first.first)) {
      if (lastEmitted && sIndex - lastEmitted.sentence <= MAX_SENTENCES_BACK) first.parent = root(lastEmitted.cand);
    }

    // ── outcomes
    const chains = new Map<Candidate, Candidate[]>();
    for (const c of cands) {
      const list = chains.get(c.chainHead);
      if (list) list.push(c);
      else chains.set(c.chainHead, [c]);
    }
    for (const [head, members] of chains) {
      const left = leftActive(tokens, head.first, lexicon);
      const last = members[members.length - 1]!;
      const right = rightOutcome(tokens, last.end, at, head, lexicon, objectFollows);
      for (const c of members) {
        if (c.tollOnly) continue;
        if (c.own?.rule === 'noun') [c.outcome, c.rule] = [c.own.outcome, 'own-noun'];
        else if (left)
          [c.outcome, c.rule] = [left.value as CasualtyOutcome, c === head ? 'left-active' : 'left-active:coordinated'];
        else if (c.own) [c.outcome, c.rule] = [c.own.outcome, `own-${c.own.rule}`];
        else if (right) [c.outcome, c.rule] = [right.outcome, c === last ? 'right-verb' : 'right-verb:coordinated'];
        c.clauseEnd = Math.max(c.end, left ? head.end : 0, right?.end ?? 0, last.end);
        if (right) c.clauseEnd = Math.max(c.clauseEnd, right.end);
      }
    }
    // ── tolls: "the death toll rose to 17", "put the toll at 17"
    for (let k = 0; k < tokens.length; k++) {
      const toll = lexicon.outcomes.get('toll')!.at(tokens, k);
      if (!toll) continue;
      for (let j = k + toll.form.length; j < Math.min(tokens.length, k + MAX_TOLL_GAP); j++) {
        if (lexicon.cues.get('stop')!.at(tokens, j)) break;
        const c = at.get(j);
        if (c && lexicon.cues.get('toll-link')!.endingAt(tokens, c.first)) {
          if (!c.outcome) [c.outcome, c.rule, c.clauseEnd] = [toll.value as CasualtyOutcome, 'toll', c.end];
          c.clauseStartTok = k;
          break;
        }
      }
    }
    for (const c of cands) if (!c.outcome && c.parent?.outcome) [c.outcome, c.rule] = [c.parent.outcome, 'part-of'];
    // "Another civilian was by a rocket attack" (the verb dropped): a figure opened by a continuation word, with
    // no outcome of its own, adds to the figure the sentence before told and takes its outcome
    const opener = cands[0]!;
    if (
      !opener.outcome &&
      lastEmitted?.cand.outcome &&
      sIndex - lastEmitted.sentence <= CONTINUATION_SENTENCES &&
      lexicon.cues.get('continuation')!.at(tokens, opener.first)
    )
      [opener.outcome, opener.rule] = [lastEmitted.cand.outcome, 'continues-previous'];

    // ── emit
    const nearby = {
      dates: within(dates, sentence),
      places: within(places, sentence),
      claims: claims.filter((c) => c.start < sentence.end && sentence.start < c.end),
    };
    for (const c of cands) {
      if (!c.outcome) continue;
      c.id = `cas-${nextId++}`;
      const span = { start: tokens[c.numStart]!.start, end: tokens[c.end - 1]!.end };
      const head = c.chainHead;
      const left = leftActive(tokens, head.first, lexicon);
      const clauseFirst = c.clauseStartTok ?? (left ? head.first - left.form.length : head.first);
      const clause = { start: tokens[clauseFirst]!.start, end: tokens[Math.min(c.clauseEnd, tokens.length) - 1]!.end };
      out.push({
        id: c.id,
        rule: c.rule,
        start: span.start,
        end: span.end,
        count: c.count,
        qualifier: c.qualifier,
        category: c.category ?? 'people',
        outcome: c.outcome,
        subsetOf: c.parent?.outcome ? c.parent.id || null : null,
        clause,
        ...attach(input, nearby, sentence, clause, span),
      });
      lastEmitted = { sentence: sIndex, cand: c };
    }
  }
  return out;
}

/** The items (sorted by start) that lie inside `span`, found by binary search. */
function within<T extends Span>(sorted: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let k = lo; k < sorted.length && sorted[k]!.start < span.end; k++)
    if (sorted[k]!.end <= span.end) out.push(sorted[k]!);
  return out;
}

function root(c: Candidate): Candidate {
  let r = c;
  while (r.parent) r = r.parent;
  return r;
}

/** An active verb right before the figure: "killing 14 civilians", "capturing 65 troops", "killed a family of five". */
function leftActive(tokens: readonly Token[], first: number, lexicon: CasualtyLexicon): LexiconEntry | null {
  for (const r of ['trans', 'ing', 'active'] as const) {
    const e = lexicon.outcomes.get(r)!.endingAt(tokens, first);
    if (e) return e;
  }
  return null;
}

function rightOutcome(
  tokens: readonly Token[],
  from: number,
  at: ReadonlyMap<number, Candidate>,
  chainHead: Candidate,
  lexicon: CasualtyLexicon,
  objectFollows: (k: number) => boolean,
): { outcome: CasualtyOutcome; end: number } | null {
  const stop = lexicon.cues.get('stop')!;
  for (let k = from; k < tokens.length && k < from + MAX_RIGHT_GAP; k++) {
    if (stop.at(tokens, k)) return null;
    const other = at.get(k);
    if (other && other.first === k && other.chainHead !== chainHead) return null;
    const p = lexicon.outcomes.get('passive')!.at(tokens, k) ?? lexicon.outcomes.get('intrans')!.at(tokens, k);
    if (p) return { outcome: p.value as CasualtyOutcome, end: k + p.form.length };
    const t = lexicon.outcomes.get('trans')!.at(tokens, k);
    if (t) {
      if (objectFollows(k + t.form.length)) return null;
      return { outcome: t.value as CasualtyOutcome, end: k + t.form.length };
    }
    if (lexicon.outcomes.get('ing')!.at(tokens, k) || lexicon.outcomes.get('active')!.at(tokens, k)) return null;
  }
  return null;
}

/** Finds number + head figures, singular heads ("a civilian") and "a family of five" in one sentence. */
function findCandidates(tokens: readonly Token[], lexicon: CasualtyLexicon): Candidate[] {
  const out: Candidate[] = [];
  const make = (c: NumberCandidate): Candidate => {
    const cand = {
      tollOnly: false,
      ...c,
      parent: null,
      outcome: null,
      rule: '',
      clauseEnd: c.end,
      id: '',
    } as Candidate;
    cand.chainHead = cand;
    return cand;
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    // "a family of five"
    const fam = lexicon.families.at(tokens, i);
    if (fam && tokens[i + 1]?.norm === 'of') {
      const n = parseNumber(tokens, i + 2, lexicon);
      if (n && !n.vague) {
        const det = lexicon.cues.get('family')!.endingAt(tokens, i);
        out.push(
          make({
            first: det ? i - det.form.length : i,
            numStart: i,
            end: n.end,
            count: n.value,
            qualifier: 'exactly',
            category: fam.value,
            nounHead: true,
            own: null,
            subsetMarker: false,
            singular: false,
          }),
        );
        i = n.end;
        continue;
      }
    }
    const n = t.kind === 'num' || isNumberWord(t.norm, lexicon) ? parseNumber(tokens, i, lexicon) : null;
    if (n?.vague) {
      i = n.end;
      continue;
    }
    if (n) {
      const c = numberFigure(tokens, n.start, n.end, n.value, lexicon);
      if (c) {
        out.push(make(c));
        i = c.end;
        continue;
      }
      i = n.end;
      continue;
    }
    const sg = lexicon.cues.get('singular')!.at(tokens, i);
    if (sg && t.kind === 'word') {
      const h = findHead(tokens, i + sg.form.length, lexicon, true);
      if (h?.nounHead && !notCountAfter(tokens, h.end, lexicon)) {
        out.push(
          make({
            first: i,
            numStart: i,
            end: h.end,
            count: 1,
            qualifier: 'exactly',
            category: h.category,
            nounHead: true,
            own: h.own,
            subsetMarker: false,
            singular: true,
          }),
        );
        i = h.end;
        continue;
      }
    }
    i++;
  }
  return out;
}

interface Head {
  end: number;
  category: string | null;
  nounHead: boolean;
  own: { outcome: CasualtyOutcome; rule: string } | null;
}

/** The head after a number (or a singular determiner): modifiers, then a noun, a "members of" phrase or an outcome noun. */
function findHead(
  tokens: readonly Token[],
  from: number,
  lexicon: CasualtyLexicon,
  singular: boolean,
  nested = false,
): Head | null {
  const mods: LexiconEntry[] = [];
  let adj: LexiconEntry | null = null;
  let k = from;
  let free = 0;
  while (k < tokens.length && free <= MAX_MODIFIERS) {
    const t = tokens[k]!;
    const noun = lexicon.nouns.at(tokens, k);
    if (noun && (noun.extra === 'any' || (noun.extra === 'pl' ? !singular : singular))) {
      return { end: k + noun.form.length, category: withMods(mods, noun.value), nounHead: true, own: ownAdj(adj) };
    }
    const member = lexicon.members.at(tokens, k);
    if (member && (member.extra === 'pl' ? !singular : singular) && tokens[k + member.form.length]?.norm === 'of') {
      // "members of pro-government forces": the category comes from the "of" phrase
      let j = k + member.form.length + 1;
      const ofMods: LexiconEntry[] = [];
      for (let steps = 0; steps < 5 && j < tokens.length; steps++) {
        const inner = lexicon.nouns.at(tokens, j);
        if (inner) {
          mods.push(...ofMods);
          return {
            end: j + inner.form.length,
            category: withMods(mods, inner.value),
            nounHead: true,
            own: ownAdj(adj),
          };
        }
        const m = lexicon.modifiers.at(tokens, j);
        if (m) {
          ofMods.push(m);
          j += m.form.length;
          continue;
        }
        if (tokens[j]!.kind !== 'word') break;
        j++;
      }
      const end = k + member.form.length;
      mods.push(...ofMods);
      return { end, category: ofMods.length ? withMods(mods, null) : 'combatants', nounHead: true, own: ownAdj(adj) };
    }
    const outcomeNoun = lexicon.outcomes.get('noun')!.at(tokens, k);
    if (outcomeNoun && !singular && !nested) {
      const end = k + outcomeNoun.form.length;
      // "12 wounded soldiers": the word is an adjective when a head follows
      const after = findHead(tokens, end, lexicon, singular, true);
      if (!(after?.nounHead && lexicon.outcomes.get('adj')!.at(tokens, k))) {
        return {
          end,
          category: withMods(mods, null),
          nounHead: false,
          own: { outcome: outcomeNoun.value as CasualtyOutcome, rule: 'noun' },
        };
      }
    }
    const m = lexicon.modifiers.at(tokens, k);
    if (m) {
      mods.push(m);
      k += m.form.length;
      free++;
      continue;
    }
    const a = lexicon.outcomes.get('adj')!.at(tokens, k);
    if (a) {
      adj = a;
      k += a.form.length;
      free++;
      continue;
    }
    // hyphen compounds ("12-year-old", "UK-based") count as one modifier
    if (t.kind !== 'punct' && tokens[k + 1]?.norm === '-' && tokens[k + 1]!.start === t.end) {
      let j = k + 1;
      while (tokens[j]?.norm === '-' && tokens[j + 1] && tokens[j]!.start === tokens[j - 1]!.end) j += 2;
      k = j;
      free++;
      continue;
    }
    // "65 Syrian troops": a national adjective before a soldiers head names a state's forces
    const suffix = lexicon.cues.get('state-suffix')!;
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && hasSuffix(suffix, t.norm))
      mods.push({ lang: '*', category: 'modifier', form: [t.norm], value: 'government_forces', extra: 'soldiers' });
    if (
      t.kind === 'word' &&
      !lexicon.cues.get('function')!.at(tokens, k) &&
      !lexicon.cues.get('aux')!.at(tokens, k) &&
      !lexicon.cues.get('stop')!.at(tokens, k) &&
      !lexicon.cues.get('coordination')!.at(tokens, k) &&
      !lexicon.cues.get('subset')!.at(tokens, k) &&
      !lexicon.cues.get('speech')!.at(tokens, k) &&
      !isNumberWord(t.norm, lexicon) &&
      !(['trans', 'ing', 'active', 'intrans', 'passive', 'toll'] as const).some((r) =>
        lexicon.outcomes.get(r)!.at(tokens, k),
      )
    ) {
      k++;
      free++;
      continue;
    }
    break;
  }
  return null;
}

/** The category of a head after its modifiers ("government troops" -> government_forces). */
function withMods(mods: readonly LexiconEntry[], base: string | null): string | null {
  let cat = base;
  for (const m of mods) {
    const over = m.extra.split(',');
    if (over.includes('*') || cat === null || over.includes(cat)) cat = m.value;
  }
  return cat;
}

const ownAdj = (adj: LexiconEntry | null) =>
  adj ? { outcome: adj.value as CasualtyOutcome, rule: 'adjective' } : null;

/** True when the word ends in one of the table's one-word endings (up to four letters). */
function hasSuffix(table: PhraseTable, word: string): boolean {
  for (let n = 1; n <= 4 && n < word.length; n++) if (table.has(word.slice(-n))) return true;
  return false;
}

const notCountAfter = (tokens: readonly Token[], end: number, lexicon: CasualtyLexicon): boolean => {
  const table = lexicon.cues.get('not-count-after')!;
  return !!table.at(tokens, end) || (tokens[end]?.norm === ',' && !!table.at(tokens, end + 1));
};

type NumberCandidate = Omit<
  Candidate,
  'chainHead' | 'clauseEnd' | 'id' | 'parent' | 'outcome' | 'rule' | 'tollOnly'
> & {
  tollOnly?: boolean;
};

function numberFigure(
  tokens: readonly Token[],
  numStart: number,
  numEnd: number,
  count: number,
  lexicon: CasualtyLexicon,
): NumberCandidate | null {
  // "hand over 12 wounded soldiers": a verb particle, not a bound
  const q = lexicon.cues.get('not-qualifier')!.endingAt(tokens, numStart)
    ? null
    : lexicon.qualifiers.endingAt(tokens, numStart);
  const qStart = q ? numStart - q.form.length : numStart;
  const det = lexicon.cues.get('determiner')!.endingAt(tokens, qStart);
  const first = det ? qStart - det.form.length : qStart;
  const notCount = lexicon.cues.get('not-count')!;
  if (notCount.endingAt(tokens, qStart) || notCount.endingAt(tokens, numStart) || notCount.endingAt(tokens, first))
    return null;
  const num = tokens[numStart]!;
  if (
    numEnd === numStart + 1 &&
    /^\d{4}$/.test(num.text) &&
    count >= 1800 &&
    count <= 2100 &&
    lexicon.cues.get('year-prep')!.endingAt(tokens, first)
  )
    return null;
  let from = numEnd;
  const of = lexicon.cues.get('subset-of')!.at(tokens, from);
  if (of) from += of.form.length;
  const head = findHead(tokens, from, lexicon, count === 1 && !of);
  const base = { first, numStart, count, qualifier: (q?.value ?? 'exactly') as CasualtyQualifier, singular: false };
  if (head) {
    if (notCountAfter(tokens, head.end, lexicon)) return null;
    // "12 مدنيا على الأقل": a bound after the noun (only when none stands before the number)
    const post = q ? null : lexicon.postQualifiers.at(tokens, head.end);
    return {
      ...base,
      ...(post ? { qualifier: post.value as CasualtyQualifier } : {}),
      end: post ? head.end + post.form.length : head.end,
      category: head.category,
      nounHead: head.nounHead,
      own: head.own,
      subsetMarker: !!of,
    };
  }
  if (of) return null;
  // a bare number: "killing 17", "16 were killed", "and 40 wounded" (outcome nouns are heads, above)
  const left =
    lexicon.outcomes.get('trans')!.endingAt(tokens, first) ??
    lexicon.outcomes.get('ing')!.endingAt(tokens, first) ??
    lexicon.outcomes.get('active')!.endingAt(tokens, first);
  let k = numEnd;
  while (lexicon.cues.get('aux')!.at(tokens, k)) k += lexicon.cues.get('aux')!.at(tokens, k)!.form.length;
  // "16 were killed"; an intransitive outcome needs no auxiliary ("y otras 20 resultaron heridas", "300 fled")
  const passive =
    (k > numEnd &&
      (lexicon.outcomes.get('passive')!.at(tokens, k) ||
        lexicon.outcomes.get('intrans')!.at(tokens, k) ||
        lexicon.outcomes.get('trans')!.at(tokens, k))) ||
    !!lexicon.outcomes.get('intrans')!.at(tokens, numEnd);
  const tollLink = lexicon.cues.get('toll-link')!.endingAt(tokens, first);
  // "capturing six towns": after an active verb a bare number stands alone only before a break ("killing 17 and …")
  const next = tokens[numEnd];
  const alone =
    !next ||
    next.kind === 'punct' ||
    !!lexicon.cues.get('coordination')!.at(tokens, numEnd) ||
    !!lexicon.cues.get('function')!.at(tokens, numEnd) ||
    !!lexicon.cues.get('stop')!.at(tokens, numEnd);
  if ((left && alone) || passive || tollLink) {
    return {
      ...base,
      end: numEnd,
      category: null,
      nounHead: false,
      own: null,
      subsetMarker: false,
      tollOnly: !(left && alone) && !passive,
    };
  }
  return null;
}

type Attached = Pick<
  CasualtyFigure,
  | 'period'
  | 'periodSpan'
  | 'periodDateId'
  | 'asOf'
  | 'asOfBasis'
  | 'asOfDateId'
  | 'placeMentionId'
  | 'claimId'
  | 'status'
>;

/**
 * Where a place or date sits relative to a figure's clause: 0 inside it, else the distance in characters, with a
 * penalty for what comes before the clause ("killed in Atareb" over "In Aleppo, …").
 */
const BEFORE_CLAUSE_PENALTY = 40;
const score = (clause: Span, s: Span) =>
  s.end <= clause.start ? distance(clause, s) + BEFORE_CLAUSE_PENALTY : distance(clause, s);

/** The claim, the as-of date, the period and the place of a figure, from the layers of its sentence. */
interface Nearby {
  readonly dates: readonly DateMention[];
  readonly places: readonly PlaceMention[];
  readonly claims: readonly ClaimMention[];
}

function attach(input: ExtractInput, nearby: Nearby, sentence: Span, clause: Span, span: Span): Attached {
  const { text, lexicon } = input;
  const claim =
    nearby.claims
      .filter((c) => inside(c.content, span))
      .sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start))[0] ?? null;
  const speech = lexicon.cues.get('speech')!;
  const asOfCue = lexicon.cues.get('as-of')!;
  const dates = nearby.dates.filter(
    (d) => inside(sentence, d) && d.type !== 'SET' && d.role === null && !(d.start < span.end && span.start < d.end),
  );
  const isAsOf = (d: DateMention) => {
    const phrase = { start: d.phraseStart, end: d.end };
    if (claim && inside(claim, phrase) && !inside(claim.content, phrase) && d.tense !== 'future') return true;
    const before = tokenize(text, Math.max(sentence.start, d.phraseStart - 40), d.start);
    if (speech.endingAt(before, before.length) || (before.length > 1 && speech.endingAt(before, before.length - 1)))
      return true;
    return d.signal !== null && !!asOfCue.at(tokenize(d.signal), 0) && d.phraseStart >= clause.start;
  };
  let asOf: string | null = null;
  let asOfBasis: CasualtyFigure['asOfBasis'] = null;
  let asOfDateId: string | null = null;
  const stated = dates.find(
    (d) => isAsOf(d) && ((d.value !== null && DAY.test(d.value)) || (d.value === null && d.relative !== null)),
  );
  if (stated) {
    asOfDateId = stated.id;
    asOfBasis = 'text';
    asOf = stated.value ? stated.value.slice(0, 10) : null;
  } else if (input.published) {
    asOf = DAY.test(input.published) ? input.published.slice(0, 10) : input.published;
    asOfBasis = 'published';
  }
  const periodDate =
    dates
      .filter((d) => d !== stated && !isAsOf(d))
      .sort(
        (a, b) =>
          score(clause, { start: a.phraseStart, end: a.end }) - score(clause, { start: b.phraseStart, end: b.end }),
      )[0] ?? null;
  const periodSpan = periodDate ? { start: periodDate.phraseStart, end: periodDate.end } : null;
  const place =
    nearby.places
      .filter((p) => !(p.start < span.end && span.start < p.end))
      .sort((a, b) => score(clause, a) - score(clause, b))[0] ?? null;
  return {
    period: periodSpan ? text.slice(periodSpan.start, periodSpan.end) : null,
    periodSpan,
    periodDateId: periodDate?.id ?? null,
    asOf,
    asOfBasis,
    asOfDateId,
    placeMentionId: place?.id ?? null,
    claimId: claim?.id ?? null,
    status: claim?.status ?? null,
  };
}
