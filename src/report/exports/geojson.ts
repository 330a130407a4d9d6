import type { Report, ReportPlace } from '../contract.js';

type Feature = {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, unknown>;
};

const point = (p: ReportPlace): Feature['geometry'] => ({ type: 'Point', coordinates: [p.lon, p.lat] });

/**
 * `events.geojson`: an RFC 7946 FeatureCollection (WGS84, [lon, lat]) with one Point per located event
 * (`kind: "event"`) followed by one per place (`kind: "place"`), so it is useful before events exist.
 */
export function eventsGeoJson(report: Report): string {
  const places = new Map(report.places.map((p) => [p.id, p]));
  const features: Feature[] = [];
  for (const e of report.events) {
    const place = e.place ? places.get(e.place) : undefined;
    if (!place) continue;
    features.push({
      type: 'Feature',
      id: e.id,
      geometry: point(place),
      properties: {
        kind: 'event',
        event_type: e.event_type,
        sub_event_type: e.sub_event_type,
        summary: e.summary,
        date: e.date,
        time_precision: e.time_precision,
        place: place.id,
        place_name: place.name,
        geo_precision: e.geo_precision,
        actors: e.actors,
        fatalities: e.fatalities,
        status: e.status,
        documents: e.corroboration.documents,
        independent: e.corroboration.independent,
      },
    });
  }
  for (const p of report.places) {
    features.push({
      type: 'Feature',
      id: p.id,
      geometry: point(p),
      properties: {
        kind: 'place',
        name: p.name,
        feature: p.feature,
        country: p.country,
        admin1: p.admin1,
        gazetteer_id: p.gazetteer_id,
        mentions: p.mentions.length,
      },
    });
  }
  return `${JSON.stringify({ type: 'FeatureCollection', features }, null, 1)}\n`;
}
