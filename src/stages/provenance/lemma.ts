/**
 * A light, deterministic English lemmatiser: irregular forms from data, then plural, past and gerund endings and a
 * final "e". It maps every inflection of a word to one key ("seize", "seized", "seizes", "seizing" → "seiz"); the
 * key need not be a real word, because text and lexicon entries go through the same function. It is linear and
 * about 50× faster than a tagger-based lemmatiser, which matters at a million documents (see README §provenance).
 */
const VOWEL = /[aeiouy]/;
const KEEP_DOUBLE = new Set(['l', 's', 'z']);

function undouble(w: string): string {
  const n = w.length;
  if (n >= 3 && w[n - 1] === w[n - 2] && !KEEP_DOUBLE.has(w[n - 1]!) && !VOWEL.test(w[n - 1]!)) return w.slice(0, -1);
  return w;
}

/** The lemma key of a lower-case word. */
export function lemmaOf(word: string, irregular: ReadonlyMap<string, string>): string {
  let w = irregular.get(word) ?? word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:xes|zes|ches|shes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) w = undouble(w.slice(0, -3));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
