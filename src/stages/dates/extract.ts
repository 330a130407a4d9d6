import { formatDay, parseIsoDay } from '../../lib/time/index.js';
import type { Span } from '../../model/index.js';
import { ActiveLexicon } from './active.js';
import { dateRole } from './dateline.js';
import type { DateLexicon } from './lexicon.js';
import { type PreviousDate, precisionOf, type Resolved, resolve, type SignalKind, signalKindOf } from './resolve.js';
import { coordinatedDay, matchAt, mayStartAt } from './rules/index.js';
import type { Candidate, Sem } from './sem.js';
import { type CueCache, tenseNear } from './tense.js';
import { type Token, tokenize } from './tokens.js';
import type { DateMention, DatePrecision, DocumentDateRole, TimexType } from './types.js';

export interface ExtractInput {
  readonly text: string;
  readonly lexicon: DateLexicon;
  /** ISO 639-1 of the document, or null when unknown. */
  readonly language: string | null;
  /** The publication date (YYYY-MM-DD…) when known from metadata; otherwise a dateline in the text is used. */
  readonly reference: string | null;
  /** Sentence spans (from the `sentences` layer); when empty, sentences are cut at . ! ? and line breaks. */
  readonly sentences: readonly Span[];
  /** Spans to skip (boilerplate from the `noise` layer). */
  readonly skip: readonly Span[];
  /** Order of all-numeric dates when both parts are ≤ 12. Default: 'mdy' for English or unknown, else 'dmy'. */
  readonly numericOrder?: 'dmy' | 'mdy';
}

/** One extracted expression, before ids and provenance are attached. */
export interface ExtractedDate extends Omit<DateMention, 'id' | 'source'> {
  readonly rule: string;
}

export interface ExtractResult {
  readonly dates: readonly ExtractedDate[];
  /** The reference the relative values were resolved against (metadata, else the text's own date), or null. */
  readonly reference: string | null;
  readonly referenceSource: 'input' | DocumentDateRole | null;
}

/**
 * How far back (in sentences) a quarter-precision date may be for "a year ago" to mean "the same quarter a year
 * earlier" (financial comparisons) rather than "last year". Calibrated on TBAQ: the comparison follows within two
 * sentences (1 → 2 sentences: +9 correct values on the dev split, none lost).
 */
export const YEAR_AGO_QUARTER_WINDOW_SENTENCES = 2;

/** How far (tokens) a date's sentence is taken to reach on each side: bounds the work on unpunctuated input. */
const SENTENCE_WINDOW_TOKENS = 200;

/** Sentence index of every token: from the given sentence spans, or cut at . ! ? followed by a capital / newline. */
function sentenceIds(tokens: readonly Token[], sentences: readonly Span[]): number[] {
  const ids: number[] = new Array(tokens.length);
  if (sentences.length) {
    const sorted = [...sentences].sort((a, b) => a.start - b.start);
    let s = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      while (s < sorted.length - 1 && t.start >= (sorted[s] as Span).end) s++;
      ids[k] = s;
    }
    return ids;
  }
  let id = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.newline && k > 0) id++;
    ids[k] = id;
    const next = tokens[k + 1];
    if (/^[.!?]$/.test(t.text) && next?.spaced && !next.newline && /^[\p{Lu}"“‘'0-9]/u.test(next.text)) {
      const prev = tokens[k - 1];
      // "Nov." "Mr." "U.S." are not sentence ends
      if (
        !(
          t.text === '.' &&
          prev &&
          prev.kind === 'word' &&
          (prev.text.length <= 3 || (/^[A-Z]/.test(prev.text) && prev.text.length <= 4))
        )
      )
        id++;
    }
  }
  return ids;
}

