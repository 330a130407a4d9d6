export { type ActorContext, actorContext, findActors, GENERIC_REBELS } from './actors.js';
export { type DocumentLayers, extractEvents, killedTolls } from './extract.js';
export { parseEventLexicon } from './lexicon.js';
export { BUNDLED_DATA_DIR, defaultEventLexicon, loadEventLexicon } from './load-lexicon.js';
export { events } from './stage.js';
export type { EventDate, EventLexicon, EventMention, EventPlace, TimePrecision } from './types.js';
