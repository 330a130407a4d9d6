import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { emptyMeta } from '../model/index.js';
import { FIXTURE_TEXTS, fixtureReport } from '../report/html/fixture-report.js';
import { MemoryStore } from '../storage/index.js';
import { REPORT_FOLDER_FILES, writeReportFolder } from './write-outputs.js';

describe('writeReportFolder', () => {
  it('writes the contract, the HTML report and the exports, with texts from the store', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-out-'));
    const store = new MemoryStore();
    for (const [id, text] of Object.entries(FIXTURE_TEXTS)) {
      const contentHash = createHash('sha256').update(text).digest('hex');
      store.saveDocument({ id, input: id, text, meta: { ...emptyMeta }, contentHash });
    }
    const written = writeReportFolder(dir, fixtureReport(), { store, timestamp: 1 });
    assert.deepEqual(
      written.map((p) => p.slice(dir.length + 1)),
      [...REPORT_FOLDER_FILES],
    );
    assert.deepEqual(readdirSync(dir).sort(), [...REPORT_FOLDER_FILES].sort(), 'no temporary files left');
    assert.equal(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).events.length, 3);
    assert.match(
      readFileSync(join(dir, 'report.html'), 'utf8'),
      /<q>The figures could not be independently verified.<\/q>/,
    );
    assert.match(
      readFileSync(join(dir, 'claims.csv'), 'utf8'),
      /The Karsovan Army denied targeting residential streets\./,
    );
    assert.match(readFileSync(join(dir, 'events.acled.csv'), 'utf8'), /^event_id_cnty,event_date,year,/);
  });
});
