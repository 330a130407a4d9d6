import type { PlaceMention } from '../places/types.js';
import { matchAt, type Token } from './match.js';
import { candidatesAt, type FirstTokenIndex, firstTokenIndex } from './rule-index.js';
import type { ActorRule, CountryEntry, EventLexicon } from './types.js';

/** An actor named in a sentence: where, its class and its ACLED-style name. */
export interface ActorMention {
  readonly token: number;
  readonly end: number;
  readonly cls: ActorRule['cls'];
  readonly label: string;
  /** For a state's forces or government: the state's name ("Russia"), so strategic events can be compared by the
   * states taking part whatever the arm ("Government of X", "Military Forces of X"). */
  readonly state?: string;
}

/** What the document says about who is who: its focus country and the group leading the rebels. */
export interface ActorContext {
  readonly focus: CountryEntry | null;
  readonly focusName: string;
  /** The group the text says leads the rebels ("led by X", "the X-led offensive"), or null. */
  readonly leader: string | null;
  /** Lower-cased names and acronyms of the leader, as token lists. */
  readonly leaderNames: readonly (readonly string[])[];
}

/** Generic label when the document does not say who leads the rebels. */
export const GENERIC_REBELS = 'Rebel forces';

const CAP = "(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|(?:al|el|ad|as|ash|an|ar|at|ul|ud)-\\p{L}[\\p{L}\\p{M}'’-]*)";
const NAME = `${CAP}(?: ${CAP}){0,5}`;
const LED_BY = new RegExp(`\\b(?:led|spearheaded|headed|dominated) by (?:the )?(?:\\p{Ll}+ ){0,3}?(${NAME})`, 'gu');
const DESCRIBED = new RegExp(`^(?: \\p{Ll}+){1,3} (${NAME})`, 'u');
const X_LED = new RegExp(`(${NAME})-led\\b`, 'gu');
const ACRONYM = new RegExp(`(${NAME}) \\((\\p{Lu}[\\p{Lu}\\p{N}-]{1,7})\\)`, 'gu');
/** Capitalised words that start a sentence or name a role rather than a group. */
const NOT_GROUP = new Set(['The', 'A', 'An', 'President', 'Mr', 'Ms', 'He', 'She', 'They', 'It']);

const tokensOf = (s: string): string[] => s.toLowerCase().replace(/’/g, "'").split(/[\s]+/).filter(Boolean);

/**
 * Finds the focus country (most place mentions) and the group the document says leads the rebels. The focus
 * country's name comes from the event lexicon, else from `countryName` (the gazetteer), else from a country the text
 * names; never the bare ISO code unless nothing knows the name.
 */
export function actorContext(
  text: string,
  places: readonly PlaceMention[],
  lexicon: EventLexicon,
  countryName: (iso2: string) => string | null = () => null,
): ActorContext {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const focus = top ? (lexicon.countries.find((c) => c.iso2 === top) ?? null) : null;
  const focusName =
    focus?.name ??
    (top ? countryName(top) : null) ??
    places.find((p) => p.feature === 'country' && p.country === top)?.name ??
    top ??
    'unknown country';
  const acronyms = new Map<string, string>();
  for (const m of text.matchAll(ACRONYM)) {
    const name = (m[1] ?? '')
      .split(' ')
      .filter((w, i) => i > 0 || !NOT_GROUP.has(w))
      .join(' ');
    if (name && m[2]) acronyms.set(m[2], name);
  }
  const votes = new Map<string, number>();
  const vote = (raw: string) => {
    const words = raw.split(' ');
    while (words.length && NOT_GROUP.has(words[0] ?? '')) words.shift();
    if (!words.length) return;
    const name = acronyms.get(words.join(' ')) ?? words.join(' ');
    votes.set(name, (votes.get(name) ?? 0) + 1);
  };
  for (const m of text.matchAll(LED_BY)) {
    if (!m[1]) continue;
    // "led by the Islamist militant group X": a capitalised descriptor, then lower-case words, then the name
    const after = text.slice((m.index ?? 0) + m[0].length);
    const next = DESCRIBED.exec(after);
    vote(next?.[1] ?? m[1]);
  }
  for (const m of text.matchAll(X_LED)) if (m[1]) vote(m[1]);
  const leader = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const leaderNames: string[][] = [];
  if (leader) {
    leaderNames.push(tokensOf(leader));
    for (const [acr, name] of acronyms) if (name === leader) leaderNames.push([acr.toLowerCase()]);
  }
  return { focus, focusName, leader, leaderNames };
}

/** A country variant in lexicon order: the country, its tokens, and its rank (country index, then variant index). */
interface VariantEntry {
  readonly country: CountryEntry;
  readonly tokens: readonly string[];
}

/** Per-lexicon lookup tables, built once on first use (the lexicon is immutable once loaded). */
interface ActorIndex extends FirstTokenIndex {
  /** First variant token -> the variants starting with it, in lexicon order (countries, then their variants). */
  readonly countries: ReadonlyMap<string, readonly VariantEntry[]>;
}

const COUNTRY_INDEX = new WeakMap<readonly CountryEntry[], ReadonlyMap<string, readonly VariantEntry[]>>();
const ACTOR_INDEX = new WeakMap<EventLexicon, ActorIndex>();

