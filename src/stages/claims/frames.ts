/**
 * Attribution frames: given the cues of one sentence, find each one's source phrase and content.
 *
 *   right frame   SOURCE CUE CONTENT          "The army said (that) it had withdrawn."  "He added: “…”"
 *   left frame    CONTENT, SOURCE CUE         "…, residents said."  "“…,” he told The Independent."
 *   inverted      CONTENT, CUE SOURCE         "“…,” said Mr Carden."
 *   prep          CONTENT, according to SOURCE / According to SOURCE, CONTENT
 *   participle    …, saying CONTENT           (source: the clause's subject or the previous claim's source)
 *   coordinated   … but said CONTENT          (source: the previous claim's source)
 *   noun          unconfirmed Telegram reports that CONTENT
 *   colon         SOURCE: CONTENT             "Rebels: we hold the airport"
 *
 * Every search is bounded (MAX_SOURCE_TOKENS, MAX_CHAIN_SEGMENTS, ...), so a sentence costs O(cues × bound).
 */
import type { Span } from '../../model/index.js';
import { infinitive, leftContent, rightContent, withOpenQuote } from './content.js';
import type { CueHit } from './cues.js';
import {
  CLAUSE_LINKS,
  CONJ,
  isComma,
  isThat,
  MAX_SEGMENT_TOKENS,
  MIN_CONTENT_TOKENS,
  quoteOpenedAt,
  RELATIVES,
  SENTENCE_END,
  spanOf,
  trimEnd,
} from './frame-kit.js';
import { type ClaimLexicon, type CueClass, findPattern } from './lexicon.js';
import { hasName, isHeadTok, type NpSpan, npLeft, npRight } from './np.js';
import type { Quote } from './quotes.js';
import { appositiveAfter, clauseSubject, invertedSource, leftSource, quantifierBefore } from './subjects.js';
import { isQuoteMark, type Sent, type Tok } from './tokens.js';

export { spanOf } from './frame-kit.js';
export { clauseSubject } from './subjects.js';

/** A claim before its source is resolved: token ranges are indices into `sent.toks`. */
export interface Draft {
  readonly sent: Sent;
  readonly rule: string;
  readonly cue: NpSpan | null;
  readonly cls: CueClass | 'quote';
  /** The source phrase as written, or null. */
  source: NpSpan | null;
  /** The words written for the source, appositives included ("Chris Cox, who runs the lobby,"); else `source`. */
  extent: NpSpan | null;
  /** Phrases that describe the same source in this sentence (appositives, the antecedent of "who"). */
  readonly describers: NpSpan[];
  readonly content: Span;
  readonly direct: boolean;
  /** The source is the subject of the clause (participle, coordinated verb): filled in by `fillSubjects`. */
  readonly needsSubject: boolean;
  /** Extra span kept in the whole statement ("a report by" before the author). */
  readonly extra: Span | null;
  /** The medium or platform kept out of the cue ("in a statement"), when written. */
  readonly channel?: NpSpan | null;
  /** The content in pieces when the attribution interrupts it (see ClaimMention.contentParts); else `content`. */
  readonly parts?: readonly Span[];
}

/** Longest source before a colon ("Rebel commander Abu X: …"). */
export const MAX_COLON_SOURCE_TOKENS = 6;

/**
 * "according to exit polls.", "according to the most recent data available from the FBI,": when the chunker stops
 * early (a noun read as a verb), the words up to the comma or the sentence end, if they end in a noun.
 */
function phraseToComma(toks: readonly Tok[], from: number): NpSpan | null {
  let k = from;
  while (k < toks.length && k - from < MAX_PREP_SOURCE_TOKENS) {
    const t = toks[k]!;
    if (t.quote >= 0 || isComma(t) || SENTENCE_END.has(t.text) || t.text === ';' || t.pos === 'AUX') break;
    k++;
  }
  const end = toks[k];
  if (k === from || (end && !isComma(end) && !SENTENCE_END.has(end.text))) return null;
  const last = toks[k - 1]!;
  return last.pos === 'NOUN' || last.pos === 'PROPN' ? { from, to: k } : null;
}
/** Longest source taken up to a comma after "according to". */
const MAX_PREP_SOURCE_TOKENS = 10;

