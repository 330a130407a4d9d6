import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../pipeline/stage.js';
import { buildReport } from '../../report/build-report.js';
import { casualtiesSection, type ReportCasualtyFigure } from '../../report/sections/casualties.js';
import { documentsSection } from '../../report/sections/documents.js';
import { validateReportSchema } from '../../report/validate-report.js';
import { documentOf } from '../../testing/document-of.js';
import { figuresOf } from './test-helpers.js';

const analyzed = (text: string, published: string): AnalyzedDocument => {
  const document = documentOf(text, { published });
  return { document, layers: { casualties: figuresOf(text, { published }).figures } };
};

describe('casualties report section', () => {
  const later = analyzed(
    'The monitor said at least 230 people had been killed since the offensive began, 90 of them civilians.',
    '2025-05-09',
  );
  const earlier = analyzed(
    'The monitor said at least 150 people had been killed since the offensive began.',
    '2025-05-06',
  );
  const report = buildReport(
    { generator: 'test', documents: [later, earlier], rejected: [], corpus: {}, includeText: false },
    [documentsSection, casualtiesSection],
  );
  const figures = report.casualties as ReportCasualtyFigure[];

  it('orders a cumulative toll by as_of and never sums it', () => {
    assert.deepEqual(
      figures.map((f) => [f.count, f.as_of]),
      [
        [150, '2025-05-06'],
        [230, '2025-05-09'],
        [90, '2025-05-09'],
      ],
    );
  });
  it('points a part at its whole by index', () => {
    assert.deepEqual(
      figures.map((f) => f.part_of),
      [null, null, 1],
    );
    assert.equal(figures[2]?.qualifier, 'exactly');
    assert.equal(figures[1]?.qualifier, 'at_least');
    assert.equal(figures[1]?.period, 'since the offensive began');
  });
  it('validates against the contract schema (added fields are allowed)', () => {
    assert.deepEqual(validateReportSchema(report), []);
  });
});
