/**
 * The read side of `sitrep serve`: the latest stored report, filtered and paginated for the JSON API, and rendered
 * for the dashboard. Everything is re-read from the store on each call, so a new `sitrep analyze` shows at once.
 */
import type { Report, ReportDocument } from '../report/contract.js';
import { renderReportPage } from '../report/html/index.js';
import type { Store } from '../storage/index.js';
import { reportTexts } from './write-outputs.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

/** A request the user can fix (bad filter, bad page): the HTTP shell answers 400 with the message. */
export class QueryError extends Error {
  readonly code = 'bad_query';
}

/** Filters shared by the list endpoints; each endpoint applies those that make sense for it (see OpenAPI). */
export interface ListQuery {
  readonly from?: string;
  readonly to?: string;
  readonly place?: string;
  readonly type?: string;
  readonly source?: string;
  readonly status?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface Page<T> {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: T[];
}

export const LIST_FILTERS = ['from', 'to', 'place', 'type', 'source', 'status', 'limit', 'offset'] as const;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Parses query-string values into a ListQuery; unknown parameters and malformed values are QueryErrors. */
export function parseListQuery(params: Readonly<Record<string, string | undefined>>): ListQuery {
  const unknown = Object.keys(params).filter((k) => !(LIST_FILTERS as readonly string[]).includes(k));
  if (unknown.length) {
    throw new QueryError(`unknown parameter ${unknown.join(', ')}: use ${LIST_FILTERS.join(', ')}`);
  }
  const query: Record<string, string | number> = {};
  for (const key of ['from', 'to'] as const) {
    const value = params[key];
    if (value === undefined) continue;
    if (!DATE.test(value)) throw new QueryError(`${key}=${value}: expected a date as YYYY-MM-DD (or YYYY-MM, YYYY)`);
    query[key] = value;
  }
  for (const key of ['place', 'type', 'source', 'status'] as const) {
    const value = params[key];
    if (value !== undefined && value !== '') query[key] = value;
  }
  for (const [key, min, max] of [
    ['limit', 1, MAX_LIMIT],
    ['offset', 0, Number.MAX_SAFE_INTEGER],
  ] as const) {
    const value = params[key];
    if (value === undefined) continue;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      throw new QueryError(
        `${key}=${value}: expected a whole number from ${min}${key === 'limit' ? ` to ${max}` : ''}`,
      );
    }
    query[key] = n;
  }
  return query as ListQuery;
}

function page<T>(items: T[], q: ListQuery): Page<T> {
  const limit = q.limit ?? DEFAULT_LIMIT;
  const offset = q.offset ?? 0;
  return { total: items.length, limit, offset, items: items.slice(offset, offset + limit) };
}

const same = (a: string | null | undefined, b: string) => !!a && a.toLowerCase() === b.toLowerCase();
const contains = (a: string | null | undefined, b: string) => !!a && a.toLowerCase().includes(b.toLowerCase());

/** Whether a (possibly partial) date falls in [from, to]; partial dates compare as their first and last day. */
function inRange(date: string | null, q: ListQuery): boolean {
  if (!q.from && !q.to) return true;
  if (!date) return false;
  const start = date.padEnd(10, date.length === 4 ? '-01-01' : '-01').slice(0, 10);
  const end = date.length === 10 ? date : date.length === 7 ? `${date}-31` : `${date}-12-31`;
  const from = q.from ? q.from.padEnd(10, q.from.length === 4 ? '-01-01' : '-01').slice(0, 10) : null;
  const to = q.to ? (q.to.length === 10 ? q.to : q.to.length === 7 ? `${q.to}-31` : `${q.to}-12-31`) : null;
  return (!from || end >= from) && (!to || start <= to);
}

/** The API's answers over the latest stored report. */
export class ReportApi {
  constructor(private readonly store: Store) {}

  /** The latest stored report, or null when nothing has been analysed into this store. */
  latest(): { id: string; createdAt: string; report: Report } | null {
    const stored = this.store.getLatestReport();
    return stored ? { id: stored.id, createdAt: stored.createdAt, report: stored.report } : null;
  }

  private report(): Report {
    const latest = this.latest();
    if (!latest) throw new NoReportError();
    return latest.report;
  }

  documents(q: ListQuery): Page<ReportDocument> {
    const r = this.report();
    const items = r.documents
      .filter((d) => inRange(d.published, q))
      .filter((d) => !q.source || contains(d.outlet, q.source))
      .map(({ text: _text, ...d }) => d);
    return page(items, q);
  }

