import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../report/contract.js';
import { acledCsv, casualtiesCsv, claimsCsv, collectTexts, eventsGeoJson } from '../report/exports/index.js';
import { renderReportHtml } from '../report/html/index.js';
import type { Store } from '../storage/index.js';

export const reportJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

/** Writes a file through a temporary sibling and a rename, so a crash never leaves half a report. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** Where the report folder's evidence texts come from (the report's own `text` fields are always used too). */
export interface ReportFolderOptions {
  /** Document texts by id, e.g. from the analysed documents. */
  readonly texts?: ReadonlyMap<string, string>;
  /** A store holding the report's documents: their texts are read from it. */
  readonly store?: Pick<Store, 'getDocument'>;
  /** ACLED's `timestamp` column (Unix seconds); defaults to now. */
  readonly timestamp?: number;
}

/** The texts of a report's documents: given ones first, then the store's, then those the report carries. */
export function reportTexts(report: Report, options: ReportFolderOptions = {}): Map<string, string> {
  const texts = collectTexts(report.documents, options.texts);
  if (options.store) {
    for (const d of report.documents) {
      if (texts.has(d.id)) continue;
      const stored = options.store.getDocument(d.id);
      if (stored) texts.set(d.id, stored.text);
    }
  }
  return texts;
}

/** The files `--out <dir>` writes, in this order. */
export const REPORT_FOLDER_FILES = [
  'report.json',
  'report.html',
  'events.acled.csv',
  'events.geojson',
  'claims.csv',
  'casualties.csv',
] as const;

/**
 * Writes the report folder: the contract (report.json), the self-contained HTML report with the documents' texts
 * as evidence, and the exports. Each file is written atomically; returns the paths written.
 */
export function writeReportFolder(dir: string, report: Report, options: ReportFolderOptions = {}): string[] {
  const texts = reportTexts(report, options);
  const contents: Record<(typeof REPORT_FOLDER_FILES)[number], () => string> = {
    'report.json': () => reportJson(report),
    'report.html': () => renderReportHtml(report, texts),
    'events.acled.csv': () => acledCsv(report, options.timestamp === undefined ? {} : { timestamp: options.timestamp }),
    'events.geojson': () => eventsGeoJson(report),
    'claims.csv': () => claimsCsv(report, texts),
    'casualties.csv': () => casualtiesCsv(report, texts),
  };
  return REPORT_FOLDER_FILES.map((name) => {
    const path = join(dir, name);
    writeFileAtomic(path, contents[name]());
    return path;
  });
}
