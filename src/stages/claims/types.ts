import type { Span, SpanAnnotation } from '../../model/index.js';
import type { Status as ClaimStatus, SourceKind } from '../../report/contract.js';
import type { SourceRegistry } from './registry.js';
import type { ClaimResources } from './resources.js';

/** The reporter's stance on a claim (the contract's Status). */
/** The contract's Source.kind. */
export type { ClaimStatus, SourceKind };

/**
 * Whom a source speaks for, as the status rule needs it: `party` (armed group, military), `state` (a government or
 * state outlet: a party only when the text shows that state's forces fighting) or `neutral`.
 */
export type SourceRole = 'party' | 'state' | 'neutral';

/** How a claim's source was found in the text. */
export type SourceBasis =
  /** named in the text ("SOHR", "Dmitry Peskov") */
  | 'named'
  /** a description standing for a named source of the document ("the monitoring group" -> SOHR) */
  | 'description'
  /** a pronoun resolved to the last named speaker in scope ("he said") */
  | 'pronoun'
  /** a speaker carried over to a quote that has no cue of its own */
  | 'carried'
  /** an unnamed source kept as such ("two military sources", "residents") */
  | 'unnamed'
  /** a pronoun or description with no antecedent in scope */
  | 'unresolved';

/** The source of one claim, resolved within its document. */
export interface ClaimSource {
  /** Per-document key: every claim of the document with the same key has the same source. */
  readonly key: string;
  /** Canonical name within the document (the fullest name seen: "Syrian Observatory for Human Rights"). */
  readonly name: string;
  /** Every way the document names this source (the mention itself, acronyms, appositives, descriptions). */
  readonly aliases: readonly string[];
  readonly kind: SourceKind;
  readonly role: SourceRole;
  /** The state or organisation the source speaks for ("Kremlin, Russia"), or null. */
  readonly affiliation: string | null;
  /** The state behind the source, for the status rule ("Syrian state TV" -> Syria), or null. */
  readonly state: string | null;
  readonly basis: SourceBasis;
}

/**
 * One attributed statement. `start`/`end` is the whole statement; `content`, `cue` and `sourceSpan` are its parts.
 * `source.rule` names the extraction rule; `statusRule` names the rule that set the status.
 */
export interface ClaimMention extends SpanAnnotation {
  /** The whole content, from its first word to its last (an attribution inside it included). */
  readonly content: Span;
  /**
   * The content in pieces, in text order, with the attribution inside it left out: "“We hold,” he said, “the
   * bridge”" gives the two quotations, "which he said was shelled" gives "which" and "was shelled". One piece (equal
   * to `content`) when nothing interrupts it. The stage always sets it; optional only so that claims built by hand
   * elsewhere (other stages' tests) stay valid — read it with `contentPartsOf`.
   */
  readonly contentParts?: readonly Span[];
  /** The verb group as a span ("has not said", "called on", "according to", ":"), or null (a quote carried on). */
  readonly cue: Span | null;
  /** Where or how the words were said, kept out of the cue ("in a statement", "on Telegram"); null or absent when not written. */
  readonly channel?: Span | null;
  /** The cue as written, whitespace collapsed; null when `cue` is null. */
  readonly cueText: string | null;
  /** The cue's class from the lexicon ("report", "claim", "deny", ...); "quote" for a carried-on quote. */
  readonly cueClass: string;
  /** The words naming the source in this claim ("he", "the monitoring group"), or null when none are written. */
  readonly sourceSpan: Span | null;
  readonly sourceText: string | null;
  /** The source after resolution, or null when the text gives none (an unattributed passive "it was reported"). */
  readonly speaker: ClaimSource | null;
  readonly status: ClaimStatus;
  readonly statusRule: string;
  /** True when the content is a direct quotation. */
  readonly direct: boolean;
  /** Paragraph of the claim's first sentence (from the sentences layer). */
  readonly paragraph: number;
}

/** The content pieces of a claim (its whole content when it has none recorded). */
export function contentPartsOf(c: Pick<ClaimMention, 'content' | 'contentParts'>): readonly Span[] {
  return c.contentParts ?? [c.content];
}

declare module '../../model/layers.js' {
  interface LayerTypes {
    claims: ClaimMention;
  }
}

declare module '../../pipeline/stage.js' {
  interface StageResources {
    claims: ClaimResources;
  }
  interface CorpusLayerTypes {
    sources: SourceRegistry;
  }
}
