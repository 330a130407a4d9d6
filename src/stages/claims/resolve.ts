/**
 * Per-document source resolution. Every claim's source phrase becomes a source of the document:
 *
 * - a name ("the Syrian Observatory for Human Rights (SOHR)") is one source with every alias the text gives it:
 *   the bracketed acronym (also when it appears elsewhere in the text), appositives (", a UK-based monitoring
 *   group"), the bare name without its title ("Dmitry Peskov" for "Kremlin spokesman Dmitry Peskov");
 * - a later mention by acronym, surname ("Mr Peskov") or a shorter form of the name is the same source;
 * - a description ("the monitoring group", "the ministry", "a UK-based monitoring group") is the named source
 *   whose aliases contain its words (the nearest before it first, then any in the document), else the only named
 *   source of the same kind in the document, else a source of its own;
 * - a pronoun ("he", "it", "they") is the last source of a matching class (person / not a person / group) used
 *   within SPEAKER_SCOPE_PARAGRAPHS paragraphs; failing that it stays unresolved;
 * - unnamed sources ("two Syrian military sources", "residents") stay unnamed; a shorter later mention with the
 *   same head ("the military sources") is the same unnamed source.
 */

import type { ClaimLexicon } from './lexicon.js';
import { acronymOf, containsName, isAcronym, nameTokensOf, normName } from './names.js';
import { isHeadTok } from './np.js';
import { isTitleTok, joinToks, type Profile, profileOf } from './profile.js';
import type { Sent, Tok } from './tokens.js';
import type { ClaimSource, SourceBasis } from './types.js';

/** How many paragraphs back a pronoun may find its speaker ("he said" three paragraphs after the name). */
export const SPEAKER_SCOPE_PARAGRAPHS = 3;
/** Most recent source uses a pronoun looks back over (bounds the work in one endless paragraph). */
const MAX_SPEAKER_LOOKBACK = 40;
/** Longest name run before a bracketed acronym ("Syrian Observatory for Human Rights (SOHR)"). */
const MAX_ACRONYM_NAME_TOKENS = 8;

export interface SourceMention {
  /** The phrase naming the source (a pronoun, a name, a description). */
  readonly phrase: readonly Tok[];
  /** Appositives and, for "who", its antecedent. */
  readonly describers: readonly (readonly Tok[])[];
  readonly paragraph: number;
}

/** A resolved source: its key in the document and how it was found. */
export interface SourceRef {
  readonly key: string;
  readonly basis: SourceBasis;
}

interface DocSource {
  readonly key: string;
  readonly aliases: string[];
  canonical: string;
  readonly profile: Profile;
  readonly named: boolean;
}

const DETS = /^(?:the|a|an|this|that|these|those)\s+/i;
const stripDet = (s: string): string => s.replace(DETS, '').trim();

/** Text of a phrase without bracketed parts, and the bracketed acronyms. */
function splitParens(toks: readonly Tok[]): { text: string; acronyms: string[] } {
  const kept: Tok[] = [];
  const acronyms: string[] = [];
  let depth = 0;
  let inner: Tok[] = [];
  for (const t of toks) {
    if (t.text === '(') {
      depth++;
      inner = [];
      continue;
    }
    if (t.text === ')') {
      depth--;
      const s = joinToks(inner);
      if (isAcronym(s)) acronyms.push(s);
      continue;
    }
    if (depth > 0) inner.push(t);
    else kept.push(t);
  }
  return { text: stripDet(joinToks(kept)), acronyms };
}

/** The person's name without title or honorific: the last run of capitalised words. */
function bareName(toks: readonly Tok[], lex: ClaimLexicon): string | null {
  let end = toks.length;
  while (end > 0 && !/^\p{Lu}/u.test(toks[end - 1]!.text)) end--;
  let start = end;
  while (start > 0) {
    const t = toks[start - 1]!;
    const nameLike = /^\p{Lu}/u.test(t.text) || /^(?:-|al|el|bin|ibn|abu)$/i.test(t.text);
    if (!nameLike || isTitleTok(t, lex) || lex.honorifics.has(t.lower.replace(/\.$/, ''))) break;
    if ((lex.affiliationsByFirst.get(t.text) ?? []).some((a) => a.tokens.length === 1)) break;
    start--;
  }
  return end > start ? joinToks(toks.slice(start, end)) : null;
}