function countryIndex(countries: readonly CountryEntry[]): ReadonlyMap<string, readonly VariantEntry[]> {
  let index = COUNTRY_INDEX.get(countries);
  if (!index) {
    const map = new Map<string, VariantEntry[]>();
    for (const country of countries) {
      for (const v of country.variants) {
        const first = v[0];
        if (first === undefined) continue;
        const list = map.get(first);
        if (list) list.push({ country, tokens: v });
        else map.set(first, [{ country, tokens: v }]);
      }
    }
    index = map;
    COUNTRY_INDEX.set(countries, index);
  }
  return index;
}

function actorIndex(lexicon: EventLexicon): ActorIndex {
  let index = ACTOR_INDEX.get(lexicon);
  if (!index) {
    index = { countries: countryIndex(lexicon.countries), ...firstTokenIndex(lexicon.actors) };
    ACTOR_INDEX.set(lexicon, index);
  }
  return index;
}

/** A token as country variants and leader names are compared: lower-cased, possessive "'s" dropped. */
const bare = (lower: string): string => (lower.endsWith("'s") ? lower.slice(0, -2) : lower);

/** The first variant (lexicon order) of `index` whose tokens start at token i of `words` (bare tokens). */
function variantAt(
  index: ReadonlyMap<string, readonly VariantEntry[]>,
  words: readonly string[],
  i: number,
): [CountryEntry, number] | null {
  if (i < 0 || i >= words.length) return null;
  const entries = index.get(words[i] as string);
  if (!entries) return null;
  for (const e of entries) {
    const v = e.tokens;
    let ok = true;
    for (let k = 1; k < v.length && ok; k++) ok = words[i + k] === v[k];
    if (ok) return [e.country, v.length];
  }
  return null;
}

/** The country whose name or demonym starts at token i, and how many tokens it covers. */
export function countryAt(
  countries: readonly CountryEntry[],
  tokens: readonly Token[],
  i: number,
): [CountryEntry, number] | null {
  if (i < 0 || i >= tokens.length) return null;
  const index = countryIndex(countries);
  const words: string[] = [];
  // only the tokens a variant could reach are normalised
  let longest = 0;
  for (const e of index.get(bare((tokens[i] as Token).lower)) ?? []) longest = Math.max(longest, e.tokens.length);
  for (let k = i; k < Math.min(tokens.length, i + longest); k++) words[k] = bare((tokens[k] as Token).lower);
  return longest ? variantAt(index, words, i) : null;
}

/** The state a state or government actor belongs to: the country matched, else the document's focus country. */
const stateOf = (rule: ActorRule, ctx: ActorContext, country: CountryEntry | null): { state?: string } =>
  rule.cls === 'state' || rule.cls === 'government' ? { state: country?.name ?? ctx.focusName } : {};

const fill = (label: string, ctx: ActorContext, country: CountryEntry | null): string =>
  label
    .replace('{leader}', ctx.leader ?? GENERIC_REBELS)
    .replace('{focusName}', ctx.focusName)
    .replace('{focus}', ctx.focusName)
    .replace('{country}', country?.name ?? ctx.focusName)
    .replace('{dem}', country?.name ?? ctx.focusName);

/** Every actor named in tokens, longest match first at each position. */
export function findActors(tokens: readonly Token[], lexicon: EventLexicon, ctx: ActorContext): ActorMention[] {
  const index = actorIndex(lexicon);
  const { actors } = lexicon;
  // each token normalised once; the country starting at each token looked up at most once
  const words = tokens.map((t) => bare(t.lower));
  const countryMemo: ([CountryEntry, number] | null | undefined)[] = new Array(tokens.length);
  const countryOf = (j: number): [CountryEntry, number] | null => {
    if (j < 0 || j >= tokens.length) return null;
    let hit = countryMemo[j];
    if (hit === undefined) {
      hit = variantAt(index.countries, words, j);
      countryMemo[j] = hit;
    }
    return hit;
  };
  const candidates: number[] = [];
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    let best: ActorMention | null = null;
    for (const names of ctx.leaderNames) {
      if (names.every((w, k) => words[i + k] === w) && ctx.leader) {
        const n = names.length;
        if (!best || n > best.end - i) best = { token: i, end: i + n, cls: 'rebel', label: ctx.leader };
      }
    }
    // only the rules whose first pattern token can match token i, in lexicon order
    candidatesAt(index, (tokens[i] as Token).lower, index.bySlot.length > 0 && !!countryOf(i), candidates);
    for (const r of candidates) {
      const rule = actors[r] as ActorRule;
      let country: CountryEntry | null = null;
      const n = matchAt(rule.tokens, tokens, i, (_name, _toks, j) => {
        const hit = countryOf(j);
        if (!hit) return 0;
        country = hit[0];
        return hit[1];
      });
      if (n > 0 && (!best || n > best.end - i)) {
        best = {
          token: i,
          end: i + n,
          cls: rule.cls,
          label: fill(rule.label, ctx, country),
          ...stateOf(rule, ctx, country),
        };
        // "Syrian and Russian warplanes": the demonym before "and" shares the noun.
        const c0 = country as CountryEntry | null;
        if (
          c0 &&
          rule.tokens[0]?.kind === 'class' &&
          (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.lower === 'or')
        ) {
          const other = countryOf(i - 2);
          if (other)
            out.push({
              token: i - 2,
              end: i - 1,
              cls: rule.cls,
              label: fill(rule.label, ctx, other[0]),
              ...stateOf(rule, ctx, other[0]),
            });
        }
      }
    }
    if (best) {
      out.push(best);
      i = best.end;
    } else i++;
  }
  return out.sort((a, b) => a.token - b.token);
}
