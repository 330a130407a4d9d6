import type { Span } from '../../model/index.js';
import type { Token } from './match.js';

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
};

/** The number a token stands for ("14", "7,000", "four", "twenty-one"), or null. */
export function numberOf(t: Token | undefined): number | null {
  if (!t) return null;
  if (/^\d{1,3}(?:,\d{3})+$|^\d+$/.test(t.lower)) return Number(t.lower.replace(/,/g, ''));
  const parts = t.lower.split('-');
  if (parts.every((p) => p in UNITS)) return parts.reduce((s, p) => s + (UNITS[p] ?? 0), 0);
  return null;
}

/** Verbs and nouns that report deaths. */
const DEATH = new Set(['killed', 'killing', 'kills', 'kill', 'dead', 'died', 'deaths', 'fatalities', 'lives']);
/** Words after which the figures are a subset of the one before ("14 civilians, including three children"). */
const SUBSET = new Set(['including', 'among', 'of']);
/** Words that end the subject noun phrase when walking back from the death word. */
const BARRIER = new Set([
  'after',
  'when',
  'while',
  'said',
  'says',
  'told',
  'reported',
  'but',
  'since',
  'which',
  'that',
]);
const SINGULAR = new Set(['a', 'an', 'another', 'one']);
const PERSON =
  /^(civilian|commander|soldier|fighter|child|man|woman|journalist|officer|general|rebel|boy|girl|doctor|worker|resident|member|adviser|advisor|colonel)$/;
const MAX_BACK = 12;

const NOT_COUNT_NEXT =
  /^(km|kms|kilometres|kilometers|miles|mi|m|percent|per|%|years?|days?|hours?|weeks?|months?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;

/** Numbers that are dates, years or distances, not people. */
function notAFigure(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]?.lower ?? '';
  if (/^(1[89]|20)\d\d$/.test(t)) return true;
  if (NOT_COUNT_NEXT.test(tokens[j + 1]?.lower ?? '')) return true;
  return /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.test(
    tokens[j - 1]?.lower ?? '',
  );
}

/** How many words after the death word a multi-day period makes the figure a cumulative toll. */
const PERIOD_WINDOW = 8;
const SAME_DAY = /^(morning|dawn|midnight|today|tonight|night|afternoon|evening)$/;

/**
 * "327 people have been killed since the offensive began", "… over the past two days": a running toll for a
 * campaign, not the toll of one event (the casualty ledger keeps it). "since the early morning" stays an event's.
 */
function cumulative(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + PERIOD_WINDOW && j < tokens.length; j++) {
    const t = tokens[j]?.lower ?? '';
    if (t === 'since') {
      for (let q = j + 1; q <= j + 3 && q < tokens.length; q++) if (SAME_DAY.test(tokens[q]?.lower ?? '')) return false;
      return true;
    }
    if (
      (t === 'past' || t === 'last') &&
      /^(days|weeks|months|two|three|few|several)$/.test(tokens[j + 1]?.lower ?? '')
    )
      return true;
    if (t === 'this' && tokens[j + 1]?.lower === 'week') return true;
    if (t === 'so' && tokens[j + 1]?.lower === 'far') return true;
  }
  return false;
}

export interface Figure {
  readonly count: number;
  readonly span: Span;
  /** Token index of the death word. */
  readonly at: number;
}

/**
 * Killed figures a sentence states: "killing 14 civilians, including three children" is 14 (children are a subset);
 * "16 civilians and 20 rebels have been killed" is 36 (disjoint groups joined by "and" in one subject); "at least 4"
 * is 4; "a senior commander … had been killed" is 1. Never a sum across clauses or sources.
 */
export function killedFigures(tokens: readonly Token[]): Figure[] {
  const out: Figure[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (!DEATH.has(w)) continue;
    if (cumulative(tokens, k)) continue;
    // active: "killing 14 civilians", "killed at least 4 people"
    if (w === 'killing' || w === 'killed' || w === 'kills' || w === 'kill') {
      for (let j = k + 1; j <= k + 4 && j < tokens.length; j++) {
        const n = numberOf(tokens[j]);
        if (n !== null) {
          const t = tokens[j] as Token;
          out.push({ count: n, span: { start: tokens[k]?.start ?? t.start, end: t.end }, at: k });
          break;
        }
        if (
          !/^(at|least|more|than|some|about|nearly|around|over|almost|up|to|a|family|of)$/.test(tokens[j]?.lower ?? '')
        )
          break;
      }
      if (out.at(-1)?.at === k) continue;
    }
    // "a family of five"
    // passive / nominal: walk back over the subject
    let sum = 0;
    let first = -1;
    let singular = false;
    let subset = false;
    for (let j = k - 1; j >= 0 && j >= k - MAX_BACK; j--) {
      const t = tokens[j] as Token;
      if (BARRIER.has(t.lower)) break;
      if (SUBSET.has(t.lower) && t.lower !== 'of') {
        // figures after "including" belong to the subset: drop what was summed so far
        sum = 0;
        first = -1;
        subset = true;
        continue;
      }
      const n = notAFigure(tokens, j) ? null : numberOf(t);
      if (n !== null) {
        if (tokens[j - 1]?.lower === 'of' && tokens[j - 2]?.lower === 'family') {
          sum = n;
          first = j - 3;
          break;
        }
        sum += n;
        first = j;
        continue;
      }
      if (SINGULAR.has(t.lower) && PERSON.test(tokens[j + 1]?.lower ?? '') === false) {
        // "a senior commander": look ahead for a person noun within three words
        let person = false;
        for (let q = j + 1; q <= j + 4 && q < k; q++) if (PERSON.test(tokens[q]?.lower ?? '')) person = true;
        if (person && first < 0) singular = true;
      } else if (SINGULAR.has(t.lower) && first < 0) singular = true;
    }
    void subset;
    const end = tokens[k]?.end ?? 0;
    if (first >= 0 && sum > 0) out.push({ count: sum, span: { start: tokens[first]?.start ?? 0, end }, at: k });
    else if (singular && (w === 'killed' || w === 'died'))
      out.push({ count: 1, span: { start: tokens[Math.max(0, k - MAX_BACK)]?.start ?? 0, end }, at: k });
  }
  return out;
}
