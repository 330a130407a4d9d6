/**
 * Attribution frames for documents in languages other than English (cues-by-language.tsv). No part-of-speech tagger
 * is available for them, so cues are word forms and the frames read the grammar around them:
 *
 *   subject first    SOURCE CUE (que|dass|che|,|:) CONTENT   "Le ministère a démenti ces informations."
 *                                                          "Die Armee erklärte, sie habe …"  "El ejército negó haber …"
 *   inverted         CONTENT, CUE SOURCE                    "…, a déclaré l'Observatoire."  "…, teilte X mit."
 *   German V2        OPENER CUE SOURCE, CONTENT             "Am Montag erklärte die Armee, …"
 *   verb-final       SOURCE AUX … PARTICIPLE                "Das Ministerium hat die Berichte bestritten."
 *   prep             selon|según|laut|secondo SOURCE, CONTENT (or CONTENT, prep SOURCE)
 *   post             SOURCE zufolge CONTENT
 *   self             SOURCE … nach eigenen Angaben …        (the clause's subject speaks)
 *   gerund           CONTENT-CLAIM, affirmant que CONTENT   (the source of the claim before it)
 *   coordinated      SOURCE CUE …, et CUE CONTENT           (the source of the claim before it)
 *
 * A negated cue ("no negó", "n'a pas démenti", "hat nicht bestritten") is not a denial; other negated cues ("n'a
 * pas dit") report nothing. Every search is bounded by MAX_SOURCE_WORDS or the sentence.
 */
import type { Span } from '../../model/index.js';
import { spanOf } from './frame-kit.js';
import type { Draft } from './frames.js';
import { ELISION, type LanguageCue, type LanguageCues } from './language-cues.js';
import type { CueClass } from './lexicon.js';
import type { NpSpan } from './np.js';
import { isQuoteMark, type Sent, type Tok } from './tokens.js';

/** Longest source phrase read without a tagger ("le Haut-Commissariat des Nations unies pour les réfugiés" = 9). */
export const MAX_SOURCE_WORDS = 12;
/** Most words between an auxiliary and its participle ("a également démenti", "n'a pas encore démenti" = 3). */
const MAX_AUX_GAP = 3;
/** Most words between a German auxiliary and its clause-final participle ("hat die Berichte am Montag bestritten"). */
const MAX_VERB_FINAL_GAP = 10;
/** Most words between a German verb and its separable particle ("teilte das Gesundheitsministerium am Abend mit"). */
const MAX_PARTICLE_GAP = 12;

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '…', '(', ')', '—', '–', '،', '؛', '؟']);
const SENTENCE_END = new Set(['.', '!', '?', '…', '؟']);
/** Punctuation the English tagger leaves glued to the word before it. */
const GLUED_PUNCT = new Set(['،', '؛', '؟']);
/** Coordinating conjunctions: a cue right after one shares the subject of the cue before it. */
const COORD = new Set([
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
/** Determiners a German noun phrase may hold between its nouns (genitive "der Armee", "des Ministeriums"). */
const GERMAN_DETS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einen',
  'einem',
  'einer',
  'eines',
]);

const outside = (t: Tok | undefined): t is Tok => t !== undefined && t.quote < 0;
const isPunct = (t: Tok | undefined): boolean => t !== undefined && CLAUSE_PUNCT.has(t.text) && t.quote < 0;
const word = (t: Tok | undefined): string => (t ? t.lower.replace(/’/g, "'") : '');

/**
 * The sentence's tokens as the rules read them in another language: elided words split off ("l'armée" -> "l'"
 * "armée"; spans stay over the same text), and articles tagged DET (the English tagger reads "Un" or "Die" as a
 * name or a verb).
 */
