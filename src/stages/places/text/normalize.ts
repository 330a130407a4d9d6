import anyAscii from 'any-ascii';

/** Apostrophe-like marks dropped inside names: Hay’at = Hayat, Ma‘arrat = Maarrat, ʿayn and hamza transliterations. */
const APOSTROPHES = /['’‘`´ʿʾʼ′]/g;
const ARABIC = /[\u0600-\u06FF]/;
/** Harakat, superscript alef, Quranic marks and tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
/** Scripts whose accents and points are dropped for matching (Greek tonos, Cyrillic breve/diaeresis, Hebrew niqqud). */
const MARKED_SCRIPT = /[\u0370-\u03FF\u1F00-\u1FFF\u0400-\u052F\u0590-\u05FF]/;
const MARKS = /\p{M}/gu;
const LATIN_PLAIN = /^[A-Za-z0-9]*$/;

/** 0: only ASCII letters and digits; 1: those and apostrophe-like marks (at least one letter or digit); 2: other. */
function asciiWithApostrophes(token: string): 0 | 1 | 2 {
  let marks = false;
  let word = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) word = true;
    else if (APOSTROPHE_CODES.has(c)) marks = true;
    else return 2;
  }
  return marks ? (word ? 1 : 2) : 0;
}
/** The characters of APOSTROPHES, as code units. */
const APOSTROPHE_CODES = new Set([0x27, 0x2019, 0x2018, 0x60, 0xb4, 0x2bf, 0x2be, 0x2bc, 0x2032]);

/** The script family of a token, as far as matching cares. */
export type Script = 'latin' | 'arabic' | 'other';

const LATIN_SCRIPT = /^[\p{Script=Latin}\p{N}\p{M}]+$/u;

export function scriptOf(token: string): Script {
  if (LATIN_PLAIN.test(token) || LATIN_SCRIPT.test(token)) return 'latin';
  if (ARABIC.test(token)) return 'arabic';
  return 'other';
}

/** Arabic: no short vowels or tatweel, one alef, ta marbuta as ha, alef maqsura as ya. */
function normaliseArabic(token: string): string {
  return token
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/[ىیئ]/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/ک/g, 'ك');
}

/** Cyrillic, Greek and Hebrew: lower case without accents or points (ё = е, й = и, ά = α), final sigma as sigma. */
function normaliseMarked(token: string): string {
  return token.normalize('NFD').replace(MARKS, '').normalize('NFC').toLowerCase().replace(/ς/g, 'σ');
}

/**
 * Han, kana and Hangul: names are written without spaces, so each character is one token (the matcher joins them
 * back, longest first). `code` is a UTF-16 code unit.
 */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/**
 * The exact key form of one token: Latin letters lower-cased without diacritics or apostrophes (Ḩamāh → hamah,
 * Nu‘mān → numan), Arabic without vowel marks, other scripts lower-cased.
 */
export function normaliseToken(token: string): string {
  const plain = asciiWithApostrophes(token);
  if (plain === 0) return token.toLowerCase();
  // ASCII letters and digits with apostrophes (don’t, Ma'arrat): the general path below gives the same, slowly.
  if (plain === 1) return token.replace(APOSTROPHES, '').toLowerCase();
  if (ARABIC.test(token)) return normaliseArabic(token);
  const stripped = token.replace(APOSTROPHES, '');
  if (scriptOf(stripped) === 'latin')
    return anyAscii(stripped)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  if (MARKED_SCRIPT.test(stripped)) return normaliseMarked(stripped);
  return stripped.toLowerCase();
}

/**
 * The loose form of one (already normalised) Latin token, for transliteration variants: doubled letters collapsed
 * (Assal = Asal, Maarrat = Marat), ou → u (Sheikhoun), a final Arabic ta marbuta written -ah/-eh/-a treated alike
 * (Izzah = Izza), ee/ei/ey/ay → i-ish forms kept apart (they are handled by the skeleton).
 */
export function looseToken(norm: string): string {
  if (looseAsIs(norm)) return norm;
  const hit = looseMemo.get(norm);
  if (hit !== undefined) return hit;
  const out = computeLoose(norm);
  if (looseMemo.size >= MEMO_MAX) looseMemo.clear();
  looseMemo.set(norm, out);
  return out;
}

/**
 * True when computeLoose would return `norm` unchanged and can be skipped (most words): lower-case ASCII letters and
 * digits with no letter doubled, no "ou", and no final "ah"/"eh" after the third letter.
 */
function looseAsIs(norm: string): boolean {
  const n = norm.length;
  if (n === 0) return false;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const c = norm.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
    if (c === prev || (c === 117 && prev === 111)) return false;
    prev = c;
  }
  if (n > 3 && prev === 104) {
    const before = norm.charCodeAt(n - 2);
    if (before === 97 || before === 101) return false;
  }
  return true;
}

/** Loose forms already computed (a text repeats its words; cleared when full so memory stays bounded). */
const looseMemo = new Map<string, string>();
const MEMO_MAX = 50_000;

function computeLoose(norm: string): string {
  if (!/^[a-z0-9]+$/.test(norm)) return norm.startsWith('ال') && norm.length > 3 ? norm.slice(2) : norm;
  let s = norm.replace(/(.)\1+/g, '$1').replace(/ou/g, 'u');
  if (s.length > 3) s = s.replace(/(a|e)h$/, 'a');
  return s;
}

/**
 * The consonant skeleton of a loose Latin key: vowels and y/w glides dropped, common transliteration pairs merged
 * (q/k, kh/h → h, sh → s, th/dh/z/d merged is too coarse and is not done). Saraqeb, Saraqib and Saraqab → srkb.
 * Used only as a blocking key for fuzzy lookup; candidates are then checked by edit distance.
 */
export function skeletonOf(loose: string): string {
  if (LOWER_ASCII_WORDS.test(loose)) return asciiSkeleton(loose);
  return loose
    .replace(/q/g, 'k')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/sh/g, 's')
    .replace(/ph/g, 'f')
    .replace(/[aeiouyw\s]/g, '')
    .replace(/(.)\1+/g, '$1');
}

const LOWER_ASCII_WORDS = /^[a-z ]*$/;
/** Code units of a e i o u y w and space (dropped from a skeleton). */
const SKELETON_DROPPED = new Set([97, 101, 105, 111, 117, 121, 119, 32]);

/** One left-to-right, non-overlapping replacement of the pair (x, y) by z, as String.replace with /xy/g. */
function replacePair(s: number[], x: number, y: number, z: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === x && s[i + 1] === y) {
      out.push(z);
      i++;
    } else out.push(s[i] as number);
  }
  return out;
}

/** skeletonOf for lower-case ASCII letters and spaces, without a regex: the same steps, in the same order. */
function asciiSkeleton(loose: string): string {
  let s: number[] = [];
  for (let i = 0; i < loose.length; i++) {
    const c = loose.charCodeAt(i);
    s.push(c === 113 ? 107 : c);
  }
  s = replacePair(s, 107, 104, 104); // kh → h
  s = replacePair(s, 103, 104, 103); // gh → g
  s = replacePair(s, 115, 104, 115); // sh → s
  s = replacePair(s, 112, 104, 102); // ph → f
  let out = '';
  let last = -1;
  for (const c of s) {
    if (SKELETON_DROPPED.has(c) || c === last) continue;
    out += String.fromCharCode(c);
    last = c;
  }
  return out;
}
