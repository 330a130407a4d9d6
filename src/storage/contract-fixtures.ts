import { createHash } from 'node:crypto';
import type { DocumentMeta, Layers, SourceDocument } from '../model/index.js';
import { emptyMeta } from '../model/index.js';
import type { Report } from '../report/contract.js';
import type { StoredLayers, StoredReport } from './store.js';

/**
 * Fictional data for the store contract. Kept apart from src/testing because the contract ships with the
 * storage module (src/testing is left out of the build).
 */
export function doc(id: string, text: string, meta: Partial<DocumentMeta> = {}): SourceDocument {
  const contentHash = createHash('sha256').update(text).digest('hex');
  return { id, input: `inputs/${id}.txt`, text, meta: { ...emptyMeta, ...meta }, contentHash };
}

/** Texts that a byte-level or encoding slip would change: astral emoji, RTL, CJK extension B, combining marks, CRLF. */
export const unicodeTexts: readonly [string, string][] = [
  ['emoji and ZWJ sequences', 'Mayor 👩🏽‍⚕️ of Vellmar said 🚒🔥 "stay indoors" 🇳🇴.'],
  ['right-to-left', 'قال المتحدث إن الجسر مغلق. הגשר סגור עד הודעה חדשה.'],
  ['astral CJK and maths', '𠜎𠜱𠝹 reported 𝟑 convoys near 𝔉𝔢𝔩𝔡𝔰𝔱𝔞𝔡𝔱.'],
  ['combining marks', 'Re\u0301sume\u0301 of the Zürich/Zu\u0308rich meeting.'],
  ['CRLF and tabs', 'Line one.\r\nLine two.\r\n\r\n\tIndented line.\r'],
  ['trailing and leading space', '  padded text with spaces at both ends   '],
  ['NUL inside', 'before\u0000after'],
];

/** Layers shaped like real stage output: annotation objects with nested spans and provenance. */
export function layersOf(version = 'p1'): StoredLayers {
  const layers: Layers = {
    noise: [{ id: 'n1', start: 0, end: 6, kind: 'byline', source: { stage: 'noise', rule: 'byline-prefix' } }],
    sentences: [
      { id: 's1', start: 0, end: 10, kind: 'heading', paragraph: 0, source: { stage: 'sentences', rule: 'heading' } },
      { id: 's2', start: 11, end: 30, kind: 'sentence', paragraph: 1, source: { stage: 'sentences', rule: 'period' } },
    ],
    outlet: [
      {
        id: 'harbour-gazette',
        name: 'The Harbour Gazette ✦',
        basis: 'text',
        evidence: { start: 3, end: 9 },
        source: { stage: 'outlet', rule: 'dateline' },
      },
    ],
  };
  return { layers, pipelineVersion: version };
}

export function reportOf(id: string, documentIds: string[], createdAt = '2031-04-02T10:00:00.000Z'): StoredReport {
  const report: Report = {
    schema_version: '1',
    generator: 'sitrep test',
    documents: documentIds.map((d) => ({
      id: d,
      input: `inputs/${d}.txt`,
      outlet: null,
      outlet_evidence: null,
      title: 'Ferry halted at Oskarvik',
      published: '2031-04-01',
      published_basis: 'metadata',
      language: 'en',
      boilerplate: [{ doc: d, start: 0, end: 4 }],
    })),
    rejected: [{ input: 'broken.bin', reason: 'binary file', code: 'binary' }],
    sources: [],
    claims: [],
    places: [],
    events: [],
    casualties: [],
    provenance: [],
    contradictions: [],
  };
  return { id, createdAt, documentIds, report };
}
