/** What a source phrase says about its source: kind, role, affiliation, and what sort of mention it is. */
import type { AffiliationEntry, ClaimLexicon, PronounClass } from './lexicon.js';
import type { Tok } from './tokens.js';
import type { SourceKind, SourceRole } from './types.js';

/** How a source phrase refers: by name, by description, as an unnamed source, by pronoun. */
export type MentionType = 'named' | 'description' | 'unnamed' | 'group' | 'pronoun';

export interface Profile {
  readonly type: MentionType;
  readonly pronoun: PronounClass | null;
  readonly kind: SourceKind;
  readonly role: SourceRole;
  readonly person: boolean;
  readonly plural: boolean;
  /** The state the source speaks for (for the status rule), or null. */
  readonly state: string | null;
  /** The contract's affiliation ("Kremlin, Russia"), or null. */
  readonly affiliation: string | null;
}

const ROLE_RANK: Readonly<Record<SourceRole, number>> = { neutral: 0, state: 1, party: 2 };
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her']);
/** Most name words a bare person name has ("Abd Alghani Al-Aryan" = 3; "Sheikh Mohammed bin Zayed" = 4). */
const MAX_PERSON_NAME_TOKENS = 5;

const tokMatches = (t: Tok | undefined, word: string, caseSensitive: boolean): boolean =>
  t !== undefined && (caseSensitive ? t.text === word : t.lower === word);

/** Indices where a multi-word entry starts in toks. */
function entryAt(toks: readonly Tok[], i: number, words: readonly string[], caseSensitive: boolean): boolean {
  for (let k = 0; k < words.length; k++) if (!tokMatches(toks[i + k], words[k]!, caseSensitive)) return false;
  return true;
}

/** Words after which a noun phrase's head is already behind ("commanders of HTS", "rebels led by X"). */
const POST_HEAD = new Set(['of', 'for', 'in', 'at', 'from', 'among', 'with', 'by', 'on', '(', ',']);

/** The head word of a phrase: the word before its first post-modifier, else its last word. */
export function headOf(phrase: readonly Tok[]): Tok | undefined {
  for (let i = 1; i < phrase.length; i++) {
    const t = phrase[i]!;
    if (POST_HEAD.has(t.lower) || (t.pos === 'VERB' && POST_HEAD.has(phrase[i + 1]?.lower ?? ''))) return phrase[i - 1];
  }
  return phrase[phrase.length - 1];
}

/** The singular of a regular English plural title ("commanders" -> "commander"). */
const singular = (w: string): string => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

export const isTitleTok = (t: Tok, lex: ClaimLexicon): boolean =>
  lex.titles.has(t.lower) || lex.titles.has(singular(t.lower));

/** Affiliation entries found in the phrase, in order. */
export function affiliationsIn(toks: readonly Tok[], lex: ClaimLexicon): AffiliationEntry[] {
  const out: AffiliationEntry[] = [];
  for (let i = 0; i < toks.length; i++) {
    // "UK-based", "Iran-backed": a state inside a compound says where, not whom the source speaks for.
    if (glued(toks, i)) continue;
    for (const a of lex.affiliationsByFirst.get(toks[i]!.text) ?? []) if (entryAt(toks, i, a.tokens, true)) out.push(a);
  }
  return out;
}

const HYPHEN = /^[-‐‑]$/;
/** True when toks[i] is joined to a neighbour by a hyphen with no spaces. */
function glued(toks: readonly Tok[], i: number): boolean {
  const t = toks[i]!;
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    (prev !== undefined && HYPHEN.test(prev.text) && prev.end === t.start) ||
    (next !== undefined && HYPHEN.test(next.text) && t.end === next.start)
  );
}

/** Whether toks[i] is a capitalised word that names something (not a demonym, kind word, title or determiner). */
function isNameWord(
  toks: readonly Tok[],
  i: number,
  lex: ClaimLexicon,
  affWords: ClaimLexicon['affiliationsByFirst'],
): boolean {
  const t = toks[i]!;
  if (!/^\p{Lu}/u.test(t.text) || DETERMINERS.has(t.lower) || t.pos === 'PRON' || t.pos === 'DET') return false;
  if (
    affWords.get(t.text)?.some((a) => a.tokens.length === 1) ||
    isTitleTok(t, lex) ||
    lex.honorifics.has(t.lower.replace(/\.$/, ''))
  )
    return false;
  if (lex.timeWords.has(t.lower)) return false;
  // Common nouns of source-kinds.tsv ("army") are not names; its proper names ("Reuters", "UN") are.
  if (lex.kindWords.has(t.lower)) return false;
  return true;
}

