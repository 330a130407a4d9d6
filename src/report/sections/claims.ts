import { buildSourceRegistry, type SourceRegistry } from '../../stages/claims/registry.js';
import '../../stages/fusion/types.js';
import type { ReportClaim, ReportSource } from '../contract.js';
import type { ReportSection } from '../report-input.js';
import { toReportSpan } from '../report-input.js';

/**
 * `sources` and `claims`: every attributed statement with its span, content, cue, source (a registry id) and
 * status. The registry is the `sources` corpus layer; when that stage did not run it is built here from the
 * claims layers (same function). `group` comes from the fusion stage: claims saying the same thing in several documents.
 */
export const claimsSection: ReportSection = (input) => {
  const registry: SourceRegistry = input.corpus.sources ?? buildSourceRegistry(input.documents);
  const used = new Set<string>();
  const claims: ReportClaim[] = [];
  for (const { document, layers } of input.documents) {
    const keys = registry.keys[document.id] ?? {};
    for (const c of layers.claims ?? []) {
      const source = c.speaker ? (keys[c.speaker.key] ?? null) : null;
      if (source) used.add(source);
      const id = `${document.id}:${c.id}`;
      claims.push({
        id,
        span: toReportSpan(document.id, c),
        content: toReportSpan(document.id, c.content),
        source,
        source_span: c.sourceSpan ? toReportSpan(document.id, c.sourceSpan) : null,
        cue: c.cueText,
        status: c.status,
        group: input.corpus.fusion?.claimGroups[id] ?? null,
      });
    }
  }
  const sources: ReportSource[] = registry.sources
    .filter((s) => used.has(s.id))
    .map((s) => ({ id: s.id, name: s.name, aliases: [...s.aliases], kind: s.kind, affiliation: s.affiliation }));
  return { sources, claims };
};
