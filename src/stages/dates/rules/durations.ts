import type { Candidate } from '../sem.js';
import { glued, normAt, phraseAt, type RuleContext } from './context.js';
import { durationValue, quantityAt, quantityModAt } from './quantity.js';
import { frequencyContext } from './relative.js';

// Word lists (data/lexicon/dates/grammar.tsv): duration-determiner ("the past two days"), duration-additive ("two
// more weeks"), day-kind ("eight trading days"), vague-plural-signal ("for years"), event-period-verb/-noun.

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
    if (c.lex.has('duration-determiner', normAt(c, k))) k++;
  } else if ((normAt(c, k) === 'past' || normAt(c, k) === 'last' || normAt(c, k) === 'next') && k > i) {
    k++;
  }
  // "for a while": an unmeasured stretch (category vague-duration of relative.tsv)
  const vague = k === i ? c.lex.match(c.tokens, i, 'vague-duration') : null;
  if (vague && c.lex.has('vague-plural-signal', normAt(c, i - 1)))
    return {
      start: i,
      end: vague.end,
      sem: { k: 'duration', value: vague.entry.value },
      rule: 'duration-vague',
      lang: vague.entry.lang,
    };
  const long = longSpanAt(c, i, k);
  if (long) return long;
  const q = quantityAt(c, k);
  // "the 1988 quarter": a year, not 1988 quarters
  if (q && q.n !== 'X' && q.n >= 1000 && c.tokens[k]?.kind === 'num') return null;
  if (q) {
    let u = q.end;
    const hyphen = c.tokens[u]?.text === '-' && glued(c, u) && glued(c, u + 1);
    if (hyphen) u++;
    else if (c.lex.has('duration-additive', normAt(c, u))) u++;
    if (!hyphen && c.lex.has('day-kind', normAt(c, u)) && c.lex.match(c.tokens, u + 1, 'unit')?.entry.value === 'D')
      u++;
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
  if (!c.lex.has('vague-plural-signal', normAt(c, i - 1))) return null;
  return {
    start: i,
    end: unit.end,
    sem: { k: 'duration', value: durationValue({ n: 'X', end: 0 }, unit.entry.value) },
    rule: 'duration-vague',
    lang: unit.entry.lang,
  };
}

/** Determiners of a span reaching back or ahead from the reference without a count: "the past decade". */
const SPAN_DETERMINERS: ReadonlySet<string> = new Set(['past', 'last', 'next', 'coming']);

/**
 * "the past decade", "over the last decade", "in the coming decade": ten years reaching back or ahead from the
 * reference, the count-less form of "the past two decades" (P20Y) and tagged like it, as a duration (P10Y). Shorter
 * units ("the past year") are points, resolved by unitRelRule; "the past century" is left out: it mostly names a
 * calendar century ("the greatest events of the past century"), not a span.
 */
function longSpanAt(c: RuleContext, i: number, k: number): Candidate | null {
  if (normAt(c, i) !== 'the' || k !== i + 2 || !SPAN_DETERMINERS.has(normAt(c, i + 1) ?? '')) return null;
  const unit = c.lex.match(c.tokens, k, 'unit');
  if (unit?.entry.value !== 'DE' || (c.tokens[k]?.norm ?? '').endsWith('s')) return null;
  const value = durationValue({ n: 1, end: 0 }, 'DE');
  return { start: i, end: unit.end, sem: { k: 'duration', value }, rule: 'duration-span', lang: unit.entry.lang };
}

/**
 * "a day-long meeting", "a decades-long battle", "a year-long siege": a compound adjective of length, tagged as a
 * duration (one unit, or an unspecified number for a plural). With a number it is durationRule's ("a 10-day-long").
 */
export function longCompoundRule(c: RuleContext, i: number): Candidate | null {
  const unit = c.lex.match(c.tokens, i, 'unit');
  if (!unit || c.tokens[unit.end]?.text !== '-' || !glued(c, unit.end) || !glued(c, unit.end + 1)) return null;
  if (normAt(c, unit.end + 1) !== 'long') return null;
  // preceded by a number, the quantity belongs to durationRule ("a two-day-long")
  if (c.tokens[i - 1]?.text === '-' && glued(c, i)) return null;
  const form = c.tokens[i]?.norm ?? '';
  const plural = form.endsWith('s') && unit.entry.lang === 'en';
  const value = durationValue({ n: plural ? 'X' : 1, end: 0 }, unit.entry.value);
  return { start: i, end: unit.end + 2, sem: { k: 'duration', value }, rule: 'duration-long', lang: unit.entry.lang };
}

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
  if (c.lex.has('event-period-noun', normAt(c, i + 2)) && normAt(c, i + 3) === 'of') {
    let k = i + 4;
    while (k < i + 2 + MAX_EVENT_PERIOD_TOKENS && c.tokens[k]?.kind === 'word' && !c.tokens[k]?.newline) k++;
    return k > i + 4 ? { start: i, end: k, sem: { k: 'event-period' }, rule: 'event-period', lang: 'en' } : null;
  }
  for (let k = i + 2; k < i + 2 + MAX_EVENT_PERIOD_TOKENS; k++) {
    const t = c.tokens[k];
    if (t?.kind !== 'word' || t.newline) return null;
    if (c.lex.has('event-period-verb', t.norm) && k > i + 2) {
      let end = k + 1;
      if (t.norm === 'broke' && normAt(c, end) === 'out') end++;
      if (t.norm === 'took' && normAt(c, end) === 'place') end++;
      return { start: i, end, sem: { k: 'event-period' }, rule: 'event-period', lang: 'en' };
    }
  }
  return null;
}