/**
 * "Polls show Sanders ahead", "…, the records show.": a weak verb ("show", "find") whose subject is a document or
 * dataset reports whatever it governs, with or without "that".
 */
function documentSubject(s: Sent, hit: CueHit, lex: ClaimLexicon): boolean {
  if (!hit.verb?.weak || hit.kind !== 'verb') return false;
  const np = npLeft(s.toks, hit.from, 0, lex);
  const head = np ? s.toks[np.to - 1] : undefined;
  return head !== undefined && (lex.documents.has(head.lower) || lex.documents.has(head.lemma));
}

/** Drafts for one cue; `limit` is where its right content must stop (the next attribution's comma). */
function draftFor(s: Sent, given: CueHit, bound: number, lex: ClaimLexicon, quotes: readonly Quote[]): Draft | null {
  let limit = bound;
  const hit = documentSubject(s, given, lex)
    ? { ...given, verb: { ...given.verb!, weak: false, object: true } }
    : given;
  const toks = s.toks;
  // The cue is the verb group; a medium or platform after it ("in a statement") is its channel.
  const cue: NpSpan = { from: hit.from, to: hit.channel ? hit.channel.from : hit.to };
  const base = { sent: s, cue, cls: hit.cls, extra: null, channel: hit.channel ?? null } as const;
  if (hit.kind === 'prep') {
    let src = npRight(toks, hit.to, toks.length, lex) ?? phraseToComma(toks, hit.to);
    if (!src) return null;
    let extra: Span | null = null;
    const head = toks[src.to - 1]!;
    if (lex.documents.has(head.lower) && toks[src.to] && ['by', 'from', 'of'].includes(toks[src.to]!.lower)) {
      const author = npRight(toks, src.to + 1, toks.length, lex);
      if (author) {
        extra = spanOf(toks, src.from, author.from);
        src = author;
      }
    }
    const describers: NpSpan[] = [];
    const app = appositiveAfter(s, src.to, lex);
    let srcEnd = src.to;
    if (app) {
      describers.push(app);
      srcEnd = app.to;
    }
    let content: { span: Span; direct: boolean } | null;
    const atStart = hit.from === 0 || toks.slice(0, hit.from).every((t) => t.pos === 'CCONJ' || t.pos === 'ADV');
    if (atStart) {
      let k = srcEnd;
      if (isComma(toks[k])) k++;
      const end = trimEnd(toks, k, limit);
      const q = quoteOpenedAt(toks, k, quotes);
      if (q)
        content = {
          span: { start: q.start, end: Math.max(q.end, end > k ? toks[end - 1]!.end : q.end) },
          direct: true,
        };
      else
        content =
          end - k >= MIN_CONTENT_TOKENS
            ? { span: withOpenQuote(toks, spanOf(toks, k, end), quotes), direct: false }
            : null;
    } else {
      content =
        leftContent(s, hit.from, quotes) ??
        (hit.from >= MIN_CONTENT_TOKENS ? { span: spanOf(toks, 0, hit.from), direct: false } : null);
    }
    if (!content) return null;
    return {
      ...base,
      extra,
      rule: 'according-to',
      source: src,
      extent: src,
      describers,
      content: content.span,
      direct: content.direct,
      needsSubject: false,
    };
  }
  if (hit.kind === 'post') {
    const src = npLeft(toks, hit.from, 0, lex);
    const rc = rightContent(s, hit.to, limit, hit, lex, quotes);
    if (!src || !rc) return null;
    return {
      ...base,
      rule: 'according-to-post',
      source: src,
      extent: src,
      describers: [],
      content: rc.span,
      direct: rc.direct,
      needsSubject: false,
    };
  }
  if (hit.kind === 'noun') {
    // "claims by the army that …": the author after "by".
    const by = toks[hit.to]?.lower === 'by' ? npRight(toks, hit.to + 1, toks.length, lex) : null;
    // "its denial of …": a possessive pronoun owns the cue.
    const ownerTok = toks[hit.from - 1];
    const pronounOwner = ownerTok && ownerTok.quote < 0 && /^(?:its|his|her|their)$/.test(ownerTok.lower);
    const np = pronounOwner ? null : npLeft(toks, hit.from, 0, lex);
    let modFrom = np ? np.from : hit.from;
    // "unconfirmed Russian Telegram reports": the stance words are not the source.
    while (
      modFrom < hit.from &&
      (toks[modFrom]!.pos === 'DET' || findPattern([...lex.unverified, ...lex.distance], toks, modFrom, modFrom + 1))
    )
      modFrom++;
    const mods = modFrom < hit.from ? { from: modFrom, to: hit.from } : null;
    // "Residents voiced complaints that …": a verb the chunker took into the noun phrase belongs to the cue.
    let cueFrom = hit.from;
    let src =
      by ??
      (pronounOwner ? { from: hit.from - 1, to: hit.from } : mods ? npRight(toks, mods.from, mods.to, lex) : null);
    if (src && !by && !pronounOwner) {
      for (let k = src.from + 1; k < src.to; k++) {
        if (toks[k]!.pos === 'VERB' && isHeadTok(toks[k - 1])) {
          cueFrom = k;
          src = { from: src.from, to: k };
          break;
        }
      }
    }
    // "the ministry's denial of the strike": the object of the preposition is the content.
    let rc: { span: Span; direct: boolean } | null;
    if (hit.prep) {
      const q = quoteOpenedAt(toks, hit.to, quotes);
      const obj = q ? null : npRight(toks, hit.to, limit, lex);
      rc = q
        ? { span: { start: q.start, end: q.end }, direct: true }
        : obj
          ? { span: spanOf(toks, obj.from, obj.to), direct: false }
          : null;
    } else rc = rightContent(s, by ? by.to : hit.to, limit, hit, lex, quotes);
    if (!rc) return null;
    return {
      ...base,
      cue: { from: cueFrom, to: hit.to },
      rule: 'noun-cue',
      source: src,
      extent: src,
      describers: [],
      content: rc.span,
      direct: rc.direct,
      needsSubject: false,
    };
  }
  if (hit.kind === 'participle') {
    const rc = rightContent(s, hit.to, limit, hit, lex, quotes);
    if (!rc) return null;
    // "the share of voters saying that …": the noun before the participle speaks.
    const prev = toks[hit.from - 1];
    const after = toks[hit.core + 1];
    const clause = isThat(after) || (after !== undefined && quoteOpenedAt(toks, hit.core + 1, quotes) !== null);
    const own = prev && clause && (prev.pos === 'NOUN' || prev.pos === 'PROPN') ? npLeft(toks, hit.from, 0, lex) : null;
    return {
      ...base,
      rule: 'participle',
      source: own,
      extent: own,
      describers: [],
      content: rc.span,
      direct: rc.direct,
      needsSubject: true,
    };
  }
  const asked = whenAsked(s, hit);
  if (asked) return asked;
  const inv = hit.kind === 'passive' || hit.verb?.object || hit.prep ? null : invertedSource(s, hit, lex);
  if (inv) {
    const lc = leftContent(s, hit.from, quotes);
    if (lc) {
      const app = appositiveAfter(s, inv.to, lex);
      // "“…,” said the commander, “…”": the quotation goes on after the attribution.
      const rest = lc.direct ? rightContent(s, app ? app.to : inv.to, limit, hit, lex, quotes) : null;
      return {
        ...base,
        rule: 'inverted',
        source: inv,
        extent: inv,
        describers: app ? [app] : [],
        ...splitQuote(lc.span, rest),
        direct: lc.direct,
        needsSubject: false,
      };
    }
  }
  if (hit.kind === 'passive') {
    const by = toks[hit.to]?.lower === 'by' ? npRight(toks, hit.to + 1, toks.length, lex) : null;
    const rc = rightContent(s, by ? by.to : hit.to, limit, hit, lex, quotes);
    // "was asked whether …", "was asked to name …": a question put to the subject.
    const question = hit.verb?.lemma === 'ask' && rc !== null && isQuestionStart(s, rc.from, quotes);
    const raised = rc !== null && !by && infinitive(s, rc.from, hit);
    if (!rc || (!isThat(toks[rc.from]) && !by && !question && !raised)) return null;
    // "The talks are expected to resume": the subject is what is expected, the first piece of the content.
    const subject = raised ? raisedSubject(toks, hit.from, lex) : null;
    return {
      ...base,
      rule: raised ? 'passive-infinitive' : 'passive',
      source: by,
      extent: by,
      describers: [],
      content: subject ? { start: toks[subject.from]!.start, end: rc.span.end } : rc.span,
      ...(subject ? { parts: [spanOf(toks, subject.from, subject.to), rc.span] } : {}),
      direct: rc.direct,
      needsSubject: false,
    };
  }
  const resumes = (k: number) => {
    let j = k;
    while (toks[j]?.pos === 'ADV') j++;
    const t = toks[j];
    return t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower)));
  };
  const coordinated = CONJ.has(toks[hit.from - 1]?.lower ?? '') && toks[hit.from - 1]!.quote < 0;
  const left = coordinated ? null : leftSource(s, hit, lex);
  // "Commanders, who said X, gave no timetable": the relative clause ends where the main clause resumes.
  if (
    left &&
    left.np.to - left.np.from === 1 &&
    RELATIVES.has(toks[left.np.from]!.lower) &&
    isComma(toks[left.np.from - 1])
  ) {
    for (let j = hit.to; j < limit; j++) {
      if (isComma(toks[j]) && resumes(j + 1)) {
        limit = j;
        break;
      }
    }
  }
  // "Trump, Sexton said, has created …": an attribution set off by commas inside its content.
  if (
    left &&
    !left.extent &&
    isComma(toks[left.np.from - 1]) &&
    isComma(toks[hit.to]) &&
    left.np.from > 1 &&
    resumes(hit.to + 1)
  ) {
    const end = trimEnd(toks, 0, toks.length);
    if (end > hit.to + 1) {
      const span = withOpenQuote(toks, spanOf(toks, 0, end), quotes);
      // The pieces around ", Sexton said,": the commas belong to the attribution.
      const before = trimEnd(toks, 0, left.np.from - 1);
      const after = spanOf(toks, hit.to + 1, end);
      return {
        ...base,
        rule: 'parenthetical',
        source: left.np,
        extent: left.np,
        describers: left.describers,
        content: span,
        parts: before > 0 ? [spanOf(toks, 0, before), { start: after.start, end: span.end }] : [span],
        direct: false,
        needsSubject: false,
      };
    }
  }
  // "“…,” Trump said of the plan": the quotation before, not the object of the preposition, is the content.
  if (left && hit.prep) {
    const lc = leftContent(s, (left.extent ?? left.np).from, quotes);
    // The preposition introduces a topic, not the content: it stays out of the cue ("said", not "said of").
    const verbOnly = hit.verb?.preps.includes(toks[hit.core + 1]?.lower ?? '') === true;
    if (lc?.direct)
      return {
        ...base,
        ...(verbOnly ? { cue: { from: hit.from, to: hit.core + 1 }, channel: null } : {}),
        rule: 'quote-before-cue',
        source: left.np,
        extent: left.extent ?? left.np,
        describers: left.describers,
        content: lc.span,
        direct: true,
        needsSubject: false,
      };
  }
  const rc = rightContent(s, hit.to, limit, hit, lex, quotes);
  if (rc && (left || coordinated)) {
    // "“…,” the commander said, “…”": a quotation before the attribution too; the content is both.
    const before = left && rc.direct ? leftContent(s, (left.extent ?? left.np).from, quotes) : null;
    if (left && before?.direct)
      return {
        ...base,
        rule: 'quote-around-cue',
        source: left.np,
        extent: left.extent ?? left.np,
        describers: left.describers,
        ...splitQuote(before.span, rc),
        direct: true,
        needsSubject: false,
      };
    return {
      ...base,
      rule: coordinated ? 'coordinated' : rc.direct ? 'quote-after-cue' : 'reported-speech',
      source: left?.np ?? null,
      extent: left ? (left.extent ?? left.np) : null,
      describers: left?.describers ?? [],
      content: rc.span,
      direct: rc.direct,
      needsSubject: coordinated,
    };
  }
  if (left) {
    const lc = leftContent(s, (left.extent ?? left.np).from, quotes);
    // A weak verb ("continued", "recalled") takes content before it only when that content is a quotation.
    if (lc && (lc.direct || !hit.verb?.weak)) {
      return {
        ...base,
        rule: lc.direct ? 'quote-before-cue' : 'content-before-cue',
        source: left.np,
        extent: left.extent ?? left.np,
        describers: left.describers,
        content: lc.span,
        direct: lc.direct,
        needsSubject: false,
      };
    }
  }
  return null;
}

