import type { PlaceMention } from '../places/types.js';
import { matchAt, type Token } from './match.js';
import type { ActorRule, CountryEntry, EventLexicon } from './types.js';

/** An actor named in a sentence: where, its class and its ACLED-style name. */
export interface ActorMention {
  readonly token: number;
  readonly end: number;
  readonly cls: ActorRule['cls'];
  readonly label: string;
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

/** The country whose name or demonym starts at token i, and how many tokens it covers. */
export function countryAt(
  countries: readonly CountryEntry[],
  tokens: readonly Token[],
  i: number,
): [CountryEntry, number] | null {
  for (const c of countries) {
    for (const v of c.variants) {
      let ok = true;
      for (let k = 0; k < v.length && ok; k++) {
        const w = tokens[i + k]?.lower.replace(/'s$/, '');
        ok = w === v[k];
      }
      if (ok) return [c, v.length];
    }
  }
  return null;
}

const fill = (label: string, ctx: ActorContext, country: CountryEntry | null): string =>
  label
    .replace('{leader}', ctx.leader ?? GENERIC_REBELS)
    .replace('{focusName}', ctx.focusName)
    .replace('{focus}', ctx.focusName)
    .replace('{country}', country?.name ?? ctx.focusName)
    .replace('{dem}', country?.name ?? ctx.focusName);

/** Every actor named in tokens, longest match first at each position. */
export function findActors(tokens: readonly Token[], lexicon: EventLexicon, ctx: ActorContext): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    let best: ActorMention | null = null;
    for (const names of ctx.leaderNames) {
      if (names.every((w, k) => tokens[i + k]?.lower.replace(/'s$/, '') === w) && ctx.leader) {
        const n = names.length;
        if (!best || n > best.end - i) best = { token: i, end: i + n, cls: 'rebel', label: ctx.leader };
      }
    }
    for (const rule of lexicon.actors) {
      let country: CountryEntry | null = null;
      const n = matchAt(rule.tokens, tokens, i, (_name, toks, j) => {
        const hit = countryAt(lexicon.countries, toks, j);
        if (!hit) return 0;
        country = hit[0];
        return hit[1];
      });
      if (n > 0 && (!best || n > best.end - i)) {
        best = { token: i, end: i + n, cls: rule.cls, label: fill(rule.label, ctx, country) };
        // "Syrian and Russian warplanes": the demonym before "and" shares the noun.
        const c0 = country as CountryEntry | null;
        if (
          c0 &&
          rule.tokens[0]?.kind === 'class' &&
          (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.lower === 'or')
        ) {
          const other = countryAt(lexicon.countries, tokens, i - 2);
          if (other) out.push({ token: i - 2, end: i - 1, cls: rule.cls, label: fill(rule.label, ctx, other[0]) });
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
