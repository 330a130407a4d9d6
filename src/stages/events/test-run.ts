import assert from 'node:assert/strict';
import type { Sentence } from '../../model/index.js';
import { contextOf, documentOf } from '../../testing/document-of.js';
import { casualties, defaultCasualtyLexicon } from '../casualties/index.js';
import type { ClaimMention } from '../claims/types.js';
import type { DateMention } from '../dates/types.js';
import type { PlaceMention } from '../places/types.js';
import { extractEvents } from './extract.js';
import { defaultEventLexicon } from './load-lexicon.js';

// The test harness of the events stage's English tests (events.test.ts, round5.test.ts).

const lexicon = defaultEventLexicon();
const casualtyCtx = contextOf({ casualtyLexicon: defaultCasualtyLexicon() });

/** Hand-built layers: one sentence per line; places and dates found by their surface strings. */
export function run(
  text: string,
  opts: {
    places?: [string, Partial<PlaceMention>][];
    dates?: [string, Partial<DateMention>][];
    claims?: [string, string, ClaimMention['status']][];
    published?: string;
    countries?: Record<string, string>;
  } = {},
) {
  const document = documentOf(text, { published: opts.published ?? '2031-05-10' });
  const sentences: Sentence[] = [];
  let at = 0;
  text.split('\n').forEach((line, i) => {
    sentences.push({
      id: `s${i}`,
      start: at,
      end: at + line.length,
      kind: 'sentence',
      paragraph: i,
      source: { stage: 't', rule: 't' },
    });
    at += line.length + 1;
  });
  const find = (s: string) => {
    const start = text.indexOf(s);
    assert.ok(start >= 0, `${s} not in text`);
    return { start, end: start + s.length };
  };
  const places: PlaceMention[] = (opts.places ?? []).map(([s, p], i) => ({
    id: `p${i}`,
    ...find(s),
    source: { stage: 'places', rule: 't' },
    name: s,
    lat: 10 + i * 0.5,
    lon: 20,
    country: 'XV',
    admin1: null,
    feature: 'town',
    gazetteerId: `t:${s}`,
    geoPrecision: 1,
    relation: null,
    confidence: 1,
    ...p,
  }));
  const dates: DateMention[] = (opts.dates ?? []).map(([s, d], i) => ({
    id: `d${i}`,
    ...find(s),
    source: { stage: 'dates', rule: 't' },
    type: 'DATE',
    value: null,
    precision: 'day',
    anchor: 'publication',
    tense: 'past',
    mod: null,
    signal: null,
    phraseStart: find(s).start,
    timePrecision: 1,
    relative: null,
    role: null,
    timex: true,
    language: 'en',
    ...d,
  }));
  const claims = (opts.claims ?? []).map(
    ([whole, content, status], i) =>
      ({
        id: `c${i}`,
        ...find(whole),
        content: find(content),
        status,
        source: { stage: 'claims', rule: 't' },
      }) as unknown as ClaimMention,
  );
  // the casualty ledger, run on the same hand-built layers: the events stage takes its killed figures from it
  const ledger = [
    ...casualties.run({ document, layers: { noise: [], sentences, places, dates, claims } }, casualtyCtx),
  ];
  const names = opts.countries ?? {};
  const events = extractEvents(document, { noise: [], sentences, places, dates, claims, casualties: ledger }, lexicon, {
    country: (iso2) => (names[iso2] ? ({ name: names[iso2] } as never) : undefined),
  });
  return events.map((e) => ({
    type: e.eventType,
    sub: e.subEventType,
    trigger: e.triggerText,
    place: e.place?.name ?? null,
    date: e.date.value,
    fatalities: e.fatalities,
    status: e.status,
    actors: e.actors,
    background: e.background,
    area: e.place?.area ?? null,
    antecedent: e.antecedent ? (events.find((x) => x.id === e.antecedent?.mention)?.triggerText ?? '?') : null,
    aggregate: e.aggregate === true,
    regions: e.regions ?? [],
    range: e.date.range ? `${e.date.range.from}..${e.date.range.to}` : null,
    remote: e.remote === true,
  }));
}