/** Most "of" phrases taken into the subject of a raising cue ("the leader of the council of elders"). */
const MAX_OF_LINKS = 2;

/**
 * The subject right before a raising cue ("the convoy", "the head of the mission", "which"), or null: what is said or
 * expected "to" do something. Only the noun phrase and the "of" phrases that complete it.
 */
function raisedSubject(toks: readonly Tok[], cueFrom: number, lex: ClaimLexicon): NpSpan | null {
  let np = npLeft(toks, cueFrom, 0, lex);
  if (!np) return null;
  for (let n = 0; n < MAX_OF_LINKS; n++) {
    const of = toks[np.from - 1];
    if (of?.lower !== 'of' || of.quote >= 0) break;
    const head = npLeft(toks, np.from - 1, 0, lex);
    if (!head) break;
    np = { from: head.from, to: np.to };
  }
  return np;
}

const WHEN = new Set(['when', 'whenever', 'if', 'after', 'before']);

/** True when the content starting at toks[k] is a question: a wh-word, "if", "whether", "to" + verb, a quote. */
function isQuestionStart(s: Sent, k: number, quotes: readonly Quote[]): boolean {
  const t = s.toks[k];
  if (!t) return false;
  return WH_QUESTION.has(t.lower) || t.lower === 'to' || quoteOpenedAt(s.toks, k, quotes) !== null;
}
const WH_QUESTION = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where', 'who', 'which']);

