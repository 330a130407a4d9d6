import type { DateLexicon } from '../lexicon.js';
import type { Candidate } from '../sem.js';
import type { Token } from '../tokens.js';
import type { TimexMod } from '../types.js';
import { glued, normAt, phraseAt, type RuleContext } from './context.js';
import { durationRule, eventPeriodRule, longCompoundRule } from './durations.js';
import { dayMonthYear, holidayRule, monthAlone, monthDayYear, monthYear, numericDate, yearRule } from './explicit.js';
import { centuryRule, spelledYearRule, thatUnitRule, theYearRule, weekendRule, yearEndRule } from './periods.js';
import { quarterRule } from './quarters.js';
import {
  agoRule,
  dayOffsetRule,
  narrativeRule,
  partThenDayRule,
  refRule,
  seasonSem,
  setRule,
  thisPartRule,
  unitRelRule,
  weekdayRule,
} from './relative.js';
import { boundaryOfDayRule, clockRule } from './times.js';

export type { RuleContext } from './context.js';
export { coordinatedDay } from './explicit.js';

/** Meanings a part modifier ("early", "late", "mid-", "the end of") can narrow. */
const MODIFIABLE = new Set(['abs', 'in-year', 'unit', 'weekday', 'day', 'narrative', 'weekend']);

/** The longer of two matches at i (the earlier, `best`, on equal length); a match must cover token i. */
const better = (best: Candidate | null, cand: Candidate | null, i: number): Candidate | null =>
  cand && cand.end > i && (!best || cand.end > best.end) ? cand : best;

/**
 * The longest base match at i. The base rules are called in priority order (on equal length the earlier one wins),
 * one call site per rule rather than a loop over an array, so that each site sees a single function and V8 can
 * inline the rules' cheap early exits.
 */
function longest(c: RuleContext, i: number): Candidate | null {
  let best: Candidate | null = null;
  best = better(best, numericDate(c, i), i);
  best = better(best, monthDayYear(c, i), i);
  best = better(best, dayMonthYear(c, i), i);
  best = better(best, monthYear(c, i), i);
  best = better(best, holidayRule(c, i), i);
  best = better(best, quarterRule(c, i), i);
  best = better(best, centuryRule(c, i), i);
  best = better(best, spelledYearRule(c, i), i);
  best = better(best, weekendRule(c, i), i);
  best = better(best, theYearRule(c, i), i);
  best = better(best, yearEndRule(c, i), i);
  best = better(best, thatUnitRule(c, i), i);
  best = better(best, agoRule(c, i), i);
  best = better(best, narrativeRule(c, i), i);
  best = better(best, dayOffsetRule(c, i), i);
  best = better(best, partThenDayRule(c, i), i);
  best = better(best, thisPartRule(c, i), i);
  best = better(best, weekdayRule(c, i), i);
  best = better(best, unitRelRule(c, i), i);
  best = better(best, clockRule(c, i), i);
  best = better(best, boundaryOfDayRule(c, i), i);
  best = better(best, monthAlone(c, i), i);
  best = better(best, yearRule(c, i), i);
  best = better(best, setRule(c, i), i);
  best = better(best, durationRule(c, i), i);
  best = better(best, longCompoundRule(c, i), i);
  best = better(best, refRule(c, i), i);
  best = better(best, eventPeriodRule(c, i), i);
  return best;
}

/** "year end", "year-end", "year's end", "the end of the year", "the end of the month": END of the current unit. */
function unitEnd(c: RuleContext, i: number, modEnd: number): Candidate | null {
  for (const [phrase, unit] of [
    ['the year', 'Y'],
    ['the month', 'M'],
    ['the week', 'W'],
    ['this year', 'Y'],
    ['this month', 'M'],
    ['this week', 'W'],
  ] as const) {
    const end = phraseAt(c, modEnd, phrase);
    if (end >= 0) return { start: i, end, sem: { k: 'unit', unit, offset: 0 }, rule: 'unit-part', lang: 'en' };
  }
  return null;
}

/**
 * Words (besides numbers and the lexicon's own first words) at which some rule can start. A token that is none of
 * these is skipped without running the rules, which keeps long runs of ordinary text cheap.
 */
