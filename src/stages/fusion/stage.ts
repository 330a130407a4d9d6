import type { CorpusStage } from '../../pipeline/stage.js';
import { fuseEvents } from './fuse.js';
import './types.js';

/**
 * The `fusion` corpus stage: merges the documents' event mentions into real-world events (same type, compatible
 * dates, places within a precision-dependent distance, compatible actors; sentences provenance aligned count as one
 * event whatever their places say; campaign-level mentions only with each other, by region and days; calls and
 * pledges by the governments taking part), counts corroboration by provenance independence groups, finds contradictions
 * (denials, different figures, different places or dates for one event) and groups claims that say the same
 * thing in different documents.
 */
export const fusion: CorpusStage<'fusion'> = {
  kind: 'corpus',
  name: 'fusion',
  requires: ['events', 'claims'],
  requiresCorpus: ['publication', 'provenance'],
  description:
    'Events fused across documents with corroboration (documents, independent groups), contradictions and claim groups.',
  run(documents, corpus) {
    return fuseEvents(documents, corpus);
  },
};
