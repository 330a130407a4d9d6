import { createHash } from 'node:crypto';
import type { Report, ReportClaim, ReportDocument, ReportSpan } from '../contract.js';
import { collectTexts, spanText } from '../exports/evidence-text.js';
import { basemapFor } from './basemap.js';
import { CLIENT_CSS, CLIENT_JS } from './client-bundle.generated.js';
import { esc, jsonForScript } from './escape.js';
import { REPORT_CSS } from './styles.js';
import {
  casualtySeries,
  claimGroups,
  documentLabel,
  EVENT_TYPE_COLOURS,
  provenanceLayout,
  STATUSES,
  summaryLines,
  timelineDays,
} from './view-model.js';

/** Document texts by id (from the analysed documents); a report written with --include-text carries its own. */
export type ReportTexts = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

export interface RenderOptions {
  /** A line under the title, e.g. which stored report a live dashboard shows. Plain text. */
  readonly banner?: string;
  /** Extra links in the navigation (the dashboard's API), as [label, href] with same-origin hrefs. */
  readonly links?: readonly (readonly [string, string])[];
}

export interface ReportPage {
  readonly html: string;
  /** The policy the page carries in its meta tag; a server sends the same as a header. */
  readonly contentSecurityPolicy: string;
}

/** Longest quote shown on an evidence button; the panel shows the whole text. */
const QUOTE_CHARS = 220;

interface Ctx {
  report: Report;
  texts: Map<string, string>;
  docs: Map<string, ReportDocument>;
  sourceNames: Map<string, string>;
  placeNames: Map<string, string>;
  claims: Map<string, ReportClaim>;
}

const statusClass = (s: string) => ((STATUSES as readonly string[]).includes(s) ? `st-${s}` : 'st-unknown');
const badge = (status: string) => `<span class="badge ${statusClass(status)}">${esc(status)}</span>`;
const typeColour = (t: string) => (EVENT_TYPE_COLOURS as Record<string, string>)[t] ?? '#444';
const typeBadge = (t: string) => `<span class="badge type" style="background:${typeColour(t)}">${esc(t)}</span>`;
const int = (n: unknown) => (Number.isFinite(Number(n)) ? Math.trunc(Number(n)) : 0);

function docLabel(ctx: Ctx, id: string): string {
  const d = ctx.docs.get(id);
  return d ? `${documentLabel(d)}${d.published ? `, ${d.published}` : ''}` : id;
}

/** A button that opens the span highlighted inside its document; shows the quote when the text is at hand. */
function evidence(ctx: Ctx, span: ReportSpan | null | undefined, prefix = ''): string {
  if (!span) return '';
  const quote = spanText(ctx.texts, span);
  const shown =
    quote === null
      ? `characters ${int(span.start)}–${int(span.end)}`
      : quote.length > QUOTE_CHARS
        ? `${quote.slice(0, QUOTE_CHARS)}…`
        : quote;
  return (
    `<button type="button" class="ev" data-doc="${esc(span.doc)}" data-start="${int(span.start)}" data-end="${int(span.end)}">` +
    `${prefix ? `${esc(prefix)} ` : ''}${quote === null ? esc(shown) : `<q>${esc(shown)}</q>`}` +
    `<span class="ev-src">${esc(docLabel(ctx, span.doc))}</span></button>`
  );
}

const section = (id: string, title: string, body: string) =>
  `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${esc(title)}</h2>${body}</section>`;
const empty = (text: string) => `<p class="empty">${esc(text)}</p>`;

function summarySection(ctx: Ctx): string {
  const items = summaryLines(ctx.report).map((l) => `<li>${esc(l)}</li>`);
  return section('summary', 'Summary', `<ul class="summary">${items.join('')}</ul>`);
}

