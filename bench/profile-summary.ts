// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function (file:line), top N, optionally only
// functions under a path fragment. Usage: node --import tsx bench/profile-summary.ts PROFILE [--top 30] [--under src/stages/places]
import { readFileSync } from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface FunctionCost {
  readonly name: string;
  readonly where: string;
  readonly selfMs: number;
  readonly totalMs: number;
}

/** Self and inclusive time per function (by name and location), heaviest self time first. */
export function summarise(profile: Profile): FunctionCost[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i]!;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0));
  }
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.replace(/^file:\/\//, '').replace(/^.*?\/(src|bench|eval|node_modules)\//, '$1/');
    return `${f.functionName || '(anonymous)'}\t${file}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + us);
    // inclusive: every distinct function on the stack gets the sample once
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf(byId.get(cur)!);
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + us);
    }
  }
  return [...total.entries()]
    .map(([key, us]) => {
      const [name, where] = key.split('\t') as [string, string];
      return { name, where, selfMs: (self.get(key) ?? 0) / 1000, totalMs: us / 1000 };
    })
    .sort((a, b) => b.selfMs - a.selfMs);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const file = args[0];
  if (!file) {
    console.error('usage: profile-summary.ts PROFILE.cpuprofile [--top N] [--under PATH] [--by total|self]');
    process.exit(2);
  }
  const opt = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const top = Number(opt('--top') ?? 30);
  const under = opt('--under');
  const by = opt('--by') === 'total' ? 'totalMs' : 'selfMs';
  const rows = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile)
    .filter((r) => !under || r.where.includes(under))
    .sort((a, b) => b[by] - a[by])
    .slice(0, top);
  console.log('| self ms | total ms | function | where |');
  console.log('|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.selfMs.toFixed(0)} | ${r.totalMs.toFixed(0)} | ${r.name} | ${r.where} |`);
}
