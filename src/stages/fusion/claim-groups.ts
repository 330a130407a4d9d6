import { overlaps } from '../../model/index.js';
import type { CorpusLayers } from '../../pipeline/stage.js';
import type { ClaimMention } from '../claims/types.js';
import '../provenance/types.js';

/**
 * Two claims in different documents say the same thing when their contents share this share of content words
 * (Dice). Calibrated on written paraphrase pairs: a spun rewrite keeps names and numbers and scores 0.5–0.7;
 * two different statements by one source about one battle stay under 0.4.
 */
export const CLAIM_DICE = 0.5;
/** Aligned sentences (provenance) tie claims only when the alignment scores at least this much. */
export const ALIGNED_MIN_SCORE = 0.5;

const STOP = new Set(
  'the a an of to in on at by for and or but that this with from as is was were are be been has have had it its their they he she his her said says would will also which who than into over after before about'.split(
    ' ',
  ),
);

const words = (s: string): Set<string> =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );

function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return (2 * n) / (a.size + b.size);
}

/**
 * Claim groups across documents: claims tied by an aligned sentence pair (provenance) or by similar content.
 * Returns report claim id (`<doc>:<claim id>`) -> group id, for claims in a group of two or more documents.
 */
export function groupClaims(
  claimsByDoc: ReadonlyMap<string, readonly ClaimMention[]>,
  texts: ReadonlyMap<string, string>,
  corpus: CorpusLayers,
): Record<string, string> {
  const all: { id: string; doc: string; claim: ClaimMention; words: Set<string> }[] = [];
  for (const [doc, claims] of claimsByDoc) {
    const text = texts.get(doc) ?? '';
    for (const c of claims)
      all.push({ id: `${doc}:${c.id}`, doc, claim: c, words: words(text.slice(c.content.start, c.content.end)) });
  }
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    parent[i] = r;
    return r;
  };
  const union = (i: number, j: number) => {
    const a = find(i);
    const b = find(j);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  };
  const index = new Map(all.map((x, i) => [x.id, i]));
  for (const link of corpus.provenance?.links ?? []) {
    if (link.relation === 'independent') continue;
    const ca = claimsByDoc.get(link.a) ?? [];
    const cb = claimsByDoc.get(link.b) ?? [];
    for (const al of link.aligned) {
      if (al.score < ALIGNED_MIN_SCORE) continue;
      for (const x of ca) {
        if (!overlaps(x.content, al.a)) continue;
        for (const y of cb) {
          if (!overlaps(y.content, al.b)) continue;
          const i = index.get(`${link.a}:${x.id}`);
          const j = index.get(`${link.b}:${y.id}`);
          if (i !== undefined && j !== undefined) union(i, j);
        }
      }
    }
  }
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i];
      const b = all[j];
      if (!a || !b || a.doc === b.doc) continue;
      if (dice(a.words, b.words) >= CLAIM_DICE) union(i, j);
    }
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < all.length; i++) members.set(find(i), [...(members.get(find(i)) ?? []), i]);
  const out: Record<string, string> = {};
  for (const [root, list] of members) {
    const docs = new Set(list.map((i) => all[i]?.doc));
    if (docs.size < 2) continue;
    const gid = `claimgroup_${(all[root]?.id ?? String(root)).replace(/^doc_/, '').replace(/[^A-Za-z0-9]+/g, '_')}`;
    for (const i of list) {
      const x = all[i];
      if (x) out[x.id] = gid;
    }
  }
  return out;
}
