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

/** The content words of a text (lower-cased, no stop words, no single characters): what claims are compared on. */
export const contentWords = (s: string): Set<string> =>
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
      all.push({
        id: `${doc}:${c.id}`,
        doc,
        claim: c,
        words: contentWords(text.slice(c.content.start, c.content.end)),
      });
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
  // Similar content: every cross-document pair of claims with Dice >= CLAIM_DICE is united, computed without trying
  // all pairs. Claims with the same content words form one class (copies); classes are compared, not claims.
  const classes: { words: Set<string>; members: number[]; docs: Set<string>; collapsed: boolean }[] = [];
  const classOf = new Map<string, number>();
  for (const [i, x] of all.entries()) {
    if (!x.words.size) continue; // Dice with an empty set is 0: never united by content
    const key = [...x.words].sort().join(' ');
    let k = classOf.get(key);
    if (k === undefined) {
      k = classes.length;
      classOf.set(key, k);
      classes.push({ words: x.words, members: [], docs: new Set(), collapsed: false });
    }
    const c = classes[k] as (typeof classes)[number];
    c.members.push(i);
    c.docs.add(x.doc);
  }
  // Each claim of a class pair that agrees is tied to every claim of the other in another document; when the classes
  // do not sit in one and the same single document, that ties all their claims together (a class in two documents
  // is tied within itself), so each class is collapsed once and then joined through its first claim.
  const collapse = (c: (typeof classes)[number]) => {
    if (c.collapsed) return;
    c.collapsed = true;
    for (const i of c.members) union(c.members[0] as number, i);
  };
  for (const c of classes) if (c.docs.size >= 2) collapse(c);
  // Dice(a, b) >= 1/2 means 4|a ∩ b| >= |a| + |b|, so |a ∩ b| >= |a|/3 (as |a ∩ b| <= |b|), and likewise for b:
  // with each class's words ordered rarest first, two such classes share a word among the first
  // |x| - ceil(|x|/3) + 1 of each (prefix filtering). Classes meeting on a prefix word are then bounded by their sizes
  // and by the words left after that first shared one (positional filtering) before the same dice scores them.
  const frequency = new Map<string, number>();
  for (const c of classes) for (const w of c.words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const rarestFirst = (a: string, b: string) =>
    (frequency.get(a) as number) - (frequency.get(b) as number) || (a < b ? -1 : a > b ? 1 : 0);
  // A word's posting list keeps its collapsed classes in one bucket per group (keyed by the group's root): a class
  // already in that group gains nothing from any of them, so the bucket is skipped whole, and once a class joins
  // a bucket's group the rest of the bucket is skipped. On text that reuses stock phrases nearly every class ends in
  // a few large groups, and scanning them entry by entry made this quadratic. The groups found are the same: a pair
  // is left unscored only when both classes are collapsed and already in one group.
  const postings = new Map<string, WordPostings>();
  const seen = new Int32Array(classes.length).fill(-1);
  const soleDoc = classes.map((c) => (c.docs.size === 1 ? ([...c.docs][0] as string) : null));
  const rootOf = (k: number) => find((classes[k] as (typeof classes)[number]).members[0] as number);
  for (const [kb, b] of classes.entries()) {
    const sb = b.words.size;
    const ordered = [...b.words].sort(rarestFirst);
    const prefix = ordered.slice(0, sb - Math.ceil(sb / 3) + 1);
    /** Scores b against the classes of `list` (met on b's p-th prefix word); a bucket (`root` set) is left as soon as
     * b joins its group. */
    const scan = (list: Posting, p: number, root: number | null): void => {
      for (let t = 0; t < list.classes.length; t++) {
        const ka = list.classes[t] as number;
        if (seen[ka] === kb) continue;
        seen[ka] = kb;
        const a = classes[ka] as (typeof classes)[number];
        const sa = a.words.size;
        // at most min(sa, sb) words shared; from this first shared word on, at most 1 + the fewer words left
        if (4 * Math.min(sa, sb) < sa + sb) continue;
        if (4 * (1 + Math.min(sa - (list.positions[t] as number) - 1, sb - p - 1)) < sa + sb) continue;
        if (soleDoc[ka] !== null && soleDoc[ka] === soleDoc[kb]) continue;
        if (a.collapsed && b.collapsed && find(a.members[0] as number) === find(b.members[0] as number)) continue;
        if (dice(a.words, b.words) < CLAIM_DICE) continue;
        collapse(a);
        collapse(b);
        union(a.members[0] as number, b.members[0] as number);
        // every class left in a bucket is collapsed and in the group b has just joined
        if (root !== null) return;
      }
    };
    for (const [p, w] of prefix.entries()) {
      const list = postings.get(w);
      if (!list) continue;
      tidy(list, find, rootOf, (k) => (classes[k] as (typeof classes)[number]).collapsed);
      for (const [root, bucket] of list.groups) {
        if (b.collapsed && rootOf(kb) === find(root)) continue;
        scan(bucket, p, root);
      }
      scan(list.open, p, null);
    }
    for (const [p, w] of prefix.entries()) {
      let list = postings.get(w);
      if (!list) {
        list = { open: { classes: [], positions: [] }, groups: new Map() };
        postings.set(w, list);
      }
      const target = b.collapsed ? bucketOf(list, rootOf(kb)) : list.open;
      target.classes.push(kb);
      target.positions.push(p);
    }
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < all.length; i++) {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  }
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

/** Classes (indices) on a word's posting list, with the word's position in each class's prefix. */
interface Posting {
  classes: number[];
  positions: number[];
}

/** A word's posting list: classes not collapsed when listed, and collapsed ones by the root of their group. */
interface WordPostings {
  open: Posting;
  readonly groups: Map<number, Posting>;
}

function bucketOf(list: WordPostings, root: number): Posting {
  let bucket = list.groups.get(root);
  if (!bucket) {
    bucket = { classes: [], positions: [] };
    list.groups.set(root, bucket);
  }
  return bucket;
}

/** Re-keys the buckets of groups merged since the list was last read (the smaller appended to the larger), and
 * moves the open classes collapsed since into their group's bucket. */
function tidy(
  list: WordPostings,
  find: (i: number) => number,
  rootOf: (k: number) => number,
  collapsed: (k: number) => boolean,
): void {
  for (const [key, bucket] of [...list.groups]) {
    const root = find(key);
    if (root === key) continue;
    list.groups.delete(key);
    const other = list.groups.get(root);
    if (!other) {
      list.groups.set(root, bucket);
      continue;
    }
    const [large, small] = other.classes.length >= bucket.classes.length ? [other, bucket] : [bucket, other];
    for (let t = 0; t < small.classes.length; t++) {
      large.classes.push(small.classes[t] as number);
      large.positions.push(small.positions[t] as number);
    }
    list.groups.set(root, large);
  }
  if (!list.open.classes.some(collapsed)) return;
  const open: Posting = { classes: [], positions: [] };
  for (let t = 0; t < list.open.classes.length; t++) {
    const k = list.open.classes[t] as number;
    const target = collapsed(k) ? bucketOf(list, rootOf(k)) : open;
    target.classes.push(k);
    target.positions.push(list.open.positions[t] as number);
  }
  list.open = open;
}
