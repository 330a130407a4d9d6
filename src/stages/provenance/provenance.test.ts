import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NoiseSpan } from '../../model/index.js';
import { contextOf, documentOf, surfaces } from '../../testing/document-of.js';
import { matchSentences } from './align.js';
import { CandidateIndex } from './candidate-index.js';
import { findCredits } from './credits.js';
import { containment, documentFeatures, sortedContainment, sortedGrams, verbatimGrams } from './features.js';
import { lemmaOf } from './lemma.js';
import { defaultProvenanceLexicon } from './load-lexicon.js';
import { shingleHashes, signature } from './minhash.js';
import { CANDIDATE_INDEX, provenance } from './provenance.js';
import { overlap } from './similarity.js';
import {
  analyzed,
  CAPITAL_REPORTING,
  CARRIER,
  CARRIER_NOISE,
  COPY,
  INDEPENDENT,
  INDEPENDENT_2,
  LOCAL_REPORTING,
  SPUN,
  WIRE,
} from './test-corpus.js';
import { caseForms, tokenize } from './tokens.js';
import type { ProvenanceResult } from './types.js';

const lex = defaultProvenanceLexicon();
const ctx = contextOf({ provenanceLexicon: lex });

/** Features of two sentences read as one short document (so names are told from words across both). */
function pair(a: string, b: string) {
  const text = `${a}\n${b}`;
  const spans = [
    { start: 0, end: a.length },
    { start: a.length + 1, end: text.length },
  ];
  const f = documentFeatures('t', 0, text, spans, lex);
  return [f.sentences[0]!, f.sentences[1]!] as const;
}

describe('lemmaOf', () => {
  const table: [string, string][] = [
    ['refuted', 'refut'],
    ['refute', 'refut'],
    ['denied', 'deny'],
    ['denies', 'deny'],
    ['insurgents', 'insurgent'],
    ['seizing', 'seiz'],
    ['stopped', 'stop'],
    ['killed', 'kill'],
    ['said', 'say'],
    ['taken', 'tak'],
    ['forces', 'forc'],
  ];
  for (const [word, lemma] of table) it(`${word} → ${lemma}`, () => assert.equal(lemmaOf(word, lex.irregular), lemma));
});

describe('tokenize', () => {
  const text = 'Rebels said 4 million people and 7,000 families fled Harnow, the rebels said.';
  const tokens = tokenize(text, { start: 0, end: text.length }, lex, caseForms(text));
  it('values numbers, joining multipliers and dropping separators', () => {
    assert.deepEqual(
      tokens.filter((t) => t.kind === 'num').map((t) => t.key),
      ['4000000', '7000'],
    );
  });
  it('tells names from capitalised ordinary words', () => {
    assert.deepEqual(
      tokens.filter((t) => t.kind === 'name').map((t) => t.surface),
      ['harnow'],
    );
  });
  it('maps synonyms to one key', () => {
    const t2 = 'Insurgents seized the metropolis.';
    const keys = tokenize(t2, { start: 0, end: t2.length }, lex, caseForms(t2)).map((t) => t.key);
    assert.deepEqual(keys, ['rebel', 'captur', 'the', 'city']);
  });
});

describe('matchSentences', () => {
  const uniform = () => 1;
  const table: { name: string; a: string; b: string; kind: string | null }[] = [
    { name: 'the same sentence', a: WIRE[1]!, b: WIRE[1]!, kind: 'verbatim' },
    { name: 'a copy-edited sentence', a: WIRE[3]!, b: COPY[4]!, kind: 'near_verbatim' },
    { name: 'a spun sentence', a: WIRE[2]!, b: SPUN[2]!, kind: 'paraphrase' },
    { name: 'a spun sentence with reordered clauses', a: WIRE[0]!, b: SPUN[0]!, kind: 'paraphrase' },
    { name: 'the same fact reported independently (the trap)', a: WIRE[2]!, b: INDEPENDENT[3]!, kind: null },
    { name: 'the same official in other words', a: WIRE[2]!, b: INDEPENDENT_2[1]!, kind: null },
    {
      name: 'the same wording with other figures',
      a: 'At least 17 civilians died when shells hit a market in the old town on Monday.',
      b: 'At least 23 civilians died when shells hit a market in the old town on Thursday.',
      kind: null,
    },
    { name: 'a short line', a: 'He added.', b: 'He added.', kind: null },
  ];
  for (const { name, a, b, kind } of table) {
    it(`${name}: ${kind ?? 'no match'}`, () => {
      const [sa, sb] = pair(a, b);
      assert.equal(matchSentences(sa, sb, uniform).kind, kind);
    });
  }
});

