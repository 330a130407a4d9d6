/**
 * The corpus-wide source registry (corpus stage `sources`). Each document's claims carry sources resolved within
 * that document (claims stage); here the named ones are merged across documents:
 *
 * - the same name after normalisation, an acronym of the other's name ("SOHR"), or the same spelling up to one
 *   edit per word ("Dmitry"/"Dmitri Peskov", "Araghchi"/"Araqchi");
 * - a person and a non-person never merge; unnamed sources ("residents", "two military sources"), descriptions
 *   that found no name, and unresolved pronouns stay per document: two articles' "residents" are not one source.
 *
 * A cross-document stage rather than logic in the report section, because casualty figures and events will also
 * refer to sources by id: they read the same registry.
 */
import type { AnalyzedDocument, CorpusStage } from '../../pipeline/stage.js';
import { acronymOf, isAcronym, nameTokens, normName, sameSpelling } from './names.js';
import type { ClaimSource, SourceKind } from './types.js';

export interface RegistrySource {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: SourceKind;
  readonly affiliation: string | null;
}

export interface SourceRegistry {
  readonly sources: readonly RegistrySource[];
  /** Document id -> per-document source key -> registry id. */
  readonly keys: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

interface Node {
  readonly doc: string;
  readonly source: ClaimSource;
  readonly mergeable: boolean;
  parent: number;
}

function find(nodes: Node[], i: number): number {
  let r = i;
  while (nodes[r]!.parent !== r) r = nodes[r]!.parent;
  let k = i;
  while (nodes[k]!.parent !== r) {
    const next = nodes[k]!.parent;
    nodes[k]!.parent = r;
    k = next;
  }
  return r;
}

function namesAgree(a: ClaimSource, b: ClaimSource): boolean {
  if ((a.kind === 'person') !== (b.kind === 'person')) return false;
  const person = a.kind === 'person';
  for (const x of [a.name, ...a.aliases]) {
    for (const y of [b.name, ...b.aliases]) {
      const nx = normName(x);
      const ny = normName(y);
      if (!nx || !ny) continue;
      if (nx === ny) return true;
      if (!person && isAcronym(x) && nameTokens(y).length >= 2 && acronymOf(y) === nx.replace(/\s/g, '')) return true;
      if (!person && isAcronym(y) && nameTokens(x).length >= 2 && acronymOf(x) === ny.replace(/\s/g, '')) return true;
      if (sameSpelling(x, y) && nameTokens(x).length >= (person ? 2 : 1)) return true;
    }
  }
  return false;
}

/** Most frequent value, ties to the first seen. */
function mode<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

/** Builds the registry from the documents' claims layers (documents in input order). */
export function buildSourceRegistry(documents: readonly AnalyzedDocument[]): SourceRegistry {
  const nodes: Node[] = [];
  const seen = new Map<string, number>();
  for (const { document, layers } of documents) {
    for (const c of layers.claims ?? []) {
      if (!c.speaker) continue;
      const id = `${document.id}\u0000${c.speaker.key}`;
      if (seen.has(id)) continue;
      seen.set(id, nodes.length);
      const mergeable = c.speaker.key.startsWith('src:');
      nodes.push({ doc: document.id, source: c.speaker, mergeable, parent: nodes.length });
    }
  }
  // Blocking: only nodes that share a name word or an acronym are compared.
  const block = new Map<string, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!node.mergeable) continue;
    const blockKeys = new Set<string>();
    for (const a of [node.source.name, ...node.source.aliases]) {
      for (const t of nameTokens(a)) blockKeys.add(t);
      blockKeys.add(acronymOf(a));
    }
    const candidates = new Set<number>();
    for (const k of blockKeys) for (const j of block.get(k) ?? []) candidates.add(j);
    for (const j of candidates) {
      if (nodes[j]!.doc === node.doc || find(nodes, i) === find(nodes, j)) continue;
      if (namesAgree(node.source, nodes[j]!.source)) nodes[find(nodes, i)]!.parent = find(nodes, j);
    }
    for (const k of blockKeys) {
      const list = block.get(k) ?? [];
      list.push(i);
      block.set(k, list);
    }
  }
  const groups = new Map<number, Node[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = find(nodes, i);
    const g = groups.get(r) ?? [];
    g.push(nodes[i]!);
    groups.set(r, g);
  }
  const sources: RegistrySource[] = [];
  const keys: Record<string, Record<string, string>> = {};
  for (const members of groups.values()) {
    const id = `source-${sources.length + 1}`;
    const names = members.map((m) => m.source.name);
    const name = names.reduce((best, n) => (nameTokens(n).length > nameTokens(best).length ? n : best), names[0]!);
    const aliases: string[] = [];
    for (const m of members) {
      for (const a of [m.source.name, ...m.source.aliases]) {
        if (normName(a) !== normName(name) && !aliases.some((x) => normName(x) === normName(a))) aliases.push(a);
      }
    }
    const kinds = members.map((m) => m.source.kind);
    const kind = mode(kinds.filter((k) => k !== 'other')) ?? kinds[0] ?? 'other';
    const affiliation = members.map((m) => m.source.affiliation).find((a) => a !== null) ?? null;
    sources.push({ id, name, aliases, kind, affiliation });
    for (const m of members) {
      const perDoc = keys[m.doc] ?? {};
      perDoc[m.source.key] = id;
      keys[m.doc] = perDoc;
    }
  }
  return { sources, keys };
}

/** The `sources` corpus stage: one registry of sources for the whole analysis. */
export const sources: CorpusStage<'sources'> = {
  kind: 'corpus',
  name: 'sources',
  requires: ['claims'],
  requiresCorpus: [],
  description:
    'Every source that speaks in the corpus, once: names and aliases learned from the texts, kind and affiliation.',
  run: (documents) => buildSourceRegistry(documents),
};