/**
 * "When asked about the strikes, the minister said …", "Asked whether …, he said": a question put to the clause's
 * subject, by someone the text does not name. The content runs to the comma that ends the adverbial clause.
 */
function whenAsked(s: Sent, hit: CueHit): Draft | null {
  const toks = s.toks;
  if (hit.verb?.lemma !== 'ask' || hit.kind === 'participle') return null;
  const before = toks[hit.from - 1];
  const opens = before ? before.quote < 0 && WHEN.has(before.lower) : true;
  if (!opens || (!before && !/ed$/.test(toks[hit.core]!.lower))) return null;
  if (!before && toks[hit.core]!.lower !== 'asked') return null;
  let end = hit.to;
  while (end < toks.length && end - hit.to <= MAX_SEGMENT_TOKENS && !isComma(toks[end]) && toks[end]!.text !== ';')
    end++;
  end = trimEnd(toks, hit.to, end);
  if (end <= hit.to) return null;
  return {
    sent: s,
    rule: 'when-asked',
    cue: { from: hit.from, to: hit.to },
    cls: hit.cls,
    source: null,
    extent: null,
    describers: [],
    content: spanOf(toks, hit.to, end),
    direct: false,
    needsSubject: false,
    extra: null,
  };
}

/** Relative words that open a clause whose subject speaks ("which the probe said was", "what it said were"). */
const RELATIVE_OPENERS = new Set(['which', 'what', 'whom', 'that']);
/** Longest subject inside such a relative clause ("which an FBI investigation said"). */
const MAX_RELATIVE_SUBJECT_TOKENS = 6;

