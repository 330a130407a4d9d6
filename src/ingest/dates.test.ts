import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normaliseDate } from './dates.js';

describe('normaliseDate', () => {
  const cases: [unknown, string | null][] = [
    ['2024-11-30', '2024-11-30'],
    ['2024-11-30T08:15:00Z', '2024-11-30'],
    ['2024-11-30T23:30:00-05:00', '2024-11-30'],
    ['2024-11-30 08:00:00', '2024-11-30'],
    ['2024/11/30', '2024-11-30'],
    ['30 November 2024', '2024-11-30'],
    ['November 30, 2024', '2024-11-30'],
    ['Sat, 30 Nov 2024 08:00:00 +0000', '2024-11-30'],
    ['Published 30 November 2024 10:00 GMT', '2024-11-30'],
    ['November 2024', '2024-11'],
    ['2024-11', '2024-11'],
    ['2024', '2024'],
    [2024, '2024'],
    ['30/11/2024', '2024-11-30'],
    ['11/30/2024', '2024-11-30'],
    ['01/02/2024', null],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['Tuesday', null],
    ['yesterday', null],
    ['not a date', null],
    ['', null],
    [null, null],
    [{}, null],
    [new Date(Date.UTC(2024, 10, 30, 12)), '2024-11-30'],
    [new Date(Number.NaN), null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input) ?? String(input)} -> ${expected}`, () => assert.equal(normaliseDate(input), expected));
  }
});
