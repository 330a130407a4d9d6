// What the client bundle (client-bundle.generated.ts) is made of; shared by scripts/build-assets.mjs and the test
// that fails when the generated bundle is older than its sources.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Leaflet's CSS without its url(...) images (the report uses none and must request nothing), then uPlot's. */
export function readVendorCss(root: string): string {
  const leaflet = readFileSync(join(root, 'node_modules/leaflet/dist/leaflet.css'), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[^{}]*\{[^{}]*url\([^)]*\)[^{}]*\}/g, '')
    .replace(/\s+/g, ' ');
  const uplot = readFileSync(join(root, 'node_modules/uplot/dist/uPlot.min.css'), 'utf8');
  return `${leaflet.trim()}\n${uplot.trim()}`;
}

/** A hash of the client sources and the vendor versions: it changes whenever the bundle must be rebuilt. */
export function clientSourceHash(root: string): string {
  const hash = createHash('sha256');
  const dir = join(root, 'src/report/html/client');
  for (const name of readdirSync(dir).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  for (const pkg of ['leaflet', 'uplot']) {
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string;
    };
    hash.update(manifest.version);
  }
  return hash.digest('hex').slice(0, 16);
}
