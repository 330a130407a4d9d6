/**
 * Attribution frames for documents in languages other than English: see multilingual/frames.ts for the frames,
 * multilingual/cue-finding.ts for the cues, multilingual/source-phrases.ts and multilingual/content.ts for the
 * source and content spans, multilingual/elisions.ts for the reading-only token splits.
 */
export { splitElisions } from './multilingual/elisions.js';
export { type LanguageDraftInput, languageDrafts } from './multilingual/frames.js';
export { MAX_SOURCE_WORDS } from './multilingual/words.js';
