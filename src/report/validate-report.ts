import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Report, ReportSpan } from './contract.js';

/** One way a report breaks the contract: the JSON path and what is wrong. */
export interface ReportProblem {
  readonly path: string;
  readonly message: string;
}

let compiled: ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };

function schemaValidator() {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(new URL('../../contract/report.schema.json', import.meta.url), 'utf8'));
    compiled = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  }
  return compiled;
}

/** Problems against the JSON Schema of the contract (none = valid). */
export function validateReportSchema(report: unknown): ReportProblem[] {
  const validate = schemaValidator();
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => ({ path: e.instancePath || '/', message: e.message ?? 'invalid' }));
}

/** Every span of the report, with the JSON path it sits at. */
export function* reportSpans(report: Report): Generator<[string, ReportSpan]> {
  for (const [i, d] of report.documents.entries()) {
    if (d.outlet_evidence) yield [`/documents/${i}/outlet_evidence`, d.outlet_evidence];
    for (const [j, s] of d.boilerplate.entries()) yield [`/documents/${i}/boilerplate/${j}`, s];
  }
  for (const [i, c] of report.claims.entries()) {
    yield [`/claims/${i}/span`, c.span];
    yield [`/claims/${i}/content`, c.content];
    if (c.source_span) yield [`/claims/${i}/source_span`, c.source_span];
  }
  for (const [i, p] of report.places.entries())
    for (const [j, s] of p.mentions.entries()) yield [`/places/${i}/mentions/${j}`, s];
  for (const [i, e] of report.events.entries())
    for (const [j, ev] of e.evidence.entries()) yield [`/events/${i}/evidence/${j}/span`, ev.span];
  for (const [i, c] of report.casualties.entries()) yield [`/casualties/${i}/span`, c.span];
  for (const [i, l] of report.provenance.entries()) {
    for (const [j, al] of l.aligned.entries()) {
      yield [`/provenance/${i}/aligned/${j}/a`, al.a];
      yield [`/provenance/${i}/aligned/${j}/b`, al.b];
    }
  }
}

/**
 * Problems with the report's references: spans that name no document or fall outside its text, and ids
 * (claim sources, event places, casualty sources, contradiction claims) that resolve to nothing.
 */
export function checkReportReferences(report: Report, texts: ReadonlyMap<string, string>): ReportProblem[] {
  const problems: ReportProblem[] = [];
  for (const [path, span] of reportSpans(report)) {
    const text = texts.get(span.doc);
    if (text === undefined) problems.push({ path, message: `names unknown document ${span.doc}` });
    else if (span.start > span.end || span.end > text.length) problems.push({ path, message: 'lies outside the text' });
    else if (span.start === span.end) problems.push({ path, message: 'is empty' });
  }
  const sources = new Set(report.sources.map((s) => s.id));
  const places = new Set(report.places.map((p) => p.id));
  const claims = new Set(report.claims.map((c) => c.id));
  const missing = (path: string, kind: string, id: string | null, known: Set<string>) => {
    if (id !== null && !known.has(id)) problems.push({ path, message: `names unknown ${kind} ${id}` });
  };
  for (const [i, c] of report.claims.entries()) missing(`/claims/${i}/source`, 'source', c.source, sources);
  for (const [i, e] of report.events.entries()) {
    missing(`/events/${i}/place`, 'place', e.place, places);
    for (const [j, ev] of e.evidence.entries()) missing(`/events/${i}/evidence/${j}/claim`, 'claim', ev.claim, claims);
    for (const [j, id] of e.contradicted_by.entries())
      missing(`/events/${i}/contradicted_by/${j}`, 'claim', id, claims);
  }
  for (const [i, c] of report.casualties.entries()) {
    missing(`/casualties/${i}/source`, 'source', c.source, sources);
    missing(`/casualties/${i}/place`, 'place', c.place, places);
  }
  for (const [i, c] of report.contradictions.entries()) {
    for (const [j, id] of c.claims.entries()) missing(`/contradictions/${i}/claims/${j}`, 'claim', id, claims);
  }
  return problems;
}
