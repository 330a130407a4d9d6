import type { DocumentStage } from '../../pipeline/stage.js';
import { extractEvents, STAGE_NAME } from './extract.js';
import './types.js';

/**
 * The `events` stage: ACLED-coded event mentions per document (type, sub-type, trigger, evidence sentence, actors,
 * place, date, killed figure, status from the claim that carries it). Reads `ctx.resources.eventLexicon`.
 */
export const events: DocumentStage<'events', 'noise' | 'sentences' | 'places' | 'dates' | 'claims' | 'casualties'> = {
  kind: 'document',
  name: STAGE_NAME,
  requires: ['noise', 'sentences', 'places', 'dates', 'claims', 'casualties'],
  // Triggers exist in data/lexicon/events for these languages only (triggers.tsv and triggers.<lang>.tsv).
  languages: ['en', 'es', 'fr', 'it', 'de', 'ru', 'uk', 'ar'],
  description:
    'ACLED-coded event mentions: type and sub-type, trigger, evidence sentence, actors, place, date, killed figure (from the casualty ledger) and the status of the claim that carries it.',
  run({ document, layers }, ctx) {
    const lexicon = ctx.resources.eventLexicon;
    if (!lexicon) throw new Error('resources.eventLexicon is missing: load it with loadEventLexicon()');
    return extractEvents(
      document,
      {
        noise: layers.noise ?? [],
        sentences: layers.sentences ?? [],
        places: layers.places ?? [],
        dates: layers.dates ?? [],
        claims: layers.claims ?? [],
        casualties: layers.casualties ?? [],
      },
      lexicon,
      ctx.resources.gazetteer,
    );
  },
};
