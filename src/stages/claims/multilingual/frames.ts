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
import type { Span } from '../../../model/index.js';
import { spanOf } from '../frame-kit.js';
import type { Draft } from '../frames.js';
import type { LanguageCues } from '../language-cues.js';
import type { NpSpan } from '../np.js';
import { isQuoteMark, type Sent, type Tok } from '../tokens.js';
import { clauseStart, contentEnd, hasContentBefore, precedingClause } from './content.js';
import { findLanguageCues, type Hit } from './cue-finding.js';
import { definiteNp } from './definite-np.js';
import {
  appositive,
  germanNp,
  sourceRight,
  startsSource,
  subjectAtStart,
  trimSource,
  withAppositive,
} from './source-phrases.js';
import { COORD, DASHES, isComma, isPunct, outside, SENTENCE_END, symbolOnly, uncased, word } from './words.js';

/** True when clause punctuation or a complementizer lies in [from, to): another clause begins there. */
function hasClauseBreak(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isPunct(toks[k])) return true;
  return false;
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
  // "أفادت الوكالة نقلا عن مصادر طبية بأن …", "قالت المنظمة نقلا عن سكان إن …": an "according to" inside the clause
  // of a verb cue names whom that source cites, not a claim of its own
  const hits = findLanguageCues(sent, lc, german).filter(
    (hit, h, all) =>
      hit.cue.type !== 'prep' ||
      h === 0 ||
      all[h - 1]!.cue.type === 'prep' ||
      hasClauseBreak(toks, all[h - 1]!.to, hit.from),
  );
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
      // "По его словам, …", "За її словами, …": the pronoun inside the phrase is the source
      const inner = toks.slice(hit.from, hit.to).findIndex((t) => pronouns.has(word(t)));
      if (inner >= 0 && atStart) {
        let k = hit.to;
        while (k < toks.length && isComma(toks[k])) k++;
        const p = hit.from + inner;
        mk(hit, 'ml-according-to', { from: p, to: p + 1 }, k, contentEnd(toks, k, limit));
        return;
      }
      const src = german
        ? (germanNp(toks, hit.to, toks.length) ?? sourceRight(toks, hit.to, toks.length, lc, german, timeWords))
        : sourceRight(toks, hit.to, toks.length, lc, german, timeWords);
      if (!src) return;
      const w = withAppositive(toks, src);
      const written = { extent: w.extent, describers: w.describers };
      if (atStart) {
        let k = w.extent!.to;
        while (k < toks.length && isComma(toks[k])) k++;
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
      if (!isComma(toks[hit.from - 1]) || !prevDraft || prevDraft.sent !== sent) return;
      const k = lc.that.has(word(toks[hit.to])) ? hit.to + 1 : hit.to;
      mk(hit, 'ml-gerund', prevDraft.source, k, contentEnd(toks, k, limit));
      return;
    }
    // finite verb, separable verb, participle
    const before = toks[hit.from - 1];
    // "…, a déclaré X." — not "Le porte-parole, Paul Verrand, a assuré que …" (the content follows the cue)
    const after = toks[hit.tail !== null && hit.tail > hit.to ? hit.tail + 1 : hit.to];
    // "«…», — заявил он": a dash after the comma or the closing quote still marks the attribution
    const lead = before && DASHES.has(before.text) && outside(before) ? toks[hit.from - 2] : before;
    const inverted =
      lead !== undefined &&
      (lead.text === ',' || (lead.quote >= 0 && isQuoteMark(lead))) &&
      !lc.that.has(word(after)) &&
      after?.text !== ':' &&
      startsSource(toks, hit.to, timeWords, pronouns, lc);
    if (inverted) {
      // "…, a déclaré l'Observatoire." / "…, teilte das Gesundheitsministerium mit." / "« … », a dit un porte-parole"
      const stop = hit.tail !== null && hit.tail > hit.to ? hit.tail : toks.length;
      const w = withAppositive(toks, sourceRight(toks, hit.to, stop, lc, german, timeWords));
      const a = prevDraft && prevDraft.sent === sent && prevDraft.cue ? prevDraft.cue.to : 0;
      mk(hit, 'ml-inverted', w.source, a, contentEnd(toks, a, lead === before ? hit.from : hit.from - 1), {
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
    // "(أ ف ب) - قال …": a hyphen used as a dash is not a subject (hyphenated words may be split by the tagger, so
    // "-" is not clause punctuation)
    while (a < subjectEnd && symbolOnly(toks[a])) a++;
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
    let describers = app?.named ? [{ from: app.head, to: app.name - 1 }] : [];
    let extent = app ? { from: app.head, to: app.comma } : source;
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
      const np = uncased(toks[hit.to]) ? definiteNp(toks, hit.to, lc, timeWords) : null;
      const closed = after && (lc.that.has(word(toks[after.to])) || isComma(toks[after.to]));
      const w = closed ? withAppositive(toks, after) : null;
      if (w && (!np || lc.that.has(word(toks[after!.to])) || w.describers.length)) {
        // "قال المتحدث باسم الجيش العقيد فلان إن …"; "نفى المتحدث باسم الجبهة، فلان الفلاني، …": the name
        // between commas is the source
        source = w.source;
        extent = w.extent;
        describers = w.describers;
        rule = 'ml-verb-first';
        k = w.extent?.to ?? after!.to;
      } else if (np) {
        // "أعلن الجيش أمس استعادة …", "نفت جبهة الخلاص مسؤوليتها …": the construct phrase is the subject
        source = np;
        extent = np;
        rule = 'ml-verb-first';
        k = np.to;
        while (k < toks.length && timeWords.has(word(toks[k]))) k++;
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
