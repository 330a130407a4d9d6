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
import { leftContent, rightContent, withOpenQuote } from './content.js';
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
import { isHeadTok, type NpSpan, npLeft, npRight } from './np.js';
import type { Quote } from './quotes.js';
import { appositiveAfter, clauseSubject, invertedSource, leftSource } from './subjects.js';
import { isQuoteMark, type Sent } from './tokens.js';

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
}

/** Longest source before a colon ("Rebel commander Abu X: …"). */
export const MAX_COLON_SOURCE_TOKENS = 6;

/** Drafts for one cue; `limit` is where its right content must stop (the next attribution's comma). */
function draftFor(s: Sent, hit: CueHit, bound: number, lex: ClaimLexicon, quotes: readonly Quote[]): Draft | null {
  let limit = bound;
  const toks = s.toks;
  const cue: NpSpan = { from: hit.from, to: hit.to };
  const base = { sent: s, cue, cls: hit.cls, extra: null } as const;
  if (hit.kind === 'prep') {
    let src = npRight(toks, hit.to, toks.length, lex);
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
    const np = npLeft(toks, hit.from, 0, lex);
    let modFrom = np ? np.from : hit.from;
    // "unconfirmed Russian Telegram reports": the stance words are not the source.
    while (
      modFrom < hit.from &&
      (toks[modFrom]!.pos === 'DET' || findPattern([...lex.unverified, ...lex.distance], toks, modFrom, modFrom + 1))
    )
      modFrom++;
    const mods = modFrom < hit.from ? { from: modFrom, to: hit.from } : null;
    const src = mods ? npRight(toks, mods.from, mods.to, lex) : null;
    const rc = rightContent(s, hit.to, limit, hit, lex, quotes);
    if (!rc) return null;
    return {
      ...base,
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
    return {
      ...base,
      rule: 'participle',
      source: null,
      extent: null,
      describers: [],
      content: rc.span,
      direct: rc.direct,
      needsSubject: true,
    };
  }
  const inv = hit.kind === 'passive' || hit.verb?.object ? null : invertedSource(s, hit, lex);
  if (inv) {
    const lc = leftContent(s, hit.from, quotes);
    if (lc) {
      const app = appositiveAfter(s, inv.to, lex);
      return {
        ...base,
        rule: 'inverted',
        source: inv,
        extent: inv,
        describers: app ? [app] : [],
        content: lc.span,
        direct: lc.direct,
        needsSubject: false,
      };
    }
  }
  if (hit.kind === 'passive') {
    const by = toks[hit.to]?.lower === 'by' ? npRight(toks, hit.to + 1, toks.length, lex) : null;
    const rc = rightContent(s, by ? by.to : hit.to, limit, hit, lex, quotes);
    if (!rc || (!isThat(toks[rc.from]) && !by)) return null;
    return {
      ...base,
      rule: 'passive',
      source: by,
      extent: by,
      describers: [],
      content: rc.span,
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
      return {
        ...base,
        rule: 'parenthetical',
        source: left.np,
        extent: left.np,
        describers: left.describers,
        content: span,
        direct: false,
        needsSubject: false,
      };
    }
  }
  const rc = rightContent(s, hit.to, limit, hit, lex, quotes);
  if (rc && (left || coordinated)) {
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
  const np = hit.kind === 'verb' && speech ? npLeft(toks, hit.from, 0, lex) : null;
  if (np && isComma(toks[np.from - 1])) return np.from - 1;
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
    if (toks[hit.core]!.start < coveredUntil && bounds[i] === null) continue;
    let limit = toks.length;
    for (let j = i + 1; j < hits.length; j++) {
      const b = bounds[j];
      if (b !== null && b !== undefined && b > hit.to) {
        limit = b;
        break;
      }
    }
    const d = draftFor(s, hit, limit, lex, quotes);
    if (!d) continue;
    drafts.push(d);
    if (d.content.start >= toks[hit.core]!.end) coveredUntil = Math.max(coveredUntil, d.content.end);
  }
  fillSubjects(s, drafts, lex);
  return drafts;
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
  const np = npLeft(toks, c, 0, lex);
  if (np?.from !== 0 || !isHeadTok(toks[c - 1])) return null;
  if (lex.timeWords.has(toks[c - 1]!.lower)) return null;
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
