import type { Candidate } from '../sem.js';
import { glued, normAt, phraseAt, type RuleContext } from './context.js';
import { durationValue, quantityAt, quantityModAt } from './quantity.js';
import { frequencyContext } from './relative.js';

/** Words between "the" and a quantity that keep it a duration: "the past two days", "the first nine months". */
const DURATION_DETERMINERS = new Set([
  'past',
  'last',
  'next',
  'first',
  'coming',
  'previous',
  'final',
  'latest',
  'initial',
  'following',
  'same',
  'entire',
  'whole',
  'full',
]);

/** Words between a quantity and its unit that keep it a plain duration: "two more weeks", "an additional year". */
const DURATION_ADDITIVES = new Set(['more', 'additional', 'further', 'extra']);
/** Kinds of day counted like days: "eight trading days", "ten working days" (the value stays PnD). */
const DAY_KINDS = new Set(['trading', 'business', 'working', 'calendar']);

/** Bare plural units after these words are vague durations: "for years", "over decades", "within hours". */
const VAGUE_PLURAL_SIGNALS = new Set(['for', 'over', 'within', 'in', 'after', 'lasting', 'took', 'spent', 'than']);

/**
 * Durations: "two days", "24 hours", "five-year", "the past two days", "the first nine months", "several years",
 * "more than two weeks", "for years". A following "ago"/"earlier" makes it a date (agoRule wins by length).
 */
export function durationRule(c: RuleContext, i: number): Candidate | null {
  let k = i;
  const qmod = quantityModAt(c, k);
  if (qmod) k = qmod.end;
  if (normAt(c, k) === 'the') {
    k++;
    if (DURATION_DETERMINERS.has(normAt(c, k) ?? '')) k++;
  } else if ((normAt(c, k) === 'past' || normAt(c, k) === 'last' || normAt(c, k) === 'next') && k > i) {
    k++;
  }
  const q = quantityAt(c, k);
  // "the 1988 quarter": a year, not 1988 quarters
  if (q && q.n !== 'X' && q.n >= 1000 && c.tokens[k]?.kind === 'num') return null;
  if (q) {
    let u = q.end;
    const hyphen = c.tokens[u]?.text === '-' && glued(c, u) && glued(c, u + 1);
    if (hyphen) u++;
    else if (DURATION_ADDITIVES.has(normAt(c, u) ?? '')) u++;
    if (!hyphen && DAY_KINDS.has(normAt(c, u) ?? '') && c.lex.match(c.tokens, u + 1, 'unit')?.entry.value === 'D') u++;
    const unit = c.lex.match(c.tokens, u, 'unit');
    if (!unit) return null;
    const qText = c.tokens[k]?.norm;
    // "three-quarters of its food" is a fraction
    if (hyphen && unit.entry.form === 'quarters') return null;
    // "four flights a week", "$500 million a year": a rate, not a period
    if ((qText === 'a' || qText === 'an') && k === i && frequencyContext(c, i)) return null;
    // "a week" alone is often a set or an article: keep it, but "a day" after "once"/"twice" is a set (setRule)
    if (
      (qText === 'a' || qText === 'an') &&
      k === i &&
      (c.tokens[i - 1]?.norm === 'once' || c.tokens[i - 1]?.norm === 'twice')
    )
      return null;
    // "a second attack" is an ordinal, not a second of time
    if (unit.entry.value === 'TS' && (qText === 'a' || qText === 'an') && c.tokens[unit.end]?.kind === 'word')
      return null;
    // "a minute and a half", "two hours and a half"
    const half = q.n !== 'X' && !hyphen ? phraseAt(c, unit.end, 'and a half') : -1;
    const end = half >= 0 ? half : unit.end;
    // "52 years old": an age
    if (normAt(c, end) === 'old') return null;
    // "a year-earlier loss", "year-end": the unit is part of another compound
    if (!hyphen && c.tokens[end]?.text === '-' && glued(c, end)) return null;
    // "68-year-old" is an age, not a period of time (TimeBank leaves ages untagged)
    if (hyphen && c.tokens[end]?.text === '-' && normAt(c, end + 1) === 'old' && glued(c, end)) return null;
    const value = durationValue(half >= 0 && q.n !== 'X' ? { ...q, n: q.n + 0.5 } : q, unit.entry.value);
    // "the 30-day period": the compound is an adjective, "the" belongs to the noun
    const start = hyphen && normAt(c, i) === 'the' && k === i + 1 ? k : i;
    return {
      start,
      end,
      sem: { k: 'duration', value },
      rule: hyphen ? 'duration-compound' : 'duration',
      lang: unit.entry.lang,
      ...(qmod ? { mod: qmod.mod } : {}),
    };
  }
  // bare plurals: "for years", "over decades"
  const unit = c.lex.match(c.tokens, k, 'unit');
  if (!unit || k !== i) return null;
  const form = c.tokens[k]?.norm ?? '';
  if (!form.endsWith('s') || (form === 'hours' && c.tokens[k - 1]?.norm === 'early')) return null;
  if (!VAGUE_PLURAL_SIGNALS.has(normAt(c, i - 1) ?? '')) return null;
  return {
    start: i,
    end: unit.end,
    sem: { k: 'duration', value: durationValue({ n: 'X', end: 0 }, unit.entry.value) },
    rule: 'duration-vague',
    lang: unit.entry.lang,
  };
}

/** Verbs that close an event-bounded period: "since the offensive began". */
const EVENT_PERIOD_VERBS = new Set([
  'began',
  'begun',
  'started',
  'erupted',
  'launched',
  'ended',
  'broke',
  'opened',
  'resumed',
  'escalated',
  'intensified',
  'took',
]);
const EVENT_PERIOD_NOUNS = new Set(['start', 'beginning', 'outbreak', 'launch', 'onset', 'end', 'fall', 'collapse']);
/** Longest event phrase read after "since" (tokens); longer clauses are not taken as a period bound. */
const MAX_EVENT_PERIOD_TOKENS = 8;

/**
 * A period bounded by an event: "since the offensive began", "since the start of the war". TimeML does not tag
 * these as TIMEX3; the mention has no value and `timex: false`, but keeps the period in the text's own words.
 */
export function eventPeriodRule(c: RuleContext, i: number): Candidate | null {
  const s = normAt(c, i);
  if (s !== 'since' && s !== 'until' && s !== 'before') return null;
  const det = normAt(c, i + 1);
  if (det !== 'the' && det !== 'its' && det !== 'their' && det !== 'this' && det !== 'his' && det !== 'her')
    return null;
  if (EVENT_PERIOD_NOUNS.has(normAt(c, i + 2) ?? '') && normAt(c, i + 3) === 'of') {
    let k = i + 4;
    while (k < i + 2 + MAX_EVENT_PERIOD_TOKENS && c.tokens[k]?.kind === 'word' && !c.tokens[k]?.newline) k++;
    return k > i + 4 ? { start: i, end: k, sem: { k: 'event-period' }, rule: 'event-period', lang: 'en' } : null;
  }
  for (let k = i + 2; k < i + 2 + MAX_EVENT_PERIOD_TOKENS; k++) {
    const t = c.tokens[k];
    if (t?.kind !== 'word' || t.newline) return null;
    if (EVENT_PERIOD_VERBS.has(t.norm) && k > i + 2) {
      let end = k + 1;
      if (t.norm === 'broke' && normAt(c, end) === 'out') end++;
      if (t.norm === 'took' && normAt(c, end) === 'place') end++;
      return { start: i, end, sem: { k: 'event-period' }, rule: 'event-period', lang: 'en' };
    }
  }
  return null;
}
