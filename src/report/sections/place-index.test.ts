import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ReportPlace } from '../contract.js';
import { placeLocator } from './place-index.js';

// An invented two-document batch: "Shelling hit Port Avel and Lorn." / "Lorn was quiet."
const place = (id: string, mentions: [string, number, number][]): ReportPlace => ({
  id,
  name: id,
  lat: 0,
  lon: 0,
  country: null,
  admin1: null,
  feature: 'town',
  gazetteer_id: null,
  mentions: mentions.map(([doc, start, end]) => ({ doc, start, end })),
});
const places = [
  place('port_avel', [['d1', 13, 22]]),
  place('avel', [['d1', 18, 22]]),
  place('lorn', [
    ['d1', 27, 31],
    ['d2', 0, 4],
  ]),
];

describe('placeLocator', () => {
  const locate = placeLocator(places);
  const cases: [string, { doc: string; start: number; end: number }, string | null][] = [
    ['the mention itself', { doc: 'd1', start: 27, end: 31 }, 'lorn'],
    ['a mention of the same place in another document', { doc: 'd2', start: 0, end: 4 }, 'lorn'],
    ['an overlapping span', { doc: 'd1', start: 20, end: 25 }, 'port_avel'],
    ['two places overlap: the first in report order wins', { doc: 'd1', start: 18, end: 22 }, 'port_avel'],
    ['near miss: a span ending where the mention starts', { doc: 'd1', start: 23, end: 27 }, null],
    ['near miss: the same offsets in a document without places', { doc: 'd3', start: 27, end: 31 }, null],
  ];
  for (const [name, span, expected] of cases) {
    it(name, () => assert.equal(locate(span)?.id ?? null, expected));
  }

  it('reads the report order, not the order of the mentions in the document', () => {
    const reversed = placeLocator([places[1] as ReportPlace, places[0] as ReportPlace]);
    assert.equal(reversed({ doc: 'd1', start: 18, end: 22 })?.id, 'avel');
  });
});
