import { isCjk, looseToken, normaliseToken, scriptOf, skeletonOf } from '../text/normalize.js';
import { KeyFilter, StringTable, StringTableBuilder } from './string-table.js';
import type { GazetteerEntry, NameRef } from './types.js';
import { NameKind } from './types.js';

/** Names shorter than this (in letters, after loosening) get no fuzzy key: too many near neighbours. */
const FUZZY_MIN_LENGTH = 5;

const NAME_SPLIT = /[^\p{L}\p{N}\p{M}'’‘`ʿʾ]+/u;
const EDGE_APOSTROPHES = /^['’‘`ʿʾ]+|['’‘`ʿʾ]+$/g;
const PLAIN_NAME = /^[A-Za-z]+( [A-Za-z]+)*$/;

/** Splits a gazetteer name into normalised tokens, the way the text tokenizer would (one token per CJK character). */
export function nameTokens(name: string): string[] {
  if (PLAIN_NAME.test(name)) return name.toLowerCase().split(' ');
  const out: string[] = [];
  for (const part of name.split(NAME_SPLIT)) {
    const clean = part.replace(EDGE_APOSTROPHES, '');
    if (!clean) continue;
    if (!hasCjk(clean)) {
      out.push(normaliseToken(clean));
      continue;
    }
    let run = '';
    for (const ch of clean) {
      if (isCjk(ch.charCodeAt(0))) {
        if (run) out.push(normaliseToken(run));
        run = '';
        out.push(ch);
      } else run += ch;
    }
    if (run) out.push(normaliseToken(run));
  }
  return out;
}

function hasCjk(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isCjk(s.charCodeAt(i))) return true;
  return false;
}

/** A CJK name of one character is too ambiguous to match (most characters are also words). */
const CJK_MIN_CHARS = 2;

/** True when every token is one CJK character (a name written without spaces). */
export function cjkName(tokens: readonly string[]): boolean {
  for (const t of tokens) if (t.length !== 1 || !isCjk(t.charCodeAt(0))) return false;
  return tokens.length > 0;
}

/** The loose key of normalised tokens: articles dropped (not a last token), each token loosened. */
export function looseKeyOf(tokens: readonly string[], articles: ReadonlySet<string>): string {
  let key = '';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (i < tokens.length - 1 && articles.has(t)) continue;
    key = key ? `${key} ${looseToken(t)}` : looseToken(t);
  }
  return key;
}

/** An index as compiled: entries and typed-array tables (what the cache file holds). */
export interface CompiledIndex {
  readonly entries: readonly GazetteerEntry[];
  readonly exact: StringTable;
  readonly loose: StringTable;
  readonly skeleton: StringTable;
  /** First tokens (exact and loose) of every name; values: the token counts of names starting so. */
  readonly first: StringTable;
  /** Fuzzy name i: its ref and its loose form (fuzzyLoose.keys sliced by keyStart). */
  readonly fuzzyRefs: Int32Array;
  readonly fuzzyLoose: StringTable;
  /**
   * Beside skeleton.refs, position by position: the first char code (high 16 bits) and the length (low 16 bits) of
   * that fuzzy name's loose form, so that a bucket is filtered without reading the names themselves.
   */
  readonly skeletonMeta: Uint32Array;
  /** KeyFilter bits over the multi-word keys of exact and loose. */
  readonly multiWord: Uint32Array;
  /** KeyFilter bits over the keys of first. */
  readonly firstWords: Uint32Array;
  readonly maxTokens: number;
}

/** The skeletonMeta of a skeleton table whose values are ids of the fuzzy names in `fuzzyLoose`. */
function skeletonMetaOf(skeleton: StringTable, fuzzyLoose: StringTable): Uint32Array {
  const { refs } = skeleton;
  const { keys, keyStart } = fuzzyLoose;
  const meta = new Uint32Array(refs.length);
  for (let p = 0; p < refs.length; p++) {
    const id = refs[p] as number;
    const start = keyStart[id] as number;
    const length = Math.min(0xffff, (keyStart[id + 1] as number) - start);
    meta[p] = ((keys.charCodeAt(start) << 16) | length) >>> 0;
  }
  return meta;
}

/** Collects entries and their names, then freezes them into typed-array tables. */
export class IndexBuilder {
  readonly entries: GazetteerEntry[] = [];
  private readonly exact = new StringTableBuilder();
  private readonly loose = new StringTableBuilder();
  private readonly skeleton = new StringTableBuilder();
  private readonly first = new StringTableBuilder();
  private readonly fuzzyRefs: number[] = [];
  private readonly fuzzyLooseText: string[] = [];
  private readonly fuzzyKeys = new Set<string>();
  private fuzzyRef = -1;
  private readonly countries = new Map<string, number>();
  private maxTokens = 1;

  /** `offset`: index of this builder's first entry (an overlay continues the base index's numbering). */
  constructor(
    private readonly articles: ReadonlySet<string>,
    private readonly offset = 0,
  ) {}

  add(entry: Omit<GazetteerEntry, 'index'>): GazetteerEntry {
    const full: GazetteerEntry = { ...entry, index: this.offset + this.entries.length };
    this.entries.push(full);
    if (full.kind === 'country' && full.country) this.countries.set(full.country, full.index);
    return full;
  }

  countryIndex(iso2: string): number | undefined {
    return this.countries.get(iso2);
  }

  /** Adds one name of an entry. `fuzzy` adds a skeleton key too (for transliteration variants). */
  addName(entryIndex: number, name: string, kind: NameKind, fuzzy: boolean): void {
    const tokens = nameTokens(name);
    if (!tokens.length) return;
    if (tokens.length < CJK_MIN_CHARS && cjkName(tokens)) return;
    const ref: NameRef = entryIndex * 8 + kind;
    const exact = tokens.join(' ');
    this.exact.add(exact, ref);
    this.first.add(tokens[0] as string, tokens.length);
    if (tokens.length > this.maxTokens) this.maxTokens = tokens.length;
    if (scriptOf(tokens[0] as string) === 'other') return;
    const loose = looseKeyOf(tokens, this.articles);
    if (!loose) return;
    if (loose !== exact) {
      this.loose.add(loose, ref);
      this.first.add(loose.slice(0, (loose.indexOf(' ') + 1 || loose.length + 1) - 1), tokens.length);
    }
    if (!fuzzy || kind === NameKind.acronym || kind === NameKind.demonym || !/^[a-z ]+$/.test(loose)) return;
    if (loose.length - tokens.length + 1 < FUZZY_MIN_LENGTH) return;
    const skeleton = skeletonOf(loose);
    if (skeleton.length < 3) return;
    if (this.fuzzyRef !== ref) {
      this.fuzzyRef = ref;
      this.fuzzyKeys.clear();
    }
    if (this.fuzzyKeys.has(loose)) return;
    this.fuzzyKeys.add(loose);
    const id = this.fuzzyRefs.length;
    this.fuzzyRefs.push(ref);
    this.fuzzyLooseText.push(loose);
    this.skeleton.add(skeleton, id);
  }

  build(): CompiledIndex {
    const exact = this.exact.build();
    const loose = this.loose.build();
    const skeleton = this.skeleton.build();
    const fuzzyLoose = listTable(this.fuzzyLooseText);
    const first = this.first.build();
    return {
      entries: this.entries,
      exact,
      loose,
      skeleton,
      first,
      fuzzyRefs: Int32Array.from(this.fuzzyRefs),
      fuzzyLoose,
      skeletonMeta: skeletonMetaOf(skeleton, fuzzyLoose),
      multiWord: KeyFilter.bitsOf([exact, loose], true),
      firstWords: KeyFilter.bitsOf([first], false),
      maxTokens: this.maxTokens,
    };
  }
}

/** A StringTable used as a plain list of strings (key i = item i; only keyStart/keys are read). */
function listTable(items: readonly string[]): StringTable {
  const keyStart = new Uint32Array(items.length + 1);
  let pos = 0;
  items.forEach((s, i) => {
    keyStart[i] = pos;
    pos += s.length;
  });
  keyStart[items.length] = pos;
  return new StringTable(
    items.join(''),
    keyStart,
    new Uint32Array(items.length + 1),
    new Int32Array(0),
    new Uint32Array(1),
  );
}

/** Item i of a list table. */
export const listItem = (t: StringTable, i: number): string =>
  t.keys.slice(t.keyStart[i] as number, t.keyStart[i + 1] as number);