export function splitElisions(s: Sent, lc: LanguageCues): Sent {
  const toks: Tok[] = [];
  for (const raw of s.toks) {
    // "ونفت", "ولم": a joined conjunction before a cue or grammar word is split off ("و" + "نفت")
    const conj = joinedConjunction(raw.lower, lc);
    if (conj) {
      const cut = raw.start + conj.length;
      const rest = raw.text.slice(conj.length);
      toks.push({ ...raw, end: cut, text: raw.text.slice(0, conj.length), lower: conj, lemma: conj, pos: 'CCONJ' });
      toks.push({ ...raw, start: cut, text: rest, lower: rest.toLowerCase(), lemma: rest.toLowerCase() });
      continue;
    }
    // "المرصد،": the Arabic comma (and semicolon, question mark) is left glued to the word before it
    let t = raw;
    if (t.text.length > 1 && GLUED_PUNCT.has(t.text[t.text.length - 1]!)) {
      const cut = t.end - 1;
      const body = t.text.slice(0, -1);
      const mark = t.text.slice(-1);
      t = { ...t, end: cut, text: body, lower: body.toLowerCase(), lemma: body.toLowerCase() };
      toks.push(t);
      toks.push({ ...raw, start: cut, text: mark, lower: mark, lemma: mark, pos: 'PUNCT' });
      continue;
    }
    const m = ELISION.exec(t.text);
    if (!m) {
      toks.push(lc.articles.has(t.lower) && t.pos !== 'DET' ? { ...t, pos: 'DET' } : t);
      continue;
    }
    const cut = t.start + m[0].length;
    const head = t.text.slice(0, m[0].length);
    const rest = t.text.slice(m[0].length);
    toks.push({ ...t, end: cut, text: head, lower: head.toLowerCase(), lemma: head.toLowerCase(), pos: 'DET' });
    toks.push({ ...t, start: cut, text: rest, lower: rest.toLowerCase(), lemma: rest.toLowerCase() });
  }
  return { ...s, toks };
}

interface Hit {
  readonly cue: LanguageCue;
  /** Cue tokens [from, to): auxiliary and negation included. */
  readonly from: number;
  readonly to: number;
  /** The verb itself. */
  readonly core: number;
  readonly cls: CueClass;
  /** German separable particle, or verb-final participle, after the source: where the source or content stops. */
  readonly tail: number | null;
}

function matchesAt(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (!outside(toks[i + k]) || word(toks[i + k]) !== words[k]) return false;
  return true;
}

/** The conjunction joined to the front of a word whose rest is a cue or grammar word ("ولم" -> "و"), or null. */
function joinedConjunction(w: string, lc: LanguageCues): string | null {
  if (lc.byFirst.has(w)) return null;
  for (const p of lc.prefixes) {
    if (w.length <= p.length + 1 || !w.startsWith(p)) continue;
    const rest = w.slice(p.length);
    if (lc.byFirst.has(rest) || lc.negators.has(rest) || lc.that.has(rest)) return p;
  }
  return null;
}

/** Index of the auxiliary before a participle at i (across negators and short adverbs), or -1. */
function auxBefore(toks: readonly Tok[], i: number, lc: LanguageCues, german: boolean): number {
  for (let j = i - 1, gap = 0; j >= 0 && gap <= (german ? MAX_VERB_FINAL_GAP : MAX_AUX_GAP); j--, gap++) {
    const t = toks[j]!;
    if (!outside(t) || (isPunct(t) && !german) || SENTENCE_END.has(t.text)) return -1;
    if (german && (t.text === ',' || lc.that.has(word(t)))) return -1;
    if (lc.aux.has(word(t))) return j;
  }
  return -1;
}

/** True when the cue [from, to) is negated: a negator just before it, inside it, or right after the verb. */
function negated(toks: readonly Tok[], from: number, to: number, core: number, lc: LanguageCues): boolean {
  for (let k = Math.max(0, from - 2); k < to; k++) if (outside(toks[k]) && lc.negators.has(word(toks[k]))) return true;
  // "bestritt nicht", "ne dément pas"
  return outside(toks[core + 1]) && lc.negators.has(word(toks[core + 1])) && !lc.that.has(word(toks[core + 2]));
}

