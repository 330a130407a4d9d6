import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  Report,
  ReportCasualty,
  ReportClaim,
  ReportContradiction,
  ReportDocument,
  ReportEvent,
  ReportLink,
} from '../report/contract.js';
import { MemoryStore } from '../storage/index.js';
import { describeDiff, diffReports, diffSince, isEmptyDiff, parseDuration, parseSince } from './diff-reports.js';

// Hand-written fictional reports about a made-up flood and port incident.

const doc = (id: string, title: string, outlet: string, published: string, language = 'en'): ReportDocument => ({
  id,
  input: `https://news.test/${id}`,
  outlet,
  outlet_evidence: null,
  title,
  published,
  published_basis: 'metadata',
  language,
  boilerplate: [],
});

const D1 = doc('d1', 'Port cranes collapse', 'Vellmar Harbour News', '2031-04-01');
const D2 = doc('d2', 'Port toll rises', 'Vellmar Harbour News', '2031-04-02');
const D3 = doc('d3', 'Grues: le bilan', 'Le Vellmarois', '2031-04-02', 'fr');
const D4 = doc('d4', 'Cranes collapse, agency copy', 'Coast Wire', '2031-04-01');

const span = (d: string, start: number, end: number) => ({ doc: d, start, end });

const figure = (count: number, d: string, start: number, extra: Partial<ReportCasualty> = {}): ReportCasualty => ({
  count,
  category: 'workers',
  outcome: 'injured',
  period: null,
  as_of: null,
  place: 'p_vellmar',
  source: 'src_authority',
  span: span(d, start, start + 10),
  ...extra,
});

const event = (summary: string, d: string, start: number, extra: Partial<ReportEvent> = {}): ReportEvent => ({
  id: `ev_${d}_${start}`,
  event_type: 'Strategic developments',
  sub_event_type: null,
  summary,
  date: '2031-04-01',
  time_precision: 1,
  place: 'p_vellmar',
  geo_precision: 1,
  actors: [],
  fatalities: null,
  status: 'asserted',
  evidence: [{ span: span(d, start, start + 30), claim: null }],
  corroboration: { documents: 1, independent: 1 },
  contradicted_by: [],
  ...extra,
});

/** Words of the fictional documents, for the claim wording. */
const TEXTS: Record<string, string> = {
  d1:
    'The cranes collapsed at dawn on Tuesday. '.repeat(2) +
    'The authority said that no ships had been hit and that work went on. '.repeat(3),
  d2: 'The union said cranes collapsed at dawn after warnings, and that the southern terminal closed early. '.repeat(3),
};
/** A claim whose content is `phrase`, found in the document's text. */
const claim = (id: string, d: string, phrase: string, status: ReportClaim['status'], source: string): ReportClaim => {
  const start = TEXTS[d]?.indexOf(phrase) ?? -1;
  assert.ok(start >= 0, phrase);
  return claimAt(id, d, start, start + phrase.length, status, source);
};

const claimAt = (
  id: string,
  d: string,
  start: number,
  end: number,
  status: ReportClaim['status'],
  source: string,
): ReportClaim => ({
  id,
  span: span(d, Math.max(0, start - 10), end),
  content: span(d, start, end),
  source,
  source_span: null,
  cue: 'said',
  status,
  group: null,
});

const link = (a: string, b: string, relation: ReportLink['relation'], similarity = 0.9): ReportLink => ({
  a,
  b,
  relation,
  direction: 'b_from_a',
  similarity,
  aligned: [],
});

function report(parts: Partial<Report>): Report {
  return {
    schema_version: '1',
    generator: 'sitrep test',
    documents: [],
    rejected: [],
    sources: [
      { id: 'src_authority', name: 'Vellmar port authority', aliases: [], kind: 'government', affiliation: null },
      { id: 'src_union', name: 'dockworkers union', aliases: [], kind: 'other', affiliation: null },
    ],
    claims: [],
    places: [
      {
        id: 'p_vellmar',
        name: 'Vellmar',
        lat: 1,
        lon: 2,
        country: null,
        admin1: null,
        feature: 'town',
        gazetteer_id: null,
        mentions: [],
      },
    ],
    events: [],
    casualties: [],
    provenance: [],
    contradictions: [],
    ...parts,
  };
}

const denial = (id: string, claims: string[]): ReportContradiction => ({
  id,
  kind: 'denial',
  claims,
  summary: 'The union denies the authority’s account.',
});

