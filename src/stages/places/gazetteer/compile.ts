import type { PlaceFeature } from '../../../report/contract.js';
import type { CompiledIndex } from './builder.js';
import { IndexBuilder } from './builder.js';
import type { ExtraPlace } from './extra-places.js';
import { parseUserGazetteer } from './extra-places.js';
import { makeGazetteer } from './gazetteer.js';
import type { GeoNamesRow } from './geonames.js';
import { featureOfPlace, parseGeoNames, usefulAlternate } from './geonames.js';
import { parseLexicon } from './lexicon.js';
import { parseTsv, splitList } from './tsv.js';
import type { EntryKind, Extent, Gazetteer, GazetteerEntry, PlaceLexicon } from './types.js';
import { NameKind } from './types.js';
import { parseUsCounties } from './us-counties.js';

/**
 * Places below this population get no fuzzy (skeleton) key: a transliteration variant of a hamlet is more likely a
 * person's name. Calibration: Saraqab → Sarāqib (pop. 33,000) and Morek → Mūrak need keys; lowering it to 0 grew the
 * index by a third and added false fuzzy hits on surnames in the dev corpus.
 */
export const FUZZY_MIN_POPULATION = 1000;
/** Share of an area's places left out on each side when measuring its extent (robust to outliers and exclaves). */
const EXTENT_QUANTILE = 0.05;
/** Share left out on each side when taking the middle of an admin1's places as its point. */
const CENTRE_TRIM = 0.05;

/** The texts of the base index: countries, first-level divisions and GeoNames places (cached by the loader). */
export interface BaseSources {
  readonly countriesTsv: string;
  readonly countryNamesTsv?: string;
  readonly admin1NamesTsv?: string;
  /** A GeoNames dump in geoname-table layout (cities500.txt). */
  readonly geonames?: string;
  /** us-atlas counties-10m.json (US counties, parishes, boroughs). */
  readonly usCounties?: string;
}

/** A supplement or user gazetteer: TSV or GeoJSON, named for error messages. */
export interface ExtraSource {
  readonly source: string;
  readonly text: string;
  readonly origin: 'sitrep' | 'user';
}

/** Everything a gazetteer is compiled from; the loader reads these from data/gazetteer and the GeoNames package. */
export interface GazetteerSources extends BaseSources {
  readonly cuesJson: string;
  readonly commonWords: string;
  readonly extra?: readonly ExtraSource[];
}

