import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FIXTURE_TEXTS, fixtureReport } from '../html/fixture-report.js';
import { checkReportReferences, validateReportSchema } from '../validate-report.js';
import {
  ACLED_COLUMNS,
  acledCsv,
  casualtiesCsv,
  claimsCsv,
  collectTexts,
  csvField,
  eventsGeoJson,
  toCsv,
} from './index.js';

/** A strict RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  assert.equal(field, '', 'file ends with CRLF');
  return rows;
}

const texts = collectTexts([], FIXTURE_TEXTS);

describe('the fixture report', () => {
  it('keeps to the contract', () => {
    const report = fixtureReport();
    assert.deepEqual(validateReportSchema(report), []);
    assert.deepEqual(checkReportReferences(report, texts), []);
  });
});

describe('csv', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx'])
      assert.equal(csvField(bad)[0] === '"' ? csvField(bad)[1] : csvField(bad)[0], "'");
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(null), '');
    assert.equal(toCsv(['a', 'b'], [[1, '=x']]), "a,b\r\n1,'=x\r\n");
  });
});

describe('events.acled.csv', () => {
  it("has ACLED's columns in ACLED's order and one row per event", () => {
    const rows = parseCsv(acledCsv(fixtureReport(), { timestamp: 1900000000 }));
    assert.deepEqual(rows[0], [...ACLED_COLUMNS]);
    assert.equal(rows.length, 1 + 3);
    const row = (id: string) => Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, rows.find((r) => r[0] === id)![i]]));
    const shelling = row('event_1');
    assert.equal(shelling.event_date, '2031-03-01');
    assert.equal(shelling.year, '2031');
    assert.equal(shelling.disorder_type, 'Political violence');
    assert.equal(shelling.location, 'Brennick');
    assert.equal(shelling.latitude, '41.52');
    assert.equal(shelling.fatalities, '12');
    assert.equal(shelling.source, 'Northwind Wire; Harbor Daily');
    assert.equal(shelling.timestamp, '1900000000');
    assert.match(shelling.tags!, /contradicted_by=claim_3/);
    const takeover = row('event_2');
    assert.ok(takeover.notes!.startsWith("'=HYPERLINK"), 'a formula in the notes is defused');
    assert.equal(takeover.fatalities, '', 'unknown fatalities stay empty, not 0');
    const vague = row('event_3');
    assert.equal(vague.event_date, '2031-03-01');
    assert.equal(vague.time_precision, '3');
    assert.equal(vague.location, '');
  });
});

describe('events.geojson', () => {
  it('is an RFC 7946 FeatureCollection of located events, then places', () => {
    const geo = JSON.parse(eventsGeoJson(fixtureReport()));
    assert.equal(geo.type, 'FeatureCollection');
    const kinds = geo.features.map((f: { properties: { kind: string } }) => f.properties.kind);
    assert.deepEqual(kinds, ['event', 'event', 'place', 'place', 'place']);
    assert.deepEqual(geo.features[0].geometry, { type: 'Point', coordinates: [45.08, 41.52] });
    assert.ok(!('crs' in geo));
  });
});

describe('claims.csv and casualties.csv', () => {
  it('write every claim with its statement text', () => {
    const rows = parseCsv(claimsCsv(fixtureReport(), texts));
    assert.equal(rows.length, 1 + fixtureReport().claims.length);
    const denied = rows.find((r) => r[0] === 'claim_3')!;
    assert.equal(denied[1], 'denied');
    assert.equal(denied[4], 'Karsovan Army');
    assert.equal(denied[10], 'The Karsovan Army denied targeting residential streets.');
  });
  it('leave texts empty without documents, and keep every casualty figure per source', () => {
    const claims = parseCsv(claimsCsv(fixtureReport()));
    assert.equal(claims[1]![10], '');
    const rows = parseCsv(casualtiesCsv(fixtureReport(), texts));
    assert.equal(rows.length, 1 + 5);
    assert.deepEqual(
      rows.slice(1).map((r) => `${r[6]}:${r[0]}`),
      ['Civil Watch:12', 'Civil Watch:19', 'Health Ministry:8', 'Health Ministry:30', 'Health Ministry:11'],
    );
    assert.equal(rows[2]![12], '19 civilians had been killed since Monday');
  });
});