/** Table: before, after, the lines describeDiff must print (exactly). */
const TABLE: [string, Report | null, Report, string[]][] = [
  [
    'nothing before: every document is new',
    null,
    report({ documents: [D1] }),
    ['New document: “Port cranes collapse” (Vellmar Harbour News) — https://news.test/d1'],
  ],
  ['the same report: no change', report({ documents: [D1] }), report({ documents: [D1] }), []],
  [
    'a non-English document is named with its language',
    report({ documents: [D1] }),
    report({ documents: [D1, D3] }),
    ['New document: “Grues: le bilan” (Le Vellmarois) [fr] — https://news.test/d3'],
  ],
  [
    'one source’s toll rising: 327 → 412, the older figure still in the report',
    report({ documents: [D1], casualties: [figure(327, 'd1', 100)] }),
    report({ documents: [D1, D2], casualties: [figure(327, 'd1', 100), figure(412, 'd2', 50)] }),
    [
      'New document: “Port toll rises” (Vellmar Harbour News) — https://news.test/d2',
      'Revised figure: Vellmar port authority, workers injured: 327 → 412',
    ],
  ],
  [
    'another source’s figure is new, not a revision; an unchanged figure is not news',
    report({ documents: [D1], casualties: [figure(327, 'd1', 100)] }),
    report({
      documents: [D1, D2],
      casualties: [figure(327, 'd1', 100), figure(500, 'd2', 10, { source: 'src_union' })],
    }),
    [
      'New document: “Port toll rises” (Vellmar Harbour News) — https://news.test/d2',
      'New figure: dockworkers union, workers injured: 500',
    ],
  ],
  [
    'as_of decides which figure is current, not reading order',
    report({ documents: [D1], casualties: [figure(412, 'd1', 100, { as_of: '2031-04-02' })] }),
    report({
      documents: [D1, D2],
      casualties: [figure(412, 'd1', 100, { as_of: '2031-04-02' }), figure(327, 'd2', 50, { as_of: '2031-04-01' })],
    }),
    ['New document: “Port toll rises” (Vellmar Harbour News) — https://news.test/d2'],
  ],
  [
    'a new event, and an old one now reported by two documents (matched by evidence, not id)',
    report({ documents: [D1], events: [event('Cranes collapse at the port', 'd1', 0)] }),
    report({
      documents: [D1, D2],
      events: [
        {
          ...event('Cranes collapse at the port', 'd1', 0, { corroboration: { documents: 2, independent: 1 } }),
          id: 'ev_9',
        },
        event('Southern terminal closed', 'd2', 200, { date: '2031-04-02' }),
      ],
    }),
    [
      'New document: “Port toll rises” (Vellmar Harbour News) — https://news.test/d2',
      'New event: Strategic developments in Vellmar on 2031-04-02 — Southern terminal closed',
      'Updated event: Cranes collapse at the port (reported by 1 → 2 documents)',
    ],
  ],
  [
    'a claim later denied: by a new denial (contradiction) and by its own status changing',
    report({
      documents: [D1],
      claims: [
        claim('c1', 'd1', 'The cranes collapsed at dawn', 'asserted', 'src_authority'),
        claim('c2', 'd1', 'no ships had been hit', 'claimed', 'src_authority'),
      ],
    }),
    report({
      documents: [D1, D2],
      claims: [
        claim('c1', 'd1', 'The cranes collapsed at dawn', 'asserted', 'src_authority'),
        claim('c2', 'd1', 'no ships had been hit', 'denied', 'src_authority'),
        claim('c3', 'd2', 'cranes collapsed at dawn after warnings', 'denied', 'src_union'),
      ],
      contradictions: [denial('x1', ['c1', 'c3'])],
    }),
    [
      'New document: “Port toll rises” (Vellmar Harbour News) — https://news.test/d2',
      'Now denied by Vellmar port authority: “no ships had been hit”',
      'Now denied by dockworkers union: “cranes collapsed at dawn after warnings”',
      'Now denied by dockworkers union: “The cranes collapsed at dawn” (claimed by Vellmar port authority)',
      'New contradiction (denial): The union denies the authority’s account.',
    ],
  ],
  [
    'a copy discovered; an independent pair is not news; a known copy is not repeated',
    report({ documents: [D1, D2], provenance: [link('d1', 'd2', 'independent', 0.1)] }),
    report({ documents: [D1, D2, D4], provenance: [link('d1', 'd2', 'independent', 0.1), link('d1', 'd4', 'copy')] }),
    [
      'New document: “Cranes collapse, agency copy” (Coast Wire) — https://news.test/d4',
      'Copy found: “Cranes collapse, agency copy” (Coast Wire) copies “Port cranes collapse” (Vellmar Harbour News) (similarity 0.90)',
    ],
  ],
  [
    'a pair re-judged from rewrite to copy',
    report({ documents: [D1, D4], provenance: [link('d1', 'd4', 'rewrite', 0.6)] }),
    report({ documents: [D1, D4], provenance: [link('d4', 'd1', 'copy', 0.8)] }),
    [
      'Copy found: “Port cranes collapse” (Vellmar Harbour News) copies “Cranes collapse, agency copy” (Coast Wire) (similarity 0.80; was rewrite)',
    ],
  ],
];

