import type { PatternToken } from './types.js';

/**
 * Rules indexed by their first pattern token, so that at each word only the rules that can start there are tried:
 * literal first words by word, prefixes by their first code unit, slots (cue classes, countries) at every word.
 */
export interface FirstTokenIndex {
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly byPrefix: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  readonly bySlot: readonly number[];
}

export function firstTokenIndex(rules: readonly { readonly tokens: readonly PatternToken[] }[]): FirstTokenIndex {
  const byWord = new Map<string, number[]>();
  const byPrefix = new Map<string, [string, number][]>();
  const bySlot: number[] = [];
  rules.forEach((rule, r) => {
    const first = rule.tokens[0];
    if (!first) return; // an empty pattern never matches (parsePattern rejects them)
    if (first.kind === 'word') {
      const list = byWord.get(first.text);
      if (list) list.push(r);
      else byWord.set(first.text, [r]);
    } else if (first.kind === 'prefix') {
      const key = first.text.charAt(0);
      const list = byPrefix.get(key);
      if (list) list.push([first.text, r]);
      else byPrefix.set(key, [[first.text, r]]);
    } else bySlot.push(r);
  });
  return { byWord, byPrefix, bySlot };
}

/**
 * Fills `out` with the rules whose first token can match the lower-cased word, in rule (lexicon) order; slot rules
 * are included only when `slots` is true.
 */
export function candidatesAt(index: FirstTokenIndex, lower: string, slots: boolean, out: number[]): number[] {
  out.length = 0;
  for (const r of index.byWord.get(lower) ?? []) out.push(r);
  for (const [prefix, r] of index.byPrefix.get(lower.charAt(0)) ?? []) if (lower.startsWith(prefix)) out.push(r);
  if (slots) for (const r of index.bySlot) out.push(r);
  if (out.length > 1) out.sort((a, b) => a - b);
  return out;
}
