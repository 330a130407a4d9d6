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

export interface Readings {
  /** Never changed once built: shared by every candidate with the same hits and flags. */
  readonly options: readonly ScoredEntry[];
  readonly demonyms: readonly GazetteerEntry[];
}
/** Readings per hit list (hit lists are memoised by the matcher) and flags: a name repeated costs one lookup. */
const readingMemo = new WeakMap<readonly NameHit[], Map<number, Readings>>();

/** The readings of a candidate's hits, filtered by how it is written and scored by their priors. */
export function readingsOf(g: Gazetteer, hits: readonly NameHit[], flags: number, cues: Cues): Readings {
  let byFlags = readingMemo.get(hits);
  const hit = byFlags?.get(flags);
  if (hit) return hit;
  const options: ScoredEntry[] = [];
  const own = new Set<number>();
  const demonyms: GazetteerEntry[] = [];
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
    const existing = options.findIndex((o) => o.entry.index === entry.index);
    const scored = { entry, match, edits: h.edits, prior: priorScore(entry, match, h.edits, cues) };
    if (existing < 0) options.push(scored);
    else if ((options[existing] as ScoredEntry).prior < scored.prior) options[existing] = scored;
  }
  shadowAlternates(options, own);
  const out: Readings = { options, demonyms };
  if (!byFlags) {
    byFlags = new Map();
    readingMemo.set(hits, byFlags);
  }
  byFlags.set(flags, out);
  return out;
}
