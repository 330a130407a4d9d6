/**
 * What changed between two reports: new documents, new events, revised casualty figures, claims newly denied,
 * new provenance links (copies discovered) and new contradictions. `diffReports` is a pure function of the two
 * reports (plus an optional text lookup used only for wording); `diffSince` picks the reports from a store.
 *
 * Reports are matched by what is stable across runs, never by generated ids: document ids are content hashes,
 * and a document's text never changes, so a span `{doc, start, end}` names the same words in every report.
 */
import { emptyReport } from '../report/build-report.js';
import type {
  Report,
  ReportCasualty,
  ReportClaim,
  ReportDocument,
  ReportEvent,
  ReportLink,
  ReportSpan,
  Status,
} from '../report/contract.js';
import type { Store, StoredReport, StoredRevision } from '../storage/index.js';

export interface DocumentRef {
  id: string;
  title: string | null;
  outlet: string | null;
  input: string;
  language: string;
}

export interface EventChange {
  event_type: string;
  summary: string;
  date: string | null;
  place: string | null;
  fatalities: number | null;
}

export interface EventUpdate extends EventChange {
  changes: string[];
}

export interface FigureRevision {
  source: string;
  category: string;
  outcome: ReportCasualty['outcome'];
  /** Null for a figure this source had not given before. */
  from: number | null;
  to: number;
  span: ReportSpan;
}

export interface DenialChange {
  claim: ReportSpan;
  /** The claim's words, when the text was available. */
  text: string | null;
  source: string | null;
  status_before: Status | null;
  /** How it became denied: its own status, or a denial that contradicts it. */
  via: 'status' | 'contradiction';
  /** The denial's source, for `contradiction`. */
  denied_by: string | null;
}

export interface LinkChange {
  a: DocumentRef;
  b: DocumentRef;
  relation: ReportLink['relation'];
  relation_before: ReportLink['relation'] | null;
  direction: ReportLink['direction'];
  similarity: number;
}

export interface ContradictionChange {
  kind: string;
  summary: string;
}

/** Every list is present; an empty diff means nothing changed. */
export interface ReportDiff {
  new_documents: DocumentRef[];
  new_events: EventChange[];
  updated_events: EventUpdate[];
  revised_figures: FigureRevision[];
  new_figures: FigureRevision[];
  newly_denied: DenialChange[];
  new_links: LinkChange[];
  new_contradictions: ContradictionChange[];
}

/** Looks up the words of a span (for wording only); returns null when the text is not at hand. */
export type TextLookup = (span: ReportSpan) => string | null;

const spanKey = (s: ReportSpan): string => `${s.doc}:${s.start}:${s.end}`;

const EMPTY_REPORT: Report = emptyReport('');

/** Names for the ids a report uses (sources, places, documents, claims). */
class Names {
  readonly sources: Map<string, string>;
  readonly places: Map<string, string>;
  readonly documents: Map<string, ReportDocument>;
  readonly claims: Map<string, ReportClaim>;
  constructor(readonly report: Report) {
    this.sources = new Map(report.sources.map((s) => [s.id, s.name]));
    this.places = new Map(report.places.map((p) => [p.id, p.name]));
    this.documents = new Map(report.documents.map((d) => [d.id, d]));
    this.claims = new Map(report.claims.map((c) => [c.id, c]));
  }
  source = (id: string | null): string | null => (id === null ? null : (this.sources.get(id) ?? id));
  place = (id: string | null): string | null => (id === null ? null : (this.places.get(id) ?? id));
  document = (id: string): DocumentRef => {
    const d = this.documents.get(id);
    return {
      id,
      title: d?.title ?? null,
      outlet: d?.outlet ?? null,
      input: d?.input ?? id,
      language: d?.language ?? 'und',
    };
  };
}

function newDocuments(before: Names, after: Names): DocumentRef[] {
  return after.report.documents.filter((d) => !before.documents.has(d.id)).map((d) => after.document(d.id));
}

