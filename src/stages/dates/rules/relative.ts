import type { Candidate, Direction, Sem } from '../sem.js';
import { isCapitalized } from '../tokens.js';
import { clauseEnd, glued, normAt, type RuleContext, yearAt } from './context.js';
import { weekdayAt } from './explicit.js';
import { spelledYearRule } from './periods.js';
import { quantityAt, quantityModAt } from './quantity.js';

/** Middle month of each season, used to place "last fall" or "this summer" in a year. */
const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 4, SU: 7, FA: 10, WI: 1 };

/** A season of an unstated year ("the summer"): the one nearest the reference. */
export const seasonSem = (code: string): Sem => ({
  k: 'in-year',
  suffix: `-${code}`,
  month: SEASON_MONTH[code] ?? 1,
  dir: 'nearest',
});

/** A year at i, in digits ("1994") or words ("nineteen ninety-four"). */
function yearOrSpelledAt(c: RuleContext, i: number): { y: number; end: number } | null {
  const y = yearAt(c, i);
  if (y !== null) return { y, end: i + 1 };
  const spelled = spelledYearRule(c, i);
  return spelled?.sem.k === 'abs' && spelled.sem.y !== undefined ? { y: spelled.sem.y, end: spelled.end } : null;
}

/** A part of day after a day word ("yesterday morning", "Friday night"): a TIMEX3 time suffix (TMO, T12:00). */
export function partOfDayAt(c: RuleContext, i: number): { time: string; end: number } | null {
  const p = c.lex.match(c.tokens, i, 'part-of-day');
  if (!p) return null;
  const v = p.entry.value;
  return { time: v.startsWith('T') ? v : `T${v}`, end: p.end };
}

function directionOf(value: string): { offset: number; dir: Direction } {
  if (value === 'past') return { offset: -1, dir: 'strict-past' };
  if (value === 'future') return { offset: 1, dir: 'strict-future' };
  const offset = Number(value);
  return { offset, dir: offset < 0 ? 'strict-past' : offset > 0 ? 'strict-future' : 'nearest' };
}

/** "yesterday", "today", "tomorrow", "yesterday morning", "tonight", "last night", "hier", "gestern". */
export function dayOffsetRule(c: RuleContext, i: number): Candidate | null {
  const m = c.lex.match(c.tokens, i, 'day-offset', 'tonight');
  if (!m) return null;
  const offset = Number(m.entry.value);
  // "today's world", "the people of tomorrow": the present age, not a day; but "today's session", "today's
  // editions", "today's geography quiz" happen on the day (category day-bound-noun, after at most one modifier)
  const after = c.tokens[m.end];
  if (
    offset === 0 &&
    after?.text === "'" &&
    normAt(c, m.end + 1) === 's' &&
    glued(c, m.end) &&
    !c.lex.has('day-bound-noun', normAt(c, m.end + 2)) &&
    !c.lex.has('day-bound-noun', normAt(c, m.end + 3))
  )
    return null;
  if (normAt(c, i - 1) === 'of' && m.entry.form === 'tomorrow') return null;
  if (m.entry.category === 'tonight') {
    return { start: i, end: m.end, sem: { k: 'day', offset, time: 'TNI' }, rule: 'tonight', lang: m.entry.lang };
  }
  const part = partOfDayAt(c, m.end);
  const sem: Sem = part ? { k: 'day', offset, time: part.time } : { k: 'day', offset };
  return { start: i, end: part ? part.end : m.end, sem, rule: 'day-offset', lang: m.entry.lang };
}

/** A part of day written before its day: "afternoon yesterday" (with "mid-": "mid-afternoon yesterday"). */
export function partThenDayRule(c: RuleContext, i: number): Candidate | null {
  const part = partOfDayAt(c, i);
  if (!part || /\d/.test(part.time)) return null;
  const m = c.lex.match(c.tokens, part.end, 'day-offset');
  if (!m) return null;
  const offset = Number(m.entry.value);
  return {
    start: i,
    end: m.end,
    sem: { k: 'day', offset, time: part.time },
    rule: 'part-day-offset',
    lang: m.entry.lang,
  };
}