/** "Name (ACR)" pairs anywhere in the document: acronym -> full name. */
export function acronymTable(sents: readonly Sent[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const s of sents) {
    const toks = s.toks;
    for (let i = 1; i + 2 < toks.length; i++) {
      if (toks[i]!.text !== '(' || toks[i + 2]!.text !== ')' || !isAcronym(toks[i + 1]!.text)) continue;
      let a = i;
      while (a > 0 && i - a < MAX_ACRONYM_NAME_TOKENS) {
        const t = toks[a - 1]!;
        if (/^\p{Lu}/u.test(t.text) || /^(?:-|al|el|for|of|the)$/.test(t.text)) a--;
        else break;
      }
      while (a < i && /^(?:-|for|of|the)$/.test(toks[a]!.text)) a++;
      if (a < i) table.set(toks[i + 1]!.text, joinToks(toks.slice(a, i)));
    }
  }
  return table;
}

/** Resolves the sources of one document's claims (mentions in document order; null = no source written). */
export class SourceResolver {
  private readonly sources: DocSource[] = [];
  private readonly byKey = new Map<string, DocSource>();
  private readonly keyCount = new Map<string, number>();
  /** Sources by last use, most recent last, with the paragraph of that use. */
  private readonly recent: { src: DocSource; paragraph: number }[] = [];
  /**
   * Profiles by phrase and describer arrays (identity): one mention is profiled by preregister, resolve and the
   * pronoun fallbacks alike, and profileOf is pure over its tokens and the lexicon.
   */
  private readonly profiles = new WeakMap<readonly Tok[], Map<readonly (readonly Tok[])[], Profile>>();

  constructor(
    private readonly lex: ClaimLexicon,
    private readonly acronyms: ReadonlyMap<string, string>,
  ) {}

  /** Registers the named mentions first, so that a description may point forward ("a monitoring group said … SOHR"). */
  preregister(mentions: readonly (SourceMention | null)[]): void {
    for (const m of mentions) {
      if (!m) continue;
      const target = this.namedTarget(m);
      if (target) this.named(target.phrase, target.describers);
    }
  }

  /**
   * Resolves one mention. `subjectsBefore` gives the subjects of the sentences before it, most recent last (asked
   * for only when needed): a pronoun with no speaker in scope takes the last subject of its class ("The rebels
   * seized X. They also claimed …").
   */
  resolve(
    m: SourceMention,
    subjectsBefore: () => readonly SourceMention[] = () => [],
    local: SourceMention | null = null,
  ): SourceRef {
    const p = this.profile(m.phrase, m.describers);
    if (p.type === 'pronoun') {
      const target = this.namedTarget(m);
      if (target && target !== m) return this.use(this.named(target.phrase, target.describers), 'named', m.paragraph);
      if (local && local.phrase !== m.phrase && this.fits(p, local)) {
        const ref = this.resolve({ ...local, paragraph: m.paragraph });
        return { key: ref.key, basis: 'pronoun' };
      }
      if (p.pronoun === 'any' && m.describers[0])
        return this.resolve({ ...m, phrase: m.describers[0], describers: m.describers.slice(1) });
      const found = this.lastOf(p, m.paragraph);
      if (found) return this.use(found, 'pronoun', m.paragraph);
      const subjects = subjectsBefore();
      for (let i = subjects.length - 1; i >= 0; i--) {
        const subj = subjects[i]!;
        if (m.paragraph - subj.paragraph > SPEAKER_SCOPE_PARAGRAPHS) break;
        const sp = this.profile(subj.phrase, subj.describers);
        if (sp.type === 'pronoun') continue;
        const fit = p.pronoun === 'person' ? sp.person : p.pronoun === 'plural' ? sp.plural : !sp.person && !sp.plural;
        if (!fit) continue;
        const ref = this.resolve({ ...subj, paragraph: m.paragraph });
        return { key: ref.key, basis: 'pronoun' };
      }
      const key = `pronoun:${m.phrase[0]!.lower}`;
      const known = this.byKey.get(key) ?? this.create(key, m.phrase[0]!.text, p, false);
      return this.use(known, 'unresolved', m.paragraph);
    }
    if (p.type === 'named') return this.use(this.named(m.phrase, m.describers), 'named', m.paragraph);
    if (p.type === 'description') {
      const d = this.describe(m.phrase, p);
      if (d) return this.use(d, 'description', m.paragraph);
    }
    return this.use(this.unnamed(m.phrase, p), p.type === 'unnamed' ? 'unnamed' : 'description', m.paragraph);
  }

  private profile(phrase: readonly Tok[], describers: readonly (readonly Tok[])[]): Profile {
    let byDescribers = this.profiles.get(phrase);
    if (!byDescribers) {
      byDescribers = new Map();
      this.profiles.set(phrase, byDescribers);
    }
    let p = byDescribers.get(describers);
    if (!p) {
      p = profileOf(phrase, describers, this.lex);
      byDescribers.set(describers, p);
    }
    return p;
  }

