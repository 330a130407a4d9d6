import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateMention } from '../dates/types.js';
import { periodRange, rangePrecision } from './date-range.js';

const date = (over: Partial<DateMention>): DateMention => ({
  id: 'd',
  start: 0,
  end: 1,
  source: { stage: 'dates', rule: 't' },
  type: 'DATE',
  value: null,
  precision: 'day',
  anchor: 'publication',
  tense: 'past',
  mod: null,
  signal: null,
  phraseStart: 0,
  timePrecision: 1,
  relative: null,
  role: null,
  timex: true,
  language: 'en',
  ...over,
});

describe('events: date ranges', () => {
  const monday = date({ value: '2031-05-05' });
  it('"within two days" after a day given before runs from that day two days on', () => {
    const within = date({ type: 'DURATION', value: 'P2D', signal: 'within', precision: null });
    const r = periodRange([within], monday, '2031-05-09');
    assert.deepEqual([r?.from, r?.to], ['2031-05-05', '2031-05-07']);
    assert.equal(rangePrecision(r as { from: string; to: string }), 2);
  });
  it('near miss: no day before it, or a period too long to date anything, gives no range', () => {
    const within = date({ type: 'DURATION', value: 'P2D', signal: 'within', precision: null });
    assert.equal(periodRange([within], null, '2031-05-09'), null);
    const months = date({ type: 'DURATION', value: 'P3W', signal: 'within', precision: null });
    assert.equal(periodRange([months], monday, '2031-05-09'), null);
  });
  it('"since Monday" runs to the report day; "by Monday" covers the week up to it', () => {
    const since = periodRange([date({ value: '2031-05-05', signal: 'since' })], null, '2031-05-07');
    assert.deepEqual([since?.from, since?.to], ['2031-05-05', '2031-05-07']);
    const by = periodRange([date({ value: '2031-05-05', signal: 'by' })], null, null);
    assert.deepEqual([by?.from, by?.to], ['2031-04-29', '2031-05-05']);
  });
});
