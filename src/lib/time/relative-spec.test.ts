import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber, parseExactIsoDay } from './calendar.js';
import { applySpec, type RelativeSpec } from './relative-spec.js';

/** 30 November 2024 is a Saturday; 2 December 2024 a Monday. */
const SATURDAY = dayNumber(2024, 11, 30);
const MONDAY = dayNumber(2024, 12, 2);

/** "on Saturday" in a past-tense clause: the same day on a Saturday, the day before on a Sunday, … */
const PAST_SATURDAY = [-2, -3, -4, -5, -6, 0, -1];

/** [spec, reference day, expected value] */
const CASES: [string, RelativeSpec, number, string][] = [
  ['past Saturday read on a Saturday', { unit: 'day', offsets: PAST_SATURDAY }, SATURDAY, '2024-11-30'],
  ['past Saturday read on a Monday', { unit: 'day', offsets: PAST_SATURDAY }, MONDAY, '2024-11-30'],
  ['"last night"', { unit: 'day', offsets: Array(7).fill(-1), suffix: 'TNI' }, SATURDAY, '2024-11-29TNI'],
  ['"last week"', { unit: 'week', offset: -1 }, SATURDAY, '2024-W47'],
  [
    '"over the weekend" read on a Monday',
    { unit: 'week', offset: 0, weekend: true, byWeekday: [-1, -1, -1, -1, -1, 0, 0] },
    MONDAY,
    '2024-W48-WE',
  ],
  ['"next month" across a year', { unit: 'month', offset: 2 }, SATURDAY, '2025-01'],
  ['"last quarter"', { unit: 'quarter', offset: -1 }, SATURDAY, '2024-Q3'],
  ['"next year"', { unit: 'year', offset: 1 }, SATURDAY, '2025'],
  [
    '"in January" ahead, read in November',
    { unit: 'in-year', suffix: '-01', yearOffsets: [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1] },
    SATURDAY,
    '2025-01',
  ],
];

describe('lib/time: applySpec', () => {
  for (const [name, spec, ref, expected] of CASES) {
    it(name, () => assert.equal(applySpec(spec, ref), expected));
  }
});

describe('lib/time: parseExactIsoDay', () => {
  it('reads a bare ISO day', () => assert.equal(parseExactIsoDay('2024-11-30'), SATURDAY));
  it('refuses a day with a time, an impossible day and junk', () => {
    assert.equal(parseExactIsoDay('2024-11-30T10:00'), null);
    assert.equal(parseExactIsoDay('2024-02-30'), null);
    assert.equal(parseExactIsoDay('30/11/2024'), null);
    assert.equal(parseExactIsoDay(null), null);
  });
});
