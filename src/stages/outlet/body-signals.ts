import type { Sentence, Span } from '../../model/index.js';
import type { OutletEntry, OutletLexicon } from './lexicon.js';
import {
  isCapitalised,
  knownOutlet,
  type NameAt,
  nameAfter,
  nameBefore,
  namesInFull,
  namesInstitution,
  soundsLikePublication,
} from './names.js';
import { TOLD_RANK, TOLD_TAIL_MAX_WORDS, VERIFY_RANK, VERIFY_UNKNOWN_RANK } from './ranks.js';
import type { Signal } from './signal.js';

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive, whole-word regex for a list of cue phrases, longest first. */
export function cueRegex(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases].sort((a, b) => b.length - a.length).map(escapeRegex);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** A known outlet for a name: by name or alias, or by abbreviation when the text names it in full too. */
function resolve(name: string, text: string, lex: OutletLexicon): OutletEntry | undefined {
  const entry = knownOutlet(name, lex);
  if (entry) return entry;
  const short = lex.byAbbreviation.get(name);
  return short && namesInFull(text, short) ? short : undefined;
}

/** A sentence-initial single word is only a name when it cannot be a common word: "Korvet24", "HuffPost". */
const oddlyShaped = (word: string): boolean => /\p{Ll}\p{Lu}|\p{N}/u.test(word);

/** "<Outlet> could not independently verify …": the outlet's own disclaimer. Evidence: the whole sentence. */
function verifySignals(s: string, base: Sentence, text: string, lex: OutletLexicon, re: RegExp): Signal[] {
  const out: Signal[] = [];
  for (const m of s.matchAll(re)) {
    const found = nameBefore(s, m.index, lex);
    if (!found) continue;
    const entry = resolve(found.name, text, lex);
    const evidence = { start: base.start, end: base.end };
    if (entry) {
      out.push({ name: entry.name, rank: VERIFY_RANK, signal: 'verify', evidence });
      continue;
    }
    if (namesInstitution(found.name, lex)) continue;
    const single = !found.name.includes(' ');
    const publication = soundsLikePublication(found.name, lex);
    if (single && found.start === 0 && !publication && !oddlyShaped(found.name)) continue;
    out.push({ name: found.name, rank: publication ? VERIFY_RANK : VERIFY_UNKNOWN_RANK, signal: 'verify', evidence });
  }
  return out;
}

const CLAUSE_END = /[,.;:!?"“”]/u;

/**
 * From the word before "told" (the speaker, often a pronoun) to the outlet, plus the setting when a told-tail word
 * opens it and the clause closes within TOLD_TAIL_MAX_WORDS words ("he told X from inside the city").
 */
function toldEvidence(s: string, cueStart: number, found: NameAt, lex: OutletLexicon): Span {
  const before = /(\p{L}+)\s+$/u.exec(s.slice(Math.max(0, cueStart - 40), cueStart));
  const start = before ? cueStart - before[0].length : cueStart;
  const words = s.slice(found.end, found.end + 200).split(/(?=\s)/u);
  if (!lex.cues.toldTail.has(words[0]?.trim().toLowerCase() ?? '')) return { start, end: found.end };
  let end = found.end;
  for (const word of words.slice(0, TOLD_TAIL_MAX_WORDS)) {
    const stop = CLAUSE_END.exec(word);
    if (stop) return { start, end: end + stop.index };
    end += word.length;
  }
  return { start, end: end === s.length ? end : found.end };
}

/** "told Jane Doe of The Valdoria Ledger": the outlet after "of" when the part before it is a person. */
function employer(found: NameAt | null, text: string, lex: OutletLexicon): NameAt | null {
  if (!found || resolve(found.name, text, lex)) return found;
  const of = found.name.lastIndexOf(' of ');
  if (of < 0) return found;
  const tail = found.name.slice(of + 4);
  if (!resolve(tail, text, lex) && !soundsLikePublication(tail, lex)) return found;
  return { name: tail, start: found.start + of + 4, end: found.end };
}

/** "he told <Outlet>": the interviewer, unless it is a wire agency or an institution. Evidence: the phrase. */
function toldSignals(s: string, base: Sentence, text: string, lex: OutletLexicon, re: RegExp): Signal[] {
  const out: Signal[] = [];
  for (const m of s.matchAll(re)) {
    const found = employer(nameAfter(s, m.index + m[0].length, lex), text, lex);
    if (!found || !isCapitalised(found.name)) continue;
    const entry = resolve(found.name, text, lex);
    if (entry?.wire) continue;
    if (!entry && (namesInstitution(found.name, lex) || !soundsLikePublication(found.name, lex))) continue;
    const span = toldEvidence(s, m.index, found, lex);
    const evidence = { start: base.start + span.start, end: base.start + span.end };
    out.push({ name: entry?.name ?? found.name, rank: TOLD_RANK, signal: 'told', evidence });
  }
  return out;
}

const compiled = new WeakMap<OutletLexicon, { verify: RegExp; told: RegExp }>();

/** The cue regexes of a lexicon, compiled once. */
function cueRegexes(lex: OutletLexicon): { verify: RegExp; told: RegExp } {
  let res = compiled.get(lex);
  if (!res) {
    res = { verify: cueRegex(lex.cues.verify), told: cueRegex(lex.cues.told) };
    compiled.set(lex, res);
  }
  return res;
}

/** Publisher signals in the body sentences: disclaimers and interviews. */
export function bodySignals(text: string, sentences: readonly Sentence[], lex: OutletLexicon): Signal[] {
  const { verify, told } = cueRegexes(lex);
  return sentences
    .filter((s) => s.kind === 'sentence')
    .flatMap((sentence) => {
      const s = text.slice(sentence.start, sentence.end);
      return [...verifySignals(s, sentence, text, lex, verify), ...toldSignals(s, sentence, text, lex, told)];
    });
}