function timelineSection(ctx: Ctx): string {
  const { events } = ctx.report;
  if (!events.length) return section('timeline', 'Timeline', empty('No events extracted yet.'));
  const days = timelineDays(events).map(({ day, events: list }) => {
    const items = list.map((e) => {
      const place = e.place ? (ctx.placeNames.get(e.place) ?? e.place) : null;
      const meta = [
        e.sub_event_type,
        place ? `${place}${e.geo_precision ? ` (geo precision ${int(e.geo_precision)})` : ''}` : 'place unknown',
        e.actors.length ? `actors: ${e.actors.join(', ')}` : null,
        e.fatalities !== null ? `fatalities: ${int(e.fatalities)}` : null,
        `${int(e.corroboration.documents)} document(s), ${int(e.corroboration.independent)} independent`,
      ]
        .filter(Boolean)
        .map((m) => esc(m));
      const contradicted = e.contradicted_by.length
        ? `<div class="meta">Contradicted by: ${e.contradicted_by
            .map((id) => {
              const c = ctx.claims.get(id);
              return c ? evidence(ctx, c.span) : esc(id);
            })
            .join('')}</div>`
        : '';
      return (
        `<li class="event" id="${esc(e.id)}" data-type="${esc(e.event_type)}">${typeBadge(e.event_type)} ${badge(e.status)} ` +
        `<strong>${esc(e.summary)}</strong><div class="meta">${meta.join(' · ')}</div>` +
        `${e.evidence.map((ev) => evidence(ctx, ev.span)).join('')}${contradicted}</li>`
      );
    });
    const title = day ?? 'Date unknown';
    return `<div class="day"><h3>${esc(title)}</h3><ul class="plain">${items.join('')}</ul></div>`;
  });
  return section('timeline', 'Timeline', days.join(''));
}

function mapSection(ctx: Ctx): string {
  const { events, places } = ctx.report;
  const located = events.filter((e) => e.place && ctx.placeNames.has(e.place)).length;
  const types = [...new Set(events.map((e) => e.event_type))];
  const legend = [
    ...types.map((t) => `<span><span class="swatch" style="background:${typeColour(t)}"></span>${esc(t)}</span>`),
    `<span><span class="swatch" style="background:#6b7280"></span>place mentioned</span>`,
    events.length ? '<span>dashed ring: location precision</span>' : '',
  ].join('');
  const note = events.length
    ? `${located} of ${events.length} event(s) located; ${places.length} place(s) mentioned.`
    : places.length
      ? `No events yet: showing the ${places.length} place(s) the articles mention.`
      : 'Nothing located yet.';
  return section(
    'map',
    'Map',
    `<p>${esc(note)}</p><div id="map-canvas" role="region" aria-label="Map of events and places"></div><div class="legend">${legend}</div>`,
  );
}