  /** Whether a pronoun's class fits a (non-pronoun) phrase: he/she a person, they a plural, it neither. */
  private fits(p: Profile, m: SourceMention): boolean {
    const sp = this.profile(m.phrase, m.describers);
    if (sp.type === 'pronoun') return false;
    return p.pronoun === 'person' ? sp.person : p.pronoun === 'plural' ? sp.plural : !sp.person && !sp.plural;
  }

  /** The source behind a reference, with every alias learned so far (call after resolving the whole document). */
  claimSource(ref: SourceRef): ClaimSource {
    const src = this.byKey.get(ref.key)!;
    return {
      key: src.key,
      name: src.canonical,
      aliases: [...src.aliases],
      kind: src.profile.kind,
      role: src.profile.role,
      affiliation: src.profile.affiliation,
      state: src.profile.state,
      basis: ref.basis,
    };
  }

  /** Marks a carried-over use (a quote continuing a speaker's words) for pronoun recency. */
  carry(ref: SourceRef, paragraph: number): SourceRef {
    return this.use(this.byKey.get(ref.key)!, 'carried', paragraph);
  }

  /** For "who": the antecedent when it is a name. */
  private namedTarget(m: SourceMention): SourceMention | null {
    const p = this.profile(m.phrase, m.describers);
    if (p.type === 'named') return m;
    if (p.type === 'pronoun' && p.pronoun === 'any' && m.describers[0]) {
      const ante = { phrase: m.describers[0], describers: m.describers.slice(1), paragraph: m.paragraph };
      return this.profile(ante.phrase, ante.describers).type === 'named' ? ante : null;
    }
    return null;
  }

  private create(key: string, name: string, profile: Profile, named: boolean): DocSource {
    const n = (this.keyCount.get(key) ?? 0) + 1;
    this.keyCount.set(key, n);
    const k = n === 1 ? key : `${key}#${n}`;
    const src: DocSource = { key: k, aliases: [name], canonical: name, profile, named };
    this.sources.push(src);
    this.byKey.set(k, src);
    return src;
  }

  private addAlias(src: DocSource, alias: string): void {
    const a = stripDet(alias.trim());
    if (a && !src.aliases.some((x) => normName(x) === normName(a))) src.aliases.push(a);
  }

  private named(phrase: readonly Tok[], describers: readonly (readonly Tok[])[]): DocSource {
    const p = this.profile(phrase, describers);
    const split = splitParens(phrase);
    const { acronyms } = split;
    // "A Syrian military statement said": the statement's author names the source.
    const words = split.text.split(' ');
    const docNoun = words.length > 2 && this.lex.documents.has(words[words.length - 1]!.toLowerCase());
    const text = docNoun ? words.slice(0, -1).join(' ') : split.text;
    const person = p.person ? bareName(phrase, this.lex) : null;
    const names = [text, ...acronyms, ...(person ? [person] : []), ...(docNoun ? [split.text] : [])];
    for (const acr of [...acronyms, ...(isAcronym(text) ? [text] : [])]) {
      const full = this.acronyms.get(acr);
      if (full) names.push(full);
    }
    for (const [acr, full] of this.acronyms) if (normName(full) === normName(text)) names.push(acr);
    const found = this.sources.find((s) => s.named && names.some((n) => this.sameSource(s, n, p)));
    const src = found ?? this.create(`src:${normName(person ?? text)}`, person ?? text, this.inherit(p, text), true);
    for (const n of names) this.addAlias(src, n);
    for (const d of describers) this.addAlias(src, splitParens(d).text);
    if (person && src.canonical !== person && nameTokensOf(person).length > nameTokensOf(src.canonical).length)
      src.canonical = person;
    if (
      !person &&
      !src.profile.person &&
      nameTokensOf(text).length > nameTokensOf(src.canonical).length &&
      !isAcronym(text)
    ) {
      src.canonical = text;
    }
    return src;
  }

  /**
   * A name whose words give no kind ("HTS and its allies") takes kind, role and state from a source of the
   * document it contains by name or acronym ("HTS" of "the Islamist militant group Hayat Tahrir al-Sham (HTS)").
   */
  private inherit(p: Profile, text: string): Profile {
    if (p.kind !== 'other' || p.role !== 'neutral' || p.person) return p;
    const hay = ` ${normName(text)} `;
    const host = this.sources.find(
      (s) =>
        s.named &&
        !s.profile.person &&
        s.aliases.some((a) => (isAcronym(a) || nameTokensOf(a).length >= 2) && hay.includes(` ${normName(a)} `)),
    );
    return host ? { ...p, kind: host.profile.kind, role: host.profile.role, state: host.profile.state } : p;
  }

