/**
 * The days a mention may fall on, as day numbers (days since 1970-01-01, both ends included): a day is itself, a
 * week-precise date its week, a range ("within two days" of Wednesday) its span, a report day (the text gives no
 * date) the days just before the report. Used to match ranges and campaign-level (aggregate) mentions.
 */

const DAY_MS = 86_400_000;
/** A week-precise date covers this many days after its first. */
const WEEK_SPAN = 6;

export interface Datable {
  readonly date: string | null;
  readonly timePrecision: 1 | 2 | 3 | null;
  readonly dateBasis: 'text' | 'report-day' | 'none';
  readonly range: { readonly from: string; readonly to: string } | null;
}

const dayOf = (iso: string): number | null => {
  if (iso.length !== 10) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
};

/** [first, last] day numbers of a mention, or null when it is undated or coarser than a week. `reportDays` is how
 * many days before its report day an undated mention may have happened. */
export function interval(m: Datable, reportDays: number): readonly [number, number] | null {
  if (m.range) {
    const from = dayOf(m.range.from);
    const to = dayOf(m.range.to);
    return from !== null && to !== null ? [from, to] : null;
  }
  if (!m.date) return null;
  const d = dayOf(m.date);
  if (d === null) return null;
  if (m.dateBasis === 'report-day') return [d - reportDays, d];
  if (m.timePrecision === 2) return [d, d + WEEK_SPAN];
  return m.timePrecision === 1 ? [d, d] : null;
}

/** Days between two intervals (0 when they overlap), or null when either is unknown. */
export function gapDays(a: readonly [number, number] | null, b: readonly [number, number] | null): number | null {
  if (!a || !b) return null;
  return Math.max(0, a[0] - b[1], b[0] - a[1]);
}

/** The days a cluster is indexed under after its first member's first day: at most this many (a long range). */
const INDEX_SPAN_DAYS = 16;

/**
 * First-fit complete-linkage clustering with blocking by days: a cluster is indexed by `key` and the days its first
 * member covers (widened by `gap`); an item is checked, in creation order, only against the clusters indexed on
 * its own days, plus those whose first member has none. `fits` must need the two intervals at most `gap` days apart,
 * and give one answer for items with one `signature` (it is asked once per signature of a cluster).
 */
export function clusterByDays<T>(
  items: readonly T[],
  key: (it: T) => string,
  days: (it: T) => readonly [number, number] | null,
  gap: number,
  fits: (a: T, b: T) => boolean,
  signature: (it: T) => string,
): T[][] {
  const clusters: { members: T[]; kinds: Map<string, T> }[] = [];
  const byDay = new Map<string, number[]>();
  const loose = new Map<string, number[]>();
  const daysOf = (it: T): number[] | null => {
    const iv = days(it);
    if (!iv) return null;
    const out: number[] = [];
    const last = Math.min(iv[1] + gap, iv[0] + INDEX_SPAN_DAYS);
    for (let d = iv[0] - gap; d <= last; d++) out.push(d);
    return out;
  };
  const allFit = (k: number, it: T) => {
    for (const o of (clusters[k] as (typeof clusters)[number]).kinds.values()) if (!fits(o, it)) return false;
    return true;
  };
  for (const it of items) {
    const k0 = key(it);
    const sig = signature(it);
    const covered = daysOf(it);
    const seen = new Set<number>(loose.get(k0) ?? []);
    for (const d of covered ?? []) for (const k of byDay.get(`${k0}\u0000${d}`) ?? []) seen.add(k);
    const home = [...seen].sort((x, y) => x - y).find((k) => allFit(k, it));
    if (home !== undefined) {
      const c = clusters[home] as (typeof clusters)[number];
      c.members.push(it);
      if (!c.kinds.has(sig)) c.kinds.set(sig, it);
      continue;
    }
    const k = clusters.length;
    clusters.push({ members: [it], kinds: new Map([[sig, it]]) });
    if (!covered) {
      const list = loose.get(k0);
      if (list) list.push(k);
      else loose.set(k0, [k]);
    }
    for (const d of covered ?? []) {
      const list = byDay.get(`${k0}\u0000${d}`);
      if (list) list.push(k);
      else byDay.set(`${k0}\u0000${d}`, [k]);
    }
  }
  return clusters.map((c) => c.members);
}