function casualtySection(ctx: Ctx): string {
  const { casualties } = ctx.report;
  if (!casualties.length) return section('casualties', 'Casualty ledger', empty('No casualty figures extracted yet.'));
  const rows = [...casualties]
    .sort(
      (a, b) =>
        (a.source ?? '').localeCompare(b.source ?? '') ||
        (a.as_of ?? '').localeCompare(b.as_of ?? '') ||
        a.count - b.count,
    )
    .map(
      (c) =>
        `<tr><td>${esc(c.source ? (ctx.sourceNames.get(c.source) ?? c.source) : 'unattributed')}</td>` +
        `<td>${int(c.count)}</td><td>${esc(c.category)}</td><td>${esc(c.outcome)}</td><td>${esc(c.as_of ?? '')}</td>` +
        `<td>${esc(c.period ?? '')}</td><td>${esc(c.place ? (ctx.placeNames.get(c.place) ?? c.place) : '')}</td>` +
        `<td>${evidence(ctx, c.span)}</td></tr>`,
    );
  return section(
    'casualties',
    'Casualty ledger',
    '<p>Every figure as reported, per source; nothing is summed or averaged.</p>' +
      '<div id="chart" role="img" aria-label="Reported figures per source over time"></div>' +
      '<table><thead><tr><th>source</th><th>count</th><th>category</th><th>outcome</th><th>as of</th><th>period</th>' +
      `<th>place</th><th>evidence</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}

function claimLine(ctx: Ctx, c: ReportClaim): string {
  const who = c.source ? (ctx.sourceNames.get(c.source) ?? c.source) : 'the outlet, as fact';
  return (
    `<div class="claim" id="${esc(c.id)}"><div>${badge(c.status)}</div><div><strong>${esc(who)}</strong>` +
    `${c.cue ? ` <span class="ev-src">(${esc(c.cue)})</span>` : ''}${evidence(ctx, c.span)}</div></div>`
  );
}

function claimsSection(ctx: Ctx): string {
  if (!ctx.report.claims.length) return section('claims', 'Claims', empty('No claims extracted yet.'));
  const groups = claimGroups(ctx.report.claims).map(({ claims }) => {
    const statuses = [...new Set(claims.map((c) => c.status))];
    const docs = new Set(claims.map((c) => c.span.doc)).size;
    const head = `<h3>${statuses.map(badge).join(' ')} ${esc(`${claims.length} statement(s) in ${docs} document(s)`)}</h3>`;
    return `<div class="group">${head}${claims.map((c) => claimLine(ctx, c)).join('')}</div>`;
  });
  return section('claims', 'Claims', groups.join(''));
}

function contradictionsSection(ctx: Ctx): string {
  const list = ctx.report.contradictions;
  if (!list.length) return section('contradictions', 'Contradictions', empty('No contradictions found yet.'));
  const items = list.map((k) => {
    const sides = k.claims.map((id) => {
      const c = ctx.claims.get(id);
      return `<div>${c ? claimLine(ctx, c) : esc(`unknown claim ${id}`)}</div>`;
    });
    return `<div class="contradiction" id="${esc(k.id)}"><h3>${esc(k.kind)}: ${esc(k.summary)}</h3><div class="side">${sides.join('')}</div></div>`;
  });
  return section('contradictions', 'Contradictions', items.join(''));
}

const RELATION_STYLE: Record<string, string> = {
  duplicate: 'stroke="#b42318" stroke-width="3"',
  copy: 'stroke="#b42318" stroke-width="2"',
  rewrite: 'stroke="#9a6700" stroke-width="2"',
  shared_source: 'stroke="#0b5cad" stroke-width="1.5" stroke-dasharray="5 4"',
};

function provenanceSection(ctx: Ctx): string {
  const links = ctx.report.provenance;
  if (!links.length) return section('provenance', 'Provenance', empty('No provenance links computed yet.'));
  const layout = provenanceLayout(ctx.report);
  const at = new Map(layout.nodes.map((n) => [n.id, n]));
  const edges = links
    .filter((l) => l.relation !== 'independent' && at.has(l.a) && at.has(l.b))
    .map((l) => {
      // An arrow from the original to the document that took from it.
      const [from, to] = l.direction === 'a_from_b' ? [at.get(l.b)!, at.get(l.a)!] : [at.get(l.a)!, at.get(l.b)!];
      const marker = l.direction ? ' marker-end="url(#arrow)"' : '';
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const len = Math.hypot(dx, dy) || 1;
      const x2 = Math.round(to.x - (dx / len) * 14);
      const y2 = Math.round(to.y - (dy / len) * 14);
      return `<line x1="${from.x}" y1="${from.y}" x2="${x2}" y2="${y2}" ${RELATION_STYLE[l.relation] ?? 'stroke="#888"'}${marker}><title>${esc(`${l.relation}, similarity ${l.similarity}`)}</title></line>`;
    });
  const nodes = layout.nodes.map(
    (n) =>
      `<g class="node" tabindex="0" role="button" aria-label="${esc(`Open ${n.label}`)}" data-doc="${esc(n.id)}" data-start="0" data-end="0">` +
      `<circle cx="${n.x}" cy="${n.y}" r="9" fill="#e8eef6" stroke="#1f2328"/>` +
      `<text x="${n.x}" y="${n.y + 24}" text-anchor="middle">${esc(n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label)}</text></g>`,
  );
  const svg = layout.nodes.length
    ? `<svg class="graph" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-label="Which documents copy which">` +
      '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#444"/></marker></defs>' +
      `${edges.join('')}${nodes.join('')}</svg><div class="legend"><span>red: copy/duplicate</span><span>amber: rewrite</span><span>blue dashed: shared wire source</span><span>arrow: from the original to the document that took from it</span></div>`
    : empty('Every document is independent of the others.');
  const rows = links.map((l) => {
    const dir = l.direction === 'a_from_b' ? '←' : l.direction === 'b_from_a' ? '→' : '—';
    const aligned = l.aligned
      .slice(0, 3)
      .map((p) => `<div class="side"><div>${evidence(ctx, p.a)}</div><div>${evidence(ctx, p.b)}</div></div>`)
      .join('');
    return (
      `<tr><td>${esc(docLabel(ctx, l.a))}</td><td>${dir}</td><td>${esc(docLabel(ctx, l.b))}</td><td>${esc(l.relation)}</td>` +
      `<td>${esc(Number(l.similarity).toFixed(2))}</td><td>${aligned}</td></tr>`
    );
  });
  return section(
    'provenance',
    'Provenance',
    `${svg}<table><thead><tr><th>document a</th><th></th><th>document b</th><th>relation</th><th>similarity</th><th>aligned passages</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}

function sourcesSection(ctx: Ctx): string {
  const { sources, claims } = ctx.report;
  if (!sources.length) return section('sources', 'Sources', empty('No sources identified yet.'));
  // each source's claims, grouped once: filtering every claim for every source grew with the corpus (issue 10)
  const bySource = new Map<string, ReportClaim[]>();
  for (const c of claims) {
    if (!c.source) continue;
    const own = bySource.get(c.source) ?? [];
    if (!own.length) bySource.set(c.source, own);
    own.push(c);
  }
  const rows = sources.map((s) => {
    const own = bySource.get(s.id) ?? [];
    const first = own[0];
    return (
      `<tr><td>${esc(s.name)}</td><td>${esc(s.kind)}</td><td>${esc(s.affiliation ?? '')}</td><td>${esc(s.aliases.join('; '))}</td>` +
      `<td>${own.length}</td><td>${first ? evidence(ctx, first.source_span ?? first.span) : ''}</td></tr>`
    );
  });
  return section(
    'sources',
    'Sources',
    `<table><thead><tr><th>name</th><th>kind</th><th>affiliation</th><th>seen as</th><th>claims</th><th>first seen</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  );
}

function documentsSection(ctx: Ctx): string {
  const { documents, rejected } = ctx.report;
  const note = ctx.texts.size
    ? ''
    : '<p class="empty">This report was written without the document texts: evidence is shown as character positions.</p>';
  const rows = documents.map(
    (d) =>
      `<tr><td><button type="button" class="doclink" data-doc="${esc(d.id)}" data-start="0" data-end="0">${esc(d.title ?? d.input)}</button></td>` +
      `<td>${d.outlet_evidence ? evidence(ctx, d.outlet_evidence, d.outlet ?? '') : esc(d.outlet ?? '')}</td>` +
      `<td>${esc(d.published ?? '')}${d.published_basis ? ` <span class="ev-src">(${esc(d.published_basis)})</span>` : ''}</td>` +
      `<td>${esc(d.language)}</td><td>${esc(d.input)}</td></tr>`,
  );
  const table = documents.length
    ? `<table><thead><tr><th>title</th><th>outlet</th><th>published</th><th>lang</th><th>input</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : empty('No documents.');
  const rej = rejected.length
    ? `<h3>Not read</h3><ul>${rejected.map((r) => `<li>${esc(r.input)}: ${esc(r.reason)} <code>${esc(r.code)}</code></li>`).join('')}</ul>`
    : '';
  return section('documents', 'Documents', note + table + rej);
}

/** The data the browser script needs: texts, document metadata, map markers, chart series. Escaped as JSON. */
function clientData(ctx: Ctx) {
  const { report } = ctx;
  const places = new Map(report.places.map((p) => [p.id, p]));
  const markers: unknown[] = [];
  for (const e of report.events) {
    const p = e.place ? places.get(e.place) : undefined;
    if (!p) continue;
    markers.push({
      kind: 'event',
      id: e.id,
      lat: p.lat,
      lon: p.lon,
      type: e.event_type,
      precision: e.geo_precision,
      label: `${e.date ?? 'undated'} · ${e.summary}`,
      detail: `${e.event_type} · ${p.name}`,
      target: e.id,
      evidence: e.evidence[0]?.span ?? null,
    });
  }
  const withEvents = new Set(report.events.map((e) => e.place));
  for (const p of report.places) {
    if (withEvents.has(p.id)) continue;
    markers.push({
      kind: 'place',
      id: p.id,
      lat: p.lat,
      lon: p.lon,
      label: p.name,
      detail: `${p.feature}${p.admin1 ? `, ${p.admin1}` : ''}${p.country ? `, ${p.country}` : ''} · ${p.mentions.length} mention(s)`,
      evidence: p.mentions[0] ?? null,
    });
  }
  const points = markers as { lat: number; lon: number }[];
  return {
    texts: Object.fromEntries(ctx.texts),
    docs: Object.fromEntries(
      report.documents.map((d) => [
        d.id,
        {
          label: d.title ?? d.input,
          outlet: d.outlet,
          published: d.published,
          input: d.input,
          boilerplate: d.boilerplate.map((b) => [b.start, b.end]),
        },
      ]),
    ),
    typeColours: EVENT_TYPE_COLOURS,
    map: { markers, basemap: basemapFor(points.filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon))) },
    chart: casualtySeries(report),
  };
}

