import type { DocumentStage } from '../../pipeline/stage.js';
import { type ClaimOptions, DEFAULT_CLAIM_OPTIONS, extractClaims, STAGE_NAME } from './extract.js';

/** A claims stage with the given options (the registry uses `claims`, the default). */
export function createClaimsStage(
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
): DocumentStage<'claims', 'noise' | 'sentences'> {
  return {
    kind: 'document',
    name: STAGE_NAME,
    requires: ['noise', 'sentences'],
    description:
      'Attributed statements: whole span, content, cue, source phrase, the source resolved within the document, and the reporter’s stance (asserted, claimed, denied, unverified).',
    run({ document, layers }, ctx) {
      const resources = ctx.resources.claims;
      if (!resources) throw new Error('resources.claims is missing: load it with loadClaimResources()');
      return extractClaims(document.text, layers.sentences, layers.noise, resources, options);
    },
  };
}

/** The `claims` stage: requires `noise` and `sentences`, reads `ctx.resources.claims`. */
export const claims = createClaimsStage();
