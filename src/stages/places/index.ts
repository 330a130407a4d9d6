export type { LoadGazetteerOptions } from './gazetteer/load.js';
export { defaultCacheDir, loadGazetteer } from './gazetteer/load.js';
export type { Gazetteer, GazetteerEntry, PlaceLexicon } from './gazetteer/types.js';
export { places } from './stage.js';
export type { GeoPrecision, PlaceMention, PlaceRelation } from './types.js';
