import { PLACE_FEATURES, type PlaceFeature } from '../../../report/contract.js';
import type { CompiledIndex } from './builder.js';
import { StringTable } from './string-table.js';
import type { GazetteerEntry } from './types.js';

/** Bump when the compiled layout or the compile rules change: old cache files are then ignored. */
export const CACHE_FORMAT = 'sitrep-gazetteer-13';

const KINDS: readonly GazetteerEntry['kind'][] = [
  'country',
  'admin1',
  'place',
  'landmark',
  'route',
  'region',
  'admin2',
];
const FEATURES: readonly PlaceFeature[] = PLACE_FEATURES;
const TEXT_COLUMNS = ['gazetteerId', 'name', 'fcode', 'country', 'admin1Code', 'admin1Name'] as const;

/** Entries as columns: strings joined by newlines, numbers in typed arrays, the rare extents and lines as JSON. */
function entryColumns(entries: readonly GazetteerEntry[]) {
  const n = entries.length;
  const kinds = new Uint8Array(n);
  const features = new Uint8Array(n);
  const numbers = new Float64Array(n * 3);
  const shapes: Record<number, [GazetteerEntry['extent'], GazetteerEntry['line']]> = {};
  entries.forEach((e, i) => {
    kinds[i] = KINDS.indexOf(e.kind);
    features[i] = FEATURES.indexOf(e.feature);
    numbers[i * 3] = e.lat;
    numbers[i * 3 + 1] = e.lon;
    numbers[i * 3 + 2] = e.population;
    if (e.extent || e.line) shapes[i] = [e.extent, e.line];
  });
  const text = TEXT_COLUMNS.map((c) => entries.map((e) => (e[c] ?? '').replace(/\n/g, ' ')).join('\n'));
  return { kinds, features, numbers, shapes, text };
}

function entriesFrom(
  kinds: Uint8Array,
  features: Uint8Array,
  numbers: Float64Array,
  shapes: Record<string, [GazetteerEntry['extent'], GazetteerEntry['line']]>,
  text: readonly string[],
): GazetteerEntry[] {
  const [ids, names, fcodes, countries, codes, admin1s] = text.map((t) => t.split('\n')) as string[][];
  const out: GazetteerEntry[] = new Array(kinds.length);
  const orNull = (s: string | undefined): string | null => (s ? s : null);
  for (let i = 0; i < kinds.length; i++) {
    const shape = shapes[i];
    out[i] = {
      index: i,
      gazetteerId: ids?.[i] as string,
      name: names?.[i] as string,
      kind: KINDS[kinds[i] as number] as GazetteerEntry['kind'],
      feature: FEATURES[features[i] as number] as GazetteerEntry['feature'],
      fcode: orNull(fcodes?.[i]),
      country: orNull(countries?.[i]),
      admin1Code: orNull(codes?.[i]),
      admin1Name: orNull(admin1s?.[i]),
      lat: numbers[i * 3] as number,
      lon: numbers[i * 3 + 1] as number,
      population: numbers[i * 3 + 2] as number,
      extent: shape?.[0] ?? null,
      line: shape?.[1] ?? null,
    };
  }
  return out;
}

const TABLES = ['exact', 'loose', 'skeleton', 'first', 'fuzzyLoose'] as const;

interface Section {
  readonly name: string;
  readonly kind: 'u32' | 'i32' | 'u8' | 'f64' | 'utf8';
  readonly offset: number;
  readonly bytes: number;
}

