import type { NoiseKind, Span } from '../../model/index.js';
import type { DocumentStage } from '../../pipeline/stage.js';
import { extractDates } from './extract.js';
import type { DateLexicon } from './lexicon.js';
import type { DateMention } from './types.js';

export { applySpec } from '../../lib/time/index.js';
export type { ExtractedDate, ExtractInput, ExtractResult } from './extract.js';
export { extractDates } from './extract.js';
export type { DateLexicon } from './lexicon.js';
export { parseDateLexicon } from './lexicon.js';
export { BUNDLED_DATA_DIR, defaultDateLexicon, loadDateLexicon } from './load-lexicon.js';
export type * from './types.js';

declare module '../../pipeline/stage.js' {
  interface StageResources {
    /** data/lexicon/dates, loaded by the application layer with `loadDateLexicon()`. */
    dateLexicon: DateLexicon;
  }
}

/**
 * Boilerplate kinds whose dates are dropped. Bylines, credits and source lines stay: they often carry the
 * publication date ("By Jane Doe | Published 30 November 2024").
 */
const SKIPPED_NOISE: ReadonlySet<NoiseKind> = new Set([
  'newsletter',
  'subscribe',
  'share',
  'related',
  'advert',
  'caption',
  'copyright',
]);

/** Per-document stage `dates`: every temporal expression, TIMEX3-typed, normalised against the publication date. */
export const dates: DocumentStage<'dates', 'noise' | 'sentences'> = {
  kind: 'document',
  name: 'dates',
  requires: ['noise', 'sentences'],
  // Weekday, month and tense words exist in data/lexicon/dates for these languages only.
  languages: ['en', 'es', 'fr', 'it', 'de', 'ru', 'uk', 'ar'],
  description:
    'Temporal expressions (TIMEX3 type, normalised value, precision, anchor, tense), resolved against the publication date when it is known.',
  run({ document, layers }, ctx) {
    const lexicon = ctx.resources.dateLexicon;
    if (!lexicon) throw new Error('dates: ctx.resources.dateLexicon is missing (load it with loadDateLexicon())');
    const skip: Span[] = layers.noise.filter((n) => SKIPPED_NOISE.has(n.kind));
    const result = extractDates({
      text: document.text,
      lexicon,
      language: document.meta.language,
      reference: document.meta.published,
      sentences: layers.sentences,
      skip,
    });
    return result.dates.map(
      (d, n): DateMention => ({
        id: `date-${n + 1}`,
        start: d.start,
        end: d.end,
        source: { stage: 'dates', rule: d.rule },
        type: d.type,
        value: d.value,
        precision: d.precision,
        anchor: d.anchor,
        tense: d.tense,
        mod: d.mod,
        signal: d.signal,
        phraseStart: d.phraseStart,
        timePrecision: d.timePrecision,
        relative: d.relative,
        role: d.role,
        timex: d.timex,
        language: d.language,
      }),
    );
  },
};
