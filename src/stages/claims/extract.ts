/** The claims of one document: frames per sentence, carried quotations, sources, status, verification scope. */
import type { NoiseSpan, Sentence, Span } from '../../model/index.js';
import { type Carried, carryQuotes, type ParagraphInfo } from './carry.js';
import { type CueOptions, findCues } from './cues.js';
import { clauseSubject, colonDraft, type Draft, draftsOf, midColonDraft, spanOf } from './frames.js';
import type { ClaimLexicon } from './lexicon.js';
import { languageDrafts, splitElisions } from './multilingual.js';
import { findQuotes, type Quote } from './quotes.js';
import { acronymTable, type SourceMention, type SourceRef, SourceResolver } from './resolve.js';
import type { ClaimResources } from './resources.js';
import { baseStatus, belligerentStates } from './status.js';
import { type Sent, type Tok, tokenize } from './tokens.js';
import type { ClaimMention } from './types.js';
import { applyVerificationScope, type ScopedClaim } from './unverified.js';

export const STAGE_NAME = 'claims';

export interface ClaimOptions extends CueOptions {}

/**
 * Belief and stance cues ("officials believe the town has fallen") are on: for an analyst a belief is an attributed
 * claim too. Turning them on kept the dev corpus (recall, source, status; one extra claim) and the example
 * corpus's statuses, and raised PolNeAR train exact F1 by about 4 points (source, cue) and 2 (content).
 */
export const DEFAULT_CLAIM_OPTIONS: ClaimOptions = { includeCognition: true };

/** Sentence subjects a pronoun may fall back on when no speaker is in scope (the nearest ones). */
const MAX_SUBJECTS_BACK = 4;

interface Subject {
  readonly start: number;
  readonly sentence: number;
  readonly mention: SourceMention;
}

/**
 * Sentence subjects, each found the first time it is asked for: only a pronoun with no speaker in scope and a
 * relative clause's pronoun read them, so most are never needed. `sents` are in document order, `index` their
 * position.
 */
class SentenceSubjects {
  private readonly memo: (Subject | null | undefined)[];
  constructor(
    private readonly sents: readonly Sent[],
    private readonly lex: ClaimLexicon,
  ) {
    this.memo = new Array(sents.length);
  }

  /** The subject of the sentence at position k (null for a heading or a sentence without one). */
  private at(k: number): Subject | null {
    let subject = this.memo[k];
    if (subject === undefined) {
      const s = this.sents[k]!;
      const np = s.heading ? null : clauseSubject(s, 0, s.toks.length, this.lex);
      if (np) {
        const phrase = s.toks.slice(np.from, np.to);
        subject = {
          start: phrase[0]!.start,
          sentence: s.index,
          mention: { phrase, describers: [], paragraph: s.paragraph },
        };
      } else subject = null;
      this.memo[k] = subject;
    }
    return subject;
  }

  /** Position of the last sentence starting before offset, or -1. */
  private lastBefore(offset: number): number {
    let lo = 0;
    let hi = this.sents.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sents[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The last `max` subjects starting before offset, in document order. */
  before(offset: number, max: number): SourceMention[] {
    const out: SourceMention[] = [];
    for (let k = this.lastBefore(offset); k >= 0 && out.length < max; k--) {
      const subject = this.at(k);
      if (subject && subject.start < offset) out.push(subject.mention);
    }
    return out.reverse();
  }

  /** The last subject starting before offset when it is the subject of sentence `sentence`, else null. */
  lastIfIn(offset: number, sentence: number): SourceMention | null {
    for (let k = this.lastBefore(offset); k >= 0; k--) {
      const subject = this.at(k);
      if (subject && subject.start < offset) return subject.sentence === sentence ? subject.mention : null;
      // Sentences before the item's own cannot hold the last subject and be that sentence: stop past it.
      if (this.sents[k]!.index <= sentence) return null;
    }
    return null;
  }
}

/** Share of a sentence that boilerplate must cover for the sentence to be skipped. */
const NOISE_SHARE_TO_SKIP = 0.5;

/** Sentences that are not mostly boilerplate. */
function contentSentences(sentences: readonly Sentence[], noise: readonly NoiseSpan[]): Sentence[] {
  const spans = [...noise].sort((a, b) => a.start - b.start);
  // reach[k]: the furthest end among spans[0..k]. Spans before the first k whose reach passes a sentence's start
  // all end before it and cover nothing of it, so the scan starts there (no pass over all earlier noise per sentence).
  const reach: number[] = [];
  for (const n of spans) reach.push(Math.max(n.end, reach[reach.length - 1] ?? 0));
  return sentences.filter((s) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (reach[mid]! <= s.start) lo = mid + 1;
      else hi = mid;
    }
    let covered = 0;
    for (let k = lo; k < spans.length; k++) {
      const n = spans[k]!;
      if (n.start >= s.end) break;
      if (n.end > s.start) covered += Math.min(n.end, s.end) - Math.max(n.start, s.start);
    }
    return covered < (s.end - s.start) * NOISE_SHARE_TO_SKIP;
  });
}