/** Runs the rules over the tokens left to right; at each token the longest match wins. */
function scan(
  tokens: readonly Token[],
  lex: ActiveLexicon,
  skip: readonly Span[],
  numericOrder: 'dmy' | 'mdy',
): Candidate[] {
  const c = { tokens, lex, numericOrder };
  const sortedSkip = [...skip].sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as Token;
    while (s < sortedSkip.length && (sortedSkip[s] as Span).end <= t.start) s++;
    const sk = sortedSkip[s];
    if (sk && sk.start <= t.start && t.start < sk.end) {
      i++;
      continue;
    }
    const cand = mayStartAt(c, i) ? matchAt(c, i) : null;
    if (cand) {
      out.push(cand);
      i = cand.end;
      const second = coordinatedDay(c, cand);
      if (second) {
        out.push(second);
        i = second.end;
      }
    } else i++;
  }
  return out;
}

const needsTense = (sem: Sem): boolean =>
  sem.k === 'weekday' ||
  sem.k === 'in-year' ||
  (sem.k === 'abs' && sem.y === undefined) ||
  sem.k === 'day' ||
  sem.k === 'weekend';

function signalBefore(
  tokens: readonly Token[],
  lex: ActiveLexicon,
  start: number,
): { form: string; kind: SignalKind | null; at: number } | null {
  for (const back of [2, 1]) {
    const k = start - back;
    if (k < 0) continue;
    const m = lex.match(tokens, k, 'signal');
    if (m && m.end === start)
      return { form: m.entry.form, kind: signalKindOf(m.entry.value), at: tokens[k]?.start ?? 0 };
  }
  return null;
}

/** ACLED time precision: 1 a day or finer, 2 a week, 3 a month or vaguer; null when not a point in time. */
function timePrecisionOf(precision: DatePrecision | null, type: TimexType): 1 | 2 | 3 | null {
  if (type === 'DURATION' || type === 'SET' || precision === null) return null;
  if (precision === 'time' || precision === 'day') return 1;
  return precision === 'week' ? 2 : 3;
}

/**
 * "the day before last Tuesday": the inner date moved by whole days. Only a date resolved to the day can move; an
 * unresolved one keeps no relative spec (it would name the inner day, not the shifted one).
 */
function shiftedDays(r: Resolved, days: number): Resolved {
  const m = /^(\d{4}-\d{2}-\d{2})(.*)$/.exec(r.value ?? '');
  const day = m ? parseIsoDay(m[1]) : null;
  if (!m || day === null) return { ...r, value: null, relative: null };
  return { ...r, value: `${formatDay(day + days)}${m[2]}` };
}

