/** Word and punctuation tests shared by the multilingual frame rules (no tagger: word forms only). */
import type { Tok } from '../tokens.js';

/** Longest source phrase read without a tagger ("le Haut-Commissariat des Nations unies pour les réfugiés" = 9). */
export const MAX_SOURCE_WORDS = 12;

export const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '…', '(', ')', '—', '–', '،', '؛', '؟']);
/** True for a token with no letter or digit (a dash, a bullet): it cannot start a source. */
export const symbolOnly = (t: Tok | undefined): boolean => t !== undefined && !/[\p{L}\p{N}]/u.test(t.text);
/** Commas: the Latin one and the Arabic one. */
export const COMMAS = new Set([',', '،']);
export const isComma = (t: Tok | undefined): boolean => t !== undefined && COMMAS.has(t.text);
/** Dashes that open an attribution after a quotation ("«…», — заявил он"). */
export const DASHES = new Set(['—', '–', '-']);
/** True in a script without letter case (Arabic): capitals cannot mark names there. */
export const uncased = (t: Tok | undefined): boolean => t !== undefined && /^\p{Lo}/u.test(t.text);
export const SENTENCE_END = new Set(['.', '!', '?', '…', '؟']);
/** Punctuation the English tagger leaves glued to the word before it. */
export const GLUED_PUNCT = new Set(['،', '؛', '؟']);
/** Coordinating conjunctions: a cue right after one shares the subject of the cue before it. */
export const COORD = new Set([
  'et',
  'y',
  'e',
  'und',
  'ou',
  'o',
  'oder',
  'ma',
  'mais',
  'pero',
  'aber',
  'sowie',
  'и',
  'а',
  'і',
  'та',
  'و',
  'ف',
]);

export const outside = (t: Tok | undefined): t is Tok => t !== undefined && t.quote < 0;
export const isPunct = (t: Tok | undefined): boolean => t !== undefined && CLAUSE_PUNCT.has(t.text) && t.quote < 0;
export const word = (t: Tok | undefined): string => (t ? t.lower.replace(/’/g, "'") : '');