  /** One document with its text (from the store, else from the report), or null when the report does not hold it. */
  document(id: string): (Omit<ReportDocument, 'text'> & { text: string | null }) | null {
    const r = this.report();
    const doc = r.documents.find((d) => d.id === id);
    if (!doc) return null;
    const text = reportTexts(r, { store: this.store }).get(id) ?? null;
    return { ...doc, text };
  }

  events(q: ListQuery) {
    const r = this.report();
    const places = new Map(r.places.map((p) => [p.id, p]));
    const outlets = new Map(r.documents.map((d) => [d.id, d.outlet]));
    const claimSources = new Map(r.claims.map((c) => [c.id, c.source]));
    const sourceIds = this.sourceIds(r, q.source);
    const items = r.events.filter(
      (e) =>
        inRange(e.date, q) &&
        (!q.place || same(e.place, q.place) || same(places.get(e.place ?? '')?.name, q.place)) &&
        (!q.type || same(e.event_type, q.type) || same(e.sub_event_type, q.type)) &&
        (!q.status || same(e.status, q.status)) &&
        (!q.source ||
          e.evidence.some(
            (ev) =>
              contains(outlets.get(ev.span.doc), q.source!) ||
              (ev.claim !== null && sourceIds.has(claimSources.get(ev.claim) ?? '')),
          )),
    );
    return page(items, q);
  }

  claims(q: ListQuery) {
    const r = this.report();
    const published = new Map(r.documents.map((d) => [d.id, d.published]));
    const sourceIds = this.sourceIds(r, q.source);
    const items = r.claims.filter(
      (c) =>
        inRange(published.get(c.span.doc) ?? null, q) &&
        (!q.status || same(c.status, q.status)) &&
        (!q.source || sourceIds.has(c.source ?? '')) &&
        (!q.type || same(c.cue, q.type)),
    );
    return page(items, q);
  }

  places(q: ListQuery) {
    const r = this.report();
    const items = r.places.filter(
      (p) =>
        (!q.place || same(p.id, q.place) || contains(p.name, q.place)) &&
        (!q.type || same(p.feature, q.type) || same(p.country, q.type)),
    );
    return page(items, q);
  }

  casualties(q: ListQuery) {
    const r = this.report();
    const published = new Map(r.documents.map((d) => [d.id, d.published]));
    const places = new Map(r.places.map((p) => [p.id, p.name]));
    const sourceIds = this.sourceIds(r, q.source);
    const items = r.casualties.filter(
      (c) =>
        inRange(c.as_of ?? published.get(c.span.doc) ?? null, q) &&
        (!q.place || same(c.place, q.place) || same(places.get(c.place ?? ''), q.place)) &&
        (!q.type || same(c.outcome, q.type) || same(c.category, q.type)) &&
        (!q.source || sourceIds.has(c.source ?? '')),
    );
    return page(items, q);
  }

  provenance(q: ListQuery) {
    const r = this.report();
    const outlets = new Map(r.documents.map((d) => [d.id, d.outlet]));
    const items = r.provenance.filter(
      (l) =>
        (!q.type || same(l.relation, q.type)) &&
        (!q.source || [l.a, l.b].some((id) => same(id, q.source!) || contains(outlets.get(id), q.source!))),
    );
    return page(items, q);
  }

  sources(q: ListQuery) {
    const r = this.report();
    const items = r.sources.filter(
      (s) =>
        (!q.type || same(s.kind, q.type)) &&
        (!q.source ||
          same(s.id, q.source) ||
          contains(s.name, q.source) ||
          s.aliases.some((a) => contains(a, q.source!))),
    );
    return page(items, q);
  }

  /** The dashboard: the HTML report over the latest stored report, with the texts from the store. */
  dashboard(links: readonly (readonly [string, string])[] = []) {
    const latest = this.latest();
    if (!latest) return null;
    return renderReportPage(latest.report, reportTexts(latest.report, { store: this.store }), {
      banner: `Live: stored report ${latest.id}, analysed ${latest.createdAt}. Reload for the latest analysis.`,
      links,
    });
  }

  /** Source ids matching a source filter (id, name or alias). */
  private sourceIds(r: Report, filter: string | undefined): Set<string> {
    if (!filter) return new Set();
    return new Set(
      r.sources
        .filter((s) => same(s.id, filter) || contains(s.name, filter) || s.aliases.some((a) => contains(a, filter)))
        .map((s) => s.id),
    );
  }
}

/** Nothing has been analysed into the store yet: the HTTP shell answers 404 with the message. */
export class NoReportError extends Error {
  readonly code = 'no_report';
  constructor() {
    super('no report is stored yet: run sitrep analyze <inputs> --db <this database> first');
  }
}