/** The cues of one sentence, left to right, outside quotations. */
export function findLanguageCues(s: Sent, lc: LanguageCues, german: boolean): Hit[] {
  const toks = s.toks;
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!outside(t)) continue;
    let hit: Hit | null = null;
    for (const cue of lc.byFirst.get(word(t)) ?? []) {
      if (cue.type === 'verb-sep') {
        const particle = cue.tokens[cue.tokens.length - 1]!;
        let p = -1;
        for (let k = i + 1; k < toks.length && k - i <= MAX_PARTICLE_GAP; k++) {
          const w = toks[k]!;
          if (
            word(w) === particle &&
            outside(w) &&
            (isPunct(toks[k + 1]) || !toks[k + 1] || lc.that.has(word(toks[k + 1])))
          ) {
            p = k;
            break;
          }
          if (isPunct(w) && w.text !== ',') break;
        }
        if (p < 0) continue;
        hit = { cue, from: i, to: i + 1, core: i, cls: cue.cls, tail: p };
        break;
      }
      if (!matchesAt(toks, i, cue.tokens)) continue;
      const end = i + cue.tokens.length;
      if (cue.type === 'participle') {
        const aux = auxBefore(toks, i, lc, german);
        if (aux < 0) continue; // "un démenti", "le ministère accusé de …": no auxiliary, no cue
        const adjacent = i - aux <= MAX_AUX_GAP + 1 && !toks.slice(aux + 1, i).some((x) => lc.articles.has(word(x)));
        hit = { cue, from: adjacent ? aux : i, to: end, core: i, cls: cue.cls, tail: adjacent ? null : aux };
        break;
      }
      // "un démenti", "la denuncia": an article before a bare form makes it a noun
      if ((cue.type === 'verb' || cue.type === 'gerund') && lc.articles.has(word(toks[i - 1]))) continue;
      hit = { cue, from: i, to: end, core: i, cls: cue.cls, tail: null };
      break;
    }
    if (!hit) continue;
    // "según informó la Media Luna Roja": a reporting verb right after the preposition belongs to its cue
    if (hit.cue.type === 'prep' && lc.byFirst.get(word(toks[hit.to]))?.some((c) => c.type === 'verb'))
      hit = { ...hit, to: hit.to + 1 };
    if (hit.cue.type !== 'prep' && hit.cue.type !== 'post' && hit.cue.type !== 'self') {
      if (negated(toks, hit.from, hit.to, hit.core, lc)) {
        // "no negó que …": the source did not deny, it let the content stand; other negated cues say nothing.
        if (hit.cls !== 'deny') continue;
        let from = hit.from;
        while (from > 0 && lc.negators.has(word(toks[from - 1]))) from--;
        hit = { ...hit, from, cls: 'report' };
      }
    }
    hits.push(hit);
    i = Math.max(i, hit.to - 1);
  }
  return hits;
}

/** Index after the content that starts at k: the sentence end, or the next cue's clause, minus final punctuation. */
function contentEnd(toks: readonly Tok[], k: number, limit: number): number {
  let b = limit;
  while (b > k && outside(toks[b - 1]) && (isPunct(toks[b - 1]) || COORD.has(word(toks[b - 1])))) b--;
  return b;
}

/** Start of the clause that ends before index `end`: after the last clause punctuation, quote or conjunction. */
function clauseStart(toks: readonly Tok[], end: number, lc: LanguageCues, floor: number): number {
  let k = end;
  while (k > floor) {
    const t = toks[k - 1]!;
    if (!outside(t) || isPunct(t) || lc.that.has(word(t)) || COORD.has(word(t))) break;
    k--;
  }
  return k;
}

/** Drops leading time words ("am Montag", "mardi") and articles before them from a source range. */
function trimSource(toks: readonly Tok[], from: number, to: number, timeWords: ReadonlySet<string>): NpSpan | null {
  let a = from;
  let b = to;
  const isTime = (k: number) => timeWords.has(word(toks[k]));
  while (a < b && (isTime(a) || (isTime(a + 1) && a + 1 < b && word(toks[a]).length <= 3))) a++;
  while (b > a && (isTime(b - 1) || isPunct(toks[b - 1]) || isQuoteMark(toks[b - 1]))) b--;
  while (b - 1 > a && isTime(b - 2) && word(toks[b - 2]).length > 0 && isTime(b - 1)) b--;
  if (b <= a || b - a > MAX_SOURCE_WORDS) return null;
  return { from: a, to: b };
}

/**
 * A German noun phrase from k without punctuation to stop it ("der Vereinten Nationen sind …"): determiners,
 * lower-case adjectives, capitalised nouns; it ends at the first lower-case word after a noun that is not a
 * determiner of a following genitive.
 */