const sha256 = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * The situation report as one self-contained HTML page: inline CSS and script (Leaflet and uPlot included), the
 * offline basemap and the document texts embedded, no request of any kind. Every article-derived value is escaped
 * (HTML text, or JSON in an inert data block), and the page's Content-Security-Policy allows only its own script.
 */
export function renderReportPage(report: Report, texts?: ReportTexts, options: RenderOptions = {}): ReportPage {
  const ctx: Ctx = {
    report,
    texts: collectTexts(report.documents, texts),
    docs: new Map(report.documents.map((d) => [d.id, d])),
    sourceNames: new Map(report.sources.map((s) => [s.id, s.name])),
    placeNames: new Map(report.places.map((p) => [p.id, p.name])),
    claims: new Map(report.claims.map((c) => [c.id, c])),
  };
  const script = CLIENT_JS;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const nav = [
    ['Summary', '#summary'],
    ['Timeline', '#timeline'],
    ['Map', '#map'],
    ['Casualties', '#casualties'],
    ['Claims', '#claims'],
    ['Contradictions', '#contradictions'],
    ['Provenance', '#provenance'],
    ['Sources', '#sources'],
    ['Documents', '#documents'],
    ...(options.links ?? []),
  ]
    .map(([label, href]) => `<a href="${esc(href)}">${esc(label)}</a>`)
    .join('');
  const dates = report.documents
    .map((d) => d.published)
    .filter((d): d is string => !!d)
    .sort();
  const subtitle = `${report.documents.length} document(s)${dates.length ? `, ${dates[0]} to ${dates[dates.length - 1]}` : ''} · ${report.generator}`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Situation report</title>
<style>${CLIENT_CSS}
${REPORT_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header class="top"><h1>Situation report</h1><p>${esc(subtitle)}</p>${options.banner ? `<p>${esc(options.banner)}</p>` : ''}<nav class="toc" aria-label="Sections">${nav}</nav></header>
<main id="main">
${summarySection(ctx)}
${timelineSection(ctx)}
${mapSection(ctx)}
${casualtySection(ctx)}
${claimsSection(ctx)}
${contradictionsSection(ctx)}
${provenanceSection(ctx)}
${sourcesSection(ctx)}
${documentsSection(ctx)}
</main>
<aside id="evidence" hidden tabindex="-1" aria-labelledby="evidence-title">
<header><button type="button" id="evidence-close" aria-label="Close the evidence">Close</button><h2 id="evidence-title">Evidence</h2><div id="evidence-meta"></div></header>
<pre id="evidence-text"></pre>
</aside>
<script type="application/json" id="sitrep-data">${jsonForScript(clientData(ctx))}</script>
<script>${script}</script>
</body>
</html>
`;
  return { html, contentSecurityPolicy: csp };
}

/** The report as one self-contained HTML file (see renderReportPage). */
export function renderReportHtml(report: Report, texts?: ReportTexts, options: RenderOptions = {}): string {
  return renderReportPage(report, texts, options).html;
}