const RULE_KEYWORDS = [
  'the',
  'that',
  'year',
  'fiscal',
  'fy',
  'calendar',
  'q',
  'comparable',
  'same',
  'corresponding',
  'latest',
  'recent',
  'most',
  'just',
  'prior',
  'present',
  'since',
  'until',
  'before',
  'la',
  'el',
  'le',
  'il',
  'lo',
  'past',
  'last',
  'next',
  "'",
];
/**
 * Lexicon categories no rule looks up at the token it starts from: they are read around a date (tense verbs, the
 * "said" of a signal, "of"/"on" before a month, "$" before a year-like number, a time zone after a clock time) or by
 * other parts of the stage (publication lines). A word that is the first word of entries of these categories only
 * ("said", "entered", "€") starts no rule, so it is not a trigger. (Checked against every rule: these categories
 * are matched only at other tokens than the rule's start, in tense.ts, dateline.ts, extract.ts and on neighbours.)
 */
const CONTEXT_CATEGORIES: ReadonlySet<string> = new Set([
  'tense',
  'not-past',
  'participle-aux',
  'signal',
  'publication',
  'month-context',
  'year-quantity',
  'year-count-noun',
  'timezone',
  // grammar.tsv: function words read around a date (quantity-mod is not here: it starts durationRule)
  'duration-determiner',
  'duration-additive',
  'day-kind',
  'vague-plural-signal',
  'event-period-verb',
  'event-period-noun',
  'past-aux',
  'adverb-gap',
  'determiner',
  'year-qualifier',
  'period-follower',
  'latest-period',
  'current-period',
  'year-ago',
  'article',
  'mod-not-on-days',
  'signal-like-mod',
  // relative.tsv / grammar.tsv: nouns read only next to a day word ("Sunday Times", "today's talks")
  'weekday-generic',
  'day-bound-noun',
  // cues.tsv: the preposition before "nightfall" / "dawn" and the noun after "dawn prayers"
  'day-boundary-signal',
  'day-boundary-noun',
  // cues.tsv: "in the morning" after a bare hour; grammar.tsv: "last" in "the last half of 1989"
  'clock-day-part',
  'final-position',
  'approx-after',
]);

/**
 * The words at which some rule may start, for one lexicon: `always` holds RULE_KEYWORDS and the words that are a
 * whole entry of a category rules start from; `rests` holds, for a word that only begins longer entries ("at least",
 * "on every"), the words that must follow it. A rule starting at a lexicon word matches an entry there, and an entry
 * matches only when its following words do (whatever its language, flags or line breaks: the gate is a superset).
 */
interface Triggers {
  readonly always: ReadonlySet<string>;
  readonly rests: ReadonlyMap<string, readonly (readonly string[])[]>;
}

function triggersOf(lexicon: DateLexicon): Triggers {
  const always = new Set(RULE_KEYWORDS);
  const rests = new Map<string, (readonly string[])[]>();
  for (const [first, entries] of lexicon.byFirst) {
    const live = entries.filter((e) => !CONTEXT_CATEGORIES.has(e.category));
    if (live.some((e) => e.tokens.length === 1)) always.add(first);
    else if (live.length)
      rests.set(
        first,
        live.map((e) => e.tokens.slice(1)),
      );
  }
  for (const word of always) rests.delete(word);
  return { always, rests };
}

const TRIGGERS = new WeakMap<object, Triggers>();
/** The last lexicon asked about and its triggers: mayStartAt runs at every token, almost always for one lexicon. */
let lastTriggerLexicon: object | undefined;
let lastTriggers: Triggers | undefined;

/**
 * True when a number at token i may start a rule: a four-digit number (a year, a decade, a clock time), or one
 * followed by a word ("30 November", "3 days", "5 pm"), by something glued to it ("12/11", "5:30", "2-year"), or by
 * a fraction ("2 1/2 years"). Every rule that starts at a number needs one of these, so a run of spaced numbers
 * ("1 2 3", a table of figures) is skipped without running the rules.
 */
function numberMayStart(c: RuleContext, i: number): boolean {
  const t = c.tokens[i] as Token;
  if (t.text.length === 4) return true;
  const next = c.tokens[i + 1];
  if (!next) return false;
  if (next.kind === 'word' || !next.spaced) return true;
  const after = c.tokens[i + 2];
  return next.kind === 'num' && after !== undefined && after.text === '/' && !after.spaced;
}

