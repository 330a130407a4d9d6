export { classifyLine, type LineVerdict } from './classify.js';
export type { NoiseLexicon, NoiseRule } from './lexicon.js';
export { parseNoiseLexicon } from './lexicon.js';
export { defaultNoiseLexicon, loadNoiseLexicon } from './load-lexicon.js';
export { findNoise, noise } from './noise.js';
