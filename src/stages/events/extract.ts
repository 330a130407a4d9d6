import type { NoiseSpan, Sentence, SourceDocument, Span } from '../../model/index.js';
import type { EventType, Status } from '../../report/contract.js';
import type { CasualtyFigure } from '../casualties/types.js';
import type { ClaimMention } from '../claims/types.js';
import type { DateMention } from '../dates/types.js';
import type { Gazetteer } from '../places/gazetteer/types.js';
import type { PlaceMention } from '../places/types.js';
import { type ActorContext, type ActorMention, actorContext, findActors } from './actors.js';
import { clauseEnd, clausePlaces, pluralPlaceBefore, pluralPlaceObject, regionLevel, regionsOf } from './aggregate.js';
import { carriedDay, type DatedMention } from './date-carry.js';
import {
  boundBefore,
  campaignDay,
  continuesStatement,
  coordinatedDays,
  inSinceClause,
  openingSincePhrase,
  PERIOD_SIGNALS,
  rangeAnchor,
  sinceClauseDays,
  statementDay,
} from './date-context.js';
import { pastReference, periodRange, rangePrecision, shiftDay } from './date-range.js';
import { lexiconFor } from './lexicon.js';
import { anyMatch, firstTokenFrom, matchAt, type Token, tokenize } from './match.js';
import { distanceAnchors, inDateline, landmarkOf, namedLandmark } from './place-context.js';
import { candidatesAt, type FirstTokenIndex, firstTokenIndex } from './rule-index.js';
import type {
  EventDate,
  EventLexicon,
  EventMention,
  EventPlace,
  PatternToken,
  TimePrecision,
  TriggerRule,
} from './types.js';

export const STAGE_NAME = 'events';

/** Words before a trigger that cancel it ("did not seize"): how far back to look. Calibrated on written cases. */
const NEGATION_WINDOW = 3;
/** Words after a noun trigger in which a `figurative` cue makes it a figure of speech ("an attack on press freedom",
 * "prise de position"): the object of a preposition and its determiner. Set from written cases. */
const FIGURATIVE_WINDOW = 3;
/** Words before a trigger where a `future` cue ("will", "plans to") makes it a planned act: "will soon travel to"
 * needs two. Set by hand from that shape; wider reached the main verb of another clause. */
const FUTURE_WINDOW = 2;
/** A denial verb this many words before a trigger ("denied that rebels had seized") makes the mention denied. */
const DENIAL_WINDOW = 8;
/** How many words after a trigger a civilian word makes an attack one on civilians ("attacks on displaced families"). */
const ONCIVILIANS_WINDOW = 4;
/** How many words after a capture verb a personnel word makes it a capture of people ("capturing 65 Syrian troops"). */
const PERSONNEL_WINDOW = 4;
/** How many words before a capture verb the people of a relative clause may stand ("the 30 soldiers the front
 * says it captured"): a short noun phrase and a reporting verb between them. */
const PERSONNEL_BACK_WINDOW = 8;
/** How many words before an actor a preposition (`objprep`) makes it the object, not the subject ("from the
 * government forces"): a determiner and one modifier between them. */
const OBJPREP_WINDOW = 3;
/** Words after an `agentafter` trigger its agent may start at: "fell to [the] rebels", "سيطر [ال]جيش". Two keeps
 * the object of a verb-first clause ("سيطر على مواقع المتمردين", third word) out. */
const AGENT_AFTER_WINDOW = 2;
/** Place mentions further than this many characters from the trigger are not the event's place (a long sentence
 * naming a second setting); chosen so a place at the far end of a two-clause sentence still counts. */
const MAX_PLACE_DISTANCE = 180;
/**
 * The longest stretch of text read as one sentence. Every trigger compares itself with the sentence's other
 * triggers, places and dates, so a "sentence" of a megabyte (a line of hostile input with no full stop) would cost
 * time quadratic in its length. News sentences stay far below this (the longest in the dev and example corpora are
 * under 1,000 characters), so the cut only ever touches text that is not prose.
 */
const MAX_SENTENCE_CHARS = 4_000;

/** The sentences, with any longer than MAX_SENTENCE_CHARS cut into consecutive pieces at a space. */
function readingUnits(text: string, sentences: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const sentence of sentences) {
    let start = sentence.start;
    while (sentence.end - start > MAX_SENTENCE_CHARS) {
      const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      const end = space > start ? space : start + MAX_SENTENCE_CHARS;
      out.push({ ...sentence, start, end });
      start = end;
    }
    out.push(start === sentence.start ? sentence : { ...sentence, start });
  }
  return out;
}

/** An event with no place of its own takes the place of the last event of its type this many sentences back
 * ("Warplanes struck Atareb. At least 16 people were killed in the strikes."). */
const PLACE_CARRY_SENTENCES = 2;
/** How many words after a killed figure a period cue ("since", "over the past") makes it a running toll. */
const TOLL_PERIOD_WINDOW = 8;
/** Characters after a figure read for that window (bounds the work on pathological one-sentence inputs). */
const TOLL_TAIL_CHARS = 120;
/** A `sinceref` word this many words before a past year makes the year a reference point ("since independence in
 * 1946"), not the date of the event the sentence tells. Calibrated on written cases: a noun phrase of up to four
 * words between them. */
const SINCE_WINDOW = 5;
/** How many words before a noun trigger an `eventanaphor` determiner may stand ("the offensive", "the rebel
 * offensive"): one modifier at most, so "the rebels attack" (a verb) is rarely read as one. */
const ANAPHOR_WINDOW = 2;
/** How many words before a place an `origin` phrase may end ("based mostly in neighbouring X"): two modifiers. */
const ORIGIN_WINDOW = 4;
/** Added to a country's distance score: a country is the event's place only when nothing finer is near. */
const COUNTRY_PENALTY = 400;
/** Punctuation that closes a clause: a place before the trigger across one of these, after an earlier trigger,
 * is that trigger's (a sentence-opening "In X, …" still counts). */
