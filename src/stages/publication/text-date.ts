import type { DateMention } from './document-view.js';
import type { PublicationEvidence } from './types.js';

/** Order in which the text's own dates are trusted: an explicit "Published" line, a dateline, an "Updated" line. */
const ROLE_ORDER = ['published', 'dateline', 'updated'] as const;

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

/** The text's statement of its own date: the first mention of the most trusted role that has a full day. */
export function textDate(mentions: readonly DateMention[], doc: string): PublicationEvidence | null {
  for (const role of ROLE_ORDER) {
    const m = mentions.find((x) => x.role === role && x.anchor === 'absolute' && x.value && FULL_DAY.test(x.value));
    if (m?.value) return { doc, start: m.start, end: m.end, kind: role, value: m.value.slice(0, 10), similarity: null };
  }
  return null;
}