/** Tokens of the document in order, with a lookup of the tokens inside a span. */
class TokenIndex {
  private readonly toks: Tok[];
  constructor(sents: readonly Sent[]) {
    this.toks = [];
    for (const s of sents) for (const t of s.toks) this.toks.push(t);
  }
  within(span: Span): Tok[] {
    let lo = 0;
    let hi = this.toks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.toks[mid]!.end <= span.start) lo = mid + 1;
      else hi = mid;
    }
    const out: Tok[] = [];
    for (let i = lo; i < this.toks.length && this.toks[i]!.start < span.end; i++) out.push(this.toks[i]!);
    return out;
  }
}

/** The sentence holding an offset (binary search over sentences in document order), or undefined. */
function sentenceAt(sents: readonly Sent[], offset: number): Sent | undefined {
  let lo = 0;
  let hi = sents.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sents[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sents[lo];
  return s && s.start <= offset ? s : undefined;
}

function paragraphInfo(sents: readonly Sent[]): ParagraphInfo & { order: number[] } {
  const order: number[] = [];
  const starts = new Map<number, number>();
  for (const s of sents) {
    if (!starts.has(s.paragraph)) {
      starts.set(s.paragraph, s.start);
      order.push(s.paragraph);
    }
  }
  const rank = new Map(order.map((p, i) => [p, i]));
  return {
    order,
    paragraphOf: (offset) => sentenceAt(sents, offset)?.paragraph ?? null,
    paragraphStart: (p) => starts.get(p) ?? -1,
    previousParagraph(p) {
      const r = rank.get(p);
      return r === undefined || r === 0 ? null : order[r - 1]!;
    },
  };
}

interface Item {
  readonly start: number;
  readonly end: number;
  readonly content: Span;
  readonly contentParts: readonly Span[];
  readonly direct: boolean;
  readonly paragraph: number;
  readonly sentence: number;
  readonly cue: Span | null;
  readonly channel: Span | null;
  readonly cueText: string | null;
  readonly cls: string;
  readonly rule: string;
  readonly sourceSpan: Span | null;
  readonly mention: SourceMention | null;
  readonly carriedFrom: number | null;
}

function itemOf(d: Draft, text: string): Item {
  const toks = d.sent.toks;
  const cue = d.cue ? spanOf(toks, d.cue.from, d.cue.to) : null;
  const channel = d.channel ? spanOf(toks, d.channel.from, d.channel.to) : null;
  const written = d.extent ?? d.source;
  const sourceSpan = written ? spanOf(toks, written.from, written.to) : null;
  const parts = [d.content, cue, channel, sourceSpan, d.extra].filter((x): x is Span => x !== null);
  for (const desc of d.describers) {
    const sp = spanOf(toks, desc.from, desc.to);
    if (sp.start >= d.sent.start && sp.end <= d.sent.end) parts.push(sp);
  }
  const start = Math.min(...parts.map((p) => p.start));
  const end = Math.max(...parts.map((p) => p.end));
  return {
    start,
    end,
    content: d.content,
    contentParts: d.parts ?? [d.content],
    direct: d.direct,
    paragraph: d.sent.paragraph,
    sentence: d.sent.index,
    cue,
    channel,
    cueText: cue ? text.slice(cue.start, cue.end).replace(/\s+/g, ' ').replace(/\s*:$/, '') || ':' : null,
    cls: d.cls,
    rule: d.rule,
    sourceSpan,
    mention: d.source
      ? {
          phrase: toks.slice(d.source.from, d.source.to),
          describers: d.describers.map((x) => toks.slice(x.from, x.to)),
          paragraph: d.sent.paragraph,
        }
      : null,
    carriedFrom: null,
  };
}

function carriedItem(c: Carried, items: readonly Item[], sentenceOf: (offset: number) => number): Item {
  const origin = items[c.from]!;
  return {
    start: c.quote.start,
    end: c.quote.end,
    content: { start: c.quote.start, end: c.quote.end },
    contentParts: [{ start: c.quote.start, end: c.quote.end }],
    direct: true,
    paragraph: c.paragraph,
    sentence: sentenceOf(c.quote.start),
    cue: origin.cue,
    channel: origin.channel,
    cueText: origin.cueText,
    cls: 'quote',
    rule: c.rule,
    sourceSpan: null,
    mention: null,
    carriedFrom: c.from,
  };
}

/** Every claim of one document, in document order. */
export function extractClaims(
  text: string,
  sentences: readonly Sentence[],
  noise: readonly NoiseSpan[],
  resources: ClaimResources,
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
  language: string | null = null,
): ClaimMention[] {
  const lex: ClaimLexicon = resources.lexicon;
  const quotes: Quote[] = findQuotes(text);
  // A language with its own cue list (cues-by-language.tsv) is read with it; English and unknown languages with the
  // tagger's rules.
  const own = language && language !== 'en' ? (lex.languages.get(language) ?? null) : null;
  const tagged = tokenize(text, contentSentences(sentences, noise), quotes, resources.tagger);
  const sents = own ? tagged.map((s) => splitElisions(s, own)) : tagged;
  const framed: Item[] = [];
  const pronouns = new Set(lex.pronouns.keys());
  for (const s of sents) {
    if (own) {
      const german = language === 'de';
      for (const d of languageDrafts({ sent: s, cues: own, german, timeWords: lex.timeWords, pronouns }))
        framed.push(itemOf(d, text));
      continue;
    }
    const drafts = draftsOf(s, findCues(s, lex, options), lex, quotes);
    const colon = colonDraft(s, lex);
    if (colon && !drafts.some((d) => d.cue && d.cue.from < colon.cue!.from)) drafts.unshift(colon);
    const mid = colon ? null : midColonDraft(s, lex, quotes);
    if (mid && !drafts.some((d) => d.cue && d.cue.to >= mid.cue!.from && d.cue.from <= mid.cue!.to)) drafts.push(mid);
    for (const d of drafts) framed.push(itemOf(d, text));
  }
  framed.sort((a, b) => a.start - b.start || a.end - b.end);
  const info = paragraphInfo(sents);
  const sentenceOf = (offset: number) => sentenceAt(sents, offset)?.index ?? -1;
  const carried = carryQuotes(
    text,
    quotes,
    framed.map((it) => ({ ...it, hasSource: it.mention !== null })),
    info,
  );
  const items: Item[] = [...framed];
  for (const c of carried) items.push(carriedItem(c, items, sentenceOf));
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.start - items[b]!.start || a - b);

  const resolver = new SourceResolver(lex, acronymTable(sents));
  resolver.preregister(order.map((i) => items[i]!.mention));
  const refs: (SourceRef | null)[] = new Array(items.length).fill(null);
  const subjects = own ? null : new SentenceSubjects(sents, lex);
  for (const i of order) {
    const it = items[i]!;
    const before = () => subjects?.before(it.start, MAX_SUBJECTS_BACK) ?? [];
    // "The OLF released photographs of what it said were …": a pronoun inside a relative clause is the subject of
    // its own sentence when that fits, before any earlier speaker.
    const local = it.rule === 'relative-clause' && subjects ? subjects.lastIfIn(it.start, it.sentence) : null;
    if (it.mention) refs[i] = resolver.resolve(it.mention, before, local);
    else if (it.carriedFrom !== null && refs[it.carriedFrom])
      refs[i] = resolver.carry(refs[it.carriedFrom]!, it.paragraph);
  }

  const index = new TokenIndex(sents);
  const belligerents = belligerentStates(sents, lex);
  const scoped: (ScopedClaim & { i: number })[] = order.map((i) => {
    const it = items[i]!;
    const ref = refs[i];
    const speaker = ref ? resolver.claimSource(ref) : null;
    const base = baseStatus(
      { cls: it.cls, rule: it.rule, speaker, content: index.within(it.content), whole: index.within(it) },
      lex,
      belligerents,
    );
    return {
      i,
      start: it.start,
      end: it.end,
      sentence: it.sentence,
      paragraph: it.paragraph,
      sourceKey: speaker?.key ?? null,
      sourceNames: speaker ? [speaker.name, ...speaker.aliases] : [],
      sourceKind: speaker?.kind ?? null,
      status: base.status,
      statusRule: base.rule,
    };
  });
  applyVerificationScope(scoped, sents, info.order, lex);

  return scoped.map((sc, n): ClaimMention => {
    const it = items[sc.i]!;
    const ref = refs[sc.i];
    return {
      id: `claim-${n + 1}`,
      start: it.start,
      end: it.end,
      source: { stage: STAGE_NAME, rule: it.rule },
      content: it.content,
      contentParts: it.contentParts,
      cue: it.cue,
      channel: it.channel,
      cueText: it.cueText,
      cueClass: it.cls,
      sourceSpan: it.sourceSpan,
      sourceText: it.sourceSpan ? text.slice(it.sourceSpan.start, it.sourceSpan.end) : null,
      speaker: ref ? resolver.claimSource(ref) : null,
      status: sc.status,
      statusRule: sc.statusRule,
      direct: it.direct,
      paragraph: it.paragraph,
    };
  });
}
