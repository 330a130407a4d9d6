// The report's browser script (plain JS, bundled with Leaflet and uPlot by scripts/build-assets.mjs into
// client-bundle.generated.ts and inlined into report.html). It reads the JSON in #sitrep-data and never builds HTML
// from strings: every article-derived value reaches the page through textContent, so it stays inert.
import * as L from 'leaflet/dist/leaflet-src.esm.js';
import uPlot from 'uplot';

/** @type {any} */
const data = JSON.parse(document.getElementById('sitrep-data')?.textContent || '{}');
const texts = data.texts || {};
const docs = data.docs || {};

/** @param {string} tag @param {string} [cls] @param {string} [text] */
function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

// ---- evidence panel -------------------------------------------------------------------------------------------
const panel = document.getElementById('evidence');
const panelTitle = document.getElementById('evidence-title');
const panelMeta = document.getElementById('evidence-meta');
const panelBody = document.getElementById('evidence-text');
/** @type {HTMLElement | null} */
let opener = null;

/** Splits a text into segments at the highlight and boilerplate boundaries. */
function segments(text, start, end, boilerplate) {
  const cuts = new Set([0, text.length]);
  if (end > start) cuts.add(start).add(end);
  for (const [s, e] of boilerplate) cuts.add(Math.max(0, s)).add(Math.min(text.length, e));
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i];
    const e = points[i + 1];
    out.push({
      text: text.slice(s, e),
      hit: end > start && s >= start && e <= end,
      noise: boilerplate.some(([bs, be]) => s >= bs && e <= be),
    });
  }
  return out;
}

function openEvidence(doc, start, end, trigger) {
  if (!panel || !panelBody || !panelTitle || !panelMeta) return;
  const meta = docs[doc] || { label: doc, boilerplate: [] };
  panelTitle.textContent = meta.label || doc;
  panelMeta.textContent = [meta.outlet, meta.published, meta.input].filter(Boolean).join(' · ');
  panelBody.replaceChildren();
  const text = texts[doc];
  if (typeof text !== 'string') {
    panelBody.append(
      el(
        'p',
        'no-text',
        `This report was written without the document texts, so the evidence cannot be shown here. It is ${doc}, characters ${start}–${end} (write the report with --out, or analyse with --include-text).`,
      ),
    );
  } else {
    let first = null;
    for (const seg of segments(text, start, end, meta.boilerplate || [])) {
      const node = seg.hit
        ? el('mark', seg.noise ? 'noise' : '', seg.text)
        : el('span', seg.noise ? 'noise' : '', seg.text);
      if (seg.hit && !first) first = node;
      panelBody.append(node);
    }
    if (first) first.id = 'evidence-hit';
  }
  panel.hidden = false;
  document.body.classList.add('with-evidence');
  opener = trigger || null;
  const hit = document.getElementById('evidence-hit');
  panel.focus({ preventScroll: true });
  if (hit) hit.scrollIntoView({ block: 'center' });
  else panelBody.scrollTop = 0;
}

function closeEvidence() {
  if (!panel) return;
  panel.hidden = true;
  document.body.classList.remove('with-evidence');
  if (opener) opener.focus();
}

document.addEventListener('click', (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  const trigger = target.closest ? target.closest('[data-doc]') : null;
  if (trigger instanceof HTMLElement || trigger instanceof SVGElement) {
    event.preventDefault();
    const d = trigger.dataset;
    for (const x of document.querySelectorAll('.selected')) x.classList.remove('selected');
    trigger.classList.add('selected');
    openEvidence(d.doc, Number(d.start || 0), Number(d.end || 0), trigger);
  }
});
document.addEventListener('keydown', (event) => {
  const target = /** @type {HTMLElement} */ (event.target);
  if (event.key === 'Escape' && panel && !panel.hidden) closeEvidence();
  else if ((event.key === 'Enter' || event.key === ' ') && target.matches?.('[data-doc]:not(button)')) {
    event.preventDefault();
    // SVG elements (the provenance graph's nodes) have no click(): dispatch one.
    target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  }
});
document.getElementById('evidence-close')?.addEventListener('click', closeEvidence);