/**
 * Profiles a source phrase and the phrases describing it (appositives). Kinds and roles come from
 * source-kinds.tsv, states from affiliations.tsv; a title or honorific makes a person.
 */
export function profileOf(phrase: readonly Tok[], describers: readonly (readonly Tok[])[], lex: ClaimLexicon): Profile {
  const first = phrase[0];
  if (phrase.length === 1 && first && lex.pronouns.has(first.lower)) {
    const cls = lex.pronouns.get(first.lower)!;
    return {
      type: 'pronoun',
      pronoun: cls,
      kind: cls === 'person' ? 'person' : 'other',
      role: 'neutral',
      person: cls === 'person',
      plural: cls === 'plural',
      state: null,
      affiliation: null,
    };
  }
  const found: { kind: SourceKind | null; role: SourceRole | null } = { kind: null, role: null };
  const scan = (toks: readonly Tok[], setKind: boolean) => {
    for (let i = 0; i < toks.length; i++) {
      for (const k of lex.kindsByFirst.get(toks[i]!.lower) ?? []) {
        if (!entryAt(toks, i, k.tokens, k.caseSensitive)) continue;
        if (setKind && k.kind && (k.kind !== 'other' || found.kind === null)) found.kind = k.kind;
        if (k.role && (found.role === null || ROLE_RANK[k.role] > ROLE_RANK[found.role])) found.role = k.role;
      }
    }
  };
  scan(phrase, true);
  let kind = found.kind;
  const affs = affiliationsIn(phrase, lex);
  const affWords = lex.affiliationsByFirst;
  // A singular title makes a person ("commander X"); a plural one a group ("commanders of HTS").
  const hasTitle = phrase.some((t) => lex.titles.has(t.lower));
  // "Mr Peskov", also after a title ("Health ministry spokeswoman Dr Ilona Serevic"): an honorific before a name.
  const hasHonorific = phrase.some(
    (t, i) =>
      lex.honorifics.has(t.lower.replace(/\.$/, '')) &&
      (i === 0 || (/^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(phrase[i + 1]?.text ?? ''))),
  );
  const nameIdx = phrase.map((_, i) => i).filter((i) => isNameWord(phrase, i, lex, affWords));
  const hasParen = phrase.some((t) => t.text === '(');
  const indefinite = first !== undefined && /^(?:a|an)$/i.test(first.text);
  const named = nameIdx.length > 0 || (affs.length > 0 && kind !== null && kind !== 'unnamed' && !indefinite);
  const onlyPlace =
    affs.length > 0 &&
    nameIdx.length === 0 &&
    kind === null &&
    phrase.every((t) => /^\p{Lu}/u.test(t.text) || DETERMINERS.has(t.lower));
  const bareName =
    nameIdx.length >= 2 &&
    nameIdx.length <= MAX_PERSON_NAME_TOKENS &&
    kind === null &&
    !hasParen &&
    phrase.every(
      (t) => /^\p{Lu}/u.test(t.text) || t.text === '-' || /^(?:al|el|bin|ibn|abu|de|van|von)$/i.test(t.lower),
    );
  // A title makes a person only next to the name ("spokesman Dmitry Peskov"), not before a place ("a doctor at
  // the Talvesh hospital").
  const titleByName =
    hasTitle &&
    nameIdx.some(
      (i) =>
        (phrase[i - 1] && lex.titles.has(phrase[i - 1]!.lower)) ||
        (phrase[i + 1] && lex.titles.has(phrase[i + 1]!.lower)),
    );
  const person = hasHonorific || titleByName || bareName;
  for (const d of describers) scan(d, kind === null || kind === 'other');
  kind = found.kind;
  const role = found.role;
  const head = headOf(phrase);
  const plural =
    !person &&
    head !== undefined &&
    ((head.pos === 'NOUN' && head.lemma !== head.lower) || phrase.some((t) => t.lower === 'and'));
  // "two military sources", "Hamas officials", "sources among the insurgents": the head makes them unnamed.
  const headKind = head
    ? lex.kindsByFirst.get(head.lower)?.find((k) => k.tokens.length === 1 && !k.caseSensitive)?.kind
    : undefined;
  let type: MentionType;
  if (headKind === 'unnamed' && !person) {
    type = 'unnamed';
    kind = 'unnamed';
  } else if (kind === 'unnamed' && nameIdx.length === 0) type = 'unnamed';
  else if (person || named || onlyPlace) type = 'named';
  else if (first && DETERMINERS.has(first.lower)) type = 'description';
  else type = 'group';
  const finalKind: SourceKind = person ? 'person' : onlyPlace ? 'government' : (kind ?? 'other');
  const finalRole: SourceRole = role ?? (onlyPlace ? 'state' : 'neutral');
  const state = affs[0]?.state ?? null;
  const describerAffs = describers.flatMap((d) => affiliationsIn(d, lex));
  return {
    type,
    pronoun: null,
    kind: finalKind,
    role: finalRole,
    person,
    plural,
    state: state ?? (finalRole !== 'neutral' ? (describerAffs[0]?.state ?? null) : null),
    affiliation: affiliationOf(phrase, describers, person, finalRole, affs, lex),
  };
}

