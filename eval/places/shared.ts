import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NoiseSpan, Sentence } from '../../src/model/index.js';
import type { Gazetteer } from '../../src/stages/places/index.js';
import { loadGazetteer } from '../../src/stages/places/index.js';
import { analyse } from '../../src/stages/places/resolve/analyse.js';
import { mentionsOf } from '../../src/stages/places/resolve/mention.js';
import type { PlaceMention } from '../../src/stages/places/types.js';

/** ../shared beside the repository (the benchmarks and the dev corpus; absent on some machines). */
export const SHARED = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const sharedExists = (): boolean => existsSync(SHARED);

/** One sentence per line (a stand-in when the sentences stage is not run): enough for place matching. */
export function lineSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      out.push({
        id: `s${out.length}`,
        start,
        end: start + line.length,
        kind: 'sentence',
        paragraph,
        source: { stage: 'sentences', rule: 'line' },
      });
      paragraph++;
    }
    start += line.length + 1;
  }
  return out;
}

/** Runs the places analysis on a text with line sentences (and optional noise spans). */
export function placesOf(g: Gazetteer, text: string, noise: readonly NoiseSpan[] = []): PlaceMention[] {
  return mentionsOf(g, analyse(g, text, lineSentences(text), noise));
}

export function gazetteer(): Gazetteer {
  return loadGazetteer({ warn: (m) => console.error(`warning: ${m}`) });
}

export function haversineKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const R = 6371.0088;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
