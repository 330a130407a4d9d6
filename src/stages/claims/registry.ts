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

/** A node's name set as namesAgree sees it: person or not, name, aliases (nodes with one signature agree alike). */
interface Signature {
  readonly source: ClaimSource;
  /** Block keys (name words and acronyms): two nodes are compared only when they share one. */
  readonly blockKeys: ReadonlySet<string>;
  /** The document of its first node, and its nodes in that document. */
  readonly firstDoc: string;
  readonly firstDocNodes: number[];
  /** A node of the signature in a second document, or -1 while all its nodes are in the first. */
  otherDocNode: number;
}

const SPELL_KEY = '\u0001';

/** The word itself and every way to delete one code unit from it: two words within one edit share one of these. */
function deletions(word: string): string[] {
  const out = [word];
  for (let k = 0; k < word.length; k++) out.push(word.slice(0, k) + word.slice(k + 1));
  return out;
}

/**
 * Unions mergeable nodes of different documents whose names agree (namesAgree) and share a block key (a name word
 * or an acronym), exactly as comparing every such pair would, but near-linearly: nodes are grouped by signature
 * (identical name sets agree alike), candidate signatures come from inverted indexes on what namesAgree can match
 * (the normalised name, acronyms both ways, and each word up to one edit via deletion keys), and each verdict
 * is computed once per ordered signature pair. A signature with nodes in two documents is one group already (its
 * nodes agree with each other), so a later node joins it through one representative.
 */
function mergeNodes(nodes: Node[]): void {
  const signatures: Signature[] = [];
  const bySignature = new Map<string, number>();
  /** Lookup key -> signature ids (insertion-ordered sets). */
  const index = new Map<string, Set<number>>();
  const verdicts = new Map<string, boolean>();
  const put = (key: string, sig: number) => {
    const set = index.get(key);
    if (set) set.add(sig);
    else index.set(key, new Set([sig]));
  };
  const union = (i: number, j: number) => {
    if (find(nodes, i) !== find(nodes, j)) nodes[find(nodes, i)]!.parent = find(nodes, j);
  };
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!node.mergeable) continue;
    const { source } = node;
    const names = [source.name, ...source.aliases];
    const sigKey = JSON.stringify([source.kind === 'person', ...names]);
    let sig = bySignature.get(sigKey);
    const isNew = sig === undefined;
    // what this node's names can match in earlier names (a superset of the pairs namesAgree accepts)
    const lookups = new Set<string>();
    for (const x of names) {
      const nx = normName(x);
      if (!nx) continue;
      const tokens = nameTokens(x);
      lookups.add(`n${nx}`);
      if (isAcronym(x)) lookups.add(`a${nx.replace(/\s/g, '')}`);
      if (tokens.length >= 2) lookups.add(`A${acronymOf(x)}`);
      // same spelling: every word within one edit, so the word with the fewest near-spellings indexed decides
      let spell: string[] = [];
      let fewest = Number.POSITIVE_INFINITY;
      for (const [k, t] of tokens.entries()) {
        const keys = deletions(t).map((d) => `s${tokens.length}${SPELL_KEY}${k}${SPELL_KEY}${d}`);
        let n = 0;
        for (const key of keys) n += index.get(key)?.size ?? 0;
        if (n < fewest) [spell, fewest] = [keys, n];
      }
      for (const key of spell) lookups.add(key);
    }
    const candidates = new Set<number>();
    for (const key of lookups) for (const s of index.get(key) ?? []) candidates.add(s);
    if (isNew) {
      const blockKeys = new Set<string>();
      for (const a of names) {
        for (const t of nameTokens(a)) blockKeys.add(t);
        blockKeys.add(acronymOf(a));
      }
      sig = signatures.length;
      signatures.push({ source, blockKeys, firstDoc: node.doc, firstDocNodes: [], otherDocNode: -1 });
      bySignature.set(sigKey, sig);
    }
    const mine = signatures[sig!]!;
    for (const s of candidates) {
      const other = signatures[s]!;
      const verdictKey = `${sig}:${s}`;
      let agree = verdicts.get(verdictKey);
      if (agree === undefined) {
        agree = false;
        for (const k of mine.blockKeys) {
          if (other.blockKeys.has(k)) {
            agree = namesAgree(source, other.source);
            break;
          }
        }
        verdicts.set(verdictKey, agree);
      }
      if (!agree) continue;
      if (other.otherDocNode >= 0) union(i, other.firstDoc !== node.doc ? other.firstDocNodes[0]! : other.otherDocNode);
      else if (other.firstDoc !== node.doc) for (const j of other.firstDocNodes) union(i, j);
    }
    if (node.doc === mine.firstDoc) mine.firstDocNodes.push(i);
    else if (mine.otherDocNode < 0) mine.otherDocNode = i;
    if (isNew) {
      // index this signature's names the way the lookups above ask for them
      for (const y of names) {
        const ny = normName(y);
        if (!ny) continue;
        const tokens = nameTokens(y);
        put(`n${ny}`, sig!);
        if (tokens.length >= 2) put(`a${acronymOf(y)}`, sig!);
        if (isAcronym(y)) put(`A${ny.replace(/\s/g, '')}`, sig!);
        for (const [k, t] of tokens.entries()) {
          for (const d of deletions(t)) put(`s${tokens.length}${SPELL_KEY}${k}${SPELL_KEY}${d}`, sig!);
        }
      }
    }
  }
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
  mergeNodes(nodes);
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