/** "this morning", "this afternoon", "this evening". */
export function thisPartRule(c: RuleContext, i: number): Candidate | null {
  const d = c.lex.match(c.tokens, i, 'direction-before');
  if (d?.entry.value !== '0') return null;
  const part = partOfDayAt(c, d.end);
  if (!part) return null;
  return {
    start: i,
    end: part.end,
    sem: { k: 'day', offset: 0, time: part.time },
    rule: 'this-part-of-day',
    lang: d.entry.lang,
  };
}

/**
 * A weekday: "on Wednesday", "last Friday", "next Saturday", "Friday night", "samedi dernier", "every Friday".
 * Generic uses are skipped: "a Friday prayer", "Friday prayers", "Bloody Sunday".
 */
export function weekdayRule(c: RuleContext, i: number): Candidate | null {
  let k = i;
  let dir: Direction = 'tense';
  let set = false;
  const before = c.lex.match(c.tokens, i, 'direction-before');
  if (before) {
    dir = directionOf(before.entry.value).dir;
    if (before.entry.value === '0') dir = 'tense';
    k = before.end;
  } else if (c.lex.has('weekday-set', normAt(c, i))) {
    set = true;
    k = i + 1;
  }
  const w = weekdayAt(c, k);
  if (!w || w.ambiguous) return null;
  const prev = c.tokens[k - 1];
  if (k === i && prev && !prev.newline && c.lex.has('weekday-generic:before', prev.norm)) return null;
  let end = w.end;
  const after = c.lex.match(c.tokens, end, 'direction-after');
  if (after && !before) {
    dir = directionOf(after.entry.value).dir;
    end = after.end;
  }
  const next = c.tokens[end];
  if (next && !next.newline && c.lex.has('weekday-generic:after', next.norm)) return null;
  // "Saturday's attack": a possessive weekday names a day already past (unless "next Saturday's")
  if (dir === 'tense' && next?.text === "'" && normAt(c, end + 1) === 's' && glued(c, end) && glued(c, end + 1))
    dir = 'past';
  const part = partOfDayAt(c, end);
  if (set) {
    return {
      start: i,
      end: part ? part.end : end,
      sem: { k: 'set', value: `XXXX-WXX-${w.value}${part ? part.time : ''}` },
      rule: 'weekday-set',
      lang: w.lang,
    };
  }
  const narrative = before?.entry.flags.has('narrative') === true && normAt(c, i - 1) === 'the';
  const sem: Sem = {
    k: 'weekday',
    wd: w.value,
    dir,
    ...(part ? { time: part.time } : {}),
    ...(narrative ? { narrative } : {}),
  };
  return {
    start: i,
    end: part ? part.end : end,
    sem,
    rule: before || after ? 'direction-weekday' : 'weekday',
    lang: w.lang,
  };
}

/** Opening quotation marks (a `` pair is two tokens, the second one is enough). */
const OPENING_QUOTES = new Set(['"', '`', '\u201c', "'"]);

/**
 * A quoted title in English title case, not a date: the "This Week" of a television programme. Prose writes "this
 * week" with a lower-case noun, so a capitalised unit right after an opening quote names something.
 */
function quotedTitle(c: RuleContext, dirAt: number, unitAt: number): boolean {
  const d = c.tokens[dirAt];
  const u = c.tokens[unitAt];
  if (!d || !u || !isCapitalized(d) || !isCapitalized(u) || u.text === u.text.toUpperCase()) return false;
  return OPENING_QUOTES.has(c.tokens[dirAt - 1]?.text ?? '') && glued(c, dirAt);
}

/**
 * "last week", "this month", "next year", "last weekend", "this quarter", "last fall", "the past year",
 * "la semana pasada", "letzte Woche". "the following year" counts from the narrative. With a number it is a
 * duration instead ("the last two weeks", see durationRule).
 */