// ---- map ------------------------------------------------------------------------------------------------------
const TYPE_COLOURS = data.typeColours || {};
/** Precision rings in metres: 1 the town itself, 2 near it or part of a region, 3 province or vaguer. */
const RING_METRES = { 1: 3000, 2: 15000, 3: 60000 };

function drawMap() {
  const box = document.getElementById('map-canvas');
  const map = data.map;
  if (!box || !map) return;
  const m = L.map(box, { attributionControl: true, zoomSnap: 0.25, worldCopyJump: false, keyboard: true });
  m.attributionControl.setPrefix('');
  m.attributionControl.addAttribution('Basemap: Natural Earth (world-atlas), offline');
  // The view is set before any layer is added: vector layers need a projected map.
  const located = (map.markers || []).map((mk) => [mk.lat, mk.lon]);
  if (located.length) m.fitBounds(L.latLngBounds(located).pad(0.4), { maxZoom: 9 });
  else m.setView([20, 0], 1);
  if (map.basemap) {
    L.geoJSON(map.basemap, {
      style: () => ({ color: '#8a8f98', weight: 0.8, fillColor: '#eef0ea', fillOpacity: 1 }),
      interactive: false,
    }).addTo(m);
  }
  for (const mk of map.markers || []) {
    const colour = mk.kind === 'event' ? TYPE_COLOURS[mk.type] || '#444' : '#6b7280';
    if (mk.kind === 'event' && mk.precision && RING_METRES[mk.precision]) {
      L.circle([mk.lat, mk.lon], {
        radius: RING_METRES[mk.precision],
        color: colour,
        weight: 1,
        dashArray: '4 3',
        fill: false,
        interactive: false,
        className: 'precision-ring',
      }).addTo(m);
    }
    const marker = L.circleMarker([mk.lat, mk.lon], {
      radius: mk.kind === 'event' ? 8 : 5,
      color: '#222',
      weight: 1,
      fillColor: colour,
      fillOpacity: mk.kind === 'event' ? 0.9 : 0.6,
      className: mk.kind === 'event' ? 'mk-event' : 'mk-place',
    });
    const tip = el('div', 'tip');
    tip.append(el('strong', '', mk.label));
    if (mk.detail) tip.append(el('div', '', mk.detail));
    marker.bindTooltip(tip, { direction: 'top' });
    marker.on('click', () => {
      const item = mk.target ? document.getElementById(mk.target) : null;
      if (item) {
        item.scrollIntoView({ block: 'nearest' });
        const button = item.querySelector('[data-doc]');
        if (button instanceof HTMLElement) button.click();
        else if (mk.evidence) openEvidence(mk.evidence.doc, mk.evidence.start, mk.evidence.end, null);
      } else if (mk.evidence) openEvidence(mk.evidence.doc, mk.evidence.start, mk.evidence.end, null);
    });
    marker.addTo(m);
  }
}

// ---- casualty chart -------------------------------------------------------------------------------------------
const SERIES_COLOURS = ['#b91c1c', '#1d4ed8', '#047857', '#a16207', '#7c3aed', '#be185d', '#0f766e', '#4b5563'];

function drawChart() {
  const box = document.getElementById('chart');
  const chart = data.chart;
  if (!box || !chart?.xs.length) return;
  const width = Math.max(320, Math.min(960, box.clientWidth || 720));
  new uPlot(
    {
      width,
      height: 260,
      padding: [12, 56, 0, 0],
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true } },
      axes: [
        // One tick per reported date, written as the contract writes dates (UTC days).
        {
          splits: () => chart.xs,
          values: (_u, ticks) => ticks.map((t) => new Date(t * 1000).toISOString().slice(0, 10)),
        },
        { label: 'reported figure' },
      ],
      series: [
        { label: 'date (UTC)' },
        ...chart.series.map((s, i) => ({
          label: s.label,
          stroke: SERIES_COLOURS[i % SERIES_COLOURS.length],
          width: 2,
          spanGaps: true,
          points: { show: true, size: 7 },
        })),
      ],
    },
    [chart.xs, ...chart.series.map((s) => s.values)],
    box,
  );
}

try {
  drawMap();
} catch (e) {
  document.getElementById('map-canvas')?.replaceChildren(el('p', 'empty', `The map could not be drawn: ${e}`));
}
drawChart();
document.documentElement.dataset.ready = 'true';
