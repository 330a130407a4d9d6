import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Report } from '../report/contract.js';

export const reportJson = (report: Report): string => `${JSON.stringify(report, null, 2)}\n`;

/** Writes a file through a temporary sibling and a rename, so a crash never leaves half a report. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

/** The files `--out <dir>` writes; later capabilities (HTML report, exports) add theirs here. */
export function writeReportFolder(dir: string, report: Report): string[] {
  const written = [join(dir, 'report.json')];
  writeFileAtomic(written[0]!, reportJson(report));
  return written;
}
