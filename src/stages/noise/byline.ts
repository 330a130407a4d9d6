import type { BylineWords } from './lexicon.js';
import { endsLikeSentence } from './lines.js';

/** Longest byline line. Calibration: "By Jane Doe and John Roe in Beirut | 30 November 2024" is 12 words. */
export const BYLINE_MAX_WORDS = 14;
/** Most name words before the comma in "Jane Doe, Security Correspondent" (long Arabic names run to five). */
export const BYLINE_NAME_MAX_WORDS = 5;
/** Most words in the title after the comma ("Chief International Affairs Correspondent in Beirut"). */
export const BYLINE_TITLE_MAX_WORDS = 8;

/** Separators after which a byline carries a date or an outlet, not names: "By Jane Doe | 30 Nov 2024". */
const SEPARATORS = new Set(['|', '-', '–', '—', '•', '·']);
/** A one-word name in a byline is an agency acronym ("By AFP"), never a capitalised common word ("By Land"). */
const ACRONYM = /^\p{Lu}{2,6}$/u;

const isCapitalised = (word: string): boolean => /^["'“‘(]?(?:(?:al|el|ad|as|an|ar)-)?\p{Lu}/u.test(word);
const bare = (word: string): string => word.replace(/^[("'“‘]+|[),;:"'”’]+$/gu, '').toLowerCase();

/**
 * "Jane Doe", "Jane Doe and John Roe", "Omar al Haddad, Ana Holt & AFP": every name has two capitalised words (or is
 * an agency acronym), names are joined by commas or joiners, and lower-case words are name particles.
 */
function isNameList(words: readonly string[], lex: BylineWords): boolean {
  const groups: string[][] = [[]];
  for (const word of words) {
    const b = bare(word);
    if (lex.joiners.has(b)) groups.push([]);
    else if (isCapitalised(word)) groups.at(-1)!.push(word);
    else if (!lex.particles.has(b)) return false;
    if (word.endsWith(',')) groups.push([]);
  }
  const names = groups.filter((g) => g.length);
  return names.length > 0 && names.every((g) => g.length >= 2 || ACRONYM.test(g[0]!.replace(/,$/u, '')));
}

/** "By Jane Doe", "By Jane Doe and John Roe in Beirut", "Par Jeanne Dupont | 30 novembre 2024". */
function isLeadByline(words: readonly string[], lex: BylineWords): boolean {
  const [lead, first] = words;
  if (!lead || !first || !lex.leads.has(lead.toLowerCase())) return false;
  if (lex.notNames.has(bare(first)) || !isCapitalised(first)) return false;
  const sep = words.findIndex((w, i) => i > 0 && SEPARATORS.has(w));
  const head = words.slice(1, sep < 0 ? undefined : sep);
  const at = head.findIndex((w) => lex.places.has(w));
  const place = at < 0 ? [] : head.slice(at + 1);
  if (at >= 0 && !place.length) return false;
  const placeOk = place.every((w) => isCapitalised(w) || lex.particles.has(bare(w)));
  return placeOk && isNameList(at < 0 ? head : head.slice(0, at), lex);
}

/** "Jane Doe, Security Correspondent" or "Jane Doe | Middle East Editor in Beirut". */
function isTitledByline(line: string, lex: BylineWords): boolean {
  const cut = /\s*(?:,|\s[|–—-]\s)\s*/u.exec(line);
  if (!cut) return false;
  const name = line.slice(0, cut.index).split(/\s+/u);
  const title = line
    .slice(cut.index + cut[0].length)
    .split(/\s+/u)
    .filter(Boolean);
  if (name.length < 2 || name.length > BYLINE_NAME_MAX_WORDS) return false;
  if (!title.length || title.length > BYLINE_TITLE_MAX_WORDS) return false;
  if (!isNameList(name, lex)) return false;
  const titleOk = title.every((w) => isCapitalised(w) || lex.titleLinks.has(bare(w)) || lex.places.has(bare(w)));
  return titleOk && title.some((w) => lex.roles.has(bare(w)));
}

/**
 * Which byline shape a trimmed line has, or null. A "By …" line may close with one full stop ("By Jane Doe."), its
 * names being strict enough; any other line ending like a sentence is never a byline.
 */
export function bylineShape(line: string, lex: BylineWords): 'lead' | 'titled' | null {
  const body = /[^.]\.$/u.test(line) ? line.slice(0, -1) : line;
  if (endsLikeSentence(body)) return null;
  const words = body.split(/\s+/u);
  if (words.length > BYLINE_MAX_WORDS) return null;
  if (isLeadByline(words, lex)) return 'lead';
  return body === line && isTitledByline(line, lex) ? 'titled' : null;
}