function germanNp(toks: readonly Tok[], k: number, limit: number): NpSpan | null {
  let j = k;
  let sawNoun = false;
  while (j < limit && j - k < MAX_SOURCE_WORDS) {
    const t = toks[j]!;
    if (!outside(t) || isPunct(t)) break;
    const cap = /^\p{Lu}/u.test(t.text);
    if (cap) sawNoun = true;
    else if (sawNoun && !GERMAN_DETS.has(word(t))) break;
    j++;
  }
  return sawNoun ? { from: k, to: j } : null;
}

/** The source after a cue from k: up to punctuation, a complementizer, `stop` (a particle), within the bound. */
function sourceRight(
  toks: readonly Tok[],
  k: number,
  stop: number,
  lc: LanguageCues,
  german: boolean,
  timeWords: ReadonlySet<string>,
): NpSpan | null {
  if (german && stop === toks.length) {
    const np = germanNp(toks, k, stop);
    if (np) return trimSource(toks, np.from, np.to, timeWords);
  }
  let j = k;
  while (j < stop && j - k <= MAX_SOURCE_WORDS) {
    const t = toks[j]!;
    if (!outside(t) || (isPunct(t) && t.text !== '(' && t.text !== ')') || lc.that.has(word(t))) break;
    j++;
  }
  return j > k ? trimSource(toks, k, j, timeWords) : null;
}

interface Written {
  readonly source: NpSpan | null;
  readonly extent: NpSpan | null;
  readonly describers: NpSpan[];
}

/**
 * "… declaró el ministro de Defensa, Julio Arenas.", "Secondo il portavoce dei ribelli, Marco Dessi, …": a
 * capitalised name after the source phrase and a comma is the source; the phrase before it describes it.
 */
function withAppositive(toks: readonly Tok[], src: NpSpan | null): Written {
  if (!src || toks[src.to]?.text !== ',') return { source: src, extent: src, describers: [] };
  let j = src.to + 1;
  while (j < toks.length && outside(toks[j]) && /^\p{Lu}/u.test(toks[j]!.text) && toks[j]!.pos !== 'DET') j++;
  const name = { from: src.to + 1, to: j };
  const closes = j === toks.length || isPunct(toks[j]);
  if (j === name.from || j - name.from > MAX_SOURCE_WORDS || !closes)
    return { source: src, extent: src, describers: [] };
  return { source: name, extent: { from: src.from, to: j }, describers: [src] };
}

export interface LanguageDraftInput {
  readonly sent: Sent;
  readonly cues: LanguageCues;
  readonly german: boolean;
  readonly timeWords: ReadonlySet<string>;
  /** Subject pronouns (pronouns.tsv): "…, a-t-il dit", "…, sagte er". */
  readonly pronouns: ReadonlySet<string>;
}