/** An event's identity: its evidence spans, with type, date and place as a fallback for events without any. */
function sameEvent(a: ReportEvent, b: ReportEvent, aNames: Names, bNames: Names): boolean {
  const spans = new Set(a.evidence.map((e) => spanKey(e.span)));
  if (b.evidence.some((e) => spans.has(spanKey(e.span)))) return true;
  return (
    a.evidence.length === 0 &&
    b.evidence.length === 0 &&
    a.event_type === b.event_type &&
    a.date === b.date &&
    aNames.place(a.place) === bNames.place(b.place)
  );
}

function eventChange(e: ReportEvent, names: Names): EventChange {
  return {
    event_type: e.event_type,
    summary: e.summary,
    date: e.date,
    place: names.place(e.place),
    fatalities: e.fatalities,
  };
}

function eventDiff(before: Names, after: Names): { added: EventChange[]; updated: EventUpdate[] } {
  const added: EventChange[] = [];
  const updated: EventUpdate[] = [];
  for (const event of after.report.events) {
    const old = before.report.events.find((o) => sameEvent(o, event, before, after));
    if (!old) {
      added.push(eventChange(event, after));
      continue;
    }
    const changes: string[] = [];
    if (old.fatalities !== event.fatalities)
      changes.push(`fatalities ${old.fatalities ?? 'unknown'} → ${event.fatalities ?? 'unknown'}`);
    if (old.status !== event.status) changes.push(`status ${old.status} → ${event.status}`);
    if (old.corroboration.documents !== event.corroboration.documents) {
      changes.push(`reported by ${old.corroboration.documents} → ${event.corroboration.documents} documents`);
    }
    if (changes.length) updated.push({ ...eventChange(event, after), changes });
  }
  return { added, updated };
}

/** A figure's identity: who gives it, for whom, and what happened to them. */
const figureKey = (c: ReportCasualty, names: Names): string =>
  JSON.stringify([names.source(c.source) ?? '', c.category, c.outcome]);

/**
 * The current figure for each key: the one with the latest `as_of` (else its document's publication date), and
 * among equals the one whose document comes last in the report (documents are in reading order).
 */
function currentFigures(names: Names): Map<string, ReportCasualty> {
  const order = new Map(names.report.documents.map((d, i) => [d.id, i]));
  const when = (c: ReportCasualty): string => c.as_of ?? names.documents.get(c.span.doc)?.published ?? '';
  const current = new Map<string, ReportCasualty>();
  for (const c of names.report.casualties) {
    const key = figureKey(c, names);
    const held = current.get(key);
    const later =
      !held ||
      when(c) > when(held) ||
      (when(c) === when(held) && (order.get(c.span.doc) ?? -1) >= (order.get(held.span.doc) ?? -1));
    if (later) current.set(key, c);
  }
  return current;
}

function figureDiff(before: Names, after: Names): { revised: FigureRevision[]; added: FigureRevision[] } {
  const old = currentFigures(before);
  const revised: FigureRevision[] = [];
  const added: FigureRevision[] = [];
  for (const [key, figure] of currentFigures(after)) {
    const entry = (from: number | null): FigureRevision => ({
      source: after.source(figure.source) ?? 'unattributed',
      category: figure.category,
      outcome: figure.outcome,
      from,
      to: figure.count,
      span: figure.span,
    });
    const previous = old.get(key);
    if (!previous) added.push(entry(null));
    else if (previous.count !== figure.count) revised.push(entry(previous.count));
  }
  return { revised, added };
}

/** Claim keys named in `denial` contradictions, with the denying claim. */
function deniedByContradiction(names: Names): Map<string, ReportClaim | null> {
  const denied = new Map<string, ReportClaim | null>();
  for (const c of names.report.contradictions) {
    if (c.kind !== 'denial') continue;
    const claims = c.claims.map((id) => names.claims.get(id)).filter((x): x is ReportClaim => !!x);
    const denial = claims.find((x) => x.status === 'denied') ?? null;
    for (const claim of claims) if (claim !== denial) denied.set(spanKey(claim.content), denial);
  }
  return denied;
}