describe('cached sentence totals and sorted grams', () => {
  it('an overlap computed under one weight does not leak into the next weight', () => {
    const [sa, sb] = pair(WIRE[2]!, SPUN[2]!);
    const heavy = (u: string) => (u.length > 5 ? 3 : 0.5);
    overlap(sa, sb, () => 1);
    const [fa, fb] = pair(WIRE[2]!, SPUN[2]!);
    assert.deepEqual(overlap(sa, sb, heavy), overlap(fa, fb, heavy));
  });

  const table: { name: string; a: string; b: string }[] = [
    { name: 'a copy', a: WIRE.join(' '), b: COPY.join(' ') },
    { name: 'an independent report', a: WIRE.join(' '), b: INDEPENDENT.join(' ') },
  ];
  for (const { name, a, b } of table) {
    it(`sortedContainment equals containment: ${name}`, () => {
      const [fa, fb] = [a, b].map((t, i) => documentFeatures(`d${i}`, i, t, [{ start: 0, end: t.length }], lex));
      const [ga, gb] = [verbatimGrams(fa!), verbatimGrams(fb!)];
      assert.equal(sortedContainment(sortedGrams(fa!), sortedGrams(fb!)), containment(ga, gb));
      assert.equal(sortedContainment(sortedGrams(fb!), sortedGrams(fa!)), containment(gb, ga));
    });
  }
});

describe('findCredits', () => {
  const table: { line: string; kind: NoiseSpan['kind']; agencies: string[] }[] = [
    { line: 'Associated Press and Reuters contributed to this report', kind: 'credit', agencies: ['ap', 'reuters'] },
    { line: 'Additional reporting by Jana Veld in Harnow and AFP', kind: 'credit', agencies: ['afp'] },
    { line: '(Reporting by Tom Baker; Editing by Ann Ray)', kind: 'credit', agencies: [] },
    { line: 'A man walks past a burnt-out bus in Harnow (Reuters)', kind: 'credit', agencies: [] },
    { line: 'Reuters contributed to this report', kind: 'caption', agencies: [] },
  ];
  it('reads a wire dateline on the opening line', () => {
    const doc = documentOf('HARNOW, Ostravia (Reuters) - Insurgents seized the port on Tuesday.\nMore text.');
    const found = findCredits(doc.text, [], doc.meta, lex);
    assert.deepEqual(
      found.map((c) => [c.agency, c.rule]),
      [['reuters', 'dateline-agency']],
    );
  });
  it('ignores a parenthesis in an ordinary opening line', () => {
    const doc = documentOf('The council (which met on Monday) - as expected - approved the budget.');
    assert.deepEqual(findCredits(doc.text, [], doc.meta, lex), []);
  });
  for (const { line, kind, agencies } of table) {
    it(`${kind} "${line}" → [${agencies.join(', ')}]`, () => {
      const doc = documentOf(`Body text.\n${line}`);
      const noise: NoiseSpan[] = [
        { id: 'n0', start: 11, end: 11 + line.length, kind, source: { stage: 'noise', rule: 't' } },
      ];
      const found = findCredits(doc.text, noise, doc.meta, lex);
      assert.deepEqual(found.map((c) => c.agency).sort(), agencies);
      if (agencies.length)
        assert.deepEqual(
          surfaces(
            doc.text,
            found.map((c) => c.span!),
          ).slice(0, 1),
          [line],
        );
    });
  }
});