  private sameSource(s: DocSource, name: string, p: Profile): boolean {
    if (s.profile.person !== p.person && !isAcronym(name)) return false;
    return s.aliases.some((a) => {
      if (normName(a) === normName(name)) return true;
      if (isAcronym(name) && acronymOf(a) === normName(name).replace(/\s/g, '')) return true;
      if (isAcronym(a) && acronymOf(name) === normName(a).replace(/\s/g, '')) return true;
      if (p.person) {
        const ta = nameTokensOf(a);
        const tb = nameTokensOf(name);
        return ta.length > 0 && tb.length > 0 && ta[ta.length - 1] === tb[tb.length - 1];
      }
      const [longer, shorter] = nameTokensOf(a).length >= nameTokensOf(name).length ? [a, name] : [name, a];
      return nameTokensOf(shorter).length >= 2 && containsName(longer, shorter);
    });
  }

  /** A description: aliases containing its words (nearest before first), else the only named source of its kind. */
  private describe(phrase: readonly Tok[], p: Profile): DocSource | null {
    const words = nameTokensOf(splitParens(phrase).text).filter((w) => w !== 'this' && w !== 'that');
    if (!words.length) return null;
    const fits = (s: DocSource) =>
      s.named &&
      s.aliases.some((a) => {
        const set = new Set(nameTokensOf(a));
        return words.every((w) => set.has(w));
      });
    for (let i = this.recent.length - 1; i >= 0; i--) if (fits(this.recent[i]!.src)) return this.recent[i]!.src;
    const any = this.sources.find(fits);
    if (any) return any;
    // Kind alone resolves only an organisation-like singular description: "an insurgent commander" (a title) or
    // "the rebels" (a plural) are people or groups of their own.
    if (p.kind === 'other' || p.kind === 'unnamed' || p.plural || phrase.some((t) => isTitleTok(t, this.lex)))
      return null;
    const sameKind = this.sources.filter(
      (s) => s.named && !s.profile.person && s.profile.kind === p.kind && !this.contradicts(s, words),
    );
    return sameKind.length === 1 ? sameKind[0]! : null;
  }

  /**
   * "the defence ministry" is not "the health ministry": a source whose alias puts another modifier before the
   * description's head word.
   */
  private contradicts(s: DocSource, words: readonly string[]): boolean {
    if (words.length < 2) return false;
    const head = words[words.length - 1]!;
    const mod = words[words.length - 2]!;
    return s.aliases.some((a) => {
      const toks = nameTokensOf(a);
      const k = toks.indexOf(head);
      return k > 0 && toks[k - 1] !== mod;
    });
  }

  private unnamed(phrase: readonly Tok[], p: Profile): DocSource {
    const text = splitParens(phrase).text;
    const words = phrase
      .filter((t) => isHeadTok(t) || t.pos === 'ADJ')
      .filter((t) => t.pos !== 'NUM' && !/^(?:first|second|third)$/.test(t.lower));
    const set = words.map((t) => t.lower.replace(/s$/, ''));
    const head = set[set.length - 1];
    const found = this.sources.find((s) => {
      if (s.named || s.profile.kind !== p.kind) return false;
      return s.aliases.some((a) => {
        const other = nameTokensOf(a).map((w) => w.replace(/s$/, ''));
        return other[other.length - 1] === head && set.every((w) => other.includes(w));
      });
    });
    const src = found ?? this.create(`unnamed:${normName(text)}`, text, p, false);
    this.addAlias(src, text);
    // "sources among the insurgents" is also "insurgents sources"; "sources close to the army", "army sources".
    const m = /^(\S+)\s+(?:among|within|inside|from|in|close to|near to|with)\s+(?:the\s+)?(.+)$/i.exec(text);
    if (m && p.kind === 'unnamed' && nameTokensOf(m[2]!).length <= 3) this.addAlias(src, `${m[2]} ${m[1]}`);
    return src;
  }

  private lastOf(p: Profile, paragraph: number): DocSource | null {
    const floor = Math.max(0, this.recent.length - MAX_SPEAKER_LOOKBACK);
    for (let i = this.recent.length - 1; i >= floor; i--) {
      const { src, paragraph: at } = this.recent[i]!;
      if (paragraph - at > SPEAKER_SCOPE_PARAGRAPHS) return null;
      if (src.key.startsWith('pronoun:')) continue;
      const fit =
        p.pronoun === 'person'
          ? src.profile.person
          : p.pronoun === 'thing'
            ? !src.profile.person
            : p.pronoun === 'plural'
              ? src.profile.plural || (!src.profile.person && i === this.recent.length - 1)
              : true;
      if (fit) return src;
    }
    return null;
  }

  private use(src: DocSource, basis: SourceBasis, paragraph: number): SourceRef {
    this.recent.push({ src, paragraph });
    return { key: src.key, basis };
  }
}
