import type { ProvenanceLink } from '../../stages/provenance/types.js';
import type { ReportLink } from '../contract.js';
import type { ReportSection } from '../report-input.js';
import { toReportSpan } from '../report-input.js';

const unit = (x: number): number => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** One provenance link in contract form: document ids, relation, direction, similarity 0–1, aligned spans. */
export function reportLink(l: ProvenanceLink): ReportLink {
  return {
    a: l.a,
    b: l.b,
    relation: l.relation,
    direction: l.direction,
    similarity: unit(l.similarity),
    aligned: l.aligned.map((m) => ({ a: toReportSpan(l.a, m.a), b: toReportSpan(l.b, m.b), kind: m.kind })),
  };
}

/**
 * `provenance`: every link the provenance stage wrote, in its order (pairs in input order). Dependent relations
 * (duplicate, copy, rewrite, shared_source) and the reviewed near misses kept as `independent`, each with its
 * aligned sentence spans as evidence. Empty when the stage did not run.
 */
export const provenanceSection: ReportSection = (input) => ({
  provenance: (input.corpus.provenance?.links ?? []).map(reportLink),
});