describe('CandidateIndex', () => {
  const features = [WIRE, COPY, SPUN, INDEPENDENT].map((lines, i) => {
    const text = lines.join('\n');
    let start = 0;
    const spans = lines.map((l) => {
      const s = { start, end: start + l.length };
      start = s.end + 1;
      return s;
    });
    return documentFeatures(`d${i}`, i, text, spans, lex);
  });
  it('proposes the copy and the spun rewrite of a document', () => {
    const index = new CandidateIndex(CANDIDATE_INDEX);
    const found = features.map((f) => index.add(signature(shingleHashes(f.stream), CANDIDATE_INDEX.signatureSize)));
    assert.deepEqual(
      found[1]!.candidates.map((c) => c.id),
      [0],
    );
    assert.ok(found[2]!.candidates.some((c) => c.id === 0));
  });
  it('does not propose unrelated documents', () => {
    const index = new CandidateIndex(CANDIDATE_INDEX);
    const unrelated = ['The council approved the new library budget after a long debate on parking fees.'];
    const other = documentFeatures('u', 0, unrelated[0]!, [{ start: 0, end: unrelated[0]!.length }], lex);
    index.add(signature(shingleHashes(features[0]!.stream), 64));
    assert.deepEqual(index.add(signature(shingleHashes(other.stream), 64)).candidates, []);
  });
});

