import type { CasualtyFigure } from '../../stages/casualties/types.js';
import type { ReportCasualty, ReportSource } from '../contract.js';
import type { ReportInput, ReportSection } from '../report-input.js';
import { toReportSpan } from '../report-input.js';
import { placeLocator } from './place-index.js';
import '../../stages/casualties/types.js';
import '../../stages/claims/types.js';
import '../../stages/places/types.js';
import '../../stages/publication/types.js';

/**
 * The report's casualty figure plus the fields the contract leaves open: the qualifier the text puts on the number,
 * `part_of` (index in `casualties` of the figure this one is part of, or null) and `series` (figures from one
 * source with the same category and outcome, in as_of order: a cumulative toll over time; null without a source).
 */
export interface ReportCasualtyFigure extends ReportCasualty {
  qualifier: CasualtyFigure['qualifier'];
  part_of: number | null;
  series: string | null;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const asDate = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const d = s.slice(0, 10);
  return DATE.test(d) ? d : null;
};
const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Finds the report source of a claim's speaker: the registry id when the sources layer ran, else the first source
 * (in report order) one of whose names is one of the speaker's. Built once per section: a scan of every source for
 * every figure grew with the corpus (issue 10).
 */
function sourceLocator(input: ReportInput, sources: readonly ReportSource[]) {
  const known = new Set(sources.map((s) => s.id));
  /** Lower-cased name or alias → index of the first source that has it. */
  const byName = new Map<string, number>();
  for (const [i, s] of sources.entries()) {
    for (const name of [s.name, ...s.aliases].map(lower)) if (!byName.has(name)) byName.set(name, i);
  }
  return (doc: string, speaker: { key: string; name: string; aliases: readonly string[] } | null): string | null => {
    if (!speaker) return null;
    const byKey = input.corpus.sources?.keys[doc]?.[speaker.key];
    if (byKey && known.has(byKey)) return byKey;
    let first = Number.POSITIVE_INFINITY;
    for (const name of [speaker.name, ...speaker.aliases]) first = Math.min(first, byName.get(lower(name)) ?? first);
    return first < sources.length ? (sources[first] as ReportSource).id : null;
  };
}

/**
 * `casualties`: every figure of every document, kept as stated (never summed, averaged or deduplicated across
 * copies), with its place (the report place whose mention overlaps the figure's place mention), its source (the
 * speaker of the claim that carries it; null when the outlet states it) and its as_of date (the date the statement
 * gives, resolved against an inferred publication date when needed, else the publication date). Sorted by as_of
 * (undated last), then by document and position, so a source's cumulative toll reads as a series.
 */
export const casualtiesSection: ReportSection = (input, soFar) => {
  const sourceOf = sourceLocator(input, soFar.sources);
  const locatePlace = placeLocator(soFar.places);
  const rows: { figure: ReportCasualtyFigure; key: string; parentKey: string | null; doc: number; pos: number }[] = [];
  for (const [docIndex, { document, layers }] of input.documents.entries()) {
    const figures = layers.casualties ?? [];
    if (!figures.length) continue;
    const doc = document.id;
    const publication = input.corpus.publication?.documents[doc];
    const places = new Map((layers.places ?? []).map((p) => [p.id, p]));
    const claims = new Map((layers.claims ?? []).map((c) => [c.id, c]));
    for (const f of figures) {
      const mention = f.placeMentionId ? places.get(f.placeMentionId) : undefined;
      const place = mention ? (locatePlace({ doc, start: mention.start, end: mention.end })?.id ?? null) : null;
      const claim = f.claimId ? claims.get(f.claimId) : undefined;
      const source = claim ? sourceOf(doc, claim.speaker) : null;
      const resolved = f.asOfDateId ? publication?.resolved[f.asOfDateId] : undefined;
      const as_of =
        asDate(f.asOfBasis === 'text' ? (f.asOf ?? resolved) : f.asOf) ??
        asDate(resolved) ??
        asDate(publication?.published) ??
        asDate(document.meta.published);
      rows.push({
        figure: {
          count: f.count,
          category: f.category,
          outcome: f.outcome,
          period: f.period,
          as_of,
          place,
          source,
          span: toReportSpan(doc, f),
          qualifier: f.qualifier,
          part_of: null,
          series: source ? `${source}:${f.category}:${f.outcome}` : null,
        },
        key: `${doc}#${f.id}`,
        parentKey: f.subsetOf ? `${doc}#${f.subsetOf}` : null,
        doc: docIndex,
        pos: f.start,
      });
    }
  }
  rows.sort(
    (a, b) =>
      (a.figure.as_of === null ? 1 : 0) - (b.figure.as_of === null ? 1 : 0) ||
      (a.figure.as_of ?? '').localeCompare(b.figure.as_of ?? '') ||
      a.doc - b.doc ||
      a.pos - b.pos,
  );
  const index = new Map(rows.map((r, i) => [r.key, i]));
  for (const r of rows) r.figure.part_of = r.parentKey ? (index.get(r.parentKey) ?? null) : null;
  return { casualties: rows.map((r) => r.figure) };
};
