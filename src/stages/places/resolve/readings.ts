import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.js';
import { NameKind, refEntry, refKind } from '../gazetteer/types.js';
import type { NameHit } from './candidates.js';
import type { Cues } from './context.js';
import type { ScoredEntry } from './score.js';
import { priorScore, shadowAlternates } from './score.js';

/*
 * A candidate's readings: the gazetteer entries its name hits, filtered by how the name is written (an acronym only
 * in capitals, an abbreviation only with its stop, a capital's name as its province only with a cue word) and scored
 * by their priors. They depend only on the hits and a few flags, so they are built once per hit list and flags.
 */

/** What a candidate's surroundings change in its readings (bits of readingsOf's memo key). */
export const F_ADMIN = 1;
export const F_CITY = 2;
export const F_AREA = 4;
export const F_PERIOD = 8;
export const F_ALL_UPPER = 16;
export const F_STREET = 32;
export const F_SHORT_CAPS = 64;

/** Hit lists longer than this find an entry's option through a map rather than a scan of the options. */
const LONG_HIT_LIST = 16;

export interface Readings {
  /** Never changed once built: shared by every candidate with the same hits and flags. */
  readonly options: readonly ScoredEntry[];
  readonly demonyms: readonly GazetteerEntry[];
}
/**
 * Readings of one memoised hit list by flags (one or two flag sets per name in practice), kept beside the list by the
 * matcher: a field, not a WeakMap keyed by the list (a WeakMap insertion per new name cost more than the readings).
 */
export type ReadingsMemo = { readonly flags: number; readonly readings: Readings }[];

/**
 * The readings of a candidate's hits, filtered by how it is written and scored by their priors; `memo` (the hit
 * list's own, when the matcher memoised the list) keeps them per flags, so a name repeated costs one lookup.
 */
export function readingsOf(
  g: Gazetteer,
  hits: readonly NameHit[],
  flags: number,
  cues: Cues,
  memo?: ReadingsMemo,
): Readings {
  if (memo) for (const m of memo) if (m.flags === flags) return m.readings;
  const options: ScoredEntry[] = [];
  const own = new Set<number>();
  const demonyms: GazetteerEntry[] = [];
  const at = hits.length > LONG_HIT_LIST ? new Map<number, number>() : null;
  for (const h of hits) {
    const kind = refKind(h.ref);
    const entry = g.entries[refEntry(h.ref)] as GazetteerEntry;
    if (kind === NameKind.demonym) {
      demonyms.push(entry);
      continue;
    }
    if (kind === NameKind.seat && !(flags & (F_ADMIN | F_AREA))) continue;
    if (kind === NameKind.dotted && !(flags & F_PERIOD)) continue;
    if (kind === NameKind.acronym && (!(flags & F_ALL_UPPER) || h.match !== 'exact')) continue;
    if (kind === NameKind.alternate && flags & F_STREET) continue;
    if (kind !== NameKind.acronym && flags & F_SHORT_CAPS) continue;
    const match = kind === NameKind.alternate && h.match === 'exact' ? 'loose' : h.match;
    if (kind !== NameKind.alternate && h.match === 'exact') own.add(entry.index);
    // Position of this entry's option so far (a scan for short lists, a map for long ones).
    const existing = at ? (at.get(entry.index) ?? -1) : options.findIndex((o) => o.entry.index === entry.index);
    const scored = { entry, match, edits: h.edits, prior: priorScore(entry, match, h.edits, cues) };
    if (existing < 0) {
      at?.set(entry.index, options.length);
      options.push(scored);
    } else if ((options[existing] as ScoredEntry).prior < scored.prior) options[existing] = scored;
  }
  shadowAlternates(options, own);
  const out: Readings = { options, demonyms };
  memo?.push({ flags, readings: out });
  return out;
}
