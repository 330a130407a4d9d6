import type { Span, SpanAnnotation } from '../../model/index.js';
import type { ClaimStatus } from '../claims/types.js';
import type { CasualtyLexicon } from './lexicon.js';

/** What happened to the people a figure counts (the contract's CasualtyFigure.outcome). */
export type CasualtyOutcome = 'killed' | 'injured' | 'displaced' | 'captured' | 'missing';

/** How the text bounds the number ("at least 16", "more than 180", "almost 7,000"); `exactly` when it does not. */
export type CasualtyQualifier = 'at_least' | 'more_than' | 'almost' | 'about' | 'up_to' | 'exactly';

/**
 * One casualty figure as the text states it. `start`/`end` cover the number and what it counts ("16 civilians",
 * "65 Syrian troops", "members of pro-government forces" included); `clause` is the stretch of text the figures of
 * one statement share ("At least 16 civilians and 20 rebels have been killed"). `source.rule` names the rule that
 * gave the outcome. Figures are never summed or averaged: a breakdown keeps every part, each pointing at its whole
 * through `subsetOf`.
 */
export interface CasualtyFigure extends SpanAnnotation {
  readonly count: number;
  readonly qualifier: CasualtyQualifier;
  /** Normalised category from the lexicon (civilians, rebels, government_forces, children, families, people …). */
  readonly category: string;
  readonly outcome: CasualtyOutcome;
  /** The id of the figure this one is part of ("14 civilians, including three children"), or null. */
  readonly subsetOf: string | null;
  readonly clause: Span;
  /** The period in the text's own words ("since Wednesday", "over the past two days"), or null. */
  readonly period: string | null;
  readonly periodSpan: Span | null;
  /** The `dates` mention the period comes from, or null. */
  readonly periodDateId: string | null;
  /**
   * The date the figure holds as of: the date the statement gives ("said on Thursday", "by Wednesday evening") when
   * resolved, else the publication date; null when neither is known. See `asOfDateId`.
   */
  readonly asOf: string | null;
  /** `text`: from a date in the sentence; `published`: the document's publication date; null: unknown. */
  readonly asOfBasis: 'text' | 'published' | null;
  /** The `dates` mention stating the as-of date (the report resolves it against an inferred publication date). */
  readonly asOfDateId: string | null;
  /** A `places` mention in the same sentence, or null. */
  readonly placeMentionId: string | null;
  /** The `claims` mention whose content holds the figure, or null when the outlet states it itself. */
  readonly claimId: string | null;
  readonly status: ClaimStatus | null;
}

declare module '../../model/layers.js' {
  interface LayerTypes {
    casualties: CasualtyFigure;
  }
}

declare module '../../pipeline/stage.js' {
  interface StageResources {
    /** data/lexicon/casualties, loaded by the application layer with `loadCasualtyLexicon()`. */
    casualtyLexicon: CasualtyLexicon;
  }
}
