import type { ReportContradiction } from '../contract.js';
import type { ReportSection } from '../report-input.js';
import { fusionOf } from './events.js';

/**
 * `contradictions`: denials of a reported event, and different figures, places or dates for one event from different
 * sources, each
 * with the report claim ids of both sides. Contradictions none of whose claims are in the report are left out.
 */
export const contradictionsSection: ReportSection = (input, soFar) => {
  const claimIds = new Set(soFar.claims.map((c) => c.id));
  const contradictions: ReportContradiction[] = [];
  for (const c of fusionOf(input).contradictions) {
    const claims = c.claims.filter((id) => claimIds.has(id));
    if (!claims.length) continue;
    contradictions.push({ id: c.id, kind: c.kind, claims, summary: c.summary });
  }
  return { contradictions };
};
