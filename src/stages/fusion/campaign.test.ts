import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AnalyzedDocument } from '../../pipeline/stage.js';
import { documentOf } from '../../testing/document-of.js';
import type { EventDate, EventMention, EventPlace } from '../events/types.js';
import { fuseEvents } from './fuse.js';
import { testPlace } from './test-fixtures.js';

// Campaign-level (aggregate) mentions, date ranges and diplomatic acts: a fictional war in Veldoria.

const place = (name: string, lat: number, over: Partial<EventPlace> = {}): EventPlace =>
  testPlace(name, lat, { area: 'vassa', ...over });
const province = (name: string, area: string, lat: number) =>
  place(name, lat, { gazetteerId: `a:${name}`, geoPrecision: 3, area, feature: 'admin1' });

const day = (value: string): EventDate => ({ value, precision: 1, basis: 'text', mention: null, span: null });
const undated: EventDate = { value: null, precision: null, basis: 'report-day', mention: null, span: null };

let n = 0;
function mention(over: Partial<EventMention>): EventMention {
  n++;
  return {
    id: `ev${n}`,
    start: 0,
    end: 10,
    source: { stage: 'events', rule: 't' },
    eventType: 'Battles',
    subEventType: 'Non-state actor overtakes territory',
    trigger: { start: 0, end: 3 },
    triggerText: 'seized',
    actors: [],
    place: place('Tarn', 10),
    date: day('2031-05-05'),
    fatalities: null,
    fatalitiesSpan: null,
    status: 'asserted',
    claim: null,
    background: false,
    antecedent: null,
    ...over,
  };
}

const doc = (events: EventMention[], published = '2031-05-06'): AnalyzedDocument => ({
  document: documentOf(`report ${n++}`, { published }),
  layers: { events, claims: [] },
});

const aggregate = (regions: string[], over: Partial<EventMention> = {}) =>
  mention({ aggregate: true, regions, place: province('Vassa Province', 'vassa', 10.2), ...over });

describe('fusion: campaign-level mentions', () => {
  it('aggregate mentions of one region a day apart are one event, with province and month precision', () => {
    const { events } = fuseEvents(
      [
        doc([aggregate(['vassa'], { date: day('2031-05-04') })]),
        doc([aggregate(['vassa', 'orlen'], { date: undated })]),
      ],
      {},
    );
    assert.equal(events.length, 1);
    assert.equal(events[0]?.place?.geoPrecision, 3);
    assert.equal(events[0]?.timePrecision, 3);
  });
  it('near miss: another region, or two days apart, stays apart', () => {
    const other = fuseEvents(
      [doc([aggregate(['vassa'])]), doc([aggregate(['orlen'], { place: province('Orlen', 'orlen', 11) })])],
      {},
    );
    assert.equal(other.events.length, 2);
    const later = fuseEvents(
      [doc([aggregate(['vassa'], { date: day('2031-05-01') })]), doc([aggregate(['vassa'])])],
      {},
    );
    assert.equal(later.events.length, 2);
  });
  it('never absorbs a specific event at a town of its region', () => {
    const { events } = fuseEvents([doc([aggregate(['vassa'])]), doc([mention({})])], {});
    assert.equal(events.length, 2);
    assert.equal(events.find((e) => e.place?.name === 'Tarn')?.place?.geoPrecision, 1);
  });
});

describe('fusion: date ranges', () => {
  const within = (from: string, to: string): EventDate => ({
    ...undated,
    basis: 'text',
    precision: 2,
    range: { from, to },
  });
  it('a range ("within two days" of Monday) holds a dated mention at the same place', () => {
    const { events } = fuseEvents(
      [doc([mention({ date: within('2031-05-03', '2031-05-05') })]), doc([mention({ date: day('2031-05-04') })])],
      {},
    );
    assert.equal(events.length, 1);
    assert.equal(events[0]?.date, '2031-05-04');
  });
  it('near miss: a day outside the range stays apart', () => {
    const { events } = fuseEvents(
      [doc([mention({ date: within('2031-05-01', '2031-05-02') })]), doc([mention({ date: day('2031-05-04') })])],
      {},
    );
    assert.equal(events.length, 2);
  });
});

describe('fusion: diplomatic acts', () => {
  const call = (actors: string[], date: EventDate = day('2031-05-05')) =>
    mention({
      eventType: 'Strategic developments',
      subEventType: 'Other',
      triggerText: 'spoke by phone',
      place: null,
      remote: true,
      diplomatic: true,
      actors,
      date,
    });
  it('calls between the same governments the same day are one; a call with another partner is another', () => {
    const { events } = fuseEvents(
      [
        doc([call(['Government of Karsenia', 'Government of Veldoria'])]),
        doc([call(['Government of Veldoria', 'Government of Ostria'])]),
        doc([call(['Government of Karsenia', 'Government of Veldoria', 'Government of Ostria'])]),
      ],
      {},
    );
    assert.equal(events.length, 2);
    assert.equal(events[0]?.mentions.length, 2);
  });
  const pledge = (states: string[]) =>
    mention({
      eventType: 'Strategic developments',
      subEventType: 'Other',
      triggerText: 'pledged',
      place: null,
      diplomatic: true,
      states,
      date: undated,
    });
  const arrival = mention({
    eventType: 'Strategic developments',
    subEventType: 'Other',
    triggerText: 'military supplies',
    place: place('Minsar air base', 10.5, { feature: 'landmark' }),
    diplomatic: true,
    states: ['Karsenia', 'Veldoria'],
    date: day('2031-05-06'),
  });
  it('an undated pledge joins the dated arrival of supplies between the same two states', () => {
    const { events } = fuseEvents([doc([arrival]), doc([pledge(['Veldoria', 'Karsenia'])])], {});
    assert.equal(events.length, 1);
  });
  it('near miss: an undated pledge sharing one state stays apart', () => {
    const { events } = fuseEvents([doc([arrival]), doc([pledge(['Karsenia', 'Ostria'])])], {});
    assert.equal(events.length, 2);
  });
  it('flight and a handover at the same place and day are two kinds of development', () => {
    const fled = mention({
      eventType: 'Strategic developments',
      subEventType: 'Other',
      triggerText: 'fled',
      displacement: true,
    });
    const handover = mention({ eventType: 'Strategic developments', subEventType: 'Other', triggerText: 'hand over' });
    assert.equal(fuseEvents([doc([fled]), doc([handover])], {}).events.length, 2);
  });
  it('an airport is a site of its own, not the town beside it', () => {
    const airport = mention({ place: place('Tarn Airport', 10.05, { gazetteerId: 'l:airport', feature: 'landmark' }) });
    assert.equal(fuseEvents([doc([mention({})]), doc([airport])], {}).events.length, 2);
  });
});
