/** TempEval-3 Task A scoring: strict (exact extent) and relaxed (overlap) P/R/F1, type and value attribute F1. */

export interface Timex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  typeOk: number;
  valueOk: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, sys: 0, strict: 0, relaxed: 0, typeOk: 0, valueOk: 0 });

export interface Pair<T extends Timex> {
  readonly gold: Timex;
  readonly sys: T;
}

/** Matches system to gold timexes one to one (largest overlap first) and adds to `counts`. Returns the pairs. */
export function scoreDoc<T extends Timex>(gold: readonly Timex[], sys: readonly T[], counts: Counts): Pair<T>[] {
  counts.gold += gold.length;
  counts.sys += sys.length;
  const options: { g: number; s: number; overlap: number }[] = [];
  gold.forEach((g, gi) => {
    sys.forEach((s, si) => {
      const overlap = Math.min(g.end, s.end) - Math.max(g.start, s.start);
      if (overlap > 0) options.push({ g: gi, s: si, overlap });
    });
  });
  options.sort((a, b) => b.overlap - a.overlap);
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const pairs: Pair<T>[] = [];
  for (const o of options) {
    if (usedG.has(o.g) || usedS.has(o.s)) continue;
    usedG.add(o.g);
    usedS.add(o.s);
    const g = gold[o.g] as Timex;
    const s = sys[o.s] as T;
    pairs.push({ gold: g, sys: s });
    counts.relaxed++;
    if (g.start === s.start && g.end === s.end) counts.strict++;
    if (g.type === s.type) counts.typeOk++;
    if (g.value === s.value) counts.valueOk++;
  }
  return pairs;
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export interface Figures {
  strictP: number;
  strictR: number;
  strictF1: number;
  relaxedP: number;
  relaxedR: number;
  relaxedF1: number;
  typeAcc: number;
  typeF1: number;
  valueAcc: number;
  valueF1: number;
}

/** Attribute F1 as in TE3: attribute P = correct / system timexes, R = correct / gold timexes. */
export function figures(c: Counts): Figures {
  const sp = ratio(c.strict, c.sys);
  const sr = ratio(c.strict, c.gold);
  const rp = ratio(c.relaxed, c.sys);
  const rr = ratio(c.relaxed, c.gold);
  return {
    strictP: sp,
    strictR: sr,
    strictF1: f1(sp, sr),
    relaxedP: rp,
    relaxedR: rr,
    relaxedF1: f1(rp, rr),
    typeAcc: ratio(c.typeOk, c.relaxed),
    typeF1: f1(ratio(c.typeOk, c.sys), ratio(c.typeOk, c.gold)),
    valueAcc: ratio(c.valueOk, c.relaxed),
    valueF1: f1(ratio(c.valueOk, c.sys), ratio(c.valueOk, c.gold)),
  };
}
