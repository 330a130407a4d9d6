/**
 * The matching form of a word, shared by a stage's token view and its lexicon patterns so that both sides fold the
 * same way (the text itself is never changed). Used by the `events` and `casualties` stages, which may not import
 * each other.
 *
 * Arabic: short vowels and other marks, and the tatweel, are dropped; hamza-carrying alefs are read as a bare alef;
 * and one run of proclitics glued to the word ("و" and, "ف" so, "ب" with, "ل" for, "ك" as, the article "ال", and
 * "لل" = ل + ال) is removed, so that "والجيش", "بغارة", "للمتمردين" match the patterns "جيش", "غارة", "متمردين".
 * The proclitic list is closed grammar. A stem keeps at least MIN_ARABIC_STEM letters (calibrated on the project's
 * invented Arabic articles: two-letter remains such as "عد" of "بعد" are words of their own, not stems). Stripping
 * is the same on both sides, so a word that merely starts with one of these letters ("بلدة") still matches its own
 * pattern.
 * Cyrillic: "ё" is read as "е" (most news text writes "е").
 */
const ARABIC = /[\u0600-\u06ff]/;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;
const PROCLITICS = /^(?:[وف])?(?:لل|[بكل]ال|ال|[بكل])?/;
const MIN_ARABIC_STEM = 3;

export function arabicStem(word: string): string {
  const bare = word.replace(ARABIC_MARKS, '').replace(/[أإآٱ]/g, 'ا');
  const prefix = PROCLITICS.exec(bare)?.[0] ?? '';
  // longest proclitic run first, then shorter ones, keeping a stem of MIN_ARABIC_STEM letters
  for (let n = prefix.length; n > 0; n--) {
    if (bare.length - n >= MIN_ARABIC_STEM && PROCLITICS.exec(bare.slice(0, n))?.[0].length === n) return bare.slice(n);
  }
  return bare;
}

/** A lower-cased word's matching form: Arabic stems, Cyrillic "ё" as "е", anything else as it is. */
export function matchForm(lower: string): string {
  if (ARABIC.test(lower)) return arabicStem(lower);
  return lower.includes('ё') ? lower.replace(/ё/g, 'е') : lower;
}
