/**
 * A verb-first subject in a language that writes its definite article joined to the noun (Arabic "ال"), when no
 * complementizer or comma closes it: "أعلن الجيش أمس استعادة …" (the army), "نفت جبهة الخلاص مسؤوليتها …" (the
 * Salvation Front). A construct phrase is a few bare nouns then definite words ("جبهة الخلاص", "وزارة الصحة",
 * "قوات الدعم الشعبي"); the first bare word after the definite ones (the object, "مسؤوليتها") or a time word ends it.
 */
import type { LanguageCues } from '../language-cues.js';
import type { NpSpan } from '../np.js';
import type { Tok } from '../tokens.js';
import { outside, uncased, word } from './words.js';

/** Most bare nouns before the definite words of a construct phrase ("قائد قوات الدعم" = 2). */
const MAX_BARE_HEAD_WORDS = 2;

export function definiteNp(
  toks: readonly Tok[],
  k: number,
  lc: LanguageCues,
  timeWords: ReadonlySet<string>,
): NpSpan | null {
  if (!lc.definites.size) return null;
  const definite = (t: Tok | undefined): boolean =>
    t !== undefined && [...lc.definites].some((d) => word(t).startsWith(d) && word(t).length > d.length + 1);
  const plain = (t: Tok | undefined): t is Tok => outside(t) && uncased(t) && !timeWords.has(word(t));
  let j = k;
  while (j - k < MAX_BARE_HEAD_WORDS && plain(toks[j]) && !definite(toks[j])) j++;
  const firstDefinite = j;
  while (plain(toks[j]) && definite(toks[j])) j++;
  return j > firstDefinite ? { from: k, to: j } : null;
}
