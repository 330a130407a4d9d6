import type { Report, ReportSpan } from '../src/report/contract.js';

/** The dev gold's fields that the foundation checks read (shared/corpus/aleppo-2024.gold.json). */
export interface DevGold {
  documents: { file: string; outlet: string | null; boilerplate: string[] }[];
  events: { mentions: { file: string; quote: string }[] }[];
  claims: { file: string; quote: string }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(needle); i >= 0 && needle; i = text.indexOf(needle, i + 1)) {
    out.push({ start: i, end: i + needle.length });
  }
  return out;
}

/** Share of a range's characters covered by the spans. */
function coveredShare(range: { start: number; end: number }, spans: readonly ReportSpan[]): number {
  let covered = 0;
  for (let i = range.start; i < range.end; i++) if (spans.some((s) => s.start <= i && i < s.end)) covered++;
  return covered / Math.max(1, range.end - range.start);
}

/** A gold line counts as covered when noise spans cover at least this share of it (whitespace may stay out). */
const LINE_COVERED = 0.9;

/**
 * Foundation checks on the dev set that the reference scorer does not make: boilerplate lines covered by noise
 * spans, gold quotes wrongly inside noise, and outlets named with evidence (or rightly left null).
 */
export function foundationChecks(report: Report, texts: Map<string, string>, gold: DevGold) {
  const docByFile = new Map(report.documents.map((d) => [d.input.split(/[\\/]/).pop() ?? d.input, d]));
  let lines = 0;
  let covered = 0;
  let quotesInNoise = 0;
  let outletsRight = 0;
  const notes: string[] = [];
  for (const g of gold.documents) {
    const doc = docByFile.get(g.file);
    const text = texts.get(g.file) ?? '';
    const noise = doc?.boilerplate ?? [];
    for (const line of g.boilerplate) {
      lines++;
      const occ = occurrences(text, line)[0];
      if (occ && coveredShare(occ, noise) >= LINE_COVERED) covered++;
      else notes.push(`boilerplate not covered in ${g.file}: ${line.slice(0, 60)}`);
    }
    const outlet = doc?.outlet ?? null;
    const right = g.outlet
      ? !!outlet && !!doc?.outlet_evidence && outlet.toLowerCase().includes(g.outlet.toLowerCase())
      : outlet === null;
    if (right) outletsRight++;
    else notes.push(`outlet of ${g.file}: expected ${g.outlet ?? 'null'}, got ${outlet ?? 'null'}`);
  }
  const quotes = [
    ...gold.claims.map((c) => ({ file: c.file, quote: c.quote })),
    ...gold.events.flatMap((e) => e.mentions),
  ];
  for (const q of quotes) {
    const noise = docByFile.get(q.file)?.boilerplate ?? [];
    const text = texts.get(q.file) ?? '';
    if (occurrences(text, q.quote).some((o) => noise.some((n) => overlaps(n, o)))) {
      quotesInNoise++;
      notes.push(`gold quote inside noise in ${q.file}: ${q.quote.slice(0, 60)}`);
    }
  }
  return {
    boilerplateCoverage: lines ? covered / lines : null,
    boilerplateLines: lines,
    quotesInNoise,
    quotesChecked: quotes.length,
    outletAccuracy: outletsRight / gold.documents.length,
    notes,
  };
}
