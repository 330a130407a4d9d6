export { chooseOutlet } from './choose.js';
export { hostOf, nameFromHost } from './domains.js';
export type { OutletCues, OutletEntry, OutletLexicon } from './lexicon.js';
export { parseOutletLexicon } from './lexicon.js';
export { defaultOutletLexicon, loadOutletLexicon } from './load-lexicon.js';
export { findOutlet, outlet } from './outlet.js';