/** Extracts and resolves every temporal expression of a text. Linear in the text length. */
export function extractDates(input: ExtractInput): ExtractResult {
  const lex = ActiveLexicon.of(input.lexicon, input.language);
  const lang = input.language?.slice(0, 2).toLowerCase() ?? null;
  const numericOrder = input.numericOrder ?? (lang === null || lang === 'en' ? 'mdy' : 'dmy');
  const tokens = tokenize(input.text);
  const sids = sentenceIds(tokens, input.sentences);
  const cands = scan(tokens, lex, input.skip, numericOrder);
  const roles = cands.map((cand) => dateRole(tokens, lex, cand, input.text));

  let ref = parseIsoDay(input.reference);
  let referenceSource: ExtractResult['referenceSource'] = ref === null ? null : 'input';
  if (ref === null) {
    // the text's own date: a "Published …" line first, then a dateline, then an "Updated …" line
    for (const wanted of ['published', 'dateline', 'updated'] as const) {
      const idx = roles.indexOf(wanted);
      const sem = cands[idx]?.sem;
      if (idx >= 0 && sem?.k === 'abs' && sem.y !== undefined && sem.m !== undefined && sem.d !== undefined) {
        ref = parseIsoDay(`${sem.y}-${String(sem.m).padStart(2, '0')}-${String(sem.d).padStart(2, '0')}`);
        referenceSource = wanted;
        break;
      }
    }
  }

  const english = lang === null || lang === 'en';
  const dates: ExtractedDate[] = [];
  let previous: PreviousDate | null = null;
  let previousSentence = -1;
  let lastQuarterSentence = -Infinity;
  let lastQuarter: PreviousDate | null = null;
  /** "-Q3" of the last quarter named, for "the 1988 quarter". */
  let lastQuarterPart: string | null = null;
  // first and last+1 token of every sentence, so that each date finds its sentence in constant time
  const sentenceFirst: number[] = [];
  const sentenceEnd: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const id = sids[k] ?? 0;
    if (sentenceFirst[id] === undefined) sentenceFirst[id] = k;
    sentenceEnd[id] = k + 1;
  }
  const cues: CueCache = [];
  cands.forEach((cand, n) => {
    const first = tokens[cand.start] as Token;
    const last = tokens[cand.end - 1] as Token;
    const sid = sids[cand.start] ?? 0;
    const sStart = Math.max(sentenceFirst[sid] ?? 0, cand.start - SENTENCE_WINDOW_TOKENS);
    const sEnd = Math.max(cand.end, Math.min(sentenceEnd[sid] ?? tokens.length, cand.end + SENTENCE_WINDOW_TOKENS));
    const tense = needsTense(cand.sem)
      ? tenseNear(tokens, lex, cand.start, cand.end, sStart, sEnd, english, cues)
      : null;
    const sig = signalBefore(tokens, lex, cand.start);
    const signal = sig?.form ?? null;
    let sem = cand.sem;
    let prev = sem.k === 'time' && previousSentence !== sid ? null : previous;
    const quarterNear = sid - lastQuarterSentence <= YEAR_AGO_QUARTER_WINDOW_SENTENCES;
    if (sem.k === 'narrative' && sem.yearAgo) {
      // "a year earlier" compares with the quarter just reported, else it is last year; "the year-earlier period"
      // names a reporting period, so it is the last quarter named however far back
      if (quarterNear || (cand.rule === 'year-earlier-quarter' && lastQuarter)) prev = lastQuarter;
      else sem = { k: 'unit', unit: 'Y', offset: sem.n };
    } else if (cand.rule === 'year-quarter' && sem.k === 'abs' && quarterNear && lastQuarterPart) {
      // "the 1988 quarter" right after "the third quarter": the third quarter of 1988
      sem = { ...sem, yearPart: lastQuarterPart };
    } else if (sem.k === 'narrative' && sem.unit === 'Q') {
      prev = lastQuarter;
    } else if (cand.rule === 'the-quarter' && quarterNear && lastQuarter?.value) {
      // "the quarter" right after a quarter was named is that quarter
      sem = { k: 'narrative', unit: 'Q', n: 0 };
      prev = lastQuarter;
    }
    const resolved = resolve(sem, { ref, tense, signal: sig?.kind ?? null, previous: prev });
    const r = cand.dayShift ? shiftedDays(resolved, cand.dayShift) : resolved;
    const value = r.value;
    const precision = r.precision ?? precisionOf(value);
    dates.push({
      start: first.start,
      end: last.end,
      rule: cand.rule,
      type: r.type,
      value,
      precision,
      anchor: r.anchor,
      tense,
      mod: cand.mod ?? null,
      signal,
      phraseStart: sig ? sig.at : first.start,
      // a day phrase with no publication date to resolve it is known only up to a week
      timePrecision: value === null && precision === 'day' ? 2 : timePrecisionOf(precision, r.type),
      relative: r.relative,
      role: roles[n] ?? null,
      timex: sem.k !== 'event-period',
      language: cand.lang,
    });
    if ((r.type === 'DATE' || r.type === 'TIME') && precision !== null && (value !== null || r.relative !== null)) {
      previous = { value, relative: r.relative };
      previousSentence = sid;
      // a comparison point ("a year earlier", "the year-ago quarter", "the 1988 quarter") is not the period being
      // reported: the next comparison still counts from the reported quarter, not a year further back
      if (precision === 'quarter' && !(sem.k === 'narrative' && sem.yearAgo) && cand.rule !== 'year-quarter') {
        lastQuarterSentence = sid;
        lastQuarter = previous;
        lastQuarterPart = /-Q\d$/.exec(value ?? '')?.[0] ?? null;
      }
    }
  });
  return { dates, reference: ref === null ? null : formatDay(ref), referenceSource };
}
