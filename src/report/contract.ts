/**
 * The report contract (shared/contract/report.md) as TypeScript types. `report.schema.json` beside this file is
 * the same contract as a JSON Schema; tests validate every report the program writes against it.
 */
export const SCHEMA_VERSION = '1' as const;

export interface ReportSpan {
  doc: string;
  start: number;
  end: number;
}

export type Status = 'asserted' | 'claimed' | 'denied' | 'unverified';

export interface ReportDocument {
  id: string;
  input: string;
  outlet: string | null;
  outlet_evidence: ReportSpan | null;
  title: string | null;
  published: string | null;
  published_basis: 'metadata' | 'text' | 'inferred' | 'user' | null;
  language: string;
  text?: string;
  boilerplate: ReportSpan[];
  /** Added field: the per-document stages that ran, and those left out because their rules do not cover the language. */
  analysis?: { stages: string[]; not_run_for_language: string[] };
}

export interface ReportRejected {
  input: string;
  reason: string;
  code: string;
}

export type SourceKind =
  | 'monitor'
  | 'government'
  | 'military'
  | 'armed_group'
  | 'media'
  | 'international_org'
  | 'ngo'
  | 'person'
  | 'unnamed'
  | 'other';

export interface ReportSource {
  id: string;
  name: string;
  aliases: string[];
  kind: SourceKind;
  affiliation: string | null;
}

export interface ReportClaim {
  id: string;
  span: ReportSpan;
  content: ReportSpan;
  source: string | null;
  source_span: ReportSpan | null;
  cue: string | null;
  status: Status;
  group: string | null;
}

/** Place feature types, in the contract's order. */
export const PLACE_FEATURES = [
  'country',
  'admin1',
  'admin2',
  'city',
  'town',
  'village',
  'landmark',
  'route',
  'region',
  'other',
] as const;

export type PlaceFeature = (typeof PLACE_FEATURES)[number];

export interface ReportPlace {
  id: string;
  name: string;
  lat: number;
  lon: number;
  country: string | null;
  admin1: string | null;
  feature: PlaceFeature;
  gazetteer_id: string | null;
  mentions: ReportSpan[];
}

export type EventType =
  | 'Battles'
  | 'Explosions/Remote violence'
  | 'Violence against civilians'
  | 'Protests'
  | 'Riots'
  | 'Strategic developments';

export interface ReportEvent {
  id: string;
  event_type: EventType;
  sub_event_type: string | null;
  summary: string;
  date: string | null;
  time_precision: 1 | 2 | 3 | null;
  place: string | null;
  geo_precision: 1 | 2 | 3 | null;
  actors: string[];
  fatalities: number | null;
  status: Status;
  evidence: { span: ReportSpan; claim: string | null }[];
  corroboration: { documents: number; independent: number };
  contradicted_by: string[];
}

export interface ReportCasualty {
  count: number;
  category: string;
  outcome: 'killed' | 'injured' | 'displaced' | 'captured' | 'missing';
  period: string | null;
  as_of: string | null;
  place: string | null;
  source: string | null;
  span: ReportSpan;
}

export interface ReportLink {
  a: string;
  b: string;
  relation: 'duplicate' | 'copy' | 'rewrite' | 'shared_source' | 'independent';
  direction: 'a_from_b' | 'b_from_a' | null;
  similarity: number;
  aligned: { a: ReportSpan; b: ReportSpan; kind: 'verbatim' | 'near_verbatim' | 'paraphrase' }[];
}

export interface ReportContradiction {
  id: string;
  kind: 'denial' | 'figure' | 'place' | 'date' | 'other';
  claims: string[];
  summary: string;
}

export interface Report {
  schema_version: typeof SCHEMA_VERSION;
  generator: string;
  documents: ReportDocument[];
  rejected: ReportRejected[];
  sources: ReportSource[];
  claims: ReportClaim[];
  places: ReportPlace[];
  events: ReportEvent[];
  casualties: ReportCasualty[];
  provenance: ReportLink[];
  contradictions: ReportContradiction[];
}
