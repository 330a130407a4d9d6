/**
 * Arabic words without the proclitics glued to them, for matching only (the text is never changed): "و" and,
 * "ف" so, "ب" with, "ل" for, "ك" as, the article "ال", and "لل" (ل + ال), so that "والجرحى", "بمقتل" and "القتلى"
 * match the lexicon forms "جرحى", "مقتل", "قتلى" (lexicon forms go through the same function, so both sides agree).
 * Hamza-carrying alefs read as a bare alef and the tatweel is dropped. The proclitic list is closed grammar. A stem
 * keeps at least MIN_STEM letters (calibrated on the invented Arabic test articles: two-letter remains such as "عد"
 * of "بعد" are words of their own). The events stage folds words the same way (src/stages/events/word-forms.ts):
 * stages do not share code, so the few lines are repeated.
 */
const PROCLITICS = /^(?:[وف])?(?:لل|[بكل]ال|ال|[بكل])?/;
const MIN_STEM = 3;

export function arabicStem(word: string): string {
  const bare = word.replace(/\u0640/g, '').replace(/[أإآٱ]/g, 'ا');
  const prefix = PROCLITICS.exec(bare)?.[0] ?? '';
  for (let n = prefix.length; n > 0; n--) {
    if (bare.length - n >= MIN_STEM && PROCLITICS.exec(bare.slice(0, n))?.[0].length === n) return bare.slice(n);
  }
  return bare;
}
