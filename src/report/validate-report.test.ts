import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildReport } from './build-report.js';
import { checkReportReferences, validateReportSchema } from './validate-report.js';

const empty = () =>
  buildReport({ generator: 'sitrep test', documents: [], rejected: [], corpus: {}, includeText: false });

describe('report validation', () => {
  it('an empty report is valid, with every array present', () => {
    assert.deepEqual(validateReportSchema(empty()), []);
  });

  it('a report missing an array or with a bad status is invalid', () => {
    const { claims: _claims, ...noClaims } = empty();
    assert.ok(validateReportSchema(noClaims).length > 0);
    const badClaim = {
      ...empty(),
      claims: [
        {
          id: 'c1',
          span: { doc: 'd', start: 0, end: 1 },
          content: { doc: 'd', start: 0, end: 1 },
          source: null,
          source_span: null,
          cue: null,
          status: 'rumoured',
          group: null,
        },
      ],
    };
    assert.ok(validateReportSchema(badClaim).some((p) => p.path.includes('/claims/0/status')));
  });

  it('finds spans outside their text and ids that resolve to nothing', () => {
    const report = {
      ...empty(),
      casualties: [
        {
          count: 3,
          category: 'civilians',
          outcome: 'killed' as const,
          period: null,
          as_of: null,
          place: 'place_x',
          source: null,
          span: { doc: 'd1', start: 2, end: 50 },
        },
      ],
    };
    const problems = checkReportReferences(report, new Map([['d1', 'short text']]));
    assert.deepEqual(
      problems.map((p) => p.message),
      ['lies outside the text', 'names unknown place place_x'],
    );
  });

  it('the bundled schema is the shared contract, when ../shared is present', () => {
    const shared = new URL('../../../shared/contract/report.schema.json', import.meta.url);
    if (!existsSync(shared)) return;
    const bundled = new URL('../../contract/report.schema.json', import.meta.url);
    assert.deepEqual(JSON.parse(readFileSync(bundled, 'utf8')), JSON.parse(readFileSync(shared, 'utf8')));
  });
});
