import type { NoiseKind, Span } from '../../model/index.js';
import type { DocumentStage } from '../../pipeline/stage.js';
import { extractCasualties } from './extract.js';
import { casualtyLexiconFor } from './lexicon.js';
import type { CasualtyFigure } from './types.js';

/** Boilerplate whose figures are dropped (captions repeat the body; sign-up lines and related links are not news). */
const SKIPPED_NOISE: ReadonlySet<NoiseKind> = new Set([
  'newsletter',
  'subscribe',
  'share',
  'related',
  'advert',
  'caption',
  'copyright',
  'byline',
  'credit',
  'source-line',
]);

/**
 * Per-document stage `casualties`: every casualty figure the text states — count, qualifier, category, outcome,
 * the figure it is part of, period, as-of date, place, and the claim that carries it. Figures are kept as stated:
 * never summed, averaged or deduplicated.
 */
export const casualties: DocumentStage<'casualties', 'noise' | 'sentences' | 'places' | 'dates' | 'claims'> = {
  kind: 'document',
  name: 'casualties',
  requires: ['noise', 'sentences', 'places', 'dates', 'claims'],
  // Number words, outcome verbs and categories exist in data/lexicon/casualties for these languages only.
  languages: ['en', 'es', 'fr', 'it', 'de', 'ru', 'uk', 'ar'],
  description:
    'Casualty figures (count, qualifier, category, outcome, part-of, period, as-of date, place, claim) as the text states them.',
  run({ document, layers }, ctx) {
    const lexicon = ctx.resources.casualtyLexicon;
    if (!lexicon)
      throw new Error('casualties: ctx.resources.casualtyLexicon is missing (load it with loadCasualtyLexicon())');
    const skip: Span[] = (layers.noise ?? []).filter((n) => SKIPPED_NOISE.has(n.kind));
    const figures = extractCasualties({
      text: document.text,
      // the rows of the document's language (and of every language)
      lexicon: casualtyLexiconFor(lexicon, document.meta.language),
      sentences: (layers.sentences ?? []) as readonly Span[],
      skip,
      dates: layers.dates ?? [],
      places: layers.places ?? [],
      claims: layers.claims ?? null,
      published: document.meta.published,
    });
    return figures.map(({ rule, ...f }): CasualtyFigure => ({ ...f, source: { stage: 'casualties', rule } }));
  },
};
