import { stageSupports } from '../../pipeline/stage.js';
import type { ReportDocument } from '../contract.js';
import type { ReportSection } from '../report-input.js';
import { toReportSpan } from '../report-input.js';

/** The language written when neither the input nor detection could say: "und" (undetermined, ISO 639-2). */
const UNKNOWN_LANGUAGE = 'und';

/** `documents` and `rejected`: every input read, in input order, with outlet, date and boilerplate spans. */
export const documentsSection: ReportSection = (input) => ({
  documents: input.documents.map(({ document, layers }): ReportDocument => {
    const outlet = layers.outlet?.[0] ?? null;
    const doc: ReportDocument = {
      id: document.id,
      input: document.input,
      outlet: outlet?.name ?? null,
      outlet_evidence: outlet?.evidence ? toReportSpan(document.id, outlet.evidence) : null,
      title: document.meta.title,
      // metadata (incl. the user's --published) > the text's own date > inferred across documents (publication stage)
      published: document.meta.published ?? input.corpus.publication?.documents[document.id]?.published ?? null,
      published_basis: document.meta.published
        ? document.meta.publishedBasis
        : (input.corpus.publication?.documents[document.id]?.basis ?? null),
      language: document.meta.language ?? UNKNOWN_LANGUAGE,
      boilerplate: (layers.noise ?? []).map((n) => toReportSpan(document.id, n)),
    };
    if (input.documentStages) {
      const language = document.meta.language;
      doc.analysis = {
        stages: input.documentStages.filter((s) => stageSupports(s, language)).map((s) => s.name),
        not_run_for_language: input.documentStages.filter((s) => !stageSupports(s, language)).map((s) => s.name),
      };
    }
    if (input.includeText) doc.text = document.text;
    return doc;
  }),
  rejected: input.rejected.map((r) => ({ input: r.input, reason: r.reason, code: r.code })),
});
