/**
 * Statuses and speakers on the project's own example corpus (examples/corpus, fiction written for sitrep), through
 * the real pipeline: ingest (text, HTML, Markdown, JSONL) → noise → sentences → claims. The
 * expected statuses are those of examples/README.md ("Claims, denials, verification", items 11–13): in 04 the
 * disclaimer covers the OLF's claims of the paragraph before it; in 05 "Neither claim …" covers the spokesman's
 * two claims after the "Rival claims" crosshead, not the security official's account before it; denials stay
 * denied; nothing else in the corpus is unverified.
 */
import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestInputs } from '../../ingest/index.js';
import { runDocumentStages } from '../../pipeline/run-stages.js';
import type { AnyDocumentStage, StageResources } from '../../pipeline/stage.js';
import { defaultNoiseLexicon, noise } from '../noise/index.js';
import { defaultSentenceLexicon, sentences } from '../sentences/index.js';
import { claims } from './stage.js';
import { testResources } from './test-helpers.js';

const CORPUS = fileURLToPath(new URL('../../../examples/corpus', import.meta.url));

interface Seen {
  readonly content: string;
  readonly status: string;
  readonly speaker: string | null;
}

async function analyzeExamples(): Promise<Map<string, Seen[]>> {
  const resources = {
    noiseLexicon: defaultNoiseLexicon(),
    sentenceLexicon: defaultSentenceLexicon(),
    claims: testResources(),
  } as unknown as StageResources;
  const stages = [noise, sentences, claims] as unknown as AnyDocumentStage[];
  const out = new Map<string, Seen[]>();
  for await (const item of ingestInputs([CORPUS])) {
    if (item.kind !== 'document') continue;
    const { document } = item;
    const run = runDocumentStages(document, stages, { resources, warn: () => {} });
    assert.deepEqual(run.errors, []);
    const seen = (run.layers.claims ?? []).map((c) => ({
      content: document.text.slice(c.content.start, c.content.end),
      status: c.status,
      speaker: c.speaker?.name ?? null,
    }));
    out.set(basename(document.input).slice(0, 2), seen);
  }
  return out;
}

describe('claims: statuses on the example corpus (examples/README.md)', () => {
  let byDoc = new Map<string, Seen[]>();
  before(async () => {
    byDoc = await analyzeExamples();
  });
  const statusOf = (doc: string, words: string): string[] =>
    (byDoc.get(doc) ?? []).filter((c) => c.content.includes(words)).map((c) => c.status);

  const cases: [doc: string, words: string, status: string][] = [
    // 12. Unverified: the OLF's claims before the disclaimer (04) and the two claims of "Neither claim" (05).
    ['04', 'entered Sefir Square', 'unverified'],
    ['05', 'Sefir Square', 'unverified'],
    // The near miss: the security official's account before the crosshead stays as it was.
    ['05', 'reorganised its lines', 'asserted'],
    // 13. Denials stay denied, also right after a disclaimer.
    ['01', 'the base was under threat', 'denied'],
    ['04', 'rebels had entered the city', 'denied'],
    ['05', 'the rebels were inside Talvesh', 'denied'],
    ['05', 'the bridge had fallen', 'denied'],
    ['05', 'firing on the market', 'denied'],
    // 11. The OLF's claim of a gain in the wire story is claimed, not unverified (no disclaimer there).
    ['01', 'captured 30 government soldiers', 'claimed'],
  ];
  for (const [doc, words, status] of cases) {
    it(`${doc}: "${words}" → ${status}`, () => {
      assert.deepEqual(statusOf(doc, words), [status]);
    });
  }

  // Speakers the casualty ledger depends on (per-source series): the right ministry, the group behind "it".
  const speakerOf = (doc: string, words: string): (string | null)[] =>
    (byDoc.get(doc) ?? []).filter((c) => c.content.includes(words)).map((c) => c.speaker);
  const speakers: [doc: string, words: string, speaker: string][] = [
    // "The defence ministry also refuted …" is the defence ministry, not the health ministry's spokeswoman.
    ['05', 'the bridge had fallen', 'defence ministry'],
    ['05', 'any troops were taken prisoner', 'defence ministry'],
    ['05', 'remained at 17', 'Ilona Serevic'],
    ['02', 'the base was under threat', 'defence ministry'],
    ['02', '17 people were killed', 'health ministry'],
    // "what it said were … 30 soldiers": "it" is the OLF, the subject of its own sentence.
    ['05', 'some of the 30 soldiers', 'OLF'],
    // "… at least 42 people it says died": Casualty Watch, an organisation, not "both sides".
    ['06', "died in Tuesday's shelling", 'Veldoria Casualty Watch'],
    // The appositive with a relative clause before "said" (04).
    ['04', 'at least 42 people had been killed', 'Veldoria Casualty Watch'],
    // "what it said was a checkpoint": the state broadcaster.
    ['04', 'a checkpoint in central Talvesh', 'Veldoria State Television'],
  ];
  for (const [doc, words, speaker] of speakers) {
    it(`${doc}: "${words}" → ${speaker}`, () => {
      // Every claim holding the words (an outer claim may contain a nested one) has this speaker.
      const found = speakerOf(doc, words);
      assert.ok(found.length > 0, `no claim holds "${words}"`);
      assert.deepEqual([...new Set(found)], [speaker]);
    });
  }

  it('no other claim of the corpus is unverified', () => {
    const unverified = [...byDoc].flatMap(([doc, cs]) =>
      cs.filter((c) => c.status === 'unverified').map((c) => `${doc}: ${c.content.slice(0, 40)}`),
    );
    assert.deepEqual(unverified.map((u) => u.slice(0, 4)).sort(), ['04: ', '05: ']);
    assert.equal(byDoc.size, 8);
  });
});
