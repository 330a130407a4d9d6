import type { OutletEntry, OutletLexicon } from './lexicon.js';

/** Sub-domains that say nothing about the outlet: www.example.com, m.example.com, amp.example.com. */
const NOISE_LABELS = new Set(['www', 'www2', 'm', 'mobile', 'amp', 'edition', 'eu', 'uk', 'us', 'en', 'english']);
/** Labels at most this long read better upper-cased ("npr" → "NPR") in a name made from an unknown domain. */
export const ACRONYM_MAX_CHARS = 3;

const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/i;

/** True for a bare host name such as "example.co.uk". */
export const looksLikeDomain = (s: string): boolean => s.length <= 253 && DOMAIN.test(s);

/** The lower-cased host of a URL or bare domain ("https://www.example.co.uk/x" → "www.example.co.uk"), or null. */
export function hostOf(urlOrDomain: string): string | null {
  const raw = urlOrDomain.trim();
  if (!raw) return null;
  try {
    const host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`).hostname.toLowerCase();
    return looksLikeDomain(host) ? host : null;
  } catch {
    return null;
  }
}

/** The known outlet of a host, matching it or any parent domain (edition.cnn.com → cnn.com). */
export function entryForHost(host: string, lex: OutletLexicon): OutletEntry | undefined {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const entry = lex.byDomain.get(labels.slice(i).join('.'));
    if (entry) return entry;
  }
  return undefined;
}

/** A readable name from an unknown host: "www.valdoria-ledger.co.uk" → "Valdoria Ledger", "kvt.net" → "KVT". */
export function nameFromHost(host: string, lex: OutletLexicon): string {
  const labels = host.split('.');
  while (labels.length > 2 && NOISE_LABELS.has(labels[0] ?? '')) labels.shift();
  const suffixLength = labels.length >= 3 && lex.cues.secondLevel.has(labels.slice(-2).join('.')) ? 2 : 1;
  const label = labels[labels.length - suffixLength - 1] ?? labels[0] ?? host;
  if (label.length <= ACRONYM_MAX_CHARS) return label.toUpperCase();
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** The outlet name for a host: the canonical name when known, else a readable one. */
export function outletForHost(host: string, lex: OutletLexicon): { name: string; known: boolean } {
  const entry = entryForHost(host, lex);
  return entry ? { name: entry.name, known: true } : { name: nameFromHost(host, lex), known: false };
}