describe('provenance stage', () => {
  const docs = [
    analyzed(WIRE, { published: '2031-05-06' }, {}, 'wire.txt'),
    analyzed(SPUN, { published: '2031-05-07' }, {}, 'spun.txt'),
    analyzed(COPY, { published: '2031-05-07' }, {}, 'copy.txt'),
    analyzed(CARRIER, { published: '2031-05-07' }, CARRIER_NOISE, 'carrier.txt'),
    analyzed(INDEPENDENT, { published: '2031-05-06' }, {}, 'independent.txt'),
    analyzed(INDEPENDENT_2, { published: '2031-05-06' }, {}, 'independent-2.txt'),
  ];
  const idOf = (input: string) => docs.find((d) => d.document.input === input)!.document.id;
  const result: ProvenanceResult = provenance.run(docs, {}, ctx);
  const link = (a: string, b: string) =>
    result.links.find((l) => (l.a === idOf(a) && l.b === idOf(b)) || (l.a === idOf(b) && l.b === idOf(a)));

  const table: { a: string; b: string; relation: string | null; direction?: string | null }[] = [
    { a: 'wire.txt', b: 'copy.txt', relation: 'copy', direction: 'b_from_a' },
    { a: 'wire.txt', b: 'spun.txt', relation: 'rewrite', direction: 'b_from_a' },
    { a: 'wire.txt', b: 'carrier.txt', relation: 'shared_source', direction: null },
    { a: 'wire.txt', b: 'independent.txt', relation: null },
    { a: 'wire.txt', b: 'independent-2.txt', relation: null },
    { a: 'spun.txt', b: 'independent.txt', relation: null },
    { a: 'independent.txt', b: 'independent-2.txt', relation: null },
  ];
  for (const { a, b, relation, direction } of table) {
    it(`${a} ~ ${b}: ${relation ?? 'no dependent link'}`, () => {
      const l = link(a, b);
      if (relation === null) assert.ok(!l || l.relation === 'independent', `unexpected ${l?.relation}`);
      else {
        assert.equal(l?.relation, relation);
        if (direction !== undefined) assert.equal(l?.direction, direction);
      }
    });
  }

  it('gives the aligned sentences as evidence', () => {
    const l = link('wire.txt', 'spun.txt')!;
    const wire = docs[0]!.document.text;
    const spun = docs[1]!.document.text;
    const first = l.aligned[0]!;
    assert.deepEqual(surfaces(wire, [first.a]), [WIRE[0]]);
    assert.deepEqual(surfaces(spun, [first.b]), [SPUN[0]]);
    assert.equal(first.kind, 'paraphrase');
    assert.equal(l.aligned.length, WIRE.length);
    assert.ok(l.similarity > 0.5 && l.similarity <= 1);
  });

  it('records the credit line', () => {
    assert.deepEqual(
      result.credits[idOf('carrier.txt')]!.map((c) => c.agency),
      ['reuters'],
    );
  });

  it('puts copies in one independence group and independent reports apart', () => {
    const g = (input: string) => result.groups[idOf(input)];
    assert.equal(g('copy.txt'), g('wire.txt'));
    assert.equal(g('spun.txt'), g('wire.txt'));
    assert.equal(g('carrier.txt'), g('wire.txt'));
    assert.notEqual(g('independent.txt'), g('wire.txt'));
    assert.notEqual(g('independent-2.txt'), g('independent.txt'));
    assert.equal(new Set(Object.values(result.groups)).size, 3);
  });

  it('makes a story carried under the credit of its own outlet a copy of it', () => {
    const wire = analyzed(WIRE, { outlet: 'Reuters' }, {}, 'wire.txt');
    const carrier = analyzed(CARRIER, {}, CARRIER_NOISE, 'carrier.txt');
    const r = provenance.run([wire, carrier], {}, ctx);
    assert.equal(r.links[0]?.relation, 'copy');
    assert.equal(r.links[0]?.direction, 'b_from_a');
    assert.equal(r.links[0]?.evidence.directionRule, 'credit-names-other');
  });

  it('finds a duplicate', () => {
    const a = analyzed(WIRE, {}, {}, 'a.txt');
    const b = analyzed([...WIRE, 'Subscribe to our newsletter.'], {}, { 'Subscribe to our newsletter.': 'subscribe' });
    assert.equal(provenance.run([a, b], {}, ctx).links[0]?.relation, 'duplicate');
  });

  it('takes the text that extends the other as the derived one when dates do not say', () => {
    const wire = analyzed(WIRE, {}, {}, 'wire.txt');
    const extended = analyzed([...LOCAL_REPORTING.slice(0, 4), ...WIRE, ...LOCAL_REPORTING.slice(4)], {}, {}, 'x.txt');
    const l = provenance.run([wire, extended], {}, ctx).links[0];
    assert.equal(l?.relation, 'copy');
    assert.equal(l?.direction, 'b_from_a');
    assert.equal(l?.evidence.directionRule, 'superset-extends');
  });

  it('finds a copy whose sentences were merged into paragraphs', () => {
    const merged = [0, 2, 4, 6].map((i) => `${WIRE[i]} ${WIRE[i + 1]}`);
    const l = provenance.run([analyzed(WIRE), analyzed(merged)], {}, ctx).links[0];
    assert.equal(l?.relation, 'duplicate');
    assert.equal(l?.evidence.relationRule, 'duplicate-grams');
  });

  it('finds two outlets carrying the same wire passages without a credit line', () => {
    const one = analyzed([...LOCAL_REPORTING.slice(0, 5), WIRE[2]!, WIRE[3]!, ...LOCAL_REPORTING.slice(5)]);
    const two = analyzed([...CAPITAL_REPORTING.slice(0, 2), WIRE[2]!, WIRE[3]!, ...CAPITAL_REPORTING.slice(2)]);
    const l = provenance.run([one, two], {}, ctx).links[0];
    assert.equal(l?.relation, 'shared_source');
    assert.equal(l?.evidence.relationRule, 'shared-passages');
    assert.equal(l?.direction, null);
  });

  it('does not link two outlets that share one quoted sentence only', () => {
    const one = analyzed([...LOCAL_REPORTING, WIRE[6]!]);
    const two = analyzed([...CAPITAL_REPORTING, WIRE[6]!]);
    const l = provenance.run([one, two], {}, ctx).links[0];
    assert.ok(!l || l.relation === 'independent');
  });

  it('fails clearly without its lexicon', () => {
    assert.throws(() => provenance.run(docs, {}, contextOf()), /provenanceLexicon/);
  });
});