/**
 * "…, which an investigation said was careless", "a finish that he said defied expectations": a cue inside a
 * relative clause, its subject right after the relative word. Such a cue is kept even inside an earlier claim's
 * content (it is a claim of its own). Returns the index of the relative word, or -1. The relative word is the
 * subject of the reported clause, so it is the first piece of the content ("which" + "was careless").
 */
export function relativeWordOf(s: Sent, hit: CueHit, lex: ClaimLexicon): number {
  if (hit.kind !== 'verb') return -1;
  const toks = s.toks;
  const np = npLeft(toks, hit.from, 0, lex);
  if (!np || np.to - np.from > MAX_RELATIVE_SUBJECT_TOKENS) return -1;
  const rel = toks[np.from - 1];
  if (!rel || rel.quote >= 0 || !RELATIVE_OPENERS.has(rel.lower)) return -1;
  // The relative word is the subject of the reported clause: a verb follows the cue ("said was", "says died");
  // "that he thinks Clinton would win" is a that-clause, "what she called the rhetoric" names a thing.
  const next = toks[hit.to];
  if (!next || next.quote >= 0 || !(next.pos === 'VERB' || next.pos === 'AUX')) return -1;
  // "that" is a relative only after a noun ("a finish that he said"), not after a verb ("said that he said").
  if (rel.lower === 'that') {
    const prev = toks[np.from - 2];
    return prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN') ? np.from - 1 : -1;
  }
  return np.from - 1;
}

