export { ALIGNED_MIN_SCORE, CLAIM_DICE, groupClaims } from './claim-groups.js';
export { contractDate, dayDiff } from './dates.js';
export { fuseEvents } from './fuse.js';
export { fusion } from './stage.js';
export type { FusedContradiction, FusedEvent, FusedMention, FusionResult } from './types.js';
