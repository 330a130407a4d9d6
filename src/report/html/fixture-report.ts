/**
 * A small, entirely fictional report written for the view and export tests: every contract array is filled (events,
 * claims of each status, casualties over time from two sources, a contradiction, provenance links) and one document
 * is hostile (script tags, event handlers, javascript: links in its text, title, outlet and in derived names).
 * Karsova, Brennick, Ostvale and every outlet and source here are invented.
 */
import type { Report, ReportSpan } from '../contract.js';

export const XSS_TEXT_MARKER = 'window.__sitrepXss';

const TEXT_A = `BRENNICK, Karsova (Northwind Wire) - Fighting broke out in Brennick on Monday, residents said.
The Civil Watch monitor said 12 civilians were killed in the shelling of the market district.
The Karsovan Army denied targeting residential streets.
The figures could not be independently verified.
Subscribe to our newsletter for more.`;

const TEXT_B = `Harbor Daily - Clashes in Brennick continued on Tuesday.
Fighting broke out in Brennick on Monday, residents said.
The Civil Watch monitor said 19 civilians had been killed since Monday.
The health ministry said 8 people were killed and 30 injured.`;

const TEXT_C = `<script>${XSS_TEXT_MARKER}=1</script> Ostvale bulletin.
The Free Brigade claimed control of Ostvale on Tuesday. <img src=x onerror="${XSS_TEXT_MARKER}=2">
Read more: <a href="javascript:${XSS_TEXT_MARKER}=3">here</a> </textarea></script><svg onload="${XSS_TEXT_MARKER}=4">
The health ministry later said 11 people were killed.`;

export const FIXTURE_TEXTS: Readonly<Record<string, string>> = {
  doc_a: TEXT_A,
  doc_b: TEXT_B,
  doc_c: TEXT_C,
};

