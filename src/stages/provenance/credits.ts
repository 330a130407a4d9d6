import type { DocumentMeta, NoiseSpan, Span } from '../../model/index.js';
import type { ProvenanceLexicon } from './lexicon.js';
import type { CreditFinding } from './types.js';

/** Agency ids named anywhere in `s` (whole words; all-capital abbreviations case-sensitively). */
export function agenciesIn(s: string, lex: ProvenanceLexicon): string[] {
  const ids = new Set<string>();
  for (const a of lex.agencies) if (a.regex.test(s)) ids.add(a.id);
  return [...ids];
}

/** Agencies a credit line names, by the first credit pattern that matches it; null when none does. */
function creditLine(
  line: string,
  lex: ProvenanceLexicon,
  datelineOnly = false,
): { rule: string; agencies: string[] } | null {
  for (const p of lex.creditPatterns) {
    if (datelineOnly && !p.rule.startsWith('dateline')) continue;
    const who = p.regex.exec(line)?.groups?.who;
    if (who === undefined) continue;
    const agencies = agenciesIn(who, lex);
    if (agencies.length) return { rule: p.rule, agencies };
  }
  return null;
}

/**
 * The agencies a document credits: from the noise layer's `credit` spans ("Associated Press and Reuters
 * contributed to this report", "Additional reporting by Reuters"), from a dateline on the opening line
 * ("HARNOW (Reuters) —") and from byline metadata. Photo
 * credits ("… (Reuters)" after a caption) name who took a picture, not who wrote the text: they match no credit
 * pattern and are ignored.
 */
export function findCredits(text: string, noise: readonly NoiseSpan[], meta: DocumentMeta, lex: ProvenanceLexicon) {
  const out: CreditFinding[] = [];
  const add = (line: string, span: Span | null, prefix: string, datelineOnly = false): void => {
    const hit = creditLine(line.trim(), lex, datelineOnly);
    if (!hit) return;
    for (const agency of hit.agencies) {
      if (!out.some((c) => c.agency === agency)) out.push({ agency, span, rule: `${prefix}${hit.rule}` });
    }
  };
  for (const n of noise) if (n.kind === 'credit') add(text.slice(n.start, n.end), { start: n.start, end: n.end }, '');
  const opening = /^\s*([^\n]{1,200})/.exec(text);
  if (opening?.[1]) {
    const start = opening[0].length - opening[1].length;
    add(opening[1], { start, end: start + opening[1].length }, '', true);
  }
  if (meta.byline) {
    add(meta.byline, null, 'byline:');
    for (const agency of agenciesIn(meta.byline, lex)) {
      if (!out.some((c) => c.agency === agency)) out.push({ agency, span: null, rule: 'byline-names-agency' });
    }
  }
  return out;
}

/** The agency a document's outlet is (its outlet's name names an agency), or null. */
export function outletAgency(outlet: string | null, lex: ProvenanceLexicon): string | null {
  return outlet ? (agenciesIn(outlet, lex)[0] ?? null) : null;
}
