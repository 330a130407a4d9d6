/**
 * What the report page shows, derived from the contract alone (no prose is invented): summary lines built from
 * counts, the timeline by day, claim groups, casualty series per source, provenance clusters and graph layout.
 */
import type {
  EventType,
  Report,
  ReportCasualty,
  ReportClaim,
  ReportDocument,
  ReportEvent,
  Status,
} from '../contract.js';

export const STATUSES: readonly Status[] = ['asserted', 'claimed', 'denied', 'unverified'];

export const EVENT_TYPE_COLOURS: Record<EventType, string> = {
  Battles: '#c2410c',
  'Explosions/Remote violence': '#b91c1c',
  'Violence against civilians': '#7e22ce',
  Protests: '#0369a1',
  Riots: '#a16207',
  'Strategic developments': '#15803d',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Count of each value, most frequent first (ties in first-seen order). */
function tally(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function range(dates: readonly (string | null)[]): [string, string] | null {
  const known = dates.filter((d): d is string => !!d).sort();
  return known.length ? [known[0]!, known[known.length - 1]!] : null;
}

const span = (r: [string, string]) => (r[0] === r[1] ? `on ${r[0]}` : `from ${r[0]} to ${r[1]}`);

/** Groups of documents that copy, rewrite or share wire copy with each other (union of non-independent links). */
export function storyClusters(report: Report): string[][] {
  const parent = new Map(report.documents.map((d) => [d.id, d.id]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root && parent.has(root)) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const link of report.provenance) {
    if (link.relation === 'independent' || !parent.has(link.a) || !parent.has(link.b)) continue;
    parent.set(find(link.a), find(link.b));
  }
  const clusters = new Map<string, string[]>();
  for (const d of report.documents) {
    const root = find(d.id);
    clusters.set(root, [...(clusters.get(root) ?? []), d.id]);
  }
  return [...clusters.values()];
}

/** The highest figure each source gave for each category and outcome, e.g. "Civil Watch: 19 civilians killed". */
export function highestFigures(report: Report): { source: string; casualty: ReportCasualty }[] {
  const names = new Map(report.sources.map((s) => [s.id, s.name]));
  const best = new Map<string, ReportCasualty>();
  for (const c of report.casualties) {
    const key = `${c.source ?? ''}|${c.category}|${c.outcome}`;
    const seen = best.get(key);
    if (!seen || c.count > seen.count) best.set(key, c);
  }
  return [...best.values()].map((c) => ({
    source: c.source ? (names.get(c.source) ?? c.source) : 'unattributed',
    casualty: c,
  }));
}

/** The headline summary: one line per kind of finding, each built from counts and names in the report. */
export function summaryLines(report: Report): string[] {
  const lines: string[] = [];
  const docs = report.documents;
  const outlets = new Set(docs.map((d) => d.outlet).filter(Boolean));
  const published = range(docs.map((d) => d.published));
  lines.push(
    `${plural(docs.length, 'document')} from ${plural(outlets.size, 'named outlet')}` +
      (published ? `, published ${span(published)}` : '') +
      (report.rejected.length ? `; ${plural(report.rejected.length, 'input')} could not be read` : '') +
      '.',
  );
  if (report.provenance.length) {
    const copies = report.provenance.filter((l) => l.relation !== 'independent').length;
    lines.push(
      `${plural(copies, 'copy or rewrite link', 'copy or rewrite links')} between documents: ` +
        `${plural(storyClusters(report).length, 'independent story', 'independent stories')}.`,
    );
  }
  if (report.events.length) {
    const types = tally(report.events.map((e) => e.event_type)).map(([t, n]) => `${n} ${t}`);
    const when = range(report.events.map((e) => e.date));
    const places = new Set(report.events.map((e) => e.place).filter(Boolean));
    lines.push(
      `${plural(report.events.length, 'event')} (${listWords(types)})` +
        (places.size ? ` in ${plural(places.size, 'place')}` : '') +
        (when ? `, ${span(when)}` : '') +
        '.',
    );
  } else lines.push('No events extracted yet.');
  const figures = highestFigures(report).filter((f) => f.casualty.outcome === 'killed');
  if (figures.length) {
    lines.push(
      `Highest reported deaths, per source: ${figures
        .map(({ source, casualty: c }) => `${source} ${c.count} ${c.category}${c.as_of ? ` (as of ${c.as_of})` : ''}`)
        .join('; ')}.`,
    );
  }
  if (report.claims.length) {
    const byStatus = STATUSES.map((s) => [s, report.claims.filter((c) => c.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${s}`);
    lines.push(
      `${plural(report.claims.length, 'claim')} from ${plural(report.sources.length, 'source')}: ${listWords(byStatus)}` +
        (report.contradictions.length ? `; ${plural(report.contradictions.length, 'contradiction')}` : '') +
        '.',
    );
  }
  if (report.places.length) {
    const top = [...report.places]
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .slice(0, 3)
      .map((p) => `${p.name} (${p.mentions.length})`);
    lines.push(`${plural(report.places.length, 'place')} located; most mentioned: ${listWords(top)}.`);
  }
  return lines;
}

/** Events by day, in date order; undated events last. Month- or year-precise dates form their own rows. */
export function timelineDays(events: readonly ReportEvent[]): { day: string | null; events: ReportEvent[] }[] {
  const days = new Map<string | null, ReportEvent[]>();
  const sorted = [...events].sort((a, b) => (a.date ?? '\uffff').localeCompare(b.date ?? '\uffff'));
  for (const e of sorted) days.set(e.date, [...(days.get(e.date) ?? []), e]);
  return [...days].map(([day, list]) => ({ day, events: list }));
}

/** Claims grouped by `group` (the same statement across documents), in order of first appearance. */
export function claimGroups(claims: readonly ReportClaim[]): { key: string; claims: ReportClaim[] }[] {
  const groups = new Map<string, ReportClaim[]>();
  for (const c of claims) {
    const key = c.group ?? `single:${c.id}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].map(([key, list]) => ({ key, claims: list }));
}

export interface CasualtySeries {
  /** Unix seconds (UTC midnight) of each date with a figure. */
  xs: number[];
  series: { label: string; values: (number | null)[] }[];
}

/**
 * One line per source, category and outcome over time (as_of, else the publication date of the document); several
 * figures on one day from the same series show the highest. Figures with no date at all stay in the ledger table.
 */
export function casualtySeries(report: Report): CasualtySeries {
  const names = new Map(report.sources.map((s) => [s.id, s.name]));
  const published = new Map(report.documents.map((d) => [d.id, d.published]));
  const points = new Map<string, Map<string, number>>();
  for (const c of report.casualties) {
    const date = c.as_of ?? published.get(c.span.doc) ?? null;
    if (!date) continue;
    const day = date.length === 10 ? date : `${date}-01-01`.slice(0, 10);
    const label = `${c.source ? (names.get(c.source) ?? c.source) : 'unattributed'}: ${c.category} ${c.outcome}`;
    const line = points.get(label) ?? new Map<string, number>();
    line.set(day, Math.max(line.get(day) ?? 0, c.count));
    points.set(label, line);
  }
  const days = [...new Set([...points.values()].flatMap((m) => [...m.keys()]))].sort();
  return {
    xs: days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000),
    series: [...points].map(([label, line]) => ({ label, values: days.map((d) => line.get(d) ?? null) })),
  };
}

/** A short label for a document: its outlet, else its title, else its input. */
export function documentLabel(d: ReportDocument): string {
  return d.outlet ?? d.title ?? d.input;
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: { id: string; label: string; x: number; y: number }[];
}

/** Documents that take part in a copy/rewrite link, placed on a circle (enough for the dozens a report holds). */
export function provenanceLayout(report: Report): GraphLayout {
  const linked = new Set(report.provenance.filter((l) => l.relation !== 'independent').flatMap((l) => [l.a, l.b]));
  const docs = report.documents.filter((d) => linked.has(d.id));
  const width = 720;
  const height = Math.max(220, Math.min(560, 120 + docs.length * 24));
  const r = Math.min(width, height) / 2 - 50;
  const nodes = docs.map((d, i) => {
    const angle = (2 * Math.PI * i) / docs.length - Math.PI / 2;
    return {
      id: d.id,
      label: documentLabel(d),
      x: Math.round(width / 2 + r * 1.6 * Math.cos(angle)),
      y: Math.round(height / 2 + r * Math.sin(angle)),
    };
  });
  return { width, height, nodes };
}
