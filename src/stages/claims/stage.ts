import type { DocumentStage } from '../../pipeline/stage.js';
import { type ClaimOptions, DEFAULT_CLAIM_OPTIONS, extractClaims, STAGE_NAME } from './extract.js';

/** Languages the claims rules are written for. */
export const CLAIM_LANGUAGES: readonly string[] = ['en', 'fr', 'es', 'de', 'it', 'ru', 'uk', 'ar'];

/** A claims stage with the given options (the registry uses `claims`, the default). */
export function createClaimsStage(
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
): DocumentStage<'claims', 'noise' | 'sentences'> {
  return {
    kind: 'document',
    name: STAGE_NAME,
    requires: ['noise', 'sentences'],
    // English through the tagger's rules; the others through data/lexicon/claims/cues-by-language.tsv. Keep in step
    // with that file (multilingual.test.ts checks it).
    languages: CLAIM_LANGUAGES,
    description:
      'Attributed statements: whole span, content, cue, source phrase, the source resolved within the document, and the reporter’s stance (asserted, claimed, denied, unverified).',
    run({ document, layers }, ctx) {
      const resources = ctx.resources.claims;
      if (!resources) throw new Error('resources.claims is missing: load it with loadClaimResources()');
      return extractClaims(document.text, layers.sentences, layers.noise, resources, options, document.meta.language);
    },
  };
}

/** The `claims` stage: requires `noise` and `sentences`, reads `ctx.resources.claims`. */
export const claims = createClaimsStage();