const lookup = (s: { doc: string; start: number; end: number }) => TEXTS[s.doc]?.slice(s.start, s.end) ?? null;

describe('diffReports', () => {
  for (const [label, before, after, expected] of TABLE) {
    it(label, () => {
      const diff = diffReports(before, after, lookup);
      assert.deepEqual(describeDiff(diff), expected);
      assert.equal(isEmptyDiff(diff), expected.length === 0);
    });
  }

  it('gives the figures as data for --json', () => {
    const diff = diffReports(
      report({ documents: [D1], casualties: [figure(327, 'd1', 100)] }),
      report({ documents: [D1, D2], casualties: [figure(327, 'd1', 100), figure(412, 'd2', 50)] }),
    );
    assert.deepEqual(diff.revised_figures, [
      {
        source: 'Vellmar port authority',
        category: 'workers',
        outcome: 'injured',
        from: 327,
        to: 412,
        span: { doc: 'd2', start: 50, end: 60 },
      },
    ]);
    assert.deepEqual(
      diff.new_documents.map((d) => d.id),
      ['d2'],
    );
  });
});

describe('--since', () => {
  const now = new Date('2031-04-02T12:00:00.000Z');
  it('parses report ids, ISO times and durations back from now', () => {
    assert.deepEqual(parseSince('report_abc', now), { kind: 'report', id: 'report_abc' });
    assert.deepEqual(parseSince('2031-04-01', now), { kind: 'time', iso: '2031-04-01T00:00:00.000Z' });
    assert.deepEqual(parseSince('2031-04-01T10:30:00Z', now), { kind: 'time', iso: '2031-04-01T10:30:00.000Z' });
    assert.deepEqual(parseSince('2h', now), { kind: 'time', iso: '2031-04-02T10:00:00.000Z' });
    assert.equal(parseSince('yesterday', now), null);
    assert.equal(parseSince('2031-13-45', now), null);
  });

  it('parses durations', () => {
    assert.equal(parseDuration('30s'), 30_000);
    assert.equal(parseDuration('10m'), 600_000);
    assert.equal(parseDuration('1h'), 3_600_000);
    assert.equal(parseDuration('0m'), null);
    assert.equal(parseDuration('10 minutes'), null);
  });

  it('compares the latest report with the one saved before the time, or the one named', () => {
    const store = new MemoryStore();
    const save = (id: string, createdAt: string, r: Report) =>
      store.saveReport({ id, createdAt, documentIds: [], report: r });
    save('report_1', '2031-04-01T10:00:00.000Z', report({ documents: [D1], casualties: [figure(327, 'd1', 100)] }));
    save(
      'report_2',
      '2031-04-01T11:00:00.000Z',
      report({ documents: [D1, D2], casualties: [figure(327, 'd1', 100), figure(412, 'd2', 50)] }),
    );
    save(
      'report_3',
      '2031-04-01T12:00:00.000Z',
      report({ documents: [D1, D2, D4], casualties: [figure(327, 'd1', 100), figure(412, 'd2', 50)] }),
    );
    const byTime = diffSince(store, { kind: 'time', iso: '2031-04-01T10:30:00.000Z' });
    assert.equal(byTime.from?.id, 'report_1');
    assert.equal(byTime.to?.id, 'report_3');
    assert.deepEqual(describeDiff(byTime.diff), [
      'New document: “Port toll rises” (Vellmar Harbour News) — https://news.test/d2',
      'New document: “Cranes collapse, agency copy” (Coast Wire) — https://news.test/d4',
      'Revised figure: Vellmar port authority, workers injured: 327 → 412',
    ]);
    const byId = diffSince(store, { kind: 'report', id: 'report_2' });
    assert.deepEqual(
      byId.diff.new_documents.map((d) => d.id),
      ['d4'],
    );
    const before = diffSince(store, { kind: 'time', iso: '2031-03-01T00:00:00.000Z' });
    assert.equal(before.from, null);
    assert.equal(before.diff.new_documents.length, 3);
    assert.throws(() => diffSince(store, { kind: 'report', id: 'report_9' }), /no stored report/);
  });
});
