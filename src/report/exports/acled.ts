import type { EventType, Report, ReportEvent, ReportPlace } from '../contract.js';
import { toCsv } from './csv.js';

/** ACLED's export columns, in the order of ACLED's codebook, so ACLED tooling reads the file unchanged. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** ACLED's disorder type of each event type (codebook: political violence, demonstrations, strategic developments). */
const DISORDER: Record<EventType, string> = {
  Battles: 'Political violence',
  'Explosions/Remote violence': 'Political violence',
  'Violence against civilians': 'Political violence',
  Protests: 'Demonstrations',
  Riots: 'Demonstrations',
  'Strategic developments': 'Strategic developments',
};

let regionNames: Intl.DisplayNames | null = null;
/** A country name from an ISO 3166-1 alpha-2 code (the code itself when ICU does not know it). */
export function countryName(code: string | null): string {
  if (!code) return '';
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    return regionNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/**
 * ACLED needs a whole day: a month or year is written as its first day and the precision says how vague it is
 * (ACLED's own practice for vague dates). Returns [event_date, year, time_precision].
 */
function acledDate(event: ReportEvent): [string, number | null, number | null] {
  const date = event.date;
  if (!date) return ['', null, event.time_precision];
  const [y, m, d] = date.split('-');
  const full = `${y}-${m ?? '01'}-${d ?? '01'}`;
  const vagueness = d ? 1 : 3;
  return [full, Number(y), Math.max(event.time_precision ?? vagueness, vagueness)];
}

export interface AcledOptions {
  /** ACLED's `timestamp` (Unix seconds when the row was written). */
  readonly timestamp?: number;
}

/**
 * `events.acled.csv`: one row per event in ACLED's columns. Values sitrep does not know (actor type codes `inter1`,
 * `inter2`, `interaction`, the numeric `iso`, `region`, `admin2/3`, `source_scale`) are left empty rather than
 * guessed. `source` lists the outlets of the event's evidence; `tags` keeps sitrep's status and corroboration.
 */
export function acledCsv(report: Report, options: AcledOptions = {}): string {
  const places = new Map<string, ReportPlace>(report.places.map((p) => [p.id, p]));
  const outlets = new Map(report.documents.map((d) => [d.id, d.outlet ?? d.input]));
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const rows = report.events.map((event) => {
    const place = event.place ? places.get(event.place) : undefined;
    const [date, year, precision] = acledDate(event);
    const sources = [...new Set(event.evidence.map((e) => outlets.get(e.span.doc) ?? e.span.doc))];
    const tags = [
      `sitrep_status=${event.status}`,
      `documents=${event.corroboration.documents}`,
      `independent=${event.corroboration.independent}`,
      ...(event.contradicted_by.length ? [`contradicted_by=${event.contradicted_by.join(' ')}`] : []),
    ];
    return [
      event.id,
      date,
      year,
      precision,
      DISORDER[event.event_type] ?? '',
      event.event_type,
      event.sub_event_type,
      event.actors[0] ?? '',
      event.actors.slice(2).join('; '),
      null,
      event.actors[1] ?? '',
      '',
      null,
      null,
      event.event_type === 'Violence against civilians' ? 'Civilian targeting' : '',
      null,
      '',
      countryName(place?.country ?? null),
      place?.admin1 ?? '',
      '',
      '',
      place?.name ?? '',
      place?.lat,
      place?.lon,
      place ? event.geo_precision : null,
      sources.join('; '),
      '',
      event.summary,
      event.fatalities,
      tags.join('; '),
      timestamp,
    ];
  });
  return toCsv(ACLED_COLUMNS, rows);
}
