import type { DocumentMeta, Layers } from '../../model/index.js';
import { analyzeWith, contextOf, documentOf } from '../../testing/document-of.js';
import type { ClaimMention } from '../claims/types.js';
import { dates, defaultDateLexicon } from '../dates/index.js';
import { defaultNoiseLexicon, noise } from '../noise/index.js';
import { defaultSentenceLexicon, sentences } from '../sentences/index.js';
import { defaultCasualtyLexicon } from './load-lexicon.js';
import { casualties } from './stage.js';
import type { CasualtyFigure } from './types.js';

/** A figure as tests look at it: surface strings, not offsets. */
export interface FigureView {
  readonly text: string;
  readonly count: number;
  readonly qualifier: string;
  readonly category: string;
  readonly outcome: string;
  readonly partOf: string | null;
  readonly period: string | null;
  readonly asOf: string | null;
  readonly clause: string;
  readonly claimId: string | null;
  readonly rule: string;
}

/**
 * Runs noise, sentences and dates over `text`, then the casualties stage with the given (hand-built) places and
 * claims layers. Claims are built by `claimsOf` from the document text so that tests can place them by substring.
 */
export function figuresOf(
  text: string,
  meta: Partial<DocumentMeta> = { published: '2025-03-14' },
  claimsOf: (text: string) => ClaimMention[] = () => [],
): { figures: CasualtyFigure[]; views: FigureView[] } {
  const document = documentOf(text, meta);
  const ctx = contextOf({
    noiseLexicon: defaultNoiseLexicon(),
    sentenceLexicon: defaultSentenceLexicon(),
    dateLexicon: defaultDateLexicon(),
    casualtyLexicon: defaultCasualtyLexicon(),
  });
  const layers: Layers = analyzeWith([noise, sentences, dates], document, ctx);
  const figures = [
    ...casualties.run(
      {
        document,
        layers: {
          noise: layers.noise ?? [],
          sentences: layers.sentences ?? [],
          dates: layers.dates ?? [],
          places: [],
          claims: claimsOf(text),
        },
      },
      ctx,
    ),
  ];
  const byId = new Map(figures.map((f) => [f.id, f]));
  const views = figures.map((f) => ({
    text: text.slice(f.start, f.end),
    count: f.count,
    qualifier: f.qualifier,
    category: f.category,
    outcome: f.outcome,
    partOf: f.subsetOf ? text.slice(byId.get(f.subsetOf)!.start, byId.get(f.subsetOf)!.end) : null,
    period: f.period,
    asOf: f.asOf,
    clause: text.slice(f.clause.start, f.clause.end),
    claimId: f.claimId,
    rule: f.source.rule,
  }));
  return { figures, views };
}