export function unitRelRule(c: RuleContext, i: number): Candidate | null {
  const article = c.lex.has('article', normAt(c, i));
  const k = article ? i + 1 : i;
  const before = c.lex.match(c.tokens, k, 'direction-before');
  const unit = c.lex.match(c.tokens, before ? before.end : k, 'unit', 'season');
  if (!unit) return null;
  if (before && quotedTitle(c, k, before.end)) return null;
  let end = unit.end;
  let value: string;
  let lang: string;
  if (
    !before &&
    article &&
    unit.entry.category === 'season' &&
    c.lex.match(c.tokens, end, 'direction-after') === null
  ) {
    // "the summer of 1994", "the winter of nineteen ninety-four": that year's
    const of = normAt(c, end) === 'of' ? yearOrSpelledAt(c, end + 1) : null;
    if (of) {
      return {
        start: i,
        end: of.end,
        sem: { k: 'abs', y: of.y, yearPart: `-${unit.entry.value}` },
        rule: 'the-season-year',
        lang: unit.entry.lang,
      };
    }
    // "the summer": this year's
    return { start: i, end, sem: seasonSem(unit.entry.value), rule: 'the-season', lang: unit.entry.lang };
  }
  if (before) {
    value = before.entry.value;
    lang = before.entry.lang;
  } else {
    const after = c.lex.match(c.tokens, end, 'direction-after');
    if (!after) return null;
    value = after.entry.value;
    lang = after.entry.lang;
    end = after.end;
  }
  const { offset, dir } = directionOf(value);
  const code = unit.entry.value;
  const plural =
    unit.entry.category === 'unit' && /s$/.test(unit.entry.form) && !/ss$/.test(unit.entry.form) && lang === 'en';
  if (plural) {
    // "coming months", "past years": an unspecified stretch, not one unit
    if (offset === 0) return null;
    return {
      start: i,
      end,
      sem: { k: 'ref', value: offset < 0 ? 'PAST_REF' : 'FUTURE_REF' },
      rule: 'direction-plural',
      lang,
    };
  }
  if (unit.entry.category === 'season') {
    const month = SEASON_MONTH[code] ?? 1;
    return { start: i, end, sem: { k: 'in-year', suffix: `-${code}`, month, dir }, rule: 'direction-season', lang };
  }
  if (code !== 'W' && code !== 'M' && code !== 'Y' && code !== 'WE' && code !== 'Q') return null;
  if (article && before?.entry.flags.has('narrative')) {
    return {
      start: i,
      end,
      sem: { k: 'narrative', unit: code === 'WE' ? 'W' : code, n: offset },
      rule: 'narrative-unit',
      lang,
    };
  }
  return { start: i, end, sem: { k: 'unit', unit: code, offset }, rule: 'direction-unit', lang };
}

/**
 * "two days ago", "three weeks ago", "a year ago", "il y a deux jours", "hace dos días", "vor zwei Tagen";
 * "two days later", "a year earlier" count from the last date mentioned.
 */
