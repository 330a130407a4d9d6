import type { Report } from './contract.js';
import { SCHEMA_VERSION } from './contract.js';
import type { ReportInput, ReportSection } from './report-input.js';
import { casualtiesSection } from './sections/casualties.js';
import { claimsSection } from './sections/claims.js';
import { contradictionsSection } from './sections/contradictions.js';
import { documentsSection } from './sections/documents.js';
import { eventsSection } from './sections/events.js';
import { placesSection } from './sections/places.js';
import { provenanceSection } from './sections/provenance.js';

/** The sections, in the order they are built: later sections may refer to ids made by earlier ones. */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  documentsSection,
  placesSection,
  provenanceSection,
  claimsSection,
  casualtiesSection,
  eventsSection,
  contradictionsSection,
];

/** Assembles the report contract from the analysis. Every array is present; an empty one is honest. */
export function buildReport(input: ReportInput, sections: readonly ReportSection[] = REPORT_SECTIONS): Report {
  const report = emptyReport(input.generator);
  for (const section of sections) Object.assign(report, section(input, report));
  return report;
}

/** A report with every array present and empty. */
export function emptyReport(generator: string): Report {
  return {
    schema_version: SCHEMA_VERSION,
    generator,
    documents: [],
    rejected: [],
    sources: [],
    claims: [],
    places: [],
    events: [],
    casualties: [],
    provenance: [],
    contradictions: [],
  };
}
