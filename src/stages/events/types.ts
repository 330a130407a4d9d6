import type { Span, SpanAnnotation } from '../../model/index.js';
import type { EventType, Status } from '../../report/contract.js';

/** A trigger row of data/lexicon/events/triggers.tsv. */
export interface TriggerRule {
  readonly eventType: EventType;
  readonly subEventType: string;
  /** Pattern tokens: a literal, a prefix (`strike*` -> { prefix: 'strike' }) or a cue-class slot (`{air}`). */
  readonly tokens: readonly PatternToken[];
  readonly flags: ReadonlySet<string>;
  /** `needs:X` classes. */
  readonly needs: readonly string[];
  readonly line: number;
  /** The language of the file the rule comes from ('en' for triggers.tsv, 'fr' for triggers.fr.tsv). */
  readonly lang: string;
}

export type PatternToken =
  | { readonly kind: 'word'; readonly text: string }
  | { readonly kind: 'prefix'; readonly text: string }
  | { readonly kind: 'class'; readonly name: string };

export interface ActorRule {
  readonly cls: 'rebel' | 'state' | 'civilians' | 'protesters' | 'government' | 'unidentified';
  readonly tokens: readonly PatternToken[];
  readonly label: string;
  readonly line: number;
}

export interface CountryEntry {
  readonly iso2: string;
  readonly name: string;
  /** Lower-case names and demonyms, each as tokens. */
  readonly variants: readonly (readonly string[])[];
}

/** Everything the events stage reads from data/lexicon/events. */
export interface EventLexicon {
  /** The triggers of every language (an analysis uses those of its document's language: `lexiconFor`). */
  readonly triggers: readonly TriggerRule[];
  /** Cue classes: class name -> patterns (cues.tsv, which holds language-neutral and English forms). */
  readonly cues: ReadonlyMap<string, readonly (readonly PatternToken[])[]>;
  /** Actor descriptions of actors.tsv (language-neutral and English forms). */
  readonly actors: readonly ActorRule[];
  readonly countries: readonly CountryEntry[];
  /** Per language: the cues and actors of its own files (cues.fr.tsv, actors.fr.tsv), added to the shared ones. */
  readonly perLanguage: ReadonlyMap<string, LanguageLexicon>;
}

/** The rows of one language's files (triggers.<lang>.tsv, cues.<lang>.tsv, actors.<lang>.tsv). */
export interface LanguageLexicon {
  readonly cues: ReadonlyMap<string, readonly (readonly PatternToken[])[]>;
  readonly actors: readonly ActorRule[];
}

/** ACLED time precision: 1 a day, 2 a week (or a report day), 3 a month or vaguer. */
export type TimePrecision = 1 | 2 | 3;

/** The place an event mention is located at (a copy of the places-layer mention it came from). */
export interface EventPlace extends Span {
  /** Id of the mention in the `places` layer. */
  readonly mention: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly gazetteerId: string | null;
  readonly geoPrecision: 1 | 2 | 3;
  /**
   * The first-level administrative area the place lies in (or is), as a comparison key: its name lower-cased,
   * without accents and generic words ("Aleppo Province" and "Aleppo" are both `aleppo`); null when unknown (a
   * country, a region spanning provinces). Fusion uses it to tell a province from a town in another province.
   */
  readonly area: string | null;
  /** The gazetteer feature class ("city", "landmark", …), when known: a landmark is a site of its own. */
  readonly feature?: string;
}

/**
 * The date of an event mention. `basis` says where it came from: a date expression of the clause (`text`), or the
 * publication date because the text gives none (`report-day`, filled by the fusion stage, which knows the
 * publication dates). `mention` is the `dates` layer id, so fusion can resolve values the dates stage left null.
 */
export interface EventDate {
  readonly value: string | null;
  readonly precision: TimePrecision | null;
  readonly basis: 'text' | 'report-day';
  readonly mention: string | null;
  readonly span: Span | null;
  /** A period the text dates the mention by ("within two days" of a day given before, "since Wednesday"), as ISO
   * days, both ends included; `value` is then null. */
  readonly range?: { readonly from: string; readonly to: string } | null;
}

/**
 * One event as one document reports it. The annotation's span is the evidence (the sentence holding the trigger);
 * `trigger` is the word(s) that name the event.
 */
export interface EventMention extends SpanAnnotation {
  readonly eventType: EventType;
  readonly subEventType: string;
  readonly trigger: Span;
  readonly triggerText: string;
  /** ACLED-style actor names, perpetrator first when known. */
  readonly actors: readonly string[];
  readonly place: EventPlace | null;
  readonly date: EventDate;
  /** The most conservative killed figure the clause states, or null. */
  readonly fatalities: number | null;
  readonly fatalitiesSpan: Span | null;
  readonly status: Status;
  /** Id of the `claims` layer item whose content covers the trigger, or null (the outlet's own voice). */
  readonly claim: string | null;
  /** True for history the text recalls (a year or month before the document's time: "In 2016, …"). */
  readonly background: boolean;
  /**
   * The earlier mention of the same document this one refers back to ("the offensive" after "launched an
   * offensive"), and the rule that linked them; null when it names an event of its own. Fusion keeps the two in
   * one event.
   */
  readonly antecedent: { readonly mention: string; readonly rule: string } | null;
  /** Held at a distance (a phone call): it has no place, and fusion keeps it apart from meetings and visits. */
  readonly remote?: boolean;
  /**
   * Campaign-level: it sums up activity over a region ("seized dozens of towns", "clashes in the Idlib
   * countryside") rather than naming one site. Fusion merges it only with other aggregate mentions of the same
   * regions and days. `regions` are the area keys (as `EventPlace.area`) of the regions it covers.
   */
  readonly aggregate?: boolean;
  readonly regions?: readonly string[];
  /** A diplomatic or support act between states (a visit, talks, a pledge, supplies): fusion may merge an undated
   * one with a dated one by the states taking part. */
  readonly diplomatic?: boolean;
  /** People fleeing or displaced: kept apart from other "Other" developments at the same place and day. */
  readonly displacement?: boolean;
  /** The states whose forces or governments are among the actors ("Russia", "Syria"). */
  readonly states?: readonly string[];
}

declare module '../../model/layers.js' {
  interface LayerTypes {
    events: EventMention;
  }
}

declare module '../../pipeline/stage.js' {
  interface StageResources {
    eventLexicon: EventLexicon;
  }
}