/**
 * The content of a quotation that the attribution interrupts ("“…,” he said, “…”"): both quotations as pieces, the
 * whole from the first to the last; the first alone when no quotation follows.
 */
function splitQuote(first: Span, rest: { span: Span; direct: boolean } | null): { content: Span; parts?: Span[] } {
  if (!rest?.direct || rest.span.start < first.end) return { content: first };
  return { content: { start: first.start, end: rest.span.end }, parts: [first, rest.span] };
}

/** "which he said was shelled": the content runs from the relative word, in two pieces around the attribution. */
function relativeDraft(d: Draft, rel: Tok): Draft {
  const head = { start: rel.start, end: rel.end };
  return {
    ...d,
    rule: 'relative-clause',
    content: { start: rel.start, end: d.content.end },
    parts: [head, ...(d.parts ?? [d.content])],
  };
}

/** Where the attribution of a cue starts, when it ends an earlier cue's right content (participles, "X said."). */
function boundaryBefore(s: Sent, hit: CueHit, lex: ClaimLexicon): number | null {
  const toks = s.toks;
  if (hit.kind === 'participle' || hit.kind === 'prep') return isComma(toks[hit.from - 1]) ? hit.from - 1 : hit.from;
  const strong = hit.verb !== null && !hit.verb.weak && hit.cls !== 'cognition';
  if (strong && CONJ.has(toks[hit.from - 1]?.lower ?? '')) return hit.from - 1;
  // "…, SOURCE said." at the end of the sentence: the comma before the source.
  const after = toks[hit.to];
  if (!after || SENTENCE_END.has(after.text) || isComma(after)) {
    for (let k = hit.from - 1; k >= 0 && hit.from - k <= MAX_SEGMENT_TOKENS / 2; k--) {
      if (isComma(toks[k])) return k;
      if (toks[k]!.quote >= 0) return k + 1;
    }
  }
  // "Barkley, who said X, said Y": the comma that closes the first claim's clause.
  if (hit.kind === 'verb' && isComma(toks[hit.from - 1]) && hit.verb && !hit.verb.weak) return hit.from - 1;
  // "Asked if …, Clinton said she …": a source right after a comma starts a new clause (speech verbs only:
  // "reported that, despite X, his fighters were continuing" keeps its content whole).
  const speech =
    hit.verb !== null && !hit.verb.weak && ['report', 'claim', 'deny', 'insist', 'assert'].includes(hit.cls);
  const np =
    hit.kind === 'verb' && speech ? (npLeft(toks, hit.from, 0, lex) ?? quantifierBefore(toks, hit.from, lex)) : null;
  // "21 percent said “…” and 14 percent said “…”": a coordinated clause with its own source.
  if (np && (isComma(toks[np.from - 1]) || (CONJ.has(toks[np.from - 1]?.lower ?? '') && toks[np.from - 1]!.quote < 0)))
    return np.from - 1;
  // ", as the rebels claimed …": a clause link after a comma.
  for (let k = hit.from - 1; k >= 1 && hit.from - k <= MAX_SEGMENT_TOKENS / 3; k--) {
    if (CLAUSE_LINKS.has(toks[k]!.lower) && isComma(toks[k - 1])) return k - 1;
  }
  return null;
}