/** Drafts for the cues of one sentence (token ranges index `sent.toks`, elisions split). */
export function languageDrafts({ sent, cues: lc, german, timeWords, pronouns }: LanguageDraftInput): Draft[] {
  const toks = sent.toks;
  const hits = findLanguageCues(sent, lc, german);
  const drafts: Draft[] = [];
  const mk = (
    hit: Hit,
    rule: string,
    source: NpSpan | null,
    a: number,
    b: number,
    written: { extent: NpSpan | null; describers: NpSpan[] } = { extent: source, describers: [] },
  ): void => {
    if (b <= a) return;
    const content: Span = spanOf(toks, a, b);
    drafts.push({
      sent,
      rule,
      cue: { from: hit.from, to: hit.to },
      cls: hit.cls,
      source,
      extent: written.extent,
      describers: written.describers,
      content,
      direct: isQuoteMark(toks[a]),
      needsSubject: false,
      extra: null,
    });
  };
  hits.forEach((hit, h) => {
    const next = hits[h + 1];
    const limit = next ? Math.max(hit.to, precedingClause(toks, next.from, hit.to, lc)) : toks.length;
    const prevDraft = drafts[drafts.length - 1];
    const type = hit.cue.type;
    if (type === 'prep') {
      const atStart = clauseStart(toks, hit.from, lc, 0) === hit.from && !hasContentBefore(toks, hit.from);
      const src = german
        ? (germanNp(toks, hit.to, toks.length) ?? sourceRight(toks, hit.to, toks.length, lc, german, timeWords))
        : sourceRight(toks, hit.to, toks.length, lc, german, timeWords);
      if (!src) return;
      const w = withAppositive(toks, src);
      const written = { extent: w.extent, describers: w.describers };
      if (atStart) {
        let k = w.extent!.to;
        while (k < toks.length && isPunct(toks[k]) && (toks[k]!.text === ',' || toks[k]!.text === '،')) k++;
        mk(hit, 'ml-according-to', w.source, k, contentEnd(toks, k, limit), written);
      } else {
        mk(hit, 'ml-according-to', w.source, 0, contentEnd(toks, 0, hit.from), written);
      }
      return;
    }
    if (type === 'post') {
      const a = clauseStart(toks, hit.from, lc, 0);
      const src = trimSource(toks, a, hit.from, timeWords);
      if (!src) return;
      let k = hit.to;
      while (isPunct(toks[k]) && (toks[k]!.text === ',' || toks[k]!.text === '،')) k++;
      mk(hit, 'ml-according-to-post', src, k, contentEnd(toks, k, limit));
      return;
    }
    if (type === 'self') {
      const src = subjectAtStart(toks, hit.from, lc, german, timeWords);
      const a = src ? src.from : 0;
      mk(hit, 'ml-own-account', src, a, contentEnd(toks, a, toks.length));
      return;
    }
    if (type === 'gerund') {
      if (!(toks[hit.from - 1]?.text === ',') || !prevDraft || prevDraft.sent !== sent) return;
      const k = lc.that.has(word(toks[hit.to])) ? hit.to + 1 : hit.to;
      mk(hit, 'ml-gerund', prevDraft.source, k, contentEnd(toks, k, limit));
      return;
    }
    // finite verb, separable verb, participle
    const before = toks[hit.from - 1];
    // "…, a déclaré X." — not "Le porte-parole, Paul Verrand, a assuré que …" (the content follows the cue)
    const after = toks[hit.tail !== null && hit.tail > hit.to ? hit.tail + 1 : hit.to];
    const inverted =
      before !== undefined &&
      (before.text === ',' || (before.quote >= 0 && isQuoteMark(before))) &&
      !lc.that.has(word(after)) &&
      after?.text !== ':' &&
      startsSource(toks, hit.to, timeWords, pronouns, lc);
    if (inverted) {
      // "…, a déclaré l'Observatoire." / "…, teilte das Gesundheitsministerium mit." / "« … », a dit un porte-parole"
      const stop = hit.tail !== null && hit.tail > hit.to ? hit.tail : toks.length;
      const w = withAppositive(toks, sourceRight(toks, hit.to, stop, lc, german, timeWords));
      const a = prevDraft && prevDraft.sent === sent && prevDraft.cue ? prevDraft.cue.to : 0;
      mk(hit, 'ml-inverted', w.source, a, contentEnd(toks, a, hit.from), {
        extent: w.extent,
        describers: w.describers,
      });
      return;
    }
    const opener = german && type !== 'participle' && lc.openers.has(word(toks[clauseStart(toks, hit.from, lc, 0)]));
    if (opener) {
      // "Am Montag erklärte die Armee, …": verb second, the subject after the verb
      const stop = hit.tail !== null && hit.tail > hit.to ? hit.tail : toks.length;
      const src = germanNp(toks, hit.to, stop);
      if (!src) return;
      let k = hit.tail !== null && hit.tail > hit.to ? hit.tail + 1 : src.to;
      while ((isPunct(toks[k]) && toks[k]!.text !== '.') || lc.that.has(word(toks[k]))) k++;
      mk(hit, 'ml-verb-second', trimSource(toks, src.from, src.to, timeWords), k, contentEnd(toks, k, limit));
      return;
    }
    // "Am Dienstag hatte die Armee erklärt, …": verb second with a clause-final participle, the subject after the
    // auxiliary
    if (
      german &&
      hit.tail !== null &&
      hit.tail < hit.from &&
      lc.openers.has(word(toks[clauseStart(toks, hit.tail, lc, 0)]))
    ) {
      const np = germanNp(toks, hit.tail + 1, hit.from);
      const src = np ? trimSource(toks, np.from, np.to, timeWords) : null;
      let k = hit.to;
      while (k < toks.length && ((isPunct(toks[k]) && !SENTENCE_END.has(toks[k]!.text)) || lc.that.has(word(toks[k]))))
        k++;
      const end = contentEnd(toks, k, limit);
      if (end > k) mk(hit, 'ml-verb-second', src, k, end);
      else if (np && np.to < hit.from) mk(hit, 'ml-verb-second', src, np.to, hit.from);
      return;
    }
    // subject first: the subject before the cue (or the auxiliary of a verb-final participle)
    const subjectEnd = hit.tail !== null && hit.tail < hit.from ? hit.tail : hit.from;
    const floor = prevDraft && prevDraft.sent === sent && prevDraft.cue ? prevDraft.cue.to : 0;
    let a = clauseStart(toks, subjectEnd, lc, floor);
    // "Le porte-parole du gouvernement, Paul Verrand, a assuré": the name between commas is the source, the phrase
    // before it describes it
    // ("Un habitant, joint par téléphone, a raconté …": a parenthetical phrase, the subject is before it)
    const app = a === subjectEnd && toks[a - 1]?.text === ',' ? appositive(toks, a - 1, lc, floor) : null;
    if (app) a = app.head;
    let source: NpSpan | null = app
      ? app.named
        ? { from: app.name, to: app.comma }
        : trimSource(toks, app.head, app.name - 1, timeWords)
      : a < subjectEnd
        ? trimSource(toks, a, subjectEnd, timeWords)
        : null;
    const describers = app?.named ? [{ from: app.head, to: app.name - 1 }] : [];
    const extent = app ? { from: app.head, to: app.comma } : source;
    let rule = 'ml-subject';
    let k = hit.to;
    if (!source && a === subjectEnd && COORD.has(word(toks[a - 1])) && prevDraft && prevDraft.sent === sent) {
      source = prevDraft.source; // "… et a affirmé que …": the subject of the verb before
      rule = 'ml-coordinated';
    } else if (
      !source &&
      a === subjectEnd &&
      hit.tail === null &&
      startsSource(toks, hit.to, timeWords, pronouns, lc)
    ) {
      // verb first ("قال الجيش إن …", "Dijo el portavoz que …"): the source follows the verb
      const after = sourceRight(toks, hit.to, toks.length, lc, german, timeWords);
      if (after && (lc.that.has(word(toks[after.to])) || toks[after.to]?.text === ',')) {
        source = after;
        rule = 'ml-verb-first';
        k = after.to;
      }
    }
    if (hit.tail !== null && hit.tail > hit.to) {
      // "teilte mit, dass …" / "teilte am Montag mit: …": the content follows the particle; "wies die Vorwürfe
      // zurück": the object before the particle is the content
      k = hit.tail + 1;
      if (contentEnd(toks, k, limit) <= k && hit.tail > hit.to) {
        mk(hit, 'ml-separable', source, hit.to, hit.tail, { extent, describers });
        return;
      }
    } else if (hit.tail !== null && hit.tail < hit.from) {
      // "Das Ministerium hat die Berichte bestritten": the object between auxiliary and participle is the content
      const end = contentEnd(toks, hit.to, limit);
      if (end > hit.to) k = hit.to;
      else {
        mk(hit, 'ml-verb-final', source, hit.tail + 1, hit.from);
        return;
      }
    }
    while (k < toks.length && ((isPunct(toks[k]) && !SENTENCE_END.has(toks[k]!.text)) || lc.that.has(word(toks[k]))))
      k++;
    const end = contentEnd(toks, k, limit);
    if (end > k) mk(hit, rule, source, k, end, { extent, describers });
    else if (a > 0 && lc.that.has(word(toks[a - 1]))) {
      // "…, algo que el grupo rechazó", "…, ce que l'armée a démenti": the content is what the relative points back to
      const content = prevDraft && prevDraft.sent === sent ? prevDraft.content : null;
      const stop = contentEnd(toks, 0, clauseStart(toks, a - 1, lc, 0));
      if (content)
        drafts.push({
          ...(drafts[drafts.length - 1] as Draft),
          rule: 'ml-relative',
          cue: { from: hit.from, to: hit.to },
          cls: hit.cls,
          source,
          extent: source,
          content,
          direct: false,
        });
      else mk(hit, 'ml-relative', source, 0, stop);
    }
  });
  return drafts;
}

