/** Name normalisation and matching shared by the per-document resolver and the corpus registry. */

const STOP = new Set(['the', 'of', 'for', 'and', 'a', 'an', 'in', 'on', 'to', 'at', 'by', 'from', 's']);
const PARTICLES = new Set(['al', 'el']);

/**
 * Memo of the pure functions below: names recur many times per document (every candidate source is normalised
 * against every alias). Bounded: cleared when it reaches NAME_MEMO_SIZE entries.
 */
const NAME_MEMO_SIZE = 20_000;
const normMemo = new Map<string, string>();
const tokensMemo = new Map<string, readonly string[]>();

/** Lower case, accents and apostrophes dropped, other punctuation to spaces, a leading "the" removed. */
export function normName(s: string): string {
  let out = normMemo.get(s);
  if (out === undefined) {
    out = s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’‘`ʼ]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .replace(/^(?:the|a|an)\s+/, '');
    if (normMemo.size >= NAME_MEMO_SIZE) normMemo.clear();
    normMemo.set(s, out);
  }
  return out;
}

/** Content tokens of a name (function words dropped), the memo's own array: read it, never change it. */
export const nameTokensOf = (s: string): readonly string[] => {
  let out = tokensMemo.get(s);
  if (out === undefined) {
    out = normName(s)
      .split(' ')
      .filter((t) => t && !STOP.has(t));
    if (tokensMemo.size >= NAME_MEMO_SIZE) tokensMemo.clear();
    tokensMemo.set(s, out);
  }
  return out;
};

/** Content tokens of a name (function words dropped). A fresh array: callers may keep or change it. */
export const nameTokens = (s: string): string[] => nameTokensOf(s).slice();

const acronymMemo = new Map<string, string>();
const isAcronymMemo = new Map<string, boolean>();

/** Initials of a name's content tokens, "al"/"el" skipped ("Syrian Observatory for Human Rights" -> "sohr"). */
export const acronymOf = (s: string): string => {
  let out = acronymMemo.get(s);
  if (out === undefined) {
    out = nameTokensOf(s)
      .filter((t) => !PARTICLES.has(t))
      .map((t) => t[0])
      .join('');
    if (acronymMemo.size >= NAME_MEMO_SIZE) acronymMemo.clear();
    acronymMemo.set(s, out);
  }
  return out;
};

/** True when the string looks like an acronym ("SOHR", "HTS", "U.N."). */
export const isAcronym = (s: string): boolean => {
  let out = isAcronymMemo.get(s);
  if (out === undefined) {
    out = /^(?:\p{Lu}\.?){2,8}$/u.test(s.replace(/\s+/g, ''));
    if (isAcronymMemo.size >= NAME_MEMO_SIZE) isAcronymMemo.clear();
    isAcronymMemo.set(s, out);
  }
  return out;
};

/** Levenshtein distance, capped (returns cap + 1 once exceeded): spelling variants "Dmitry"/"Dmitri". */
export function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Spelling variants of one word allowed when matching person names across documents ("Araghchi"/"Araqchi"). */
export const MAX_NAME_EDITS = 1;

/** True when one name's content tokens all occur, in order, in the other's (whole words). */
export function containsName(longer: string, shorter: string): boolean {
  const a = ` ${nameTokensOf(longer).join(' ')} `;
  const b = ` ${nameTokensOf(shorter).join(' ')} `;
  return b.trim().length > 0 && a.includes(b);
}

/** Same name up to spelling: equal token count and every token within MAX_NAME_EDITS edits. */
export function sameSpelling(a: string, b: string): boolean {
  const ta = nameTokensOf(a);
  const tb = nameTokensOf(b);
  if (!ta.length || ta.length !== tb.length) return false;
  return ta.every((t, i) => t === tb[i] || (t.length > 4 && editDistance(t, tb[i]!, MAX_NAME_EDITS) <= MAX_NAME_EDITS));
}
