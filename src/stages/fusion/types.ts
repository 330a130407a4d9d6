import type { Span } from '../../model/index.js';
import type { EventType, Status } from '../../report/contract.js';
import type { EventPlace, TimePrecision } from '../events/types.js';

/** One document's mention of a fused event (an `events` layer item, with its date resolved against the batch). */
export interface FusedMention {
  readonly doc: string;
  /** Id of the item in that document's `events` layer. */
  readonly mention: string;
  readonly span: Span;
  readonly trigger: Span;
  /** Report claim id (`<doc>:<claim id>`) of the claim carrying it, or null. */
  readonly claim: string | null;
  readonly status: Status;
  readonly date: string | null;
  readonly timePrecision: TimePrecision | null;
  readonly dateBasis: 'text' | 'report-day' | 'none';
  readonly place: EventPlace | null;
  readonly fatalities: number | null;
  readonly actors: readonly string[];
}

/** One real-world event: every mention of it across the batch, and the fields they support together. */
export interface FusedEvent {
  /** Stable: built from the document id and mention id of its first mention. */
  readonly id: string;
  readonly eventType: EventType;
  readonly subEventType: string;
  readonly date: string | null;
  readonly timePrecision: TimePrecision | null;
  /** The place (a mention's copy; `doc` names the document the mention is in). */
  readonly place: (EventPlace & { readonly doc: string }) | null;
  readonly actors: readonly string[];
  readonly fatalities: number | null;
  readonly status: Status;
  readonly background: boolean;
  readonly mentions: readonly FusedMention[];
  readonly corroboration: { readonly documents: number; readonly independent: number };
  /** Report claim ids of the claims that deny it or give another figure. */
  readonly contradictedBy: readonly string[];
}

export interface FusedContradiction {
  readonly id: string;
  readonly kind: 'denial' | 'figure' | 'place' | 'date' | 'other';
  /** Report claim ids (`<doc>:<claim id>`), both sides. */
  readonly claims: readonly string[];
  readonly summary: string;
  /** The fused event it is about. */
  readonly event: string;
}

/**
 * The `fusion` corpus layer. `claimGroups` maps a report claim id (`<doc>:<claim id>`, as the claims section builds
 * it) to a group id shared by claims that say the same thing in different documents; claims in no group are absent.
 */
export interface FusionResult {
  readonly events: readonly FusedEvent[];
  readonly contradictions: readonly FusedContradiction[];
  readonly claimGroups: Readonly<Record<string, string>>;
}

declare module '../../pipeline/stage.js' {
  interface CorpusLayerTypes {
    fusion: FusionResult;
  }
}
