import * as chrono from 'chrono-node';
import type { Timex } from './score.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/**
 * chrono-node alone, mapped to TIMEX3 as fairly as its output allows: its own extents; type TIME when the hour
 * is stated, else DATE; value down to the finest component chrono marks as certain (a weekday counts as a day).
 */
export function chronoTimexes(text: string, dct: string | null): Timex[] {
  const instant = dct ? new Date(`${dct.slice(0, 10)}T12:00:00Z`) : new Date();
  const out: Timex[] = [];
  for (const r of chrono.parse(text, { instant, timezone: 'UTC' })) {
    const s = r.start;
    const y = s.get('year') ?? 0;
    const m = s.get('month') ?? 1;
    const d = s.get('day') ?? 1;
    const hasHour = s.isCertain('hour');
    let value: string;
    if (s.isCertain('day') || s.isCertain('weekday') || hasHour) value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    else if (s.isCertain('month')) value = `${pad(y, 4)}-${pad(m)}`;
    else if (s.isCertain('year')) value = pad(y, 4);
    else value = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    if (hasHour) value += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    out.push({ start: r.index, end: r.index + r.text.length, type: hasHour ? 'TIME' : 'DATE', value });
  }
  return out;
}