const CLAUSE_BREAK = /[,;:(–—]/;
/** Sub-types whose one trigger naming several places is a campaign-level mention ("fighting in A and B", "forces
 * pulled back from A and B"); a strike or a capture of A and B is one event per place. */
const SPREADING: ReadonlySet<string> = new Set(['Armed clash', 'Non-violent transfer of territory']);
/** Place features a `placeanaphor` noun ("the city", "the town") can stand for. */
const SETTLEMENTS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

export interface DocumentLayers {
  readonly noise: readonly NoiseSpan[];
  readonly sentences: readonly Sentence[];
  readonly places: readonly PlaceMention[];
  readonly dates: readonly DateMention[];
  readonly claims: readonly ClaimMention[];
  /** The casualty ledger: the single source of killed figures. */
  readonly casualties: readonly CasualtyFigure[];
}

interface Hit {
  readonly rule: TriggerRule;
  readonly from: number;
  readonly to: number;
}

const precisionOf = (d: DateMention): TimePrecision | null => {
  if (d.timePrecision) return d.timePrecision;
  if (d.precision === 'day' || d.precision === 'time') return 1;
  if (d.precision === 'week') return 2;
  return d.precision ? 3 : null;
};

const yearOf = (value: string | null): number | null => {
  const m = /^(\d{4})/.exec(value ?? '');
  return m ? Number(m[1]) : null;
};

/** The year the document is written in: its publication year, else the latest year of a day-precise date. */
function referenceYear(document: SourceDocument, dates: readonly DateMention[]): number | null {
  const pub = yearOf(document.meta.published);
  if (pub) return pub;
  let best: number | null = null;
  for (const d of dates) {
    if (d.precision !== 'day') continue;
    const y = yearOf(d.value);
    if (y && (!best || y > best)) best = y;
  }
  return best;
}

function cueSlot(lexicon: EventLexicon) {
  return (name: string, tokens: readonly Token[], i: number): number => {
    for (const p of lexicon.cues.get(name) ?? []) {
      const n = matchAt(p, tokens, i);
      if (n) return n;
    }
    return 0;
  };
}

const TRIGGER_INDEX = new WeakMap<EventLexicon, FirstTokenIndex>();

function triggerIndex(lexicon: EventLexicon): FirstTokenIndex {
  let index = TRIGGER_INDEX.get(lexicon);
  if (!index) {
    index = firstTokenIndex(lexicon.triggers);
    TRIGGER_INDEX.set(lexicon, index);
  }
  return index;
}

/** Per sentence (token array): whether each cue class matches anywhere in it, computed once per class. */
const SENTENCE_CUES = new WeakMap<readonly Token[], Map<string, boolean>>();

/** True when a pattern of cue class `name` matches somewhere in tokens (memoised per token array). */
function sentenceHas(lexicon: EventLexicon, tokens: readonly Token[], name: string): boolean {
  let memo = SENTENCE_CUES.get(tokens);
  if (!memo) {
    memo = new Map();
    SENTENCE_CUES.set(tokens, memo);
  }
  let has = memo.get(name);
  if (has === undefined) {
    has = anyMatch(lexicon.cues.get(name), tokens);
    memo.set(name, has);
  }
  return has;
}

/** Trigger hits in a sentence, longest match first at each word; needs and negation checked. */
function findTriggers(tokens: readonly Token[], lexicon: EventLexicon): Hit[] {
  const slot = cueSlot(lexicon);
  const index = triggerIndex(lexicon);
  const { triggers } = lexicon;
  const candidates: number[] = [];
  const hits: Hit[] = [];
  for (let i = 0; i < tokens.length; ) {
    let best: Hit | null = null;
    // only the rules whose first pattern token can match word i, in lexicon order
    candidatesAt(index, (tokens[i] as Token).lower, true, candidates);
    for (const r of candidates) {
      const rule = triggers[r] as TriggerRule;
      const n = matchAt(rule.tokens, tokens, i, slot);
      if (n > 0 && (!best || n > best.to - best.from)) {
        if (rule.needs.every((c) => sentenceHas(lexicon, tokens, c))) best = { rule, from: i, to: i + n };
      }
    }
    if (!best) {
      i++;
      continue;
    }
    const negated =
      anyMatch(lexicon.cues.get('negation'), tokens, Math.max(0, i - NEGATION_WINDOW), i) ||
      tokens.slice(Math.max(0, i - NEGATION_WINDOW), i).some((t) => t.lower.endsWith("n't"));
    // "un bombardement médiatique", "an attack on press freedom": a noun used as a figure of speech
    const figurative =
      best.rule.flags.has('noun') &&
      anyMatch(lexicon.cues.get('figurative'), tokens, best.to, Math.min(tokens.length, best.to + FIGURATIVE_WINDOW));
    // "would hand over", "will launch": an act announced or planned has not happened yet. A diplomatic act is the
    // exception: announcing a visit or talks is itself the development reported (the dev gold codes "will travel
    // to X on Sunday" as one)
    const planned =
      !best.rule.flags.has('diplomatic') &&
      anyMatch(lexicon.cues.get('future'), tokens, Math.max(0, i - FUTURE_WINDOW), i);
    if (!negated && !figurative && !planned) hits.push(best);
    i = best.to;
  }
  const strong = hits.filter((h) => !h.rule.flags.has('weak') && !h.rule.flags.has('kill'));
  const violent = strong.some((h) => h.rule.eventType !== 'Strategic developments' && h.rule.eventType !== 'Protests');
  return hits.filter((h) => {
    if (h.rule.flags.has('weak')) return strong.length === 0;
    if (h.rule.flags.has('kill')) return !violent;
    return true;
  });
}

/** True when a pattern ends right before token `at` ("according to" before a name). */
function endsBefore(
  patterns: readonly (readonly PatternToken[])[] | undefined,
  tokens: readonly Token[],
  at: number,
): boolean {
  for (const p of patterns ?? []) {
    const from = at - p.length;
    if (from >= 0 && matchAt(p, tokens, from) === p.length) return true;
  }
  return false;
}

/**
 * "X's western districts", "X's outskirts": after the possessive (and any `compass` words) comes a word of cue class
 * `placepart`, so X is where, not who ("Moscow's army" stays an actor).
 */
function possessedPart(p: PlaceMention, tokens: readonly Token[], lexicon: EventLexicon): boolean {
  // the possessive is a token of its own or the end of the name's token
  let k = firstTokenFrom(tokens, p.end);
  if (k < 0) return false;
  if (/^['’]s$/.test((tokens[k] as Token).lower)) k++;
  while (k < tokens.length && anyMatch(lexicon.cues.get('compass'), tokens, k, k + 1)) k++;
  return anyMatch(lexicon.cues.get('placepart'), tokens, k, k + 1);
}

/**
 * A place name standing for a state or its government rather than where something happened: "Moscow said",
 * "Russia's air force", or a foreign country named as a whole.
 */
function standsForActor(
  text: string,
  p: PlaceMention,
  tokens: readonly Token[],
  lexicon: EventLexicon,
  ctx: ActorContext,
): boolean {
  const at = firstTokenFrom(tokens, p.start);
  if (/^['’]s\b/.test(text.slice(p.end, p.end + 3))) return !possessedPart(p, tokens, lexicon);
  // "according to Moscow": the place names a source
  if (at > 0 && endsBefore(lexicon.cues.get('sourceprep'), tokens, at)) return true;
  // "military support to Damascus": the recipient of aid is a government
  if (at > 0 && endsBefore(lexicon.cues.get('recipient'), tokens, at)) return true;
  if (p.feature === 'country' && ctx.focus && p.country !== ctx.focus.iso2) return true;
  const next = firstTokenFrom(tokens, p.end);
  return next >= 0 && anyMatch(lexicon.cues.get('placeverb'), tokens, next, next + 1);
}

interface Draft {
  eventType: EventType;
  subEventType: string;
  hit: Hit;
  places: PlaceMention[];
  actors: string[];
  /** The states whose forces or governments are among the actors. */
  states: string[];
  /** Told in a relative clause ("the soldiers it captured in X"): the main clause's day is not its own. */
  relative: boolean;
}

/** The admin1 names a place mention gives: a province itself, the province a town lies in, or the province a
 * derived area ("northern Idlib province") is anchored on. */
function adminName(p: PlaceMention, gazetteer?: Partial<Pick<Gazetteer, 'admin1'>>): string | null {
  if (p.feature === 'admin1') return p.name;
  if (p.admin1) return p.admin1;
  const anchor = p.relation?.anchorId;
  const code = anchor?.startsWith('geonames-admin1:') ? anchor.slice('geonames-admin1:'.length) : null;
  return code ? (gazetteer?.admin1?.(code)?.name ?? null) : null;
}

/** A comparison key for an admin1 name: lower case, accents and generic words (cue class `adminword`) dropped. */
export function areaKey(name: string | null, lexicon: EventLexicon): string | null {
  if (!name) return null;
  const plain = name.normalize('NFD').replace(/\p{M}/gu, '');
  const tokens = tokenize(plain);
  const generic = lexicon.cues.get('adminword');
  const kept = tokens.filter((_, i) => !anyMatch(generic, tokens, i, i + 1)).map((t) => t.lower.replace(/['-]/g, ''));
  return kept.length ? kept.join(' ') : null;
}

const toEventPlace = (p: PlaceMention, area: string | null): EventPlace => ({
  start: p.start,
  end: p.end,
  mention: p.id,
  name: p.name,
  lat: p.lat,
  lon: p.lon,
  country: p.country,
  admin1: p.admin1,
  gazetteerId: p.gazetteerId,
  geoPrecision: p.geoPrecision,
  area,
  feature: p.feature,
});

/** The place mention nearest the trigger (after it preferred, countries last, the trigger's own clause first), or
 * null. */
function nearestPlace(
  text: string,
  places: readonly PlaceMention[],
  trigger: Span,
  earlierTriggerEnd = -1,
  laterTriggerStart = Number.POSITIVE_INFINITY,
): PlaceMention | null {
  let best: PlaceMention | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const p of places) {
    const after = p.start >= trigger.end;
    // past the sentence's next trigger, a place is that one's: "began its offensive on Monday and swept into X"
    if (after && p.start >= laterTriggerStart) continue;
    const dist = after ? p.start - trigger.end : trigger.start - p.end;
    if (dist > MAX_PLACE_DISTANCE) continue;
    const between = after ? text.slice(trigger.end, p.start) : text.slice(p.end, trigger.start);
    // before it, across a clause break, after an earlier trigger: that trigger's object ("captured A, bringing B
    // under their control"; "recaptured A, … since the front launched its offensive")
    if (!after && earlierTriggerEnd >= 0 && p.start >= earlierTriggerEnd && CLAUSE_BREAK.test(between)) continue;
    const score =
      (after ? dist : dist * 1.5) + (p.feature === 'country' ? COUNTRY_PENALTY : 0) + (p.geoPrecision === 3 ? 60 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = p;
    }
  }
  return best;
}

/**
 * The span of the first `placeanaphor` phrase of a sentence ("the town", "the city's"), or null. A phrase that a
 * place name follows ("the village of A", "the town A") names that place: it refers back to nothing.
 */
function placeAnaphor(tokens: readonly Token[], places: readonly PlaceMention[], lexicon: EventLexicon): Span | null {
  if (!sentenceHas(lexicon, tokens, 'placeanaphor')) return null;
  for (let i = 0; i < tokens.length; i++) {
    for (const p of lexicon.cues.get('placeanaphor') ?? []) {
      const n = matchAt(p, tokens, i);
      if (!n) continue;
      // the name right after it, or after a word of cue class `nameof` ("of", "de")
      const after = anyMatch(lexicon.cues.get('nameof'), tokens, i + n, i + n + 1) ? i + n + 1 : i + n;
      const next = tokens[after];
      if (next && places.some((pl) => pl.start === next.start)) continue;
      return { start: (tokens[i] as Token).start, end: (tokens[i + n - 1] as Token).end };
    }
  }
  return null;
}

/** Ids of the places an `origin` phrase introduces ("based in X", "out of X"): where the actor comes from. */
function originPlaces(places: readonly PlaceMention[], tokens: readonly Token[], lexicon: EventLexicon): Set<string> {
  const out = new Set<string>();
  const patterns = lexicon.cues.get('origin');
  for (const p of places) {
    const at = firstTokenFrom(tokens, p.start);
    if (at > 0 && anyMatch(patterns, tokens, Math.max(0, at - ORIGIN_WINDOW), at)) out.add(p.id);
  }
  return out;
}

/**
 * Places listed after a capture verb up to the clause's end: "seized A, B and C". The list goes on only while the
 * words between two places join them (a comma alone, or a `listjoin` word: "and the town of"); any other words
 * describe the place before ("A, 15km south-west of B", "A, a village in B province", "A in southern B"), so B is
 * a landmark or a container, not a second capture.
 */
function listedPlaces(
  text: string,
  places: readonly PlaceMention[],
  trigger: Span,
  sentence: Span,
  lexicon: EventLexicon,
): PlaceMention[] {
  const end = clauseEnd(text, trigger, sentence);
  const out: PlaceMention[] = [];
  for (const p of places) {
    if (p.start < trigger.end || p.end > end || p.feature === 'country') continue;
    const prev = out[out.length - 1];
    if (prev && p.start > prev.end) {
      const gap = tokenize(text, prev.end, p.start);
      if (gap.length && !anyMatch(lexicon.cues.get('listjoin'), gap, 0, 1)) break;
    }
    out.push(p);
  }
  return out;
}

/**
 * A sentence's dates prepared for chooseDate when none of them is a coarse date before the reference year (so no
 * mention is background) and the candidates are in text order: the nearest date is then found by binary search
 * instead of a scan per trigger. Null when that does not hold (chooseDate scans).
 */
interface DatePlan {
  /** The dates chooseDate may pick (its filters applied), in order, with non-decreasing starts. */
  readonly valid: readonly DateMention[];
  /** For each k, the index of the first date with the latest end among valid[0..k]. */
  readonly latestEnd: readonly number[];
}

function planDates(dates: readonly DateMention[], refYear: number | null): DatePlan | null {
  const valid: DateMention[] = [];
  const latestEnd: number[] = [];
  for (const d of dates) {
    if (d.type !== 'DATE' && d.type !== 'TIME') continue;
    if (d.role) continue;
    const y = yearOf(d.value);
    const coarse =
      d.precision === 'year' || d.precision === 'month' || d.precision === 'decade' || d.precision === 'season';
    if (y !== null && refYear !== null && y < refYear && coarse) return null;
    if (d.signal && PERIOD_SIGNALS.has(d.signal)) continue;
    if (!d.value && !d.relative) continue;
    if (d.value && /^P|_REF$/.test(d.value)) continue;
    const last = valid[valid.length - 1];
    if (last && d.start < last.start) return null;
    const k = valid.length;
    const prev = latestEnd[k - 1];
    latestEnd.push(prev !== undefined && (valid[prev] as DateMention).end >= d.end ? prev : k);
    valid.push(d);
  }
  return { valid, latestEnd };
}

/** Ids of the dates a `sinceref` word shortly before makes reference points ("since independence in 1946"). */
function sinceDates(dates: readonly DateMention[], tokens: readonly Token[], lexicon: EventLexicon): Set<string> {
  const out = new Set<string>();
  for (const d of dates) {
    if (d.signal === 'since') {
      out.add(d.id);
      continue;
    }
    const at = firstTokenFrom(tokens, d.start);
    if (at > 0 && anyMatch(lexicon.cues.get('sinceref'), tokens, Math.max(0, at - SINCE_WINDOW), at)) out.add(d.id);
  }
  return out;
}

function chooseDate(
  dates: readonly DateMention[],
  trigger: Span,
  refYear: number | null,
  plan: DatePlan | null = null,
  since: ReadonlySet<string> = new Set(),
  opening: Span | null = null,
): { date: DateMention | null; background: boolean } {
  if (plan) {
    // the first date at the least distance: the first starting after the trigger, or the before one ending latest
    const { valid, latestEnd } = plan;
    let lo = 0;
    let hi = valid.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((valid[mid] as DateMention).start >= trigger.end) hi = mid;
      else lo = mid + 1;
    }
    const after = valid[lo];
    const before = lo > 0 ? valid[latestEnd[lo - 1] as number] : undefined;
    const afterDist = after ? after.start - trigger.end : Number.POSITIVE_INFINITY;
    const beforeDist = before ? (trigger.start - before.end) * 1.2 : Number.POSITIVE_INFINITY;
    if (!after && !before) return { date: null, background: false };
    return { date: beforeDist <= afterDist ? (before ?? null) : (after ?? null), background: false };
  }
  let best: DateMention | null = null;
  let bestDist = Number.POSITIVE_INFINITY;
  let background = false;
  for (const d of dates) {
    if (d.type !== 'DATE' && d.type !== 'TIME') continue;
    if (d.role) continue;
    const y = yearOf(d.value);
    const coarse =
      d.precision === 'year' || d.precision === 'month' || d.precision === 'decade' || d.precision === 'season';
    const past = y !== null && refYear !== null && y < refYear && coarse;
    // "for the first time since 1946": a reference point after the trigger dates nothing
    if (past && since.has(d.id) && d.end > trigger.start) continue;
    // "Since deploying its air force in 2015, Russia has pledged …": the year is the opening phrase's, not the
    // main clause's
    if (past && opening && d.end <= opening.end && trigger.start >= opening.end) continue;
    if (past) {
      // "In 2016, …" / "since 2016, when X was driven out": history recalled, dated to that year
      background = true;
      const dist = Math.abs(d.start - trigger.start);
      if (dist < bestDist) {
        bestDist = dist;
        best = d;
      }
      continue;
    }
    if (d.signal && PERIOD_SIGNALS.has(d.signal)) continue;
    if (!d.value && !d.relative) continue;
    if (d.value && /^P|_REF$/.test(d.value)) continue;
    const dist = d.start >= trigger.end ? d.start - trigger.end : (trigger.start - d.end) * 1.2;
    if (!background && dist < bestDist) {
      bestDist = dist;
      best = d;
    }
  }
  return { date: best, background };
}

/** The innermost claim whose content covers the trigger. */
function claimOf(claims: readonly ClaimMention[], trigger: Span): ClaimMention | null {
  let best: ClaimMention | null = null;
  for (const c of claims) {
    if (c.content.start <= trigger.start && trigger.end <= c.content.end) {
      if (!best || c.content.end - c.content.start < best.content.end - best.content.start) best = c;
    }
  }
  return best;
}

/**
 * The actors of a sentence (sorted by token, as findActors returns them) grouped by label and class, to answer what
 * ordering them by distance from a trigger (before it nearest first, then after it; ties in sentence order) is used
 * for without sorting them all per trigger: the nearest actor before it, and the labels in that order.
 */
interface SentenceActors {
  readonly actors: readonly ActorMention[];
  /** 0 … actors.length - 1 (every actor, for the binary search). */
  readonly all: readonly number[];
  readonly groups: readonly {
    readonly label: string;
    readonly cls: ActorMention['cls'];
    readonly at: number[];
    readonly state?: string;
  }[];
}

function sentenceActors(actors: readonly ActorMention[]): SentenceActors {
  const byKey = new Map<string, { label: string; cls: ActorMention['cls']; at: number[]; state?: string }>();
  for (const [k, a] of actors.entries()) {
    const key = `${a.cls}\u0000${a.label}`;
    const g = byKey.get(key);
    if (g) g.at.push(k);
    else byKey.set(key, { label: a.label, cls: a.cls, at: [k], ...(a.state ? { state: a.state } : {}) });
  }
  return { actors, all: actors.map((_, k) => k), groups: [...byKey.values()] };
}

/** Index of the first entry of `at` (indices into actors, ascending) whose token is >= token, or at.length. */
function firstFrom(actors: readonly ActorMention[], at: readonly number[], token: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((actors[at[mid] as number] as ActorMention).token < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sort key of an actor by distance from a trigger: before it nearest first, then after it (sortActors' order). */
const distanceKey = (token: number, trigger: number): number =>
  token < trigger ? trigger - token : 1000 + token - trigger;

/** The nearest actor before the trigger word (ties: first in the sentence), or undefined. */
function nearestBefore(s: SentenceActors, trigger: number): ActorMention | undefined {
  const k = firstFrom(s.actors, s.all, trigger) - 1;
  if (k < 0) return undefined;
  const token = (s.actors[k] as ActorMention).token;
  let first = k;
  while (first > 0 && (s.actors[first - 1] as ActorMention).token === token) first--;
  return s.actors[first];
}

/**
 * Who takes the ground a territory trigger names: the nearest actor before it that is not the object of a
 * preposition (`objprep`: "met no resistance from government forces as they seized …" names who resisted).
 */
function takerBefore(
  s: SentenceActors,
  trigger: number,
  tokens: readonly Token[],
  lexicon: EventLexicon,
): ActorMention | undefined {
  for (let k = firstFrom(s.actors, s.all, trigger) - 1; k >= 0; k--) {
    const a = s.actors[k] as ActorMention;
    const from = Math.max(0, a.token - OBJPREP_WINDOW);
    if (!anyMatch(lexicon.cues.get('objprep'), tokens, from, a.token)) return nearestBefore(s, a.token + 1);
  }
  return undefined;
}

/**
 * The actor named right after a verb that puts its agent after it ("fell to the rebels"; Arabic verb-first order,
 * "سيطر الجيش على …", the army took control of …): one starting within AGENT_AFTER_WINDOW words of the trigger's end,
 * with no `objprep` word before it (then it is the object: "سيطر على مواقع المتمردين").
 */
function takerAfter(
  s: SentenceActors,
  triggerEnd: number,
  tokens: readonly Token[],
  lexicon: EventLexicon,
): ActorMention | undefined {
  for (const a of s.actors) {
    if (a.token < triggerEnd || a.token >= triggerEnd + AGENT_AFTER_WINDOW) continue;
    if (anyMatch(lexicon.cues.get('objprep'), tokens, triggerEnd, a.token)) continue;
    return a;
  }
  return undefined;
}

/** Each label/class group with its first actor in distance order from the trigger, in that order. */
function groupsByDistance(s: SentenceActors, trigger: number): SentenceActors['groups'] {
  const ranked: { g: SentenceActors['groups'][number]; key: number; index: number }[] = [];
  for (const g of s.groups) {
    const from = firstFrom(s.actors, g.at, trigger);
    let best: { key: number; index: number } | null = null;
    if (from > 0) {
      // the nearest before: the last token before the trigger, first of its equals
      const token = (s.actors[g.at[from - 1] as number] as ActorMention).token;
      let k = from - 1;
      while (k > 0 && (s.actors[g.at[k - 1] as number] as ActorMention).token === token) k--;
      best = { key: distanceKey(token, trigger), index: g.at[k] as number };
    }
    if (from < g.at.length) {
      const index = g.at[from] as number;
      const key = distanceKey((s.actors[index] as ActorMention).token, trigger);
      if (!best || key < best.key) best = { key, index };
    }
    if (best) ranked.push({ g, ...best });
  }
  return ranked.sort((a, b) => a.key - b.key || a.index - b.index).map((r) => r.g);
}

/**
 * "the 30 soldiers it captured in X": the people are the object of the capture verb, named before it in a relative
 * clause. Told by a subject pronoun (`subjpronoun`) right before the verb, no direct object after it (the next word
 * is absent or of class `objectless`: "in", "on", …) and a personnel word at most PERSONNEL_BACK_WINDOW words back.
 */
function capturedPeopleBefore(hit: Hit, tokens: readonly Token[], lexicon: EventLexicon): boolean {
  if (hit.from === 0 || !anyMatch(lexicon.cues.get('subjpronoun'), tokens, hit.from - 1, hit.from)) return false;
  if (hit.to < tokens.length && !anyMatch(lexicon.cues.get('objectless'), tokens, hit.to, hit.to + 1)) return false;
  return anyMatch(lexicon.cues.get('personnel'), tokens, Math.max(0, hit.from - PERSONNEL_BACK_WINDOW), hit.from - 1);
}

/** Codes a trigger hit into one or more drafts (one per place for "seized A, B and C"). */
function draftsFor(
  hit: Hit,
  tokens: readonly Token[],
  actors: SentenceActors,
  lexicon: EventLexicon,
  previous: Draft | null,
): Draft[] | null {
  const { rule } = hit;
  let eventType: EventType = rule.eventType;
  let sub = rule.subEventType;
  const cue = (c: string, from = 0, to = tokens.length) =>
    from === 0 && to === tokens.length
      ? sentenceHas(lexicon, tokens, c)
      : anyMatch(lexicon.cues.get(c), tokens, from, to);
  let inherited: string[] | null = null;
  let relative = false;
  if (rule.flags.has('air') && cue('air')) {
    eventType = 'Explosions/Remote violence';
    sub = 'Air/drone strike';
  }
  if (rule.flags.has('oncivilians') && cue('civilian', hit.to, hit.to + ONCIVILIANS_WINDOW)) {
    eventType = 'Violence against civilians';
    sub = 'Attack';
  }
  if (rule.flags.has('territory')) {
    // "seized large quantities of weapons": goods taken, not ground
    if (cue('goods', hit.to, hit.to + PERSONNEL_WINDOW)) return null;
    // "fell to the rebels": the people after the verb are who took it, not who was taken
    const peopleAfter = !rule.flags.has('agentafter') && cue('personnel', hit.to, hit.to + PERSONNEL_WINDOW);
    relative = !peopleAfter && capturedPeopleBefore(hit, tokens, lexicon);
    if (peopleAfter || relative) {
      eventType = 'Battles';
      sub = 'Armed clash';
    } else {
      const after = rule.flags.has('agentafter') ? takerAfter(actors, hit.to, tokens, lexicon) : undefined;
      const taker = after ?? takerBefore(actors, hit.from, tokens, lexicon);
      if (taker?.cls === 'state' && taker.label.startsWith('Military Forces')) sub = 'Government regains territory';
      else if (taker?.cls === 'rebel') sub = 'Non-state actor overtakes territory';
    }
  }
  if (rule.flags.has('kill')) {
    const from = Math.max(0, hit.from - 10);
    if (cue('combatant', from, hit.from) && !cue('civilian', from, hit.from)) {
      eventType = 'Battles';
      sub = 'Armed clash';
    } else if (cue('civilian', from, Math.min(tokens.length, hit.to + 4)) || cue('civilian')) {
      if (
        previous &&
        (previous.eventType === 'Explosions/Remote violence' || previous.eventType === 'Violence against civilians')
      ) {
        eventType = previous.eventType;
        sub = previous.subEventType;
        inherited = previous.actors;
      } else {
        eventType = 'Violence against civilians';
        sub = 'Attack';
      }
    } else return null;
  }
  const labels: string[] = [];
  const states: string[] = [];
  const add = (l: string) => {
    if (!labels.includes(l)) labels.push(l);
  };
  // "relatives gathered … to demand news of the soldiers the rebels say they captured": a capture told in a
  // relative clause is between the actors of that clause, not the main clause's
  const clauseFrom = relative ? Math.max(0, hit.from - PERSONNEL_BACK_WINDOW) : 0;
  const inClause = (g: SentenceActors['groups'][number]) =>
    !relative || g.at.some((k) => (actors.actors[k] as ActorMention).token >= clauseFrom);
  for (const a of inherited ? [] : groupsByDistance(actors, hit.from).filter(inClause)) {
    if (a.cls === 'government' && eventType !== 'Strategic developments') continue;
    if (
      a.cls === 'civilians' &&
      (eventType === 'Battles' || eventType === 'Strategic developments') &&
      !rule.flags.has('kill')
    ) {
      if (eventType === 'Battles') continue;
    }
    add(a.label);
    if (a.state && !states.includes(a.state)) states.push(a.state);
  }
  for (const l of inherited ?? []) add(l);
  return [{ eventType, subEventType: sub, hit, places: [], actors: labels, states, relative }];
}

/** A killed toll one clause of the ledger states, and where it stands in the text. */
interface Toll {
  readonly count: number;
  readonly span: Span;
}

/**
 * The killed tolls the ledger finds in a sentence, one per statement (clause): the parts of a breakdown are added
 * only when the clause states them as disjoint groups ("16 civilians and 20 fighters were killed" is 36); a subset
 * ("including three children") is never added; a running toll for a campaign ("since the offensive began", "over
 * the past two days", "so far") is the casualty ledger's, not one event's.
 */
export function killedTolls(
  text: string,
  sentence: Span,
  ledger: readonly CasualtyFigure[],
  lexicon: EventLexicon,
): Toll[] {
  const byClause = new Map<string, CasualtyFigure[]>();
  for (const f of ledger) {
    if (f.outcome !== 'killed' || f.subsetOf !== null) continue;
    if (f.start < sentence.start || f.end > sentence.end) continue;
    const key = `${f.clause.start}:${f.clause.end}`;
    const list = byClause.get(key);
    if (list) list.push(f);
    else byClause.set(key, [f]);
  }
  const out: Toll[] = [];
  for (const figures of byClause.values()) {
    const last = figures.reduce((a, b) => (b.end > a.end ? b : a));
    const tail = tokenize(text, last.end, Math.min(sentence.end, last.end + TOLL_TAIL_CHARS));
    const window = tail.slice(0, TOLL_PERIOD_WINDOW);
    const running = (source: string, limit: number, toks: readonly Token[]) => {
      for (let j = 0; j < toks.length; j++) {
        if (!anyMatch(lexicon.cues.get('tollperiod'), toks, j, j + 1)) continue;
        // "since the early morning" stays within the event's day
        const at = toks[j]?.start ?? 0;
        const after = tokenize(source, at, Math.min(limit, at + TOLL_TAIL_CHARS)).slice(0, 5);
        return !anyMatch(lexicon.cues.get('sameday'), after);
      }
      return false;
    };
    const periods = figures.map((f) => f.period).filter((p): p is string => !!p);
    if (running(text, sentence.end, window) || periods.some((p) => running(p, p.length, tokenize(p)))) continue;
    const first = figures.reduce((a, b) => (b.start < a.start ? b : a));
    // "five days of fighting that have killed 100": the span of days before the figure makes it a running toll
    const head = tokenize(text, Math.max(sentence.start, first.start - TOLL_TAIL_CHARS), first.start);
    if (anyMatch(lexicon.cues.get('tollspan'), head, Math.max(0, head.length - TOLL_PERIOD_WINDOW))) continue;
    out.push({ count: figures.reduce((s, f) => s + f.count, 0), span: { start: first.start, end: last.end } });
  }
  return out;
}

/** The head word of a trigger, for telling "the offensive" from "the clashes": last word, plural -s dropped. */
const headOf = (trigger: string): string => {
  const last = trigger.toLowerCase().split(/\s+/).at(-1) ?? '';
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') ? last.slice(0, -1) : last;
};

/** True when a determiner of cue class `eventanaphor` stands just before the trigger ("their offensive"). */
function definiteTrigger(hit: Hit, tokens: readonly Token[], lexicon: EventLexicon): boolean {
  if (!hit.rule.flags.has('noun')) return false;
  return anyMatch(lexicon.cues.get('eventanaphor'), tokens, Math.max(0, hit.from - ANAPHOR_WINDOW), hit.from);
}

/**
 * The earlier mention a definite noun trigger refers back to: the nearest one of the same type and sub-type with
 * the same head word, whose date, place and actors do not say it is another event. Null when there is none.
 */
function antecedentOf(mention: EventMention, earlier: readonly EventMention[]): EventMention | null {
  const head = headOf(mention.triggerText);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k] as EventMention;
    if (e.background || e.eventType !== mention.eventType || e.subEventType !== mention.subEventType) continue;
    if (e.trigger.start >= mention.trigger.start || headOf(e.triggerText) !== head) continue;
    if (e.date.value && mention.date.value && e.date.value !== mention.date.value) continue;
    // "Israel stepped up its air strikes" after "Russia resumed air strikes": other actors, another campaign
    if (e.actors.length && mention.actors.length && !e.actors.some((x) => mention.actors.includes(x))) continue;
    const a = e.place;
    const b = mention.place;
    if (a && b && a.gazetteerId !== b.gazetteerId && !(a.area && a.area === b.area)) continue;
    return e;
  }
  return null;
}

/** Extracts the event mentions of one document. */
export function extractEvents(
  document: SourceDocument,
  layers: DocumentLayers,
  fullLexicon: EventLexicon,
  gazetteer?: Pick<Gazetteer, 'country'> & Partial<Pick<Gazetteer, 'admin1'>>,
): EventMention[] {
  const { text } = document;
  // the triggers, cues and actors of the document's language
  const lexicon = lexiconFor(fullLexicon, document.meta.language);
  const ctx: ActorContext = actorContext(
    text,
    layers.places,
    lexicon,
    (iso2) => gazetteer?.country(iso2)?.name ?? null,
  );
  const refYear = referenceYear(document, layers.dates);
  const out: EventMention[] = [];
  let previous: Draft | null = null;
  let previousParagraph = -1;
  let sentenceIndex = 0;
  const lastPlaced = new Map<EventType, { place: PlaceMention; sentence: number; regions: readonly string[] }>();
  const lastDated = new Map<EventType, DatedMention>();
  // sentences holding a trigger so far: how far a day carries (the sentences between tell no other event)
  let eventSentences = 0;
  const areaOf = (p: PlaceMention) => areaKey(adminName(p, gazetteer), lexicon);
  const sentenceStarts: number[] = [];
  let lastSentence: Sentence | null = null;
  // the town or city the document last placed an event in: what "the city" stands for
  let lastSettlement: PlaceMention | null = null;
  for (const sentence of readingUnits(text, layers.sentences)) {
    if (layers.noise.some((n) => n.kind !== 'credit' && n.start <= sentence.start && sentence.end <= n.end)) continue;
    if (sentence.paragraph > previousParagraph + 1) previous = null;
    previousParagraph = sentence.paragraph;
    sentenceIndex++;
    sentenceStarts.push(sentence.start);
    const before = lastSentence;
    lastSentence = sentence;
    const tokens = tokenize(text, sentence.start, sentence.end);
    const hits = findTriggers(tokens, lexicon);
    if (!hits.length) {
      previous = null;
      continue;
    }
    eventSentences++;
    // "It said its forces were …" goes on with the statement of the sentence before: the day that one gave
    const continued =
      before && sentence.paragraph <= before.paragraph + 1 && continuesStatement(tokens, lexicon)
        ? statementDay(layers.dates, before)
        : null;
    const actors = sentenceActors(findActors(tokens, lexicon, ctx));
    const places = layers.places
      .filter(
        (p) => p.start >= sentence.start && p.end <= sentence.end && !standsForActor(text, p, tokens, lexicon, ctx),
      )
      .filter((p) => !inDateline(text, p, sentence))
      .map((p) => (p.feature === 'landmark' ? p : namedLandmark(text, p, layers.places, lexicon)));
    const dates = layers.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
    const datePlan = planDates(dates, refYear);
    const since = sinceDates(dates, tokens, lexicon);
    const sinceClause = sinceClauseDays(text, dates, tokens, lexicon);
    const opening = openingSincePhrase(text, sentence, tokens, lexicon);
    const origins = originPlaces(places, tokens, lexicon);
    for (const id of distanceAnchors(places, tokens, lexicon)) origins.add(id);
    const tolls = killedTolls(text, sentence, layers.casualties, lexicon);
    const seen = new Map<string, number>();
    const sentenceDrafts: Draft[] = [];
    // a sentence whose killed figures are all running tolls ("85 killed since Monday") tells a campaign's count, not
    // an event: a bare killing word there names none
    const runningTollsOnly =
      !tolls.length &&
      layers.casualties.some((f) => f.outcome === 'killed' && f.start >= sentence.start && f.end <= sentence.end);
    for (const hit of hits) {
      if (runningTollsOnly && hit.rule.flags.has('kill')) continue;
      // "after five days of fighting that have killed …": a killing word after a span of days sums up a campaign
      const spanBefore = Math.max(0, hit.from - TOLL_PERIOD_WINDOW);
      if (hit.rule.flags.has('kill') && anyMatch(lexicon.cues.get('tollspan'), tokens, spanBefore, hit.from)) continue;
      const drafts = draftsFor(hit, tokens, actors, lexicon, previous);
      if (!drafts) continue;
      sentenceDrafts.push(...drafts);
    }
    const triggerStart = (d: Draft) => tokens[d.hit.from]?.start ?? sentence.start;
    const violentHits = sentenceDrafts.filter(
      (d) => d.eventType !== 'Strategic developments' && d.eventType !== 'Protests',
    );
    // each toll belongs to the violent event whose trigger is nearest (computed once: a sentence may be huge)
    const nearestOf = tolls.map((f) =>
      violentHits.length
        ? violentHits.reduce((a, b) =>
            Math.abs(triggerStart(b) - f.span.start) < Math.abs(triggerStart(a) - f.span.start) ? b : a,
          )
        : null,
    );
    for (const draft of sentenceDrafts) {
      const trigger: Span = {
        start: tokens[draft.hit.from]?.start ?? sentence.start,
        end: tokens[draft.hit.to - 1]?.end ?? sentence.end,
      };
      const listed =
        draft.hit.rule.flags.has('split') && draft.subEventType !== 'Armed clash'
          ? listedPlaces(text, places, trigger, sentence, lexicon)
          : [];
      // "the town" stands for the last town placed, where it stands: it competes with the places named
      const anaphor = lastSettlement ? placeAnaphor(tokens, layers.places, lexicon) : null;
      // "cut the highway": a road is cut, so a route the sentence names is the place ("supply routes to X" is not)
      const routes = draft.hit.rule.needs.includes('road') ? places.filter((p) => p.feature === 'route') : [];
      const here = routes.length ? routes : places.filter((p) => !origins.has(p.id));
      const referent =
        anaphor && lastSettlement ? landmarkOf(text, anaphor, lastSettlement, layers.places, lexicon) : null;
      const candidates = anaphor && referent ? [...here, { ...referent, ...anaphor }] : here;
      // a place after an earlier trigger of the sentence is that one's object: "captured A, bringing B under …"
      const earlier = hits.filter((h) => h.to <= draft.hit.from).at(-1);
      // (a road named before "cutting off" is still the road cut)
      const earlierEnd = earlier && !routes.length ? (tokens[earlier.to - 1]?.end ?? -1) : -1;
      // a later trigger coordinated with this one ("began its offensive on Monday and swept into X") takes the
      // places after it
      // (only a trigger that names an event: "seized large quantities of weapons" names none)
      const later = sentenceDrafts.find((d) => d.hit.from >= draft.hit.to)?.hit;
      const coordinated = later && anyMatch(lexicon.cues.get('listjoin'), tokens, draft.hit.to, later.from);
      const laterStart = coordinated
        ? (tokens[later.from]?.start ?? Number.POSITIVE_INFINITY)
        : Number.POSITIVE_INFINITY;
      const nearest = listed[0] ?? nearestPlace(text, candidates, trigger, earlierEnd, laterStart);
      const resolved = nearest && anaphor && nearest.start === anaphor.start ? referent : nearest;
      // a phone call happens nowhere in particular: the places of its sentence are other clauses' or the callers'
      const remote = draft.hit.rule.flags.has('remote');
      // "on Tuesday, the second day of an offensive": the campaign the day belongs to, not the day's event there
      const campaign = draft.hit.rule.flags.has('noun') ? campaignDay(tokens, draft.hit.from, lexicon) : null;
      const placeless = remote || draft.hit.rule.flags.has('noplace') || campaign !== null;
      let targets: (PlaceMention | null)[] = placeless ? [null] : listed.length >= 2 ? listed : [resolved];
      const carried = lastPlaced.get(draft.eventType);
      const inheritsPlace =
        !placeless &&
        targets[0] === null &&
        carried !== undefined &&
        draft.eventType !== 'Strategic developments' &&
        // from the sentences before: a place of this sentence the trigger did not take is another trigger's
        carried.sentence < sentenceIndex &&
        sentenceIndex - carried.sentence <= PLACE_CARRY_SENTENCES;
      if (inheritsPlace && carried) targets = [carried.place];
      // campaign-level: many places taken ("dozens of towns"), or fighting placed only at a region
      // campaign-level: many places taken ("dozens of towns", unless it goes on "including A"), or fighting placed
      // only at a region; its clause ends where the sentence's next trigger starts (that one's places are its own)
      const nextHit = hits.find((h) => h.from > draft.hit.from);
      const clause: Span = { start: sentence.start, end: tokens[nextHit?.from ?? -1]?.start ?? sentence.end };
      // (where a source speaks from, "an official in X", is no more the set's place than the event's)
      const inClause = remote ? [] : clausePlaces(text, here, trigger, clause);
      const regionHere = inClause.find(regionLevel) ?? null;
      const placed = targets[0] ?? null;
      const clauseStop = clauseEnd(text, trigger, clause);
      const clauseTo = firstTokenFrom(tokens, clauseStop);
      const many =
        (pluralPlaceObject(draft.hit.to, tokens, lexicon, nextHit?.from) ||
          (draft.hit.rule.flags.has('territory') && pluralPlaceBefore(draft.hit.from, tokens, lexicon))) &&
        !anyMatch(lexicon.cues.get('including'), tokens, draft.hit.to, clauseTo < 0 ? tokens.length : clauseTo);
      // "forces collapsed in A and B", "clashes in A and B": one trigger spread over a list of places
      const spread =
        SPREADING.has(draft.subEventType) && listedPlaces(text, places, trigger, clause, lexicon).length >= 2;
      // the launch of an offensive ("launched an assault on A and B") is one dated event, whatever it aims at
      const launch = draft.hit.rule.needs.includes('launch');
      const aggregate =
        !remote &&
        !launch &&
        (spread || draft.eventType === 'Battles') &&
        (spread ||
          many ||
          // a killing word names deaths, which may be one man's: only a word for the fighting itself spreads over
          // a region
          (draft.subEventType === 'Armed clash' &&
            !draft.hit.rule.flags.has('kill') &&
            (regionHere !== null || (placed !== null && regionLevel(placed)))));
      let regions: readonly string[] = [];
      if (aggregate) {
        // one mention for the whole set, at the region its clause names, else a place of its clause, else the
        // place carried from the sentences before
        const recent =
          carried && sentenceIndex - carried.sentence <= PLACE_CARRY_SENTENCES && !inClause.length ? carried : null;
        targets = [regionHere ?? inClause[0] ?? recent?.place ?? null];
        regions = inClause.length ? regionsOf(inClause, areaOf) : (recent?.regions ?? []);
      }
      // "have fled … since the town fell on Tuesday": for a trigger before the "since", that day bounds a period
      const bounds = dates.filter((d) => (sinceClause.get(d.id) ?? -1) >= trigger.end);
      // "began its offensive on 6 October and swept into X the following day": a day between an earlier trigger
      // and this one, joined to this one by a `listjoin` word, is the earlier trigger's
      const prior = earlier ? (tokens[earlier.to - 1]?.end ?? -1) : -1;
      const foreign = [...bounds, ...coordinatedDays(text, dates, tokens, prior, draft.hit.from, lexicon)];
      const ownDates = foreign.length ? dates.filter((d) => !foreign.includes(d)) : dates;
      const chosen = foreign.length
        ? chooseDate(ownDates, trigger, refYear, planDates(ownDates, refYear), since, opening)
        : chooseDate(dates, trigger, refYear, datePlan, since, opening);
      const { background } = chosen;
      // "released photos on Wednesday of the soldiers it captured in X": a day before a relative clause is the
      // main clause's
      const ownDay = !draft.relative || !chosen.date || chosen.date.start >= trigger.end;
      // "had fled X by Wednesday evening, and … overnight": a period bound right after the trigger is its time; a
      // day past that bound belongs to a later clause
      const pick = chosen.date;
      const boundFirst = pick !== null && boundBefore(dates, trigger, pick);
      // "killed since the offensive began": a definite event named after "since" is a reference point the
      // document has told before; the sentence's day is not its day
      const reference =
        definiteTrigger(draft.hit, tokens, lexicon) &&
        anyMatch(
          lexicon.cues.get('sinceref'),
          tokens,
          Math.max(0, draft.hit.from - ANAPHOR_WINDOW - 1),
          draft.hit.from,
        );
      const dated = ownDay && !boundFirst && !reference ? (pick ?? continued) : null;
      const periodDates = bounds.length ? [...ownDates, ...bounds.map((d) => ({ ...d, signal: 'since' }))] : dates;
      const periodic =
        !dated && periodDates.some((d) => d.signal === 'within' || d.signal === 'since' || d.signal === 'by');
      const range = periodic
        ? periodRange(periodDates, rangeAnchor(layers.dates, sentenceStarts, sentence.start), document.meta.published)
        : null;
      // "had fled by Wednesday evening" in a report whose days resolve only across documents (no publication date
      // yet): no range can be built here, so the bound itself, the latest day it can have happened, dates it
      const date =
        dated ??
        (periodic && !range ? (dates.find((d) => d.signal === 'by' && d.type === 'DATE' && !d.value) ?? null) : null);
      // "the 30 soldiers it captured in X", no day of its own: recalled from the days before the report
      // (so is one told inside a "since" clause: "the first pause since the rebels broke out … and seized X")
      const recalled =
        !date && !range && !reference && (draft.relative || inSinceClause(text, tokens, draft.hit.from, lexicon))
          ? pastReference(document.meta.published)
          : null;
      // the campaign began N - 1 days before the day named (a day the document stage cannot resolve dates nothing)
      const started = campaign && date ? shiftDay(date.value, 1 - campaign.day) : null;
      const campaignStart = (tokens[campaign?.from ?? -1] as Token | undefined)?.start ?? trigger.start;
      const eventDate: EventDate = campaign
        ? started && date
          ? {
              value: started,
              precision: 1,
              basis: 'text',
              mention: date.id,
              span: { start: Math.min(date.start, campaignStart), end: Math.max(date.end, trigger.end) },
            }
          : { value: null, precision: null, basis: 'report-day', mention: null, span: null }
        : date
          ? {
              value: background ? (yearOf(date.value)?.toString() ?? date.value) : date.value,
              precision: background ? 3 : precisionOf(date),
              basis: 'text',
              mention: date.id,
              span: { start: date.start, end: date.end },
            }
          : range
            ? {
                value: null,
                precision: rangePrecision(range),
                basis: 'text',
                mention: range.mention.id,
                span: { start: range.mention.start, end: range.mention.end },
                range: { from: range.from, to: range.to },
              }
            : recalled
              ? // the days before the report (its publication day is the evidence); the trigger is the span it
                // rests on
                { value: null, precision: 2, basis: 'report-day', mention: null, span: trigger, range: recalled }
              : { value: null, precision: null, basis: 'report-day', mention: null, span: null };
      // the killed figure nearest this trigger, when this is the sentence's violent event nearest to it
      let fatalities: number | null = null;
      let fatalitiesSpan: Span | null = null;
      if (draft.eventType !== 'Strategic developments' && draft.eventType !== 'Protests') {
        for (const [k, f] of tolls.entries()) {
          if (nearestOf[k] !== draft) continue;
          if (fatalities === null || f.count < fatalities) {
            fatalities = f.count;
            fatalitiesSpan = f.span;
          }
        }
      }
      const claim = claimOf(layers.claims, trigger);
      const denied =
        !claim &&
        anyMatch(lexicon.cues.get('denial'), tokens, Math.max(0, draft.hit.from - DENIAL_WINDOW), draft.hit.from);
      const status: Status = claim?.status ?? (denied ? 'denied' : 'asserted');
      const kind = `${draft.eventType}|${draft.subEventType}`;
      for (const place of targets) {
        // an undated mention right after a dated one of its kind and place goes on telling that event
        const carriedDate =
          eventDate.basis === 'report-day' && !eventDate.range && !background && !aggregate
            ? carriedDay(lastDated.get(draft.eventType), kind, place, eventSentences)
            : null;
        const mentionDate = carriedDate ?? eventDate;
        // (a day the text gives the event itself: a carried one is not carried on, a recalled capture is not news)
        const ownText = mentionDate.basis === 'text' && (mentionDate.value || mentionDate.mention);
        if (!carriedDate && ownText && !background && !aggregate && !draft.relative)
          lastDated.set(draft.eventType, { key: kind, date: mentionDate, place, sentence: eventSentences });
        const key = `${draft.eventType}|${draft.subEventType}|${place?.id ?? ''}|${mentionDate.value ?? ''}|${aggregate}`;
        const twin = seen.get(key);
        if (twin !== undefined) {
          // the same event named twice in the sentence ("air strikes ... hit"): it keeps the lower figure of either
          const kept = out[twin] as EventMention;
          if (fatalities !== null && (kept.fatalities === null || fatalities < kept.fatalities))
            out[twin] = { ...kept, fatalities, fatalitiesSpan };
          continue;
        }
        seen.set(key, out.length);
        // (a capture recalled in a relative clause, "the soldiers it captured in X", is not where the story is)
        if (place && !background && !draft.relative)
          lastPlaced.set(draft.eventType, {
            place,
            sentence: sentenceIndex,
            regions: aggregate ? regions : regionsOf([place], areaOf),
          });
        if (place && !background && SETTLEMENTS.has(place.feature)) lastSettlement = place;
        const mention: EventMention = {
          id: `ev${out.length + 1}`,
          start: sentence.start,
          end: sentence.end,
          source: {
            stage: STAGE_NAME,
            rule: `trigger:${draft.hit.rule.lang === 'en' ? '' : `${draft.hit.rule.lang}:`}${draft.hit.rule.line}`,
          },
          eventType: draft.eventType,
          subEventType: draft.subEventType,
          trigger,
          triggerText: text.slice(trigger.start, trigger.end),
          actors: draft.actors,
          place: place ? toEventPlace(place, areaOf(place)) : null,
          date: mentionDate,
          fatalities,
          fatalitiesSpan,
          status,
          claim: claim?.id ?? null,
          background,
          antecedent: null,
          ...(remote ? { remote } : {}),
          ...(draft.hit.rule.flags.has('diplomatic') ? { diplomatic: true } : {}),
          ...(draft.hit.rule.flags.has('displacement') ? { displacement: true } : {}),
          ...(draft.states.length ? { states: draft.states } : {}),
          ...(aggregate ? { aggregate, regions } : {}),
        };
        const antecedent =
          !background && definiteTrigger(draft.hit, tokens, lexicon) ? antecedentOf(mention, out) : null;
        out.push(
          antecedent ? { ...mention, antecedent: { mention: antecedent.id, rule: 'definite-anaphor' } } : mention,
        );
      }
    }
    previous = sentenceDrafts.find((d) => d.eventType !== 'Strategic developments') ?? null;
  }
  return out;
}
