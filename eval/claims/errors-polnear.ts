// Error analysis for the claims stage on PolNeAR (TRAIN only by default: never tune on dev errors). Prints, for
// the first N documents, the gold cues missed (no overlapping predicted cue) with their sentence, counts of
// missed cue words, and role spans that overlap gold but miss its edges.
//   node --import tsx eval/claims/errors-polnear.ts [--limit N] [--role Source|Cue|Content] [--show N]
import { join } from 'node:path';
import type { Span } from '../../src/model/index.js';
import { contentPartsOf } from '../../src/stages/claims/index.js';
import { documentOf } from '../../src/testing/document-of.js';
import { sharedDir, skipWithoutShared } from '../shared-dir.js';
import { createAnalyzer } from './analyze.js';
import { type Role, readSplit, trimmed } from './brat.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const shared = sharedDir() ?? skipWithoutShared('errors (polnear)');
const limit = Number(arg('--limit') ?? 200);
const show = Number(arg('--show') ?? 60);
const role = (arg('--role') ?? 'Cue') as Role;
const docs = readSplit(join(shared, 'bench', 'polnear', 'data', 'train'), limit);
const analyzer = await createAnalyzer();
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const missedWords = new Map<string, number>();
const lines: string[] = [];
const edges: string[] = [];
const clip = (s: string) => s.replace(/\s+/g, ' ');
for (const d of docs) {
  const claims = analyzer.analyze(documentOf(d.text, {}, `${d.stem}.txt`)).claims ?? [];
  const pred = claims
    .flatMap((c): readonly (Span | null)[] =>
      role === 'Cue' ? [c.cue] : role === 'Source' ? [c.sourceSpan] : contentPartsOf(c),
    )
    .filter((x): x is Span => x !== null)
    .map((x) => trimmed(d.text, x));
  if (process.argv.includes('--fp')) {
    for (const c of claims) {
      const sp = role === 'Cue' ? c.cue : role === 'Source' ? c.sourceSpan : c.content;
      if (!sp) continue;
      const p = trimmed(d.text, sp);
      if (d.spans[role].some((g) => overlaps(p, g))) continue;
      const a = Math.max(0, p.start - 100);
      lines.push(
        `FP ${c.source.rule} ${d.stem}: ${clip(`${d.text.slice(a, p.start)}[[${d.text.slice(p.start, p.end)}]]${d.text.slice(p.end, p.end + 80)}`)}`,
      );
    }
  }
  for (const g of d.spans[role]) {
    const hit = pred.find((p) => overlaps(p, g));
    const ctxA = Math.max(0, d.text.lastIndexOf('\n', g.start) + 1, g.start - 160);
    const ctxB = Math.min(d.text.length, g.end + 120);
    const ctx = clip(`${d.text.slice(ctxA, g.start)}[[${d.text.slice(g.start, g.end)}]]${d.text.slice(g.end, ctxB)}`);
    if (!hit) {
      const w = d.text.slice(g.start, g.end).toLowerCase().replace(/\s+/g, ' ');
      missedWords.set(w, (missedWords.get(w) ?? 0) + 1);
      lines.push(`MISS ${d.stem}: ${ctx}`);
    } else if (hit.start !== g.start || hit.end !== g.end) {
      edges.push(
        `EDGE ${d.stem}: gold [${clip(d.text.slice(g.start, g.end))}] pred [${clip(d.text.slice(hit.start, hit.end))}]`,
      );
    }
  }
}
console.log(
  [...missedWords]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 80)
    .map(([w, n]) => `${n}\t${w.slice(0, 60)}`)
    .join('\n'),
);
console.log(lines.slice(0, show).join('\n'));
console.log(edges.slice(0, show).join('\n'));