/** The span of the n-th occurrence (0-based) of `phrase` in a fixture document. */
export function fixtureSpan(doc: keyof typeof FIXTURE_TEXTS & string, phrase: string, nth = 0): ReportSpan {
  const text = FIXTURE_TEXTS[doc]!;
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture: "${phrase}" not in ${doc}`);
  }
  return { doc, start: at, end: at + phrase.length };
}

const s = fixtureSpan;

/** A fresh copy of the fictional report (callers may mutate it). */
export function fixtureReport(): Report {
  return {
    schema_version: '1',
    generator: 'sitrep 0.0.0-test',
    documents: [
      {
        id: 'doc_a',
        input: 'fixture/a.txt',
        outlet: 'Northwind Wire',
        outlet_evidence: s('doc_a', 'Northwind Wire'),
        title: 'Fighting in Brennick',
        published: '2031-03-01',
        published_basis: 'metadata',
        language: 'en',
        boilerplate: [s('doc_a', 'Subscribe to our newsletter for more.')],
      },
      {
        id: 'doc_b',
        input: 'fixture/b.txt',
        outlet: 'Harbor Daily',
        outlet_evidence: s('doc_b', 'Harbor Daily'),
        title: 'Clashes continue in Brennick',
        published: '2031-03-02',
        published_basis: 'metadata',
        language: 'en',
        boilerplate: [],
      },
      {
        id: 'doc_c',
        input: 'fixture/<c>.txt',
        outlet: '<img src=x onerror="window.__sitrepXss=5">',
        outlet_evidence: null,
        title: `<script>${XSS_TEXT_MARKER}=6</script>Ostvale`,
        published: '2031-03-03',
        published_basis: 'text',
        language: 'en',
        boilerplate: [],
      },
    ],
    rejected: [{ input: 'fixture/empty.txt', reason: 'The file is empty.', code: 'empty' }],
    sources: [
      {
        id: 'src_watch',
        name: 'Civil Watch',
        aliases: ['The Civil Watch monitor'],
        kind: 'monitor',
        affiliation: null,
      },
      {
        id: 'src_army',
        name: 'Karsovan Army',
        aliases: ['The Karsovan Army'],
        kind: 'military',
        affiliation: 'Karsova',
      },
      {
        id: 'src_brigade',
        name: '<svg onload="window.__sitrepXss=7">Free Brigade',
        aliases: ['The Free Brigade'],
        kind: 'armed_group',
        affiliation: null,
      },
      {
        id: 'src_ministry',
        name: 'Health Ministry',
        aliases: ['The health ministry'],
        kind: 'government',
        affiliation: 'Karsova',
      },
    ],
    claims: [
      {
        id: 'claim_1',
        span: s('doc_a', 'Fighting broke out in Brennick on Monday, residents said.'),
        content: s('doc_a', 'Fighting broke out in Brennick on Monday'),
        source: null,
        source_span: null,
        cue: 'said',
        status: 'asserted',
        group: 'g_fighting',
      },
      {
        id: 'claim_1b',
        span: s('doc_b', 'Fighting broke out in Brennick on Monday, residents said.'),
        content: s('doc_b', 'Fighting broke out in Brennick on Monday'),
        source: null,
        source_span: null,
        cue: 'said',
        status: 'asserted',
        group: 'g_fighting',
      },
      {
        id: 'claim_2',
        span: s(
          'doc_a',
          'The Civil Watch monitor said 12 civilians were killed in the shelling of the market district.',
        ),
        content: s('doc_a', '12 civilians were killed in the shelling of the market district'),
        source: 'src_watch',
        source_span: s('doc_a', 'The Civil Watch monitor'),
        cue: 'said',
        status: 'claimed',
        group: 'g_toll',
      },
      {
        id: 'claim_3',
        span: s('doc_a', 'The Karsovan Army denied targeting residential streets.'),
        content: s('doc_a', 'targeting residential streets'),
        source: 'src_army',
        source_span: s('doc_a', 'The Karsovan Army'),
        cue: 'denied',
        status: 'denied',
        group: null,
      },
      {
        id: 'claim_4',
        span: s('doc_a', 'The figures could not be independently verified.'),
        content: s('doc_a', 'The figures'),
        source: null,
        source_span: null,
        cue: 'could not be independently verified',
        status: 'unverified',
        group: null,
      },
      {
        id: 'claim_5',
        span: s('doc_c', 'The Free Brigade claimed control of Ostvale on Tuesday.'),
        content: s('doc_c', 'control of Ostvale on Tuesday'),
        source: 'src_brigade',
        source_span: s('doc_c', 'The Free Brigade'),
        cue: 'claimed',
        status: 'claimed',
        group: null,
      },
      {
        id: 'claim_6',
        span: s('doc_b', 'The Civil Watch monitor said 19 civilians had been killed since Monday.'),
        content: s('doc_b', '19 civilians had been killed since Monday'),
        source: 'src_watch',
        source_span: s('doc_b', 'The Civil Watch monitor'),
        cue: 'said',
        status: 'claimed',
        group: 'g_toll',
      },
    ],
    places: [
      {
        id: 'place_brennick',
        name: 'Brennick',
        lat: 41.52,
        lon: 45.08,
        country: 'XK',
        admin1: 'Lower Vale',
        feature: 'city',
        gazetteer_id: 'user:brennick',
        mentions: [s('doc_a', 'BRENNICK'), s('doc_a', 'Brennick'), s('doc_b', 'Brennick')],
      },
      {
        id: 'place_ostvale',
        name: 'Ostvale',
        lat: 41.9,
        lon: 45.6,
        country: 'XK',
        admin1: null,
        feature: 'town',
        gazetteer_id: null,
        mentions: [s('doc_c', 'Ostvale'), s('doc_c', 'Ostvale', 1)],
      },
      {
        id: 'place_hostile',
        name: '<img src=x onerror="window.__sitrepXss=8">',
        lat: 41.7,
        lon: 44.9,
        country: null,
        admin1: null,
        feature: 'other',
        gazetteer_id: null,
        mentions: [],
      },
    ],
    events: [
      {
        id: 'event_1',
        event_type: 'Explosions/Remote violence',
        sub_event_type: 'Shelling/artillery/missile attack',
        summary: 'Shelling of the market district in Brennick',
        date: '2031-03-01',
        time_precision: 1,
        place: 'place_brennick',
        geo_precision: 1,
        actors: ['Karsovan Army'],
        fatalities: 12,
        status: 'claimed',
        evidence: [
          {
            span: s(
              'doc_a',
              'The Civil Watch monitor said 12 civilians were killed in the shelling of the market district.',
            ),
            claim: 'claim_2',
          },
          {
            span: s('doc_b', 'The Civil Watch monitor said 19 civilians had been killed since Monday.'),
            claim: 'claim_6',
          },
        ],
        corroboration: { documents: 2, independent: 1 },
        contradicted_by: ['claim_3'],
      },
      {
        id: 'event_2',
        event_type: 'Strategic developments',
        sub_event_type: 'Non-violent transfer of territory',
        summary: '=HYPERLINK("http://x") <b onmouseover="window.__sitrepXss=9">Free Brigade</b> takes Ostvale',
        date: '2031-03-02',
        time_precision: 1,
        place: 'place_ostvale',
        geo_precision: 2,
        actors: ['Free Brigade'],
        fatalities: null,
        status: 'claimed',
        evidence: [{ span: s('doc_c', 'The Free Brigade claimed control of Ostvale on Tuesday.'), claim: 'claim_5' }],
        corroboration: { documents: 1, independent: 1 },
        contradicted_by: [],
      },
      {
        id: 'event_3',
        event_type: 'Battles',
        sub_event_type: 'Armed clash',
        summary: 'Clashes in Brennick',
        date: '2031-03',
        time_precision: 3,
        place: null,
        geo_precision: null,
        actors: [],
        fatalities: null,
        status: 'asserted',
        evidence: [{ span: s('doc_b', 'Clashes in Brennick continued on Tuesday.'), claim: null }],
        corroboration: { documents: 1, independent: 1 },
        contradicted_by: [],
      },
    ],
    casualties: [
      {
        count: 12,
        category: 'civilians',
        outcome: 'killed',
        period: null,
        as_of: '2031-03-01',
        place: 'place_brennick',
        source: 'src_watch',
        span: s('doc_a', '12 civilians were killed'),
      },
      {
        count: 19,
        category: 'civilians',
        outcome: 'killed',
        period: 'since Monday',
        as_of: '2031-03-02',
        place: 'place_brennick',
        source: 'src_watch',
        span: s('doc_b', '19 civilians had been killed since Monday'),
      },
      {
        count: 8,
        category: 'people',
        outcome: 'killed',
        period: null,
        as_of: '2031-03-02',
        place: null,
        source: 'src_ministry',
        span: s('doc_b', '8 people were killed'),
      },
      {
        count: 30,
        category: 'people',
        outcome: 'injured',
        period: null,
        as_of: '2031-03-02',
        place: null,
        source: 'src_ministry',
        span: s('doc_b', '30 injured'),
      },
      {
        count: 11,
        category: 'people',
        outcome: 'killed',
        period: null,
        as_of: '2031-03-03',
        place: null,
        source: 'src_ministry',
        span: s('doc_c', '11 people were killed'),
      },
    ],
    provenance: [
      {
        a: 'doc_b',
        b: 'doc_a',
        relation: 'rewrite',
        direction: 'a_from_b',
        similarity: 0.62,
        aligned: [
          {
            a: s('doc_b', 'Fighting broke out in Brennick on Monday, residents said.'),
            b: s('doc_a', 'Fighting broke out in Brennick on Monday, residents said.'),
            kind: 'verbatim',
          },
        ],
      },
      { a: 'doc_c', b: 'doc_a', relation: 'independent', direction: null, similarity: 0.04, aligned: [] },
    ],
    contradictions: [
      {
        id: 'contra_1',
        kind: 'denial',
        claims: ['claim_2', 'claim_3'],
        summary: 'Civil Watch reports deaths in shelling; Karsovan Army denies targeting residential streets',
      },
    ],
  };
}
