import { casualties } from '../stages/casualties/index.js';
import { claims, sources } from '../stages/claims/index.js';
import { dates } from '../stages/dates/index.js';
import { events } from '../stages/events/index.js';
import { fusion } from '../stages/fusion/index.js';
import { noise } from '../stages/noise/index.js';
import { outlet } from '../stages/outlet/index.js';
import { places } from '../stages/places/index.js';
import { provenance } from '../stages/provenance/index.js';
import { publication } from '../stages/publication/index.js';
import { sentences } from '../stages/sentences/index.js';
import type { AnyCorpusStage, AnyDocumentStage } from './stage.js';

/** THE registry of per-document stages, in the order they run. Each writes the layer it is named after. */
export const DOCUMENT_STAGES: readonly AnyDocumentStage[] = [
  noise,
  sentences,
  outlet,
  places,
  dates,
  claims,
  casualties,
  events,
];

/** Cross-document stages, run once over the batch after every per-document stage. */
export const CORPUS_STAGES: readonly AnyCorpusStage[] = [publication, provenance, sources, fusion];
