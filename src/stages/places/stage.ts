import type { DocumentStage } from '../../pipeline/stage.js';
import { analyse } from './resolve/analyse.js';
import { mentionsOf } from './resolve/mention.js';
import './types.js';

/** Finds the places a text names and resolves each to coordinates through the gazetteer resource. */
export const places: DocumentStage<'places', 'noise' | 'sentences'> = {
  kind: 'document',
  name: 'places',
  requires: ['noise', 'sentences'],
  description: 'Place names in the text, resolved to coordinates with a geo-precision code (gazetteer-based).',
  run({ document, layers }, ctx) {
    const gazetteer = ctx.resources.gazetteer;
    if (!gazetteer) {
      ctx.warn('places: no gazetteer loaded; no places found');
      return [];
    }
    return mentionsOf(gazetteer, analyse(gazetteer, document.text, layers.sentences, layers.noise));
  },
};
