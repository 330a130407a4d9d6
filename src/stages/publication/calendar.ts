import type { LayerTypes } from '../../model/index.js';

/** The dates layer's relative spec, read through the layer type (stages share layers, not code). */
type RelativeSpec = NonNullable<LayerTypes['dates']['relative']>;

/**
 * The few calendar operations the publication stage needs, on day numbers (days since 1970-01-01, UTC). Kept here
 * rather than imported from the dates stage: stages talk only through layers (the spec format is the contract).
 */
const DAY_MS = 86_400_000;
const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function parseDay(s: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

export function formatDay(n: number): string {
  const d = new Date(n * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export const isoWeekday = (n: number): number => ((((n + 3) % 7) + 7) % 7) + 1;

function isoWeek(n: number): string {
  const thursday = n - isoWeekday(n) + 4;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - Math.round(Date.UTC(year, 0, 1) / DAY_MS)) / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The value of a relative spec (see `RelativeSpec` in the dates layer) for a reference day. */
export function applySpec(spec: RelativeSpec, ref: number): string {
  const d = new Date(ref * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  switch (spec.unit) {
    case 'day':
      return formatDay(ref + (spec.offsets[isoWeekday(ref) - 1] ?? 0)) + (spec.suffix ?? '');
    case 'week':
      return isoWeek(ref + 7 * (spec.byWeekday?.[isoWeekday(ref) - 1] ?? spec.offset)) + (spec.weekend ? '-WE' : '');
    case 'month': {
      const total = y * 12 + m - 1 + spec.offset;
      return `${pad(Math.floor(total / 12), 4)}-${pad((total % 12) + 1)}`;
    }
    case 'quarter': {
      const total = y * 4 + Math.floor((m - 1) / 3) + spec.offset;
      return `${pad(Math.floor(total / 4), 4)}-Q${(total % 4) + 1}`;
    }
    case 'year':
      return pad(y + spec.offset, 4);
    case 'in-year':
      return pad(y + (spec.yearOffsets[m - 1] ?? 0), 4) + spec.suffix;
  }
}
