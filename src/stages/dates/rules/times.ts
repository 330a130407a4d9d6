import type { Candidate } from '../sem.js';
import { digitsAt, glued, normAt, type RuleContext } from './context.js';
import { dayMonthYear, monthDayYear, weekdayAt } from './explicit.js';

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "a.m.", "am", "p.m.", "pm" at i: returns +0 / +12 and the index after it. */
function meridiemAt(c: RuleContext, i: number): { add: number; end: number } | null {
  const t = normAt(c, i);
  if (t === 'am' || t === 'pm') return { add: t === 'pm' ? 12 : 0, end: i + 1 };
  if (
    (t === 'a' || t === 'p') &&
    c.tokens[i + 1]?.text === '.' &&
    normAt(c, i + 2) === 'm' &&
    glued(c, i + 1) &&
    glued(c, i + 2)
  ) {
    const end = c.tokens[i + 3]?.text === '.' && glued(c, i + 3) ? i + 4 : i + 3;
    return { add: t === 'p' ? 12 : 0, end };
  }
  return null;
}

/**
 * A day right after a clock time: "9 a.m. Tuesday", "noon Thursday", "5 p.m. EST, Nov. 6", "3 p.m. yesterday",
 * "6 a.m. on Saturday" (the day the time falls on: resolved apart, the time would sit on the reference day).
 */
function withDay(c: RuleContext, start: number, i: number, time: string): Candidate | null {
  const k = c.tokens[i]?.text === ',' || normAt(c, i) === 'on' ? i + 1 : i;
  const date = monthDayYear(c, k) ?? dayMonthYear(c, k);
  if (date && date.sem.k === 'abs')
    return { start, end: date.end, sem: { ...date.sem, time }, rule: 'clock-date', lang: date.lang };
  const wd = weekdayAt(c, k);
  if (wd && !wd.ambiguous)
    return {
      start,
      end: wd.end,
      sem: { k: 'weekday', wd: wd.value, dir: 'tense', time },
      rule: 'clock-weekday',
      lang: wd.lang,
    };
  const day = c.lex.match(c.tokens, k, 'day-offset');
  if (day)
    return {
      start,
      end: day.end,
      sem: { k: 'day', offset: Number(day.entry.value), time },
      rule: 'clock-day',
      lang: day.entry.lang,
    };
  return null;
}

/**
 * Clock times: "10:35 a.m.", "3 p.m.", "15:30 GMT", "1430 GMT", "noon", "midnight". A time stands on the day of a
 * date just before it in the sentence, otherwise on the reference day.
 */