/** Serialises a compiled index: a length-prefixed JSON header, then aligned binary sections. */
export function serializeIndex(index: CompiledIndex, sourceHash: string): Buffer {
  const parts: { name: string; kind: Section['kind']; data: Buffer }[] = [];
  const typed = (name: string, a: Uint32Array | Int32Array | Uint8Array | Float64Array) =>
    parts.push({
      name,
      kind: a instanceof Uint32Array ? 'u32' : a instanceof Int32Array ? 'i32' : a instanceof Uint8Array ? 'u8' : 'f64',
      data: Buffer.from(a.buffer, a.byteOffset, a.byteLength),
    });
  const utf8 = (name: string, s: string) => parts.push({ name, kind: 'utf8', data: Buffer.from(s, 'utf8') });
  for (const t of TABLES) {
    const table = index[t];
    utf8(`${t}.keys`, table.keys);
    typed(`${t}.keyStart`, table.keyStart);
    typed(`${t}.refStart`, table.refStart);
    typed(`${t}.refs`, table.refs);
    typed(`${t}.slots`, table.slots);
  }
  typed('fuzzyRefs', index.fuzzyRefs);
  typed('skeletonMeta', index.skeletonMeta);
  typed('multiWord', index.multiWord);
  typed('firstWords', index.firstWords);
  const columns = entryColumns(index.entries);
  typed('entries.kinds', columns.kinds);
  typed('entries.features', columns.features);
  typed('entries.numbers', columns.numbers);
  utf8('entries.shapes', JSON.stringify(columns.shapes));
  columns.text.forEach((t, i) => {
    utf8(`entries.${TEXT_COLUMNS[i]}`, t);
  });
  const sections: Section[] = [];
  let offset = 0;
  for (const p of parts) {
    sections.push({ name: p.name, kind: p.kind, offset, bytes: p.data.length });
    offset += Math.ceil(p.data.length / 8) * 8;
  }
  const header = Buffer.from(
    JSON.stringify({ format: CACHE_FORMAT, sourceHash, maxTokens: index.maxTokens, sections }),
    'utf8',
  );
  const headerBytes = Math.ceil((header.length + 4) / 8) * 8;
  const out = Buffer.alloc(headerBytes + offset);
  out.writeUInt32LE(header.length, 0);
  header.copy(out, 4);
  for (let i = 0; i < parts.length; i++)
    (parts[i] as { data: Buffer }).data.copy(out, headerBytes + (sections[i] as Section).offset);
  return out;
}

/** Reads a serialised index; null when the file is of another format or was built from other sources. */
export function deserializeIndex(file: Buffer, sourceHash: string): CompiledIndex | null {
  if (file.length < 8) return null;
  const headerLength = file.readUInt32LE(0);
  let header: { format: string; sourceHash: string; maxTokens: number; sections: Section[] };
  try {
    header = JSON.parse(file.toString('utf8', 4, 4 + headerLength));
  } catch {
    return null;
  }
  if (header.format !== CACHE_FORMAT || header.sourceHash !== sourceHash) return null;
  const base = Math.ceil((headerLength + 4) / 8) * 8;
  const buf = file;
  const sections = new Map(header.sections.map((s) => [s.name, s]));
  const section = (name: string): Section => {
    const s = sections.get(name);
    if (!s) throw new Error(`gazetteer cache lacks section ${name}`);
    return s;
  };
  // Copies (not views), so that the file's buffer can be released once loaded.
  const bytes = (name: string): ArrayBuffer => {
    const s = section(name);
    const start = buf.byteOffset + base + s.offset;
    return buf.buffer.slice(start, start + s.bytes) as ArrayBuffer;
  };
  const u32 = (name: string) => new Uint32Array(bytes(name));
  const i32 = (name: string) => new Int32Array(bytes(name));
  const text = (name: string) => {
    const s = section(name);
    return buf.toString('utf8', base + s.offset, base + s.offset + s.bytes);
  };
  const table = (t: string) =>
    new StringTable(text(`${t}.keys`), u32(`${t}.keyStart`), u32(`${t}.refStart`), i32(`${t}.refs`), u32(`${t}.slots`));
  const entries = entriesFrom(
    new Uint8Array(bytes('entries.kinds')),
    new Uint8Array(bytes('entries.features')),
    new Float64Array(bytes('entries.numbers')),
    JSON.parse(text('entries.shapes')),
    TEXT_COLUMNS.map((c) => text(`entries.${c}`)),
  );
  return {
    entries,
    exact: table('exact'),
    loose: table('loose'),
    skeleton: table('skeleton'),
    first: table('first'),
    fuzzyLoose: table('fuzzyLoose'),
    fuzzyRefs: i32('fuzzyRefs'),
    skeletonMeta: u32('skeletonMeta'),
    multiWord: u32('multiWord'),
    firstWords: u32('firstWords'),
    maxTokens: header.maxTokens,
  };
}
