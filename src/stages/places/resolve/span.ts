import { looseKeyOf, nameTokens } from '../gazetteer/builder.js';
import type { Gazetteer, GazetteerEntry } from '../gazetteer/types.js';
import { NameKind, refEntry, refKind } from '../gazetteer/types.js';
import { skeletonOf } from '../text/normalize.js';
import type { Analysis } from './analyse.js';
import type { MatchType } from './candidates.js';
import type { Cues } from './context.js';
import type { ScoredEntry } from './score.js';
import { contextScore, priorScore } from './score.js';

const NO_CUES: Cues = {
  a: 0,
  b: 0,
  admin: false,
  adminPlural: false,
  city: false,
  countryside: false,
  landmark: false,
  route: false,
  direction: null,
  central: false,
  relation: null,
  evidence: true,
  sentenceInitial: false,
  personTitle: false,
  nonPlaceCompound: false,
  border: false,
};

/**
 * Resolves a given name (a span someone else recognised, e.g. a benchmark's gold toponym) in the context of an
 * analysed document. Demonyms resolve to their country. Null when the gazetteer has no such name.
 */
export function resolveName(g: Gazetteer, analysis: Analysis, name: string): GazetteerEntry | null {
  const tokens = nameTokens(name);
  if (!tokens.length) return null;
  const exact = tokens.join(' ');
  const loose = looseKeyOf(tokens, g.lexicon.articles);
  const options: ScoredEntry[] = [];
  const add = (refs: Iterable<number> | undefined, match: MatchType, edits = 0) => {
    for (const ref of refs ?? []) {
      const entry = g.entries[refEntry(ref)] as GazetteerEntry;
      const kind = refKind(ref);
      // A capital's name names the city, not its province, when no cue word says otherwise.
      if (kind === NameKind.seat) continue;
      const m: MatchType = kind === NameKind.alternate && match === 'exact' ? 'loose' : match;
      const prior = priorScore(entry, m, edits, NO_CUES);
      const found = options.find((o) => o.entry.index === entry.index);
      if (!found) options.push({ entry, match: m, edits, prior });
      else if (found.prior < prior) Object.assign(found, { prior, match: m });
    }
  };
  add(g.exact(exact), 'exact');
  add(g.exact(loose), 'loose');
  add(g.loose(loose), 'loose');
  if (!options.length && /^[a-z ]+$/.test(loose) && loose.length >= 5) {
    for (const f of g.fuzzy(skeletonOf(loose))) {
      if (f.loose[0] === loose[0] && f.loose.length >= loose.length - 1 && f.loose.length <= loose.length + 1) {
        add([f.ref], 'fuzzy', 1);
      }
    }
  }
  let best: GazetteerEntry | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const o of options) {
    const s = contextScore(o, -1, analysis.focus, null);
    if (s > bestScore) {
      bestScore = s;
      best = o.entry;
    }
  }
  return best;
}