/** True when a word of content comes before index k in the clause ("Les combats, selon l'armée, …"). */
function hasContentBefore(toks: readonly Tok[], k: number): boolean {
  for (let j = 0; j < k; j++) if (!isPunct(toks[j]) && !COORD.has(word(toks[j]))) return true;
  return false;
}

/** Where the clause of the cue at `k` begins, so the cue before it stops its content there. */
function precedingClause(toks: readonly Tok[], k: number, floor: number, lc: LanguageCues): number {
  const before = toks[k - 1];
  if (before?.text === ',' || (before && before.quote >= 0)) return k - 1;
  let a = clauseStart(toks, k, lc, floor);
  // "…, algo que el grupo rechazó": the relative clause and its pronoun are not part of the content before it
  if (a > floor && lc.that.has(word(toks[a - 1]))) {
    let j = a - 1;
    while (j > floor && !isPunct(toks[j - 1])) j--;
    if (j > floor) a = j - 1;
  }
  return a;
}

/** "X, Name," before a cue (the comma after Name at `comma`): where X and Name start, when Name is capitalised. */
function appositive(
  toks: readonly Tok[],
  comma: number,
  lc: LanguageCues,
  floor: number,
): { head: number; name: number; comma: number; named: boolean } | null {
  const name = clauseStart(toks, comma, lc, floor);
  const words = toks.slice(name, comma);
  if (!words.length || words.length > MAX_SOURCE_WORDS) return null;
  if (toks[name - 1]?.text !== ',') return null;
  const head = clauseStart(toks, name - 1, lc, floor);
  if (!(head < name - 1 && name - 1 - head <= MAX_SOURCE_WORDS)) return null;
  const named = words.every((t) => /^\p{Lu}/u.test(t.text));
  // the subject before a parenthetical starts with an article or a capital: not a fronted adverbial ("Mardi soir,")
  const subject = toks[head]!.pos === 'DET' || /^\p{Lu}/u.test(toks[head]!.text);
  return named || (subject && words.length <= MAX_PARENTHETICAL_WORDS) ? { head, name, comma, named } : null;
}

