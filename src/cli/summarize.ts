import type { AnalyzeResult } from '../app/analyze.js';

/** A few lines for a person at a terminal: what was read and where the report went. */
export function summarize(result: AnalyzeResult, written: readonly (string | undefined)[]): string {
  const r = result.report;
  const lines = [
    `read ${r.documents.length} document(s)${result.alreadyStored ? ` (${result.alreadyStored} already stored)` : ''}, rejected ${r.rejected.length}`,
    `found ${r.events.length} event(s), ${r.claims.length} claim(s), ${r.places.length} place(s), ${r.casualties.length} casualty figure(s), ${r.provenance.length} provenance link(s)`,
  ];
  const files = written.filter((w): w is string => !!w);
  lines.push(files.length ? `wrote ${files.join(', ')}` : 'no report file written: add --json <file> or --out <dir>');
  return `${lines.join('\n')}\n`;
}
