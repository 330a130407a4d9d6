import { matchForm } from '../../lib/text/word-forms.js';
import type { EventType } from '../../report/contract.js';
import { ELISION } from './match.js';
import type { ActorRule, CountryEntry, EventLexicon, PatternToken, TriggerRule } from './types.js';

const EVENT_TYPES: ReadonlySet<string> = new Set([
  'Battles',
  'Explosions/Remote violence',
  'Violence against civilians',
  'Protests',
  'Riots',
  'Strategic developments',
]);
const ACTOR_CLASSES = new Set(['rebel', 'state', 'civilians', 'protesters', 'government', 'unidentified']);

/** Data rows of a TSV file: [line number, cells], skipping comments, blank lines and the header row. */
function rows(text: string, file: string, columns: number): [number, string[]][] {
  const out: [number, string[]][] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t').map((c) => c.trim());
    if (cells.length < columns) throw new Error(`${file}:${i + 1}: expected ${columns} tab-separated columns`);
    out.push([i + 1, cells]);
  }
  return out;
}

/** `air strike*` -> tokens; `{air}` is a cue-class slot. */
export function parsePattern(pattern: string, where: string): PatternToken[] {
  const tokens = pattern
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/\s+/)
    .filter(Boolean)
    // "d'artillerie" is two words of the text ("d'", "artillerie"): so it is in the pattern
    .flatMap((t) => {
      const n = ELISION.exec(t)?.[0].length ?? 0;
      return n ? [t.slice(0, n), t.slice(n)] : [t];
    })
    .map((t): PatternToken => {
      const slot = /^\{([a-z]+)\}$/.exec(t);
      if (slot?.[1]) return { kind: 'class', name: slot[1] };
      if (t.endsWith('*') && t.length > 1) return { kind: 'prefix', text: matchForm(t.slice(0, -1)) };
      return { kind: 'word', text: matchForm(t) };
    });
  if (!tokens.length) throw new Error(`${where}: empty pattern`);
  return tokens;
}

/** A language-specific file name: `triggers.fr.tsv` -> ['triggers', 'fr']. */
const LANGUAGE_FILE = /^(triggers|cues|actors)\.([a-z]{2})\.tsv$/;

function parseTriggers(text: string, file: string, lang: string): TriggerRule[] {
  return rows(text, file, 3).map(([line, c]) => {
    const [type = '', sub = '', pattern = '', flagText = '-'] = c;
    if (!EVENT_TYPES.has(type)) throw new Error(`${file}:${line}: unknown event type ${JSON.stringify(type)}`);
    const flags = new Set(flagText === '-' || !flagText ? [] : flagText.split(',').map((f) => f.trim()));
    const needs = [...flags].filter((f) => f.startsWith('needs:')).map((f) => f.slice(6));
    return {
      eventType: type as EventType,
      subEventType: sub,
      tokens: parsePattern(pattern, `${file}:${line}`),
      flags,
      needs,
      line,
      lang,
    };
  });
}

function parseCues(text: string, file: string): Map<string, PatternToken[][]> {
  const cues = new Map<string, PatternToken[][]>();
  for (const [line, [cls = '', pattern = '']] of rows(text, file, 2)) {
    const list = cues.get(cls) ?? [];
    list.push(parsePattern(pattern, `${file}:${line}`));
    cues.set(cls, list);
  }
  return cues;
}

function parseActors(text: string, file: string): ActorRule[] {
  return rows(text, file, 3).map(([line, [cls = '', pattern = '', label = '']]) => {
    if (!ACTOR_CLASSES.has(cls)) throw new Error(`${file}:${line}: unknown actor class ${JSON.stringify(cls)}`);
    return { cls: cls as ActorRule['cls'], tokens: parsePattern(pattern, `${file}:${line}`), label, line };
  });
}

