import { fuseEvents } from '../../stages/fusion/fuse.js';
import type { FusedEvent, FusionResult } from '../../stages/fusion/types.js';
import type { ReportEvent, ReportPlace } from '../contract.js';
import type { ReportInput, ReportSection } from '../report-input.js';
import { toReportSpan } from '../report-input.js';
import { type DocSpan, placeLocator } from './place-index.js';

/** Fusion computed here for an input without a fusion layer, once: the events and contradictions sections share it. */
const computedFusion = new WeakMap<ReportInput, FusionResult>();

/** The fusion layer, or (when that stage did not run) the same fusion computed here from the events layers. */
export function fusionOf(input: ReportInput): FusionResult {
  if (input.corpus.fusion) return input.corpus.fusion;
  let fusion = computedFusion.get(input);
  if (!fusion) {
    fusion = fuseEvents(input.documents, input.corpus);
    computedFusion.set(input, fusion);
  }
  return fusion;
}

/** The report place whose mentions include the event's place mention (else one of its mentions' places). */
function placeOf(e: FusedEvent, locate: (span: DocSpan) => ReportPlace | null): ReportPlace | null {
  const candidates = [
    ...(e.place ? [{ doc: e.place.doc, start: e.place.start, end: e.place.end }] : []),
    ...e.mentions.flatMap((m) => (m.place ? [{ doc: m.doc, start: m.place.start, end: m.place.end }] : [])),
  ];
  for (const c of candidates) {
    const place = locate(c);
    if (place) return place;
  }
  return null;
}

/** "Air/drone strike by Military Forces of Russia in Aleppo on 2024-11-30 (36 killed)". */
export function eventSummary(e: FusedEvent, placeName: string | null): string {
  const what = e.subEventType || e.eventType;
  const who = e.actors[0] ? ` by ${e.actors[0]}` : '';
  const where = placeName ? ` in ${placeName}` : '';
  const when = e.date ? ` on ${e.date}` : '';
  const toll = e.fatalities !== null ? ` (${e.fatalities} killed)` : '';
  const bg = e.background ? ' [background]' : '';
  return `${what}${who}${where}${when}${toll}${bg}`;
}

/**
 * `events`: one entry per fused event, in order of first mention, with its evidence spans (and the report claim
 * that carries each, when the claims section made it), its place as a report place id, corroboration and the
 * claims that contradict it.
 */
export const eventsSection: ReportSection = (input, soFar) => {
  const fusion = fusionOf(input);
  const claimIds = new Set(soFar.claims.map((c) => c.id));
  const known = new Set(input.documents.map((d) => d.document.id));
  const locate = placeLocator(soFar.places);
  // the first place of each id: two place keys can slug to one id, and the summary has always named the first
  const nameOf = new Map<string, string>();
  for (const p of soFar.places) if (!nameOf.has(p.id)) nameOf.set(p.id, p.name);
  const events: ReportEvent[] = [];
  for (const e of fusion.events) {
    const mentions = e.mentions.filter((m) => known.has(m.doc));
    if (!mentions.length) continue;
    const place = placeOf(e, locate)?.id ?? null;
    const placeName = place ? (nameOf.get(place) ?? null) : null;
    const evidence: ReportEvent['evidence'] = [];
    const seen = new Set<string>();
    for (const m of mentions) {
      const key = `${m.doc}:${m.span.start}:${m.span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push({ span: toReportSpan(m.doc, m.span), claim: m.claim && claimIds.has(m.claim) ? m.claim : null });
    }
    events.push({
      id: e.id,
      event_type: e.eventType,
      sub_event_type: e.subEventType || null,
      summary: eventSummary(e, placeName ?? e.place?.name ?? null),
      date: e.date,
      time_precision: e.date ? e.timePrecision : null,
      place,
      geo_precision: place ? (e.place?.geoPrecision ?? null) : null,
      actors: [...e.actors],
      fatalities: e.fatalities,
      status: e.status,
      evidence,
      corroboration: { ...e.corroboration },
      contradicted_by: e.contradictedBy.filter((c) => claimIds.has(c)),
    });
  }
  return { events };
};
