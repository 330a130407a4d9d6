import { CORROBORATION_BONUS, MAX_CORROBORATING, MIN_REPORTED_RANK } from './ranks.js';
import type { Signal } from './signal.js';

/** The chosen publisher: its name, the strongest signal (whose evidence is reported) and the ones that agree. */
export interface Choice {
  readonly name: string;
  readonly best: Signal;
  readonly support: readonly Signal[];
}

/**
 * Picks the publisher among the signals. Signals are grouped by name (case-insensitive); a group scores its best
 * rank plus CORROBORATION_BONUS for each further signal (at most MAX_CORROBORATING). The top group wins; when two
 * different names share the top score the text is ambiguous and nothing is reported, as when the top score is
 * below MIN_REPORTED_RANK. The evidence is the group's strongest signal (the earliest one on a tie).
 */
export function chooseOutlet(signals: readonly Signal[]): Choice | null {
  const groups = new Map<string, Signal[]>();
  for (const s of signals) {
    const key = s.name.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const scored = [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => b.rank - a.rank || a.evidence.start - b.evidence.start);
    const best = sorted[0]!;
    const score = best.rank + CORROBORATION_BONUS * Math.min(MAX_CORROBORATING, sorted.length - 1);
    return { name: best.name, best, support: sorted.slice(1), score };
  });
  scored.sort((a, b) => b.score - a.score);
  const [top, runnerUp] = scored;
  if (!top || top.score < MIN_REPORTED_RANK) return null;
  if (runnerUp && runnerUp.score === top.score) return null;
  return { name: top.name, best: top.best, support: top.support };
}
