/**
 * A fingerprint of the places stage's output, to show that a speed change leaves it byte-identical: the stage
 * (analyse + mentionsOf, line sentences, no noise) over every LGL and GeoWebNews text, the dev corpus and the example
 * corpus (with examples/gazetteer.tsv), plus the given-span resolutions eval:geo scores (resolveSpan/resolveName on
 * each gold toponym). Prints one SHA-256 over the serialised output, a hash per part, and whether a second pass over
 * the same texts (with the lookup memos now warm) gives the same output.
 * Usage: node --import tsx eval/places/output-hash.ts. Parts whose files are absent are left out (and named).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Gazetteer } from '../../src/stages/places/index.js';
import { loadGazetteer } from '../../src/stages/places/index.js';
import { analyse } from '../../src/stages/places/resolve/analyse.js';
import { mentionsOf } from '../../src/stages/places/resolve/mention.js';
import { resolveName, resolveSpan } from '../../src/stages/places/resolve/span.js';
import type { Doc } from './bench-docs.js';
import { readGwn, readLgl } from './bench-docs.js';
import { gazetteer, lineSentences, SHARED } from './shared.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** The serialised output of one document: its mentions, then the resolution of each gold toponym. */
function outputOf(g: Gazetteer, doc: Doc): string {
  const analysis = analyse(g, doc.text, lineSentences(doc.text), []);
  const lines = [JSON.stringify(mentionsOf(g, analysis))];
  for (const t of doc.toponyms) {
    const entry =
      doc.text.slice(t.start, t.end) === t.phrase
        ? resolveSpan(g, analysis, doc.text, t.start, t.end)
        : resolveName(g, analysis, t.phrase);
    lines.push(entry ? entry.gazetteerId : '-');
  }
  return lines.join('\n');
}

const textsIn = (dir: string): Doc[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ text: readFileSync(join(dir, f), 'utf8'), toponyms: [] }))
    : [];

const parts: { name: string; g: () => Gazetteer; docs: Doc[] }[] = [
  {
    name: 'LGL',
    g: gazetteer,
    docs: existsSync(join(SHARED, 'bench/lgl/lgl.xml')) ? readLgl(join(SHARED, 'bench/lgl/lgl.xml')) : [],
  },
  {
    name: 'GeoWebNews',
    g: gazetteer,
    docs: existsSync(join(SHARED, 'bench/geowebnews/GWN.xml')) ? readGwn(join(SHARED, 'bench/geowebnews/GWN.xml')) : [],
  },
  { name: 'dev corpus', g: gazetteer, docs: textsIn(join(SHARED, 'corpus/aleppo-2024')) },
  {
    name: 'examples',
    g: () => loadGazetteer({ extraFiles: [join(REPO, 'examples/gazetteer.tsv')] }),
    docs: textsIn(join(REPO, 'examples/corpus')),
  },
];

const all = createHash('sha256');
let repeatSame = true;
for (const part of parts) {
  if (!part.docs.length) {
    console.log(`${part.name}: absent`);
    continue;
  }
  const g = part.g();
  const h = createHash('sha256');
  const first: string[] = [];
  for (const doc of part.docs) {
    const out = outputOf(g, doc);
    first.push(out);
    h.update(out).update('\u0000');
  }
  for (let i = 0; i < part.docs.length; i++) if (outputOf(g, part.docs[i] as Doc) !== first[i]) repeatSame = false;
  const digest = h.digest('hex');
  all.update(part.name).update(digest);
  console.log(`${part.name}: ${part.docs.length} documents, ${digest.slice(0, 16)}`);
}
console.log(`second pass identical: ${repeatSame ? 'yes' : 'NO'}`);
console.log(`places output hash: ${all.digest('hex')}`);