/** Drafts of one sentence's cues, with nested cues (inside an earlier claim's content) dropped. */
export function draftsOf(s: Sent, hits: readonly CueHit[], lex: ClaimLexicon, quotes: readonly Quote[]): Draft[] {
  const toks = s.toks;
  const bounds = hits.map((h) => boundaryBefore(s, h, lex));
  const drafts: Draft[] = [];
  let coveredUntil = -1;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i]!;
    const relWord = relativeWordOf(s, hit, lex);
    const relative = relWord >= 0;
    if (toks[hit.core]!.start < coveredUntil && bounds[i] === null && !relative) continue;
    let limit = toks.length;
    for (let j = i + 1; j < hits.length; j++) {
      const b = bounds[j];
      if (b !== null && b !== undefined && b > hit.to) {
        limit = b;
        break;
      }
    }
    const found = draftFor(s, hit, limit, lex, quotes);
    if (!found) continue;
    const d =
      relative && found.source && found.rule === 'reported-speech' ? relativeDraft(found, toks[relWord]!) : found;
    drafts.push(d);
    // A question ("asked about reports that …") does not hide the claims it mentions.
    if (d.content.start >= toks[hit.core]!.end && d.rule !== 'when-asked')
      coveredUntil = Math.max(coveredUntil, d.content.end);
  }
  fillSubjects(s, drafts, lex);
  // "Asked about reports that X, he said …": the reports are the claim; the question around them is dropped.
  if (!drafts.some((d) => d.rule === 'when-asked')) return drafts;
  const cueStarts = drafts
    .filter((o) => o.rule !== 'when-asked' && o.cue)
    .map((o) => toks[o.cue!.from]!.start)
    .sort((a, b) => a - b);
  return drafts.filter((d) => d.rule !== 'when-asked' || !anyWithin(cueStarts, d.content.start, d.content.end));
}

/** Whether a sorted list holds a value in [start, end) (binary search). */
function anyWithin(sorted: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo]! < end;
}

/** Participles and coordinated verbs take the previous claim's source, else the next one's, else the clause subject. */
function fillSubjects(s: Sent, drafts: Draft[], lex: ClaimLexicon): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!d.needsSubject || d.source) continue;
    const prev = [...drafts.slice(0, i)].reverse().find((x) => x.source);
    const next = drafts.slice(i + 1).find((x) => x.source && !x.needsSubject);
    const subject = prev?.source ?? next?.source ?? clauseSubject(s, 0, d.cue?.from ?? 0, lex);
    if (subject) {
      d.source = subject;
      d.extent = subject;
      const from = prev ?? next;
      if (from) d.describers.push(...from.describers);
    }
  }
}

