export { type Carried, carryQuotes, MIN_CARRIED_QUOTE_WORDS } from './carry.js';
export { type ClaimOptions, DEFAULT_CLAIM_OPTIONS, extractClaims } from './extract.js';
export type { ClaimLexicon, CueClass } from './lexicon.js';
export { parseClaimLexicon } from './lexicon.js';
export { findQuotes, type Quote } from './quotes.js';
export { buildSourceRegistry, type RegistrySource, type SourceRegistry, sources } from './registry.js';
export { SPEAKER_SCOPE_PARAGRAPHS } from './resolve.js';
export { type ClaimResources, loadClaimLexicon, loadClaimResources } from './resources.js';
export { claims, createClaimsStage } from './stage.js';
export { type ClaimTagger, createWinkTagger } from './tagger.js';
export {
  type ClaimMention,
  type ClaimSource,
  type ClaimStatus,
  contentPartsOf,
  type SourceBasis,
  type SourceKind,
  type SourceRole,
} from './types.js';
export { MAX_UNVERIFIED_SCOPE_PARAGRAPHS } from './unverified.js';