/** True when some rule may match at token i. */
export function mayStartAt(c: RuleContext, i: number): boolean {
  const t = c.tokens[i];
  if (!t) return false;
  if (t.kind === 'num') return numberMayStart(c, i);
  let triggers = c.lex.lexicon === lastTriggerLexicon ? lastTriggers : TRIGGERS.get(c.lex.lexicon);
  if (!triggers) {
    triggers = triggersOf(c.lex.lexicon);
    TRIGGERS.set(c.lex.lexicon, triggers);
  }
  lastTriggerLexicon = c.lex.lexicon;
  lastTriggers = triggers;
  if (triggers.always.has(t.norm)) return true;
  const rests = triggers.rests.get(t.norm);
  if (!rests) return false;
  for (const rest of rests) {
    let k = 0;
    while (k < rest.length && c.tokens[i + 1 + k]?.norm === rest[k]) k++;
    if (k === rest.length) return true;
  }
  return false;
}

/** Meanings that name one day, which "the day before" / "the day after" can move. */
const DAY_SEMS = new Set(['weekday', 'day', 'abs']);

/**
 * "the day before last Tuesday's hearing", "the day after Christmas": a day named in the text moved by one day
 * (category day-shift of relative.tsv: "the day before" -1, "the day after" +1).
 */
function dayShiftAt(c: RuleContext, i: number): Candidate | null {
  const m = c.lex.match(c.tokens, i, 'day-shift');
  if (!m) return null;
  const inner = longest(c, m.end);
  if (!inner || inner.start !== m.end || !DAY_SEMS.has(inner.sem.k)) return null;
  if (inner.sem.k === 'abs' && inner.sem.d === undefined && inner.sem.holiday === undefined) return null;
  return { ...inner, start: i, dayShift: Number(m.entry.value), rule: `${inner.rule}+shift` };
}

/** A base match, possibly narrowed by a part modifier before it ("early next year", "mid-November", "late Friday"). */
export function matchAt(c: RuleContext, i: number): Candidate | null {
  if (normAt(c, i) === 'the' && c.lex.match(c.tokens, i + 1, 'part-modifier')) {
    // "the early 1980s", "the mid-1990s"
    const inner = matchAt(c, i + 1);
    if (inner && inner.start === i + 1 && inner.sem.k === 'abs' && inner.sem.decade !== undefined) {
      return { ...inner, start: i, sem: { k: 'abs', decade: inner.sem.decade } };
    }
    // "the early summer", "the late autumn"
    const mod = c.lex.match(c.tokens, i + 1, 'part-modifier');
    const season = mod ? c.lex.match(c.tokens, mod.end, 'season') : null;
    if (mod && season) {
      const cand: Candidate = {
        start: i,
        end: season.end,
        sem: seasonSem(season.entry.value),
        rule: 'the-season',
        lang: season.entry.lang,
      };
      return withMod(cand, mod.entry.value, longest(c, i));
    }
  }
  const shifted = dayShiftAt(c, i);
  if (shifted) return shifted;
  const base = longest(c, i);
  const mod = c.lex.match(c.tokens, i, 'part-modifier');
  if (!mod) return base;
  let k = mod.end;
  if (c.tokens[k]?.text === '-' && glued(c, k)) k++;
  if (normAt(c, k) === 'in' && normAt(c, k + 1) === 'the' && normAt(c, k + 2) === 'year') {
    // "earlier in the year"
    const cand: Candidate = {
      start: i,
      end: k + 3,
      sem: { k: 'unit', unit: 'Y', offset: 0 },
      rule: 'unit-part',
      lang: 'en',
    };
    return withMod(cand, mod.entry.value, base);
  }
  const inner = longest(c, k) ?? unitEnd(c, i, k);
  if (!inner || !MODIFIABLE.has(inner.sem.k)) return base;
  // TimeBank leaves "earlier"/"later" outside a weekday or a day word ("Earlier Friday", "later today")
  if (c.lex.has('mod-not-on-days', mod.entry.tokens[0]) && (inner.sem.k === 'weekday' || inner.sem.k === 'day'))
    return base;
  return withMod({ ...inner, start: i }, mod.entry.value, base);
}

function withMod(cand: Candidate, mod: string, base: Candidate | null): Candidate {
  const out: Candidate = { ...cand, mod: mod as TimexMod, rule: `${cand.rule}+mod` };
  return base && base.end > out.end ? base : out;
}
