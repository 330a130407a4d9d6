import type { ProvenanceLink, ProvenanceRelation } from './types.js';

/** Relations that make two documents one source for corroboration. */
export const DEPENDENT_RELATIONS: ReadonlySet<ProvenanceRelation> = new Set([
  'duplicate',
  'copy',
  'rewrite',
  'shared_source',
]);

/**
 * Independence groups: connected components of the dependent links (union–find). Ids are "group_<n>", numbered in
 * input order of each group's first document, so the same input gives the same ids.
 */
export function independenceGroups(ids: readonly string[], links: readonly ProvenanceLink[]): Record<string, string> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const parent = ids.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const l of links) {
    if (!DEPENDENT_RELATIONS.has(l.relation)) continue;
    const [x, y] = [root(index.get(l.a)!), root(index.get(l.b)!)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  }
  const names = new Map<number, string>();
  const out: Record<string, string> = {};
  ids.forEach((id, i) => {
    const r = root(i);
    if (!names.has(r)) names.set(r, `group_${names.size + 1}`);
    out[id] = names.get(r)!;
  });
  return out;
}
