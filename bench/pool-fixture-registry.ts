// A tiny stage registry for src/pipeline/worker-pool.test.ts, loaded inside the pool's workers: it needs no resources and
// misbehaves on purpose when the text asks it to (THROW, HANG, EXIT, CLONE).
import type { AnyDocumentStage, StageResources } from '../src/pipeline/stage.js';

const wholeText: AnyDocumentStage = {
  kind: 'document',
  name: 'noise',
  requires: [],
  description: 'one span over the whole text, or a deliberate failure',
  run: ({ document }) => {
    const text = document.text;
    if (text.includes('THROW')) throw new Error('asked to throw');
    if (text.includes('HANG')) for (;;) {}
    if (text.includes('EXIT')) process.exit(3);
    const item: Record<string, unknown> = {
      id: 'n1',
      start: 0,
      end: text.length,
      kind: 'advert',
      source: { stage: 'noise', rule: 'fixture' },
    };
    if (text.includes('CLONE')) item.callback = () => 1;
    return [item];
  },
};

const length: AnyDocumentStage = {
  kind: 'document',
  name: 'sentences',
  requires: ['noise'],
  description: 'one sentence as long as the noise span',
  run: ({ layers }) => {
    const span = (layers.noise as readonly { end: number }[])[0];
    return [
      {
        id: 's1',
        start: 0,
        end: span?.end ?? 0,
        kind: 'sentence',
        paragraph: 0,
        source: { stage: 'sentences', rule: 'fixture' },
      },
    ];
  },
};

export const DOCUMENT_STAGES: readonly AnyDocumentStage[] = [wholeText, length];

export function loadResources(): StageResources {
  return {} as StageResources;
}