/**
 * The files of data/lexicon/events, by name: triggers.tsv (English triggers), cues.tsv and actors.tsv (shared by
 * every language: language-neutral and English forms), countries.tsv, and per language `triggers.<lang>.tsv`,
 * `cues.<lang>.tsv`, `actors.<lang>.tsv` (ISO 639-1 code).
 */
export function parseEventLexicon(files: Readonly<Record<string, string>>): EventLexicon {
  const need = (name: string): string => {
    const text = files[name];
    if (text === undefined) throw new Error(`lexicon/events/${name} is missing`);
    return text;
  };
  const triggers: TriggerRule[] = parseTriggers(need('triggers.tsv'), 'triggers.tsv', 'en');
  const cues = parseCues(need('cues.tsv'), 'cues.tsv');
  const actors = parseActors(need('actors.tsv'), 'actors.tsv');
  const perLanguage = new Map<string, { cues: Map<string, PatternToken[][]>; actors: ActorRule[] }>();
  const part = (lang: string) => {
    let p = perLanguage.get(lang);
    if (!p) {
      p = { cues: new Map(), actors: [] };
      perLanguage.set(lang, p);
    }
    return p;
  };
  for (const name of Object.keys(files).sort()) {
    const m = LANGUAGE_FILE.exec(name);
    if (!m?.[1] || !m[2]) continue;
    const [, kind, lang] = m;
    const text = files[name] as string;
    if (kind === 'triggers') triggers.push(...parseTriggers(text, name, lang));
    else if (kind === 'cues') for (const [cls, list] of parseCues(text, name)) part(lang).cues.set(cls, list);
    else part(lang).actors.push(...parseActors(text, name));
    part(lang);
  }
  for (const t of triggers) {
    for (const n of [...t.needs, ...(t.flags.has('air') ? ['air'] : [])]) {
      const known = cues.has(n) || perLanguage.get(t.lang)?.cues.has(n);
      if (!known)
        throw new Error(`triggers${t.lang === 'en' ? '' : `.${t.lang}`}.tsv:${t.line}: unknown cue class ${n}`);
    }
  }
  const countries: CountryEntry[] = rows(need('countries.tsv'), 'countries.tsv', 2).map(
    ([, [iso2 = '', name = '', variants = '']]) => ({
      iso2: iso2.toUpperCase(),
      name,
      variants: [name.toLowerCase(), ...variants.split(',')]
        .map((v) => v.trim())
        .filter(Boolean)
        .map((v) => v.split(/\s+/)),
    }),
  );
  return { triggers, cues, actors, countries, perLanguage };
}

const VIEWS = new WeakMap<EventLexicon, Map<string, EventLexicon>>();

/**
 * The lexicon a document of language `lang` is read with: the triggers of that language (English: triggers.tsv),
 * the shared cues and actors plus that language's own. A document whose language is unknown, or has no triggers of
 * its own, is read with every language's rows. Views are built once per language.
 */
export function lexiconFor(lexicon: EventLexicon, lang: string | null): EventLexicon {
  const key = lang && lexicon.triggers.some((t) => t.lang === lang) ? lang : '*';
  let views = VIEWS.get(lexicon);
  if (!views) {
    views = new Map();
    VIEWS.set(lexicon, views);
  }
  const cached = views.get(key);
  if (cached) return cached;
  const parts = key === '*' ? [...lexicon.perLanguage.values()] : [lexicon.perLanguage.get(key)].filter((p) => !!p);
  const cues = new Map<string, (readonly PatternToken[])[]>();
  for (const source of [lexicon.cues, ...parts.map((p) => p.cues)])
    for (const [cls, list] of source) cues.set(cls, [...(cues.get(cls) ?? []), ...list]);
  const view: EventLexicon = {
    triggers: key === '*' ? lexicon.triggers : lexicon.triggers.filter((t) => t.lang === key),
    cues,
    actors: [...lexicon.actors, ...parts.flatMap((p) => p.actors)],
    countries: lexicon.countries,
    perLanguage: lexicon.perLanguage,
  };
  views.set(key, view);
  return view;
}
