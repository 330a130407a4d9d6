// Cue statistics for the claims stage on PolNeAR TRAIN (never dev): for each lemma of a verb-tagged word, how often
// it heads a gold cue, how often it stands in the text at all (so the precision of adding it to the lexicon), and
// whether sitrep finds it; and the missed gold cues split by cause (lemma in the lexicon or not). Counts only.
//   node --import tsx eval/claims/cue-stats.ts [--limit N] [--min N]
import { join } from 'node:path';
import type { Span } from '../../src/model/index.js';
import { loadClaimResources } from '../../src/stages/claims/index.js';
import { documentOf } from '../../src/testing/document-of.js';
import { sharedDir, skipWithoutShared } from '../shared-dir.js';
import { createAnalyzer } from './analyze.js';
import { readSplit, trimmed } from './brat.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const shared = sharedDir() ?? skipWithoutShared('cue-stats (polnear)');
const limit = Number(arg('--limit') ?? Number.POSITIVE_INFINITY);
const min = Number(arg('--min') ?? 8);
const docs = readSplit(join(shared, 'bench', 'polnear', 'data', 'train'), limit);
const analyzer = await createAnalyzer();
const { lexicon, tagger } = loadClaimResources();
const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

interface Row {
  text: number;
  gold: number;
  found: number;
}
const rows = new Map<string, Row>();
const row = (l: string) => {
  const r = rows.get(l) ?? { text: 0, gold: 0, found: 0 };
  rows.set(l, r);
  return r;
};
const causes = new Map<string, number>();
/** `--show LEMMA`: print the missed gold cues of this lemma in context. */
const showLemma = arg('--show');
const bump = (k: string) => causes.set(k, (causes.get(k) ?? 0) + 1);
for (const d of docs) {
  const claims = analyzer.analyze(documentOf(d.text, {}, `${d.stem}.txt`)).claims ?? [];
  const cues = claims.flatMap((c) => (c.cue ? [trimmed(d.text, c.cue)] : []));
  const contents = claims.map((c) => c.content);
  const toks = tagger.tag(d.text);
  for (const t of toks) if (t.pos === 'VERB') row(t.lemma).text++;
  for (const g of d.spans.Cue) {
    const inside = toks.filter((t) => t.start >= g.start && t.end <= g.end);
    const head = inside.find((t) => t.pos === 'VERB') ?? inside.find((t) => t.pos === 'NOUN') ?? inside[0];
    const lemma = head ? `${head.pos === 'VERB' ? '' : `${head.pos}:`}${head.lemma}` : '?';
    const r = row(lemma);
    r.gold++;
    const hit = cues.some((p) => overlaps(p, g));
    if (hit) {
      r.found++;
      continue;
    }
    if (lemma === showLemma) {
      const a = Math.max(0, g.start - 120);
      const clip = (x: string) => x.replace(/\s+/g, ' ');
      console.log(
        `MISS ${clip(d.text.slice(a, g.start))}[[${d.text.slice(g.start, g.end)}]]${clip(d.text.slice(g.end, g.end + 100))}`,
      );
    }
    const inLex = head !== undefined && lexicon.verbs.has(head.lemma);
    const inContent = contents.some((c) => c.start <= g.start && g.end <= c.end);
    bump(`${inLex ? 'lemma in lexicon' : 'lemma not in lexicon'}${inContent ? ', inside a predicted content' : ''}`);
  }
}
console.log([...causes].map(([k, n]) => `${n}\t${k}`).join('\n'));
console.log('lemma\tgold\ttext\tfound\tinLex');
console.log(
  [...rows]
    .filter(([, r]) => r.gold >= min)
    .sort((a, b) => b[1].gold - b[1].found - (a[1].gold - a[1].found))
    .map(([l, r]) => `${l}\t${r.gold}\t${r.text}\t${r.found}\t${lexicon.verbs.has(l) ? 'y' : ''}`)
    .join('\n'),
);