function denialDiff(before: Names, after: Names, text: TextLookup): DenialChange[] {
  const oldByKey = new Map(before.report.claims.map((c) => [spanKey(c.content), c]));
  const oldDenied = deniedByContradiction(before);
  const changes: DenialChange[] = [];
  const base = (claim: ReportClaim) => {
    const old = oldByKey.get(spanKey(claim.content));
    return {
      claim: claim.content,
      text: text(claim.content),
      source: after.source(claim.source),
      status_before: old?.status ?? null,
    };
  };
  for (const claim of after.report.claims) {
    if (claim.status !== 'denied') continue;
    const old = oldByKey.get(spanKey(claim.content));
    if (old?.status === 'denied') continue;
    changes.push({ ...base(claim), via: 'status', denied_by: after.source(claim.source) });
  }
  for (const [key, denial] of deniedByContradiction(after)) {
    if (oldDenied.has(key)) continue;
    const claim = after.report.claims.find((c) => spanKey(c.content) === key);
    if (!claim || claim.status === 'denied') continue;
    changes.push({ ...base(claim), via: 'contradiction', denied_by: denial ? after.source(denial.source) : null });
  }
  return changes;
}

const pairKey = (l: ReportLink): string => [l.a, l.b].sort().join(' ');

function linkDiff(before: Names, after: Names): LinkChange[] {
  const old = new Map(before.report.provenance.map((l) => [pairKey(l), l]));
  return after.report.provenance
    .filter((l) => l.relation !== 'independent' && old.get(pairKey(l))?.relation !== l.relation)
    .map((l) => ({
      a: after.document(l.a),
      b: after.document(l.b),
      relation: l.relation,
      relation_before: old.get(pairKey(l))?.relation ?? null,
      direction: l.direction,
      similarity: l.similarity,
    }));
}

function contradictionDiff(before: Names, after: Names): ContradictionChange[] {
  const key = (names: Names, claims: readonly string[], kind: string) =>
    `${kind} ${claims
      .map((id) => names.claims.get(id))
      .map((c) => (c ? spanKey(c.content) : '?'))
      .sort()
      .join(' ')}`;
  const old = new Set(before.report.contradictions.map((c) => key(before, c.claims, c.kind)));
  return after.report.contradictions
    .filter((c) => !old.has(key(after, c.claims, c.kind)))
    .map((c) => ({ kind: c.kind, summary: c.summary }));
}

/** What changed from `before` (null: nothing before) to `after`. Pure: the same reports give the same diff. */
export function diffReports(before: Report | null, after: Report, text: TextLookup = () => null): ReportDiff {
  const b = new Names(before ?? EMPTY_REPORT);
  const a = new Names(after);
  const events = eventDiff(b, a);
  const figures = figureDiff(b, a);
  return {
    new_documents: newDocuments(b, a),
    new_events: events.added,
    updated_events: events.updated,
    revised_figures: figures.revised,
    new_figures: figures.added,
    newly_denied: denialDiff(b, a, text),
    new_links: linkDiff(b, a),
    new_contradictions: contradictionDiff(b, a),
  };
}

export const isEmptyDiff = (diff: ReportDiff): boolean => Object.values(diff).every((list) => list.length === 0);

const quoted = (s: string | null): string => (s ? `“${s}”` : 'an untitled document');
const describeDocument = (d: DocumentRef): string =>
  `${quoted(d.title)}${d.outlet ? ` (${d.outlet})` : ''}${d.language !== 'en' && d.language !== 'und' ? ` [${d.language}]` : ''}`;
const figureLabel = (f: FigureRevision): string => `${f.source}, ${f.category} ${f.outcome}`;

const LINK_WORDS: Readonly<Record<ReportLink['relation'], string>> = {
  duplicate: 'is a duplicate of',
  copy: 'copies',
  rewrite: 'rewrites',
  shared_source: 'shares a source with',
  independent: 'is independent of',
};

