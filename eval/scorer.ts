import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The reference scorer's JSON output (shared/eval/score.mjs --json), as far as the eval scripts read it. */
export interface ScoreSheet {
  metrics: Record<string, Record<string, { value: number | null; num: number; den: number }>>;
}

/** Runs shared/eval/score.mjs on a report of the dev corpus (seed gold); returns its exit status and output. */
export function runSeedScorer(shared: string, report: string, json = false) {
  const args = [
    join(shared, 'eval', 'score.mjs'),
    '--report',
    report,
    '--corpus',
    join(shared, 'corpus', 'aleppo-2024'),
    '--gold',
    join(shared, 'corpus', 'aleppo-2024.gold.json'),
    '--kind',
    'seed',
    ...(json ? ['--json'] : []),
  ];
  return spawnSync(process.execPath, args, { encoding: 'utf8' });
}

/** The scorer's sheet for a report; prints the scorer's error and exits 1 when it fails. */
export function seedScoreSheet(shared: string, report: string): ScoreSheet {
  const scorer = runSeedScorer(shared, report, true);
  if (scorer.status !== 0 || !scorer.stdout.trim()) {
    process.stderr.write(scorer.stderr || 'the reference scorer printed nothing\n');
    process.exit(1);
  }
  return JSON.parse(scorer.stdout) as ScoreSheet;
}

/** "0.950 (19/20)" for one metric of a section. */
export function formatMetric(sheet: ScoreSheet, section: string, name: string): string {
  const x = sheet.metrics[section]?.[name];
  return x ? `${x.value === null ? 'n/a' : x.value.toFixed(3)} (${x.num}/${x.den})` : 'n/a';
}