/**
 * "… does not surprise Republican pollster Jan Doe: “…”": a colon after a name, opening a quotation, in the middle
 * of a sentence. The name ends the clause and speaks the quotation.
 */
export function midColonDraft(s: Sent, lex: ClaimLexicon, quotes: readonly Quote[]): Draft | null {
  const toks = s.toks;
  for (let c = 2; c + 1 < toks.length; c++) {
    const t = toks[c]!;
    if (t.text !== ':' || t.quote >= 0) continue;
    const q = quoteOpenedAt(toks, c + 1, quotes);
    if (!q) continue;
    const last = toks[c - 1]!;
    if (!(last.pos === 'PROPN' || /^\p{Lu}/u.test(last.text)) || last.quote >= 0) return null;
    const np = npLeft(toks, c, 0, lex);
    if (!np || np.from === 0 || np.to - np.from < 2 || np.to !== c || !hasName(toks, np)) return null;
    const before = toks[np.from - 1]!;
    // "He added: “…”" is a verb cue's colon; a name right after a verb is its object ("surprise … Doe:").
    if (before.pos === 'PUNCT' || lex.verbs.has(before.lemma)) return null;
    return {
      sent: s,
      rule: 'colon-quote',
      cue: { from: c, to: c + 1 },
      cls: 'report',
      source: np,
      extent: np,
      describers: [],
      content: { start: q.start, end: q.end },
      direct: true,
      needsSubject: false,
      extra: null,
    };
  }
  return null;
}

/** "Rebels: we hold the airport": a short name or noun phrase before a colon opening the sentence. */
export function colonDraft(s: Sent, lex: ClaimLexicon): Draft | null {
  const toks = s.toks;
  let c = -1;
  for (let k = 1; k <= MAX_COLON_SOURCE_TOKENS && k < toks.length; k++) {
    if (toks[k]!.text === ':' && toks[k]!.quote < 0) {
      c = k;
      break;
    }
    if (toks[k]!.quote >= 0 || isComma(toks[k])) return null;
  }
  if (c < 0) return null;
  const label = toks
    .slice(0, c)
    .map((t) => t.lower)
    .join(' ');
  if (lex.labels.has(label) || lex.labels.has(toks[0]!.lower)) return null;
  let np = npLeft(toks, c, 0, lex);
  // "Kelli Ward: …" with the surname read as a verb: a capitalised last word still heads the name.
  const lastTok = toks[c - 1]!;
  const lastCap = /^\p{Lu}\p{Ll}/u.test(lastTok.text) && (lastTok.pos === 'VERB' || lastTok.pos === 'ADJ');
  if (np?.from !== 0 && lastCap && toks.slice(0, c).every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) && t.pos !== 'ADP'))
    np = { from: 0, to: c };
  // "11:06 a.m.": a clock time.
  if (/^\d/.test(lastTok.text) && toks[c + 1] !== undefined && /^\d/.test(toks[c + 1]!.text)) return null;
  if (np?.from !== 0 || !(isHeadTok(toks[c - 1]) || lastCap)) return null;
  if (lex.timeWords.has(toks[c - 1]!.lower)) return null;
  // "Clinton to Planned Parenthood: …", "Sanders on Brexit: …": the speaker is the name before "to"/"on".
  for (let k = 1; k < c - 1; k++) {
    if ((toks[k]!.lower === 'to' || toks[k]!.lower === 'on') && /^\p{Lu}/u.test(toks[k + 1]!.text)) {
      np = { from: 0, to: k };
      break;
    }
  }
  const end = trimEnd(toks, c + 1, toks.length);
  if (end - (c + 1) < MIN_CONTENT_TOKENS) return null;
  const first = toks[c + 1]!;
  const direct = isQuoteMark(first);
  return {
    sent: s,
    rule: 'colon',
    cue: { from: c, to: c + 1 },
    cls: 'report',
    source: np,
    extent: np,
    describers: [],
    content: spanOf(toks, c + 1, end),
    direct,
    needsSubject: false,
    extra: null,
  };
}