/**
 * The contract's affiliation. A person: the organisation or seat named in the title ("Kremlin spokesman" ->
 * "Kremlin, Russia"; "the UN's deputy coordinator" -> "UN"), else the state. An organisation speaking for a side
 * (role party or state, or unnamed sources): its state ("Syrian military sources" -> "Syria"). Neutral
 * organisations get none: a demonym in "Syrian Observatory" is not an allegiance.
 */
function affiliationOf(
  phrase: readonly Tok[],
  describers: readonly (readonly Tok[])[],
  person: boolean,
  role: SourceRole,
  affs: readonly AffiliationEntry[],
  lex: ClaimLexicon,
): string | null {
  const seat = affs.find((a) => a.type === 'seat');
  if (seat) return `${seat.tokens.join(' ')}, ${seat.state}`;
  if (person) {
    for (const toks of [phrase, ...describers]) {
      const titleAt = toks.findIndex((t) => isTitleTok(t, lex));
      if (titleAt < 0) continue;
      const org = orgNear(toks, titleAt, lex);
      if (org) return org;
    }
    const all = [...affs, ...describers.flatMap((d) => affiliationsIn(d, lex))];
    return all[0]?.state ?? null;
  }
  if (role === 'neutral') return null;
  return affs[0]?.state ?? null;
}

/** A capitalised run next to a title ("Kremlin" spokesman; commander in the "Jaish al-Izza" brigade). */
function orgNear(toks: readonly Tok[], titleAt: number, lex: ClaimLexicon): string | null {
  const isCap = (t: Tok | undefined) =>
    t !== undefined && /^\p{Lu}/u.test(t.text) && !isTitleTok(t, lex) && t.pos !== 'DET';
  const runAt = (i: number): string | null => {
    let a = i;
    let b = i;
    while (a > 0 && (isCap(toks[a - 1]) || (toks[a - 1]?.text === '-' && isCap(toks[a - 2])))) a--;
    while (b < toks.length - 1 && (isCap(toks[b + 1]) || /^(?:-|al|el)$/.test(toks[b + 1]!.lower))) b++;
    const words = toks.slice(a, b + 1);
    while (words.length && /^(?:-|al|el)$/.test(words[words.length - 1]!.lower)) words.pop();
    return words.length ? joinToks(words) : null;
  };
  const prev = toks[titleAt - 1];
  if (isCap(prev)) {
    const run = runAt(titleAt - 1);
    if (run) return withState(run, lex);
  }
  for (let k = titleAt + 1; k < toks.length; k++) {
    if (isCap(toks[k])) return withState(runAt(k)!, lex);
  }
  for (let k = titleAt - 1; k >= 0; k--) {
    if (isCap(toks[k]) && toks[k + 1]?.text.match(/^['’]s?$/)) return withState(runAt(k)!, lex);
  }
  return null;
}

function withState(org: string, lex: ClaimLexicon): string {
  const seat = lex.affiliations.find((a) => a.tokens.join(' ') === org);
  if (!seat) return org;
  return seat.type === 'seat' ? `${org}, ${seat.state}` : seat.state;
}

/** Tokens joined with their original spacing. */
export function joinToks(toks: readonly Tok[]): string {
  let out = '';
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    out += prev && prev.end < t.start ? ` ${t.text}` : t.text;
  }
  return out;
}