const quantile = (sorted: Float64Array, q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? Number.NaN;

function extentOf(lats: number[], lons: number[]): Extent | null {
  if (!lats.length) return null;
  const la = Float64Array.from(lats).sort();
  const lo = Float64Array.from(lons).sort();
  return [
    quantile(la, EXTENT_QUANTILE),
    quantile(lo, EXTENT_QUANTILE),
    quantile(la, 1 - EXTENT_QUANTILE),
    quantile(lo, 1 - EXTENT_QUANTILE),
  ];
}

/**
 * An admin1's point: the middle of the range its places span (quantiles CENTRE_TRIM … 1 − CENTRE_TRIM). Calibration:
 * on the LGL gold first-level divisions this lands nearer GeoNames' points than the mean of the places, which is
 * pulled towards the densely settled side (Texas: mean 270 km off, mid-range about 100 km).
 */
function extentMid(values: number[]): number {
  const s = Float64Array.from(values).sort();
  return (quantile(s, CENTRE_TRIM) + quantile(s, 1 - CENTRE_TRIM)) / 2;
}

interface Area {
  lats: number[];
  lons: number[];
  population: number;
  seat: GeoNamesRow | null;
}

const SEAT_RANK: Record<string, number> = { PPLC: 3, PPLA: 2 };
const seatRank = (r: GeoNamesRow): number => SEAT_RANK[r.fcode] ?? 0;

function addArea(areas: Map<string, Area>, key: string, row: GeoNamesRow): void {
  let area = areas.get(key);
  if (!area) {
    area = { lats: [], lons: [], population: 0, seat: null };
    areas.set(key, area);
  }
  area.lats.push(row.lat);
  area.lons.push(row.lon);
  area.population += row.population;
  const s = area.seat;
  if (!s || seatRank(row) > seatRank(s) || (seatRank(row) === seatRank(s) && row.population > s.population)) {
    area.seat = row;
  }
}

const nameKindOf = (name: string): NameKind => {
  if (name.endsWith('.')) return /^[A-Z. ]+$/.test(name) ? NameKind.acronym : NameKind.dotted;
  // Any script's capitals: RDC, RCA (French), ОАЭ (Russian) are acronyms as much as UAE.
  if (/^\p{Lu}{2,5}$/u.test(name)) return NameKind.acronym;
  return NameKind.name;
};

const EXTRA_KIND: Partial<Record<PlaceFeature, EntryKind>> = {
  country: 'country',
  admin1: 'admin1',
  landmark: 'landmark',
  route: 'route',
  region: 'region',
};

/** Compiles the gazetteer from its source texts. Problems in optional rows are passed to `warn`. */
export function compileGazetteer(src: GazetteerSources, warn: (message: string) => void = () => {}): Gazetteer {
  const lexicon = parseLexicon(src.cuesJson, src.commonWords);
  const base = compileBase(src, lexicon, warn);
  return makeGazetteer(lexicon, base, compileOverlay(src.extra ?? [], lexicon, base.entries.length));
}

/** Compiles supplement and user gazetteers into a small index numbered after the base index's entries. */
export function compileOverlay(extra: readonly ExtraSource[], lexicon: PlaceLexicon, offset: number): CompiledIndex {
  const b = new IndexBuilder(lexicon.articles, offset);
  for (const { source, text, origin } of extra) {
    for (const p of parseUserGazetteer(text, source)) addExtra(b, p, origin);
  }
  return b.build();
}

/** Compiles countries, first-level divisions and GeoNames populated places. */
export function compileBase(src: BaseSources, lexicon: PlaceLexicon, warn: (message: string) => void): CompiledIndex {
  const b = new IndexBuilder(lexicon.articles);

  const rows = src.geonames ? [...parseGeoNames(src.geonames)] : [];
  const countryAreas = new Map<string, Area>();
  const admin1Areas = new Map<string, Area>();
  for (const r of rows) {
    addArea(countryAreas, r.country, r);
    if (r.admin1 && r.admin1 !== '00') addArea(admin1Areas, `${r.country}.${r.admin1}`, r);
  }

  // Countries.
  for (const { line, fields } of parseTsv(src.countriesTsv, 'countries.tsv', ['iso2', 'name', 'lat', 'lon'])) {
    const iso2 = fields.iso2 as string;
    const lat = Number(fields.lat);
    const lon = Number(fields.lon);
    if (!/^[A-Z]{2}$/.test(iso2) || !Number.isFinite(lat) || !Number.isFinite(lon)) {
      throw new Error(`countries.tsv:${line}: bad code or coordinates`);
    }
    const area = countryAreas.get(iso2);
    const e = b.add({
      gazetteerId: `iso3166:${iso2}`,
      name: fields.name as string,
      kind: 'country',
      feature: 'country',
      fcode: 'PCLI',
      country: iso2,
      admin1Code: null,
      admin1Name: null,
      lat,
      lon,
      population: area?.population ?? 0,
      extent: area ? extentOf(area.lats, area.lons) : null,
      line: null,
    });
    b.addName(e.index, e.name, NameKind.name, true);
    for (const a of splitList(fields.aliases)) b.addName(e.index, a, nameKindOf(a), nameKindOf(a) === NameKind.name);
    for (const d of splitList(fields.demonyms)) b.addName(e.index, d, NameKind.demonym, false);
  }
  if (src.countryNamesTsv) {
    for (const { fields } of parseTsv(src.countryNamesTsv, 'country-names-i18n.tsv', ['iso2', 'name'])) {
      const index = b.countryIndex(fields.iso2 as string);
      // Short forms in capitals (RDC, ОАЭ) match only when written in capitals, as the English acronyms do.
      if (index !== undefined) b.addName(index, fields.name as string, nameKindOf(fields.name as string), false);
    }
  }

  // First-level divisions: located by their places, named by their capital (with a cue word) or the names file.
  const admin1Names = new Map<string, string[]>();
  if (src.admin1NamesTsv) {
    const seatKey = new Map<string, string>();
    for (const [code, area] of admin1Areas) {
      const s = area.seat;
      if (!s || seatRank(s) === 0) continue;
      for (const n of [s.name, s.ascii]) seatKey.set(`${s.country}|${n.toLowerCase()}`, code);
    }
    for (const { line, fields } of parseTsv(src.admin1NamesTsv, 'admin1-names.tsv', ['country', 'key', 'names'])) {
      const key = fields.key as string;
      const cc = fields.country as string;
      const code = key.startsWith('code:')
        ? `${cc}.${key.slice(5)}`
        : seatKey.get(`${cc}|${key.replace(/^seat:/, '').toLowerCase()}`);
      if (!code || (src.geonames && !admin1Areas.has(code))) {
        warn(`admin1-names.tsv:${line}: no first-level division for ${cc} ${key}`);
        continue;
      }
      admin1Names.set(code, [...(admin1Names.get(code) ?? []), ...splitList(fields.names)]);
    }
  }
  const admin1NameOf = new Map<string, string>();
  for (const [code, area] of admin1Areas) {
    const names = admin1Names.get(code) ?? [];
    const seat = area.seat && seatRank(area.seat) > 0 ? area.seat : null;
    if (!names.length && !seat) continue;
    const name = names[0] ?? `${seat?.ascii || seat?.name} Province`;
    admin1NameOf.set(code, name);
    const e = b.add({
      gazetteerId: `geonames-admin1:${code}`,
      name,
      kind: 'admin1',
      feature: 'admin1',
      fcode: 'ADM1',
      country: code.slice(0, 2),
      admin1Code: code,
      admin1Name: name,
      lat: extentMid(area.lats),
      lon: extentMid(area.lons),
      population: area.population,
      extent: extentOf(area.lats, area.lons),
      line: null,
    });
    for (const n of names) b.addName(e.index, n, nameKindOf(n), nameKindOf(n) === NameKind.name);
    if (seat) {
      for (const n of new Set([seat.name, seat.ascii, ...seat.alternates.filter(usefulAlternate)])) {
        b.addName(e.index, n, NameKind.seat, true);
      }
    }
  }

  // US counties: named "X County" (never by the bare name, which is nearly always a town or a person).
  if (src.usCounties) {
    const stateCode = new Map<string, string>();
    for (const [code, name] of admin1NameOf) if (code.startsWith('US.')) stateCode.set(name.toLowerCase(), code);
    for (const c of parseUsCounties(src.usCounties)) {
      const code = stateCode.get(c.state.toLowerCase()) ?? null;
      if (!code) continue;
      const e = b.add({
        gazetteerId: `us-fips:${c.fips}`,
        name: c.name,
        kind: 'admin2',
        feature: 'admin2',
        fcode: 'ADM2',
        country: 'US',
        admin1Code: code,
        admin1Name: admin1NameOf.get(code) ?? null,
        lat: c.lat,
        lon: c.lon,
        // No population in the source; estimating one from the GeoNames places inside made LGL slightly worse.
        population: 0,
        extent: c.extent,
        line: null,
      });
      b.addName(e.index, c.name, NameKind.name, false);
    }
  }

  // Populated places.
  for (const r of rows) {
    const code = r.admin1 ? `${r.country}.${r.admin1}` : null;
    const e = b.add({
      gazetteerId: `geonames:${r.id}`,
      name: r.name,
      kind: 'place',
      feature: featureOfPlace(r.fcode, r.population),
      fcode: r.fcode,
      country: r.country,
      admin1Code: code,
      admin1Name: code ? (admin1NameOf.get(code) ?? null) : null,
      lat: r.lat,
      lon: r.lon,
      population: r.population,
      extent: null,
      line: null,
    });
    const fuzzy = r.population >= FUZZY_MIN_POPULATION;
    b.addName(e.index, r.name, NameKind.name, fuzzy);
    if (r.ascii !== r.name) b.addName(e.index, r.ascii, NameKind.name, fuzzy);
    for (const alt of r.alternates) if (usefulAlternate(alt)) b.addName(e.index, alt, NameKind.alternate, fuzzy);
  }

  return b.build();
}

function addExtra(b: IndexBuilder, p: ExtraPlace, prefix: string): void {
  const kind: EntryKind = EXTRA_KIND[p.feature] ?? 'place';
  const e: GazetteerEntry = b.add({
    gazetteerId: `${prefix}:${p.id}`,
    name: p.name,
    kind,
    feature: p.feature,
    fcode: null,
    country: p.country,
    admin1Code: null,
    admin1Name: p.admin1,
    lat: p.lat,
    lon: p.lon,
    population: p.population,
    extent: p.extent,
    line: p.line,
  });
  for (const n of [p.name, ...p.aliases]) b.addName(e.index, n, nameKindOf(n), nameKindOf(n) === NameKind.name);
  for (const d of p.demonyms) b.addName(e.index, d, NameKind.demonym, false);
}