/** The diff in words, one line per change, for a person reading a terminal. */
export function describeDiff(diff: ReportDiff): string[] {
  const lines: string[] = [];
  for (const d of diff.new_documents) lines.push(`New document: ${describeDocument(d)} — ${d.input}`);
  for (const e of diff.new_events) {
    const where = e.place ? ` in ${e.place}` : '';
    const when = e.date ? ` on ${e.date}` : '';
    lines.push(`New event: ${e.event_type}${where}${when} — ${e.summary}`);
  }
  for (const e of diff.updated_events) lines.push(`Updated event: ${e.summary} (${e.changes.join('; ')})`);
  for (const f of diff.revised_figures) lines.push(`Revised figure: ${figureLabel(f)}: ${f.from} → ${f.to}`);
  for (const f of diff.new_figures) lines.push(`New figure: ${figureLabel(f)}: ${f.to}`);
  for (const d of diff.newly_denied) {
    const what = d.text ? `“${d.text}”` : `the claim at ${spanKey(d.claim)}`;
    const by = d.denied_by ? ` by ${d.denied_by}` : '';
    const claimedBy = d.source && d.via === 'contradiction' ? ` (claimed by ${d.source})` : '';
    lines.push(`Now denied${by}: ${what}${claimedBy}`);
  }
  for (const l of diff.new_links) {
    const [from, to] = l.direction === 'b_from_a' ? [l.b, l.a] : [l.a, l.b];
    const before = l.relation_before ? `; was ${l.relation_before}` : '';
    lines.push(
      `Copy found: ${describeDocument(from)} ${LINK_WORDS[l.relation]} ${describeDocument(to)} ` +
        `(similarity ${l.similarity.toFixed(2)}${before})`,
    );
  }
  for (const c of diff.new_contradictions) lines.push(`New contradiction (${c.kind}): ${c.summary}`);
  return lines;
}

/** A text lookup over a store's documents (each document read once). */
export function storeTextLookup(store: Store): TextLookup {
  const texts = new Map<string, string | null>();
  return (span) => {
    if (!texts.has(span.doc)) texts.set(span.doc, store.getDocument(span.doc)?.text ?? null);
    const text = texts.get(span.doc);
    return text ? text.slice(span.start, span.end) : null;
  };
}

/** `--since`: a report id, an ISO date/time, or a duration back from now (30s, 10m, 2h, 1d). */
export type Since = { kind: 'report'; id: string } | { kind: 'time'; iso: string };

const DURATION = /^(\d+)\s*(s|m|h|d)$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Milliseconds of a duration like 30s, 10m, 1h, 2d; null when it is not one. */
export function parseDuration(value: string): number | null {
  const match = DURATION.exec(value.trim());
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[match[2] as keyof typeof UNIT_MS];
  return ms > 0 ? ms : null;
}

export function parseSince(value: string, now: Date = new Date()): Since | null {
  const trimmed = value.trim();
  if (/^report_/.test(trimmed)) return { kind: 'report', id: trimmed };
  const ago = parseDuration(trimmed);
  if (ago !== null) return { kind: 'time', iso: new Date(now.getTime() - ago).toISOString() };
  if (!/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return null;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : { kind: 'time', iso: new Date(time).toISOString() };
}

export interface DiffSinceResult {
  /** The report compared from (null: nothing was stored by then, so everything is new). */
  readonly from: { id: string; createdAt: string } | null;
  readonly to: { id: string; createdAt: string } | null;
  readonly diff: ReportDiff;
  /** Revisions the watch loop recorded in the period, oldest first. */
  readonly revisions: StoredRevision[];
}

export class UnknownReportError extends Error {}

/**
 * What changed since a report or a time: the latest stored report compared with the report given (or with the
 * last report saved at or before the time). Throws UnknownReportError for a report id the store does not hold.
 */
export function diffSince(store: Store, since: Since): DiffSinceResult {
  const latest = store.getLatestReport();
  let base: StoredReport | null;
  let sinceIso: string;
  if (since.kind === 'report') {
    base = store.getReport(since.id);
    if (!base) throw new UnknownReportError(`no stored report has the id ${since.id}`);
    sinceIso = base.createdAt;
  } else {
    sinceIso = since.iso;
    const earlier = store.listReports().filter((r) => r.createdAt <= since.iso);
    const last = earlier.at(-1);
    base = last ? store.getReport(last.id) : null;
  }
  const ref = (r: StoredReport | null) => (r ? { id: r.id, createdAt: r.createdAt } : null);
  const empty = diffReports(EMPTY_REPORT, EMPTY_REPORT);
  const diff = latest ? diffReports(base?.report ?? null, latest.report, storeTextLookup(store)) : empty;
  const revisions = store.listRevisions(sinceIso).filter((r) => !base || r.reportId !== base.id);
  return { from: ref(base), to: ref(latest), diff, revisions };
}
