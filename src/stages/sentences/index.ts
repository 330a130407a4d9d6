export type { SentenceLexicon } from './lexicon.js';
export { parseSentenceLexicon } from './lexicon.js';
export { defaultSentenceLexicon, loadSentenceLexicon } from './load-lexicon.js';
export { findSentences, sentences } from './sentences.js';
export { splitSegment } from './split.js';
