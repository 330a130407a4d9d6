/** Readers of the LGL and GeoWebNews XML files (../shared/bench), shared by the benchmark and the output hash. */
import { readFileSync } from 'node:fs';

export interface GoldToponym {
  start: number;
  end: number;
  phrase: string;
  lat: number | null;
  lon: number | null;
  /** GeoWebNews toponym type (Literal, Metonymic, Non_Literal_Modifier, …); '' for LGL. */
  type?: string;
}
export interface Doc {
  text: string;
  toponyms: GoldToponym[];
}

const unescapeXml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const tag = (xml: string, name: string): string | null => {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  if (!m) return null;
  const v = m[1] as string;
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(v);
  return cdata ? (cdata[1] as string) : unescapeXml(v);
};
const num = (s: string | null): number | null => (s === null || s.trim() === '' ? null : Number(s));

export function readLgl(file: string): Doc[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<article[\s\S]*?<\/article>/g)].map(([a]) => ({
    text: tag(a, 'text') ?? '',
    toponyms: [...a.matchAll(/<toponym>[\s\S]*?<\/toponym>/g)].map(([t]) => ({
      start: Number(tag(t, 'start')),
      end: Number(tag(t, 'end')),
      phrase: tag(t, 'phrase') ?? '',
      lat: num(tag(t, 'lat')),
      lon: num(tag(t, 'lon')),
    })),
  }));
}

export function readGwn(file: string): Doc[] {
  const xml = readFileSync(file, 'utf8');
  return [...xml.matchAll(/<article[\s\S]*?<\/article>/g)].map(([a]) => ({
    text: tag(a, 'text') ?? '',
    toponyms: [...a.matchAll(/<toponym>[\s\S]*?<\/toponym>/g)]
      .map(([t]) => ({
        start: Number(tag(t, 'start')),
        end: Number(tag(t, 'end')),
        phrase: tag(t, 'extractedName') ?? '',
        lat: num(tag(t, 'latitude')),
        lon: num(tag(t, 'longitude')),
        type: tag(t, 'type') ?? '',
      }))
      .filter((t) => t.lat !== null),
  }));
}
