export {
  type ExtractedFigure,
  type ExtractInput,
  extractCasualties,
  MAX_CHAIN_GAP,
  MAX_MODIFIERS,
  MAX_RIGHT_GAP,
  MAX_SENTENCES_BACK,
  MAX_TOLL_GAP,
} from './extract.js';
export { type CasualtyLexicon, type CasualtyLexiconFiles, parseCasualtyLexicon } from './lexicon.js';
export { BUNDLED_DATA_DIR, defaultCasualtyLexicon, loadCasualtyLexicon } from './load-lexicon.js';
export { type ParsedNumber, parseNumber } from './numbers.js';
export { casualties } from './stage.js';
export { tokenize } from './tokens.js';
export type * from './types.js';
