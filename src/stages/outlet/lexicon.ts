/** One row of data/lexicon/outlets.tsv. */
export interface OutletEntry {
  readonly name: string;
  /** A news agency: named in a body as the recipient of a statement it is a source, not the publisher. */
  readonly wire: boolean;
  readonly domains: readonly string[];
  readonly aliases: readonly string[];
  /** Short forms that resolve to `name` only when the text also names the outlet in full. */
  readonly abbreviations: readonly string[];
}

/** The cue phrases of data/lexicon/outlet-cues.tsv. Phrase lists keep their case; word sets are lower-cased. */
export interface OutletCues {
  readonly verify: readonly string[];
  readonly told: readonly string[];
  readonly follow: readonly string[];
  readonly signup: readonly string[];
  readonly sourceLabels: readonly string[];
  readonly pressWords: ReadonlySet<string>;
  readonly notOutlet: ReadonlySet<string>;
  readonly toldTail: ReadonlySet<string>;
  readonly nameDrop: readonly string[];
  readonly connectors: ReadonlySet<string>;
  readonly secondLevel: ReadonlySet<string>;
}

export interface OutletLexicon {
  readonly entries: readonly OutletEntry[];
  /** Lower-cased domain → entry. */
  readonly byDomain: ReadonlyMap<string, OutletEntry>;
  /** Exact name or alias → entry. */
  readonly byName: ReadonlyMap<string, OutletEntry>;
  /** Lower-cased name or alias → entry, for names written in capitals ("USA TODAY"). */
  readonly byNameLower: ReadonlyMap<string, OutletEntry>;
  /** Exact abbreviation → entry. */
  readonly byAbbreviation: ReadonlyMap<string, OutletEntry>;
  readonly cues: OutletCues;
}

/** Non-comment, non-blank rows split on tabs, with 1-based line numbers. */
function rows(text: string): { cells: string[]; line: number }[] {
  const out: { cells: string[]; line: number }[] = [];
  text.split('\n').forEach((raw, i) => {
    const row = raw.replace(/\r$/, '');
    if (row.trim() && !row.startsWith('#')) out.push({ cells: row.split('\t').map((c) => c.trim()), line: i + 1 });
  });
  return out;
}

const list = (cell: string | undefined): string[] =>
  !cell || cell === '-'
    ? []
    : cell
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

export function parseOutlets(text: string, file = 'outlets.tsv'): OutletEntry[] {
  return rows(text).map(({ cells, line }) => {
    const [name, type, domains, aliases, abbreviations] = cells;
    if (!name || (type !== 'outlet' && type !== 'wire') || cells.length !== 5) {
      throw new Error(
        `${file}:${line}: expected name <TAB> outlet|wire <TAB> domains <TAB> aliases <TAB> abbreviations`,
      );
    }
    return {
      name,
      wire: type === 'wire',
      domains: list(domains).map((d) => d.toLowerCase()),
      aliases: list(aliases),
      abbreviations: list(abbreviations),
    };
  });
}

const CUE_TYPES = [
  'verify',
  'told',
  'follow',
  'signup',
  'source-label',
  'press-word',
  'not-outlet',
  'told-tail',
  'name-drop',
  'connector',
  'second-level',
] as const;

export function parseOutletCues(text: string, file = 'outlet-cues.tsv'): OutletCues {
  const by = new Map<string, string[]>(CUE_TYPES.map((t) => [t, []]));
  for (const { cells, line } of rows(text)) {
    const [type, phrase] = cells;
    const bucket = type === undefined ? undefined : by.get(type);
    if (!bucket || !phrase) throw new Error(`${file}:${line}: expected one of ${CUE_TYPES.join('|')} <TAB> phrase`);
    bucket.push(phrase);
  }
  const get = (t: (typeof CUE_TYPES)[number]): string[] => by.get(t) ?? [];
  const lowerSet = (t: (typeof CUE_TYPES)[number]): Set<string> => new Set(get(t).map((w) => w.toLowerCase()));
  return {
    verify: get('verify'),
    told: get('told'),
    follow: get('follow'),
    signup: get('signup'),
    sourceLabels: get('source-label'),
    pressWords: lowerSet('press-word'),
    notOutlet: lowerSet('not-outlet'),
    toldTail: lowerSet('told-tail'),
    nameDrop: get('name-drop'),
    connectors: lowerSet('connector'),
    secondLevel: lowerSet('second-level'),
  };
}

/** Builds the lexicon from the texts of outlets.tsv and outlet-cues.tsv (no I/O here; see load-lexicon.ts). */
export function parseOutletLexicon(files: { outlets: string; cues: string }): OutletLexicon {
  const entries = parseOutlets(files.outlets);
  const byDomain = new Map<string, OutletEntry>();
  const byName = new Map<string, OutletEntry>();
  const byNameLower = new Map<string, OutletEntry>();
  const byAbbreviation = new Map<string, OutletEntry>();
  for (const e of entries) {
    for (const d of e.domains) byDomain.set(d, e);
    for (const n of [e.name, ...e.aliases]) {
      byName.set(n, e);
      byNameLower.set(n.toLowerCase(), e);
    }
    for (const a of e.abbreviations) byAbbreviation.set(a, e);
  }
  return { entries, byDomain, byName, byNameLower, byAbbreviation, cues: parseOutletCues(files.cues) };
}