/** Longest parenthetical phrase skipped between a subject and its cue ("joint par téléphone"). */
const MAX_PARENTHETICAL_WORDS = 6;

/**
 * True when a source can start at k (after any time words): an article, a capitalised word or a pronoun; any word
 * in a language without articles.
 */
function startsSource(
  toks: readonly Tok[],
  k: number,
  timeWords: ReadonlySet<string>,
  pronouns: ReadonlySet<string>,
  lc: LanguageCues,
): boolean {
  let j = k;
  while (
    j < toks.length &&
    (timeWords.has(word(toks[j])) || (timeWords.has(word(toks[j + 1])) && word(toks[j]).length <= 3))
  )
    j++;
  const t = toks[j];
  if (t === undefined || !outside(t)) return false;
  // without articles (Russian, Arabic) or without capitals (Arabic) any word may open the source
  if (!lc.articles.size || /^\p{Lo}/u.test(t.text)) return /^\p{L}/u.test(t.text);
  return t.pos === 'DET' || /^\p{Lu}/u.test(t.text) || pronouns.has(word(t));
}

/** The subject at the start of the sentence, up to the first auxiliary or verb ("Die Rebellen der Front haben …"). */
function subjectAtStart(
  toks: readonly Tok[],
  cueFrom: number,
  lc: LanguageCues,
  german: boolean,
  timeWords: ReadonlySet<string>,
): NpSpan | null {
  if (german) {
    const np = germanNp(toks, 0, cueFrom);
    return np ? trimSource(toks, np.from, np.to, timeWords) : null;
  }
  let j = 0;
  while (j < cueFrom && !lc.aux.has(word(toks[j])) && !isPunct(toks[j])) j++;
  return j > 0 ? trimSource(toks, 0, j, timeWords) : null;
}
