import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { valueCategory } from './error-category.js';

const t = (type: string, value: string) => ({ start: 0, end: 1, type, value });

/** [gold, system, expected category] */
const CASES: [ReturnType<typeof t>, ReturnType<typeof t>, string][] = [
  [t('DATE', '2024-11-29'), t('DATE', '2024-11-22'), 'day: off by a week (weekday direction)'],
  [t('DATE', '2024-11-29'), t('DATE', '2024-11-28'), 'day: off by < a week'],
  [t('DATE', '2024-W48'), t('DATE', '2024-WXX'), 'sys underspecified (X) vs gold specific'],
  [t('DATE', '2024-WXX'), t('DATE', '2024-W48'), 'gold underspecified (X) vs sys specific'],
  [t('DATE', '2023-Q3'), t('DATE', '2023'), 'granularity: sys coarser'],
  [t('DATE', '2023'), t('DATE', '2023-Q3'), 'granularity: sys finer'],
  [t('DATE', '2024-11-29TNI'), t('DATE', '2024-11-29TEV'), 'part of day suffix'],
  [t('DATE', '2023-02'), t('DATE', '2024-02'), 'year: same period, other year'],
  [t('DURATION', 'P2D'), t('DATE', '2024-11-28'), 'kind: gold duration, sys point'],
  [t('DURATION', 'P2D'), t('DURATION', 'P3D'), 'duration: other amount or unit'],
  [t('DATE', 'PAST_REF'), t('DATE', 'PRESENT_REF'), 'ref: wrong reference'],
  [t('TIME', '2024-11-29TMO'), t('DATE', '2024-11-29TMO'), 'type TIME→DATE'],
];

describe('eval/time: error categories', () => {
  for (const [gold, sys, expected] of CASES) {
    it(`${gold.value} vs ${sys.value} → ${expected}`, () => assert.equal(valueCategory(gold, sys), expected));
  }
});
