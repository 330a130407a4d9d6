import { applySpec, parseExactIsoDay } from '../../lib/time/index.js';
import type { CorpusStage } from '../../pipeline/stage.js';
import { type DateMention, type DocumentView, viewOf } from './document-view.js';
import { type Anchor, anchorsOf, INFERRED_ANCHOR_WEIGHT, inferPublication } from './infer.js';
import { idfOf, keyTermsOf, overlap, wordsOf } from './similarity.js';
import { textDate } from './text-date.js';
import type { PublicationDates, PublicationEvidence, PublicationFinding } from './types.js';

export {
  CANDIDATE_WINDOW_DAYS,
  DAY_MATCH_WEIGHT,
  INFERRED_ANCHOR_WEIGHT,
  MIN_ALIGNMENT_SCORE,
  MIN_EVENT_MATCHES,
  MIN_MARGIN,
  MIN_SENTENCE_SIMILARITY,
} from './infer.js';
export type * from './types.js';

/**
 * Share of key terms (capitalised names) two documents must have in common to be taken as reports of the same
 * story, whose day phrases may then be aligned. Calibrated on the dev corpus (dev-time.ts --calibrate): its five Aleppo
 * articles overlap 0.35–0.54 pairwise; the fictional example article overlaps them 0.02–0.06.
 */
export const MIN_DOCUMENT_RELATEDNESS = 0.2;

/** Values of the publication-anchored mentions the dates stage left unresolved, computed for day `published`. */
function resolveAll(mentions: readonly DateMention[], published: string): Record<string, string> {
  const ref = parseExactIsoDay(published);
  const out: Record<string, string> = {};
  if (ref === null) return out;
  for (const m of mentions) if (m.value === null && m.relative) out[m.id] = applySpec(m.relative, ref);
  return out;
}

const finding = (doc: string, f: Omit<PublicationFinding, 'doc'>): PublicationFinding => ({ doc, ...f });

/**
 * Precedence: a date the user gave (--published) first — it is a deliberate override, e.g. for a republished copy
 * whose text still carries the original wire date — then metadata (manifest, HTML meta, JSON-LD), then the text's
 * own statement (a "Published" line, a dateline, an "Updated" line), then inference across documents, else null.
 * A text date that disagrees with the user or metadata is kept in `conflicts` and reported with ctx.warn.
 */
function fromMetadataOrText(view: DocumentView, warn: (m: string) => void): PublicationFinding | null {
  const { document } = view;
  const mentions = view.mentions.map((m) => m.mention);
  const text = textDate(mentions, document.id);
  const meta = document.meta;
  if (meta.published) {
    const basis = meta.publishedBasis ?? 'metadata';
    const agrees = !text || text.value === meta.published.slice(0, 10);
    if (!agrees)
      warn(`publication: ${document.input}: text says ${text?.value}, ${basis} says ${meta.published}; kept ${basis}`);
    return finding(document.id, {
      published: meta.published,
      basis,
      rule: basis,
      evidence: text && agrees ? [text] : [],
      conflicts: text && !agrees ? [text] : [],
      score: null,
      explanation: `${basis === 'user' ? 'Given by the user' : 'From the document metadata'}${text ? (agrees ? '; the text agrees' : `; the text says ${text.value}`) : ''}.`,
      resolved: {},
    });
  }
  if (text?.value) {
    return finding(document.id, {
      published: text.value,
      basis: 'text',
      rule: `text:${text.kind}`,
      evidence: [text],
      conflicts: [],
      score: null,
      explanation: `The text states it (${text.kind === 'dateline' ? 'a dateline' : `an "${text.kind}" line`}).`,
      resolved: resolveAll(mentions, text.value),
    });
  }
  return null;
}

/** Corpus stage `publication`: each document's publication date with basis, rule and evidence spans. */
export const publication: CorpusStage<'publication'> = {
  kind: 'corpus',
  name: 'publication',
  requires: ['dates', 'sentences'],
  requiresCorpus: [],
  description:
    'Publication date per document: metadata, else the text (Published / dateline / Updated), else inferred by aligning its day phrases with dated documents reporting the same events.',
  run(documents, _corpus, ctx) {
    const views = documents.map(viewOf);
    const sentenceBags = documents.flatMap((d) =>
      (d.layers.sentences ?? []).map((s) => wordsOf(d.document.text.slice(s.start, s.end))),
    );
    const idf = idfOf(sentenceBags.length ? sentenceBags : views.flatMap((v) => v.mentions.map((m) => m.words)));
    const terms = new Map(
      views.map((v) => [
        v.document.id,
        keyTermsOf(
          v.document.text,
          v.mentions.map((m) => m.mention),
        ),
      ]),
    );
    const relatedness = new Map<string, boolean>();
    const related = (a: string, b: string): boolean => {
      const key = `${a}\u0000${b}`;
      let r = relatedness.get(key);
      if (r === undefined) {
        r = overlap(terms.get(a) ?? new Set(), terms.get(b) ?? new Set()) >= MIN_DOCUMENT_RELATEDNESS;
        relatedness.set(key, r);
      }
      return r;
    };
    const out: Record<string, PublicationFinding> = {};
    const anchors: Anchor[] = [];
    const pending: DocumentView[] = [];
    for (const view of views) {
      const f = fromMetadataOrText(view, ctx.warn);
      if (!f) {
        pending.push(view);
        continue;
      }
      out[view.document.id] = f;
      anchors.push(...anchorsOf(view, 1, (m) => m.value ?? f.resolved[m.id] ?? null));
    }
    // Inference in rounds: each round dates what it can from the anchors known at its start; documents dated in a
    // round become anchors (with less weight) for the next, so the order of the input does not matter.
    while (pending.length) {
      const round: { view: DocumentView; inf: NonNullable<ReturnType<typeof inferPublication>> }[] = [];
      for (const view of pending) {
        const id = view.document.id;
        const inf = inferPublication(
          view,
          anchors.filter((a) => a.doc !== id && related(a.doc, id)),
          idf,
        );
        if (inf) round.push({ view, inf });
      }
      if (!round.length) break;
      for (const { view, inf } of round) {
        const resolved = resolveAll(
          view.mentions.map((m) => m.mention),
          inf.published,
        );
        const latest = inf.latest
          ? ` and the latest day it reports as past or present is ${view.document.text.slice(inf.latest.start, inf.latest.end)}`
          : '';
        out[view.document.id] = finding(view.document.id, {
          published: inf.published,
          basis: 'inferred',
          rule: 'inferred:aligned',
          evidence: inf.evidence,
          conflicts: [],
          score: { best: round2(inf.best), rival: round2(inf.rival) },
          explanation: `No date in metadata or text; ${inf.aligned} day phrase(s) land on days that related dated reports give (score ${round2(inf.best)} vs ${round2(inf.rival)} a week away)${latest}.`,
          resolved,
        });
        anchors.push(...anchorsOf(view, INFERRED_ANCHOR_WEIGHT, (m) => m.value ?? resolved[m.id] ?? null));
        pending.splice(pending.indexOf(view), 1);
      }
    }
    for (const view of pending) {
      out[view.document.id] = finding(view.document.id, {
        published: null,
        basis: null,
        rule: 'none',
        evidence: [],
        conflicts: [],
        score: null,
        explanation: 'No date in metadata or text, and no day phrase lines up with a dated document.',
        resolved: {},
      });
    }
    const result: PublicationDates = { documents: out };
    return result;
  },
};

const round2 = (x: number): number => Math.round(x * 100) / 100;

export type { PublicationEvidence };