export function clockRule(c: RuleContext, i: number): Candidate | null {
  const part = c.lex.match(c.tokens, i, 'part-of-day');
  if (part?.entry.value.startsWith('T')) {
    // "high noon" is an idiom (a showdown), not twelve o'clock
    if (c.lex.has('clock-word-idiom', normAt(c, i - 1))) return null;
    const time = part.entry.value;
    return (
      withDay(c, i, part.end, time) ?? {
        start: i,
        end: part.end,
        sem: { k: 'time', time },
        rule: 'clock-word',
        lang: part.entry.lang,
      }
    );
  }
  const t = c.tokens[i];
  if (t?.kind !== 'num') return null;
  const prev = c.tokens[i - 1];
  if (prev && !t.spaced && (prev.kind === 'num' || prev.text === ':' || prev.text === '.' || prev.text === '/'))
    return null;
  let hh: number;
  let mm = 0;
  let end: number;
  if (t.text.length === 4 && c.lex.has('timezone', normAt(c, i + 1))) {
    hh = Math.floor(Number(t.text) / 100);
    mm = Number(t.text) % 100;
    end = i + 1;
  } else {
    const h = digitsAt(c, i, 2);
    if (h === null) return null;
    hh = h;
    end = i + 1;
    const sep = c.tokens[end]?.text;
    // French "14h10", "14h": the hour mark of the document's language (clock-hour-mark in cues.tsv)
    const hourMark = glued(c, end) ? c.lex.match(c.tokens, end, 'clock-hour-mark') : null;
    if (hourMark) {
      const minutes = c.tokens[end + 1];
      if (minutes?.kind === 'num' && glued(c, end + 1)) {
        if (minutes.text.length !== 2) return null;
        mm = digitsAt(c, end + 1, 2) ?? 99;
        end += 2;
      } else end += 1;
      if (hh > 24 || mm > 59) return null;
      const time = `T${pad2(hh)}:${pad2(mm)}`;
      return (
        withDay(c, i, end, time) ?? {
          start: i,
          end,
          sem: { k: 'time', time },
          rule: 'clock',
          lang: hourMark.entry.lang,
        }
      );
    }
    if ((sep === ':' || sep === '.') && glued(c, end) && glued(c, end + 1) && c.tokens[end + 1]?.text.length === 2) {
      mm = digitsAt(c, end + 1, 2) ?? 99;
      end += 2;
    } else if (sep === ':' || sep === '.') return null;
    const mer = meridiemAt(c, end);
    if (mer) {
      if (hh < 1 || hh > 12) return null;
      hh = (hh % 12) + mer.add;
      end = mer.end;
    } else if (end === i + 1) {
      if (normAt(c, end) === 'o' && c.tokens[end + 1]?.text === "'" && normAt(c, end + 2) === 'clock') end += 3;
      const dayPart = c.lex.match(c.tokens, end, 'clock-day-part');
      // "at 4 in the morning", "by 9 o'clock in the evening": the part of day is the meridiem; without a
      // preposition before the hour it may be a count ("4 in the morning group")
      const signal = c.lex.match(c.tokens, i - 1, 'day-boundary-signal');
      if (dayPart && signal?.end === i && hh >= 1 && hh <= 12) {
        hh = (hh % 12) + Number(dayPart.entry.value);
        end = dayPart.end;
      } else if (end === i + 1) return null;
    } else if (sep === '.') return null;
  }
  if (hh > 24 || mm > 59) return null;
  const time = `T${pad2(hh)}:${pad2(mm)}`;
  if (c.lex.has('timezone', normAt(c, end))) end++;
  else if (normAt(c, end) === 'local' && normAt(c, end + 1) === 'time') end += 2;
  return withDay(c, i, end, time) ?? { start: i, end, sem: { k: 'time', time }, rule: 'clock', lang: 'en' };
}

/**
 * A time of day bounded by a preposition: "by nightfall", "at dawn", "until morning", "by the evening" — on the day
 * of a date just before it in the sentence, otherwise on the reference day. Alone, "dawn" and "morning" are too
 * often generic ("as dawn broke", "in the morning" of any day) or adjectives ("a dawn raid"), and "at night" is
 * mostly habitual, so the signal is required (category day-boundary-signal of cues.tsv): twilight words after any
 * listed signal, ordinary parts of day (morning, afternoon, evening) only after "by", "until", "till".
 */
export function boundaryOfDayRule(c: RuleContext, i: number): Candidate | null {
  const signal = c.lex.match(c.tokens, i - 1, 'day-boundary-signal');
  if (!signal || signal.end !== i) return null;
  const k = normAt(c, i) === 'the' ? i + 1 : i;
  const twilight = c.lex.match(c.tokens, k, 'day-boundary');
  const part = twilight ? null : c.lex.match(c.tokens, k, 'part-of-day');
  const code = twilight?.entry.value ?? part?.entry.value;
  const match = twilight ?? part;
  if (!match || !code) return null;
  if (part && (signal.entry.value !== 'all' || !ORDINARY_PARTS.has(code))) return null;
  const next = c.tokens[match.end];
  if (next?.kind === 'word' && c.lex.has('day-boundary-noun', next.norm)) return null; // "after dawn prayers"
  const time = `T${code}`;
  // "at dawn on Sunday", "before dawn Tuesday", "by nightfall yesterday": the day belongs to the expression
  const withItsDay = withDay(c, i, match.end, time);
  if (withItsDay) return { ...withItsDay, rule: 'day-boundary-day' };
  return { start: i, end: match.end, sem: { k: 'time', time }, rule: 'day-boundary', lang: match.entry.lang };
}

/** Parts of day a deadline can name ("by evening"); "by night" is a manner ("travel by night"). */
const ORDINARY_PARTS: ReadonlySet<string> = new Set(['MO', 'AF', 'EV']);
