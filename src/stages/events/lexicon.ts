import type { EventType } from '../../report/contract.js';
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
    .split(/\s+/)
    .filter(Boolean)
    .map((t): PatternToken => {
      const slot = /^\{([a-z]+)\}$/.exec(t);
      if (slot?.[1]) return { kind: 'class', name: slot[1] };
      if (t.endsWith('*') && t.length > 1) return { kind: 'prefix', text: t.slice(0, -1) };
      return { kind: 'word', text: t };
    });
  if (!tokens.length) throw new Error(`${where}: empty pattern`);
  return tokens;
}

/** The files of data/lexicon/events, by name (triggers.tsv, cues.tsv, actors.tsv, countries.tsv). */
export function parseEventLexicon(files: Readonly<Record<string, string>>): EventLexicon {
  const need = (name: string): string => {
    const text = files[name];
    if (text === undefined) throw new Error(`lexicon/events/${name} is missing`);
    return text;
  };
  const triggers: TriggerRule[] = rows(need('triggers.tsv'), 'triggers.tsv', 3).map(([line, c]) => {
    const [type = '', sub = '', pattern = '', flagText = '-'] = c;
    if (!EVENT_TYPES.has(type)) throw new Error(`triggers.tsv:${line}: unknown event type ${JSON.stringify(type)}`);
    const flags = new Set(flagText === '-' || !flagText ? [] : flagText.split(',').map((f) => f.trim()));
    const needs = [...flags].filter((f) => f.startsWith('needs:')).map((f) => f.slice(6));
    return {
      eventType: type as EventType,
      subEventType: sub,
      tokens: parsePattern(pattern, `triggers.tsv:${line}`),
      flags,
      needs,
      line,
    };
  });
  const cues = new Map<string, PatternToken[][]>();
  for (const [line, [cls = '', pattern = '']] of rows(need('cues.tsv'), 'cues.tsv', 2)) {
    const list = cues.get(cls) ?? [];
    list.push(parsePattern(pattern, `cues.tsv:${line}`));
    cues.set(cls, list);
  }
  for (const t of triggers) {
    for (const n of [...t.needs, ...(t.flags.has('air') ? ['air'] : [])]) {
      if (!cues.has(n)) throw new Error(`triggers.tsv:${t.line}: unknown cue class ${n}`);
    }
  }
  const actors: ActorRule[] = rows(need('actors.tsv'), 'actors.tsv', 3).map(
    ([line, [cls = '', pattern = '', label = '']]) => {
      if (!ACTOR_CLASSES.has(cls)) throw new Error(`actors.tsv:${line}: unknown actor class ${JSON.stringify(cls)}`);
      return { cls: cls as ActorRule['cls'], tokens: parsePattern(pattern, `actors.tsv:${line}`), label, line };
    },
  );
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
  return { triggers, cues, actors, countries };
}