export function agoRule(c: RuleContext, i: number): Candidate | null {
  const prefix = c.lex.match(c.tokens, i, 'ago');
  const qmod = prefix ? null : quantityModAt(c, i);
  const qStart = prefix?.entry.flags.has('prefix') ? prefix.end : qmod ? qmod.end : i;
  if (prefix && !prefix.entry.flags.has('prefix')) return null;
  const q = quantityAt(c, qStart);
  if (!q) return null;
  const unit = c.lex.match(c.tokens, q.end, 'unit');
  if (!unit) return null;
  let end = unit.end;
  let sign = -1;
  let narrative = false;
  let lang = unit.entry.lang;
  // "a week or so ago": an approximate count (category approx-after of grammar.tsv)
  const approx = prefix ? null : c.lex.match(c.tokens, end, 'approx-after');
  if (approx) end = approx.end;
  if (!prefix) {
    const suffix = c.lex.match(c.tokens, end, 'ago', 'narrative-shift');
    if (!suffix || suffix.entry.flags.has('prefix')) return null;
    if (suffix.entry.category === 'narrative-shift') {
      const f = suffix.entry.form;
      if ((f === 'before' || f === 'after') && !clauseEnd(c, suffix.end)) return null;
      narrative = true;
    }
    sign = Number(suffix.entry.value);
    end = suffix.end;
    lang = suffix.entry.lang;
  }
  const code = unit.entry.value;
  if (q.n === 'X') {
    return { start: i, end, sem: { k: 'ref', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' }, rule: 'vague-ago', lang };
  }
  const n = sign * q.n;
  if (!Number.isInteger(n)) return null;
  let sem: Sem | null = null;
  if (narrative) {
    if (code === 'Y' && Math.abs(n) === 1) sem = { k: 'narrative', unit: 'Y', n, yearAgo: true };
    else if (code === 'D' || code === 'W' || code === 'M' || code === 'Q' || code === 'Y')
      sem = { k: 'narrative', unit: code, n };
  } else if (code === 'D') sem = { k: 'day', offset: n };
  else if (code === 'W' || code === 'M' || code === 'Q') sem = { k: 'unit', unit: code, offset: n };
  else if (code === 'Y')
    sem = Math.abs(n) === 1 ? { k: 'narrative', unit: 'Y', n, yearAgo: true } : { k: 'unit', unit: 'Y', offset: n };
  else if (code === 'DE') sem = { k: 'unit', unit: 'Y', offset: 10 * n };
  if (!sem) return null;
  const mod = qmod?.mod ?? (approx ? 'APPROX' : undefined);
  return { start: i, end, sem, rule: narrative ? 'narrative-shift' : 'ago', lang, ...(mod ? { mod } : {}) };
}

/** "now", "currently", "recently", "the past", "the future", "soon", "recent years". */
export function refRule(c: RuleContext, i: number): Candidate | null {
  const m = c.lex.match(c.tokens, i, 'ref');
  if (!m) return null;
  // "the past two days" and "the future tense" are not references to the past or the future
  const next = c.tokens[m.end];
  if (
    (m.entry.form === 'the past' || m.entry.form === 'past') &&
    next &&
    (c.lex.match(c.tokens, m.end, 'number') || next.kind === 'num' || c.lex.match(c.tokens, m.end, 'unit'))
  )
    return null;
  // "future payments", "its future strategy": an adjective, rarely a time (TBAQ tags 5 of 17)
  if (m.entry.form === 'future' && next?.kind === 'word' && !next.newline) return null;
  return { start: i, end: m.end, sem: { k: 'ref', value: m.entry.value }, rule: 'reference', lang: m.entry.lang };
}

/** Tokens that make "a year" / "per day" a frequency: a number or an amount just before ("5% a year", "twice a day"). */
export function frequencyContext(c: RuleContext, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const t = c.tokens[k];
    if (!t || t.newline) return false;
    if (
      t.kind === 'num' ||
      t.text === '%' ||
      /^(percent|times|twice|once|thrice|million|billion|dollars|euros|pounds|cents)$/.test(t.norm)
    )
      return true;
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** "daily", "every week", "annually"; "a year" and "per day" only after an amount ("3% a year"). */
export function setRule(c: RuleContext, i: number): Candidate | null {
  const m = c.lex.match(c.tokens, i, 'set');
  if (!m) return null;
  const first = m.entry.tokens[0];
  if ((first === 'a' || first === 'an' || first === 'per') && !frequencyContext(c, i)) return null;
  return { start: i, end: m.end, sem: { k: 'set', value: m.entry.value }, rule: 'set', lang: m.entry.lang };
}

/** "the day before", "the next day", "that day"; "year-earlier", "year-ago" (financial comparisons). */
export function narrativeRule(c: RuleContext, i: number): Candidate | null {
  const m = c.lex.match(c.tokens, i, 'narrative');
  // "the day before authorities issued…": counted from an event, not from the last date
  const last = m?.entry.tokens[m.entry.tokens.length - 1];
  if (m && (last === 'before' || last === 'after') && !clauseEnd(c, m.end)) return null;
  if (m) {
    return {
      start: i,
      end: m.end,
      sem: { k: 'narrative', unit: 'D', n: Number(m.entry.value) },
      rule: 'narrative-day',
      lang: m.entry.lang,
    };
  }
  if (normAt(c, i) === 'year' && c.tokens[i + 1]?.text === '-' && glued(c, i + 1) && glued(c, i + 2)) {
    const w = normAt(c, i + 2);
    if (w === 'earlier' || w === 'ago') {
      return {
        start: i,
        end: i + 3,
        sem: { k: 'narrative', unit: 'Y', n: -1, yearAgo: true },
        rule: 'year-earlier',
        lang: 'en',
      };
    }
  }
  return null;
}
