import type { NoiseSpan } from '../../model/index.js';
import { hostOf, looksLikeDomain, outletForHost } from './domains.js';
import type { OutletLexicon } from './lexicon.js';
import { dropEdgeWords, knownOutlet, nameAfter, nameBefore, namesInFull } from './names.js';
import {
  COPYRIGHT_RANK,
  FOLLOW_RANK,
  NEWSLETTER_ABBR_RANK,
  NEWSLETTER_NAME_RANK,
  SOURCE_LINE_RANK,
  UNCONFIRMED_ABBR_RANK,
} from './ranks.js';
import type { Signal } from './signal.js';

const ABBREVIATION = /^\p{Lu}{2,6}$/u;
const COPYRIGHT_PREFIX = /^\(?(?:©|\(c\)|copyright\b)[\s©]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,©]*(?:by\s+)?/iu;
const NEWSLETTER = /(?<![\p{L}])newsletters?(?![\p{L}])/iu;

type Found = Omit<Signal, 'evidence'> | null;

const startsWithCue = (line: string, cue: string): boolean => line.toLowerCase().startsWith(`${cue.toLowerCase()} `);

/** "Source: example.co.uk" (or a known outlet's name after the label). */
function sourceLine(line: string, lex: OutletLexicon): Found {
  const lower = line.toLowerCase();
  const labelled = lex.cues.sourceLabels.some(
    (l) => lower.startsWith(l.toLowerCase()) && line.slice(l.length).trimStart().startsWith(':'),
  );
  if (!labelled) return null;
  const value = line
    .slice(line.indexOf(':') + 1)
    .trim()
    .replace(/\.$/u, '');
  const host = looksLikeDomain(value) || /^https?:\/\//iu.test(value) ? hostOf(value) : null;
  if (host) return { name: outletForHost(host, lex).name, rank: SOURCE_LINE_RANK, signal: 'source-line' };
  const entry = knownOutlet(value, lex);
  return entry ? { name: entry.name, rank: SOURCE_LINE_RANK, signal: 'source-line' } : null;
}

/** "Discover more from X", "Subscribe to X", "Follow X on …"; or "Sign up for X's …" / a known X. */
function followLine(line: string, lex: OutletLexicon): Found {
  for (const [cues, signal] of [
    [lex.cues.follow, 'follow'],
    [lex.cues.signup, 'signup'],
  ] as const) {
    const cue = cues.find((c) => startsWithCue(line, c));
    const found = cue ? nameAfter(line, cue.length + 1, lex) : null;
    if (!found) continue;
    const entry = knownOutlet(found.name, lex);
    const possessive = /^['’]s\b/u.test(line.slice(found.end));
    if (signal === 'signup' && !entry && !possessive) continue;
    return { name: entry?.name ?? dropEdgeWords(found.name, lex), rank: FOLLOW_RANK, signal };
  }
  return null;
}

/** "© 2025 The Valdoria Ledger Ltd. All rights reserved." */
function copyrightLine(line: string, lex: OutletLexicon): Found {
  const prefix = COPYRIGHT_PREFIX.exec(line);
  const found = prefix ? nameAfter(line, prefix[0].length, lex) : null;
  if (!found) return null;
  const name = dropEdgeWords(found.name, lex);
  if (!name) return null;
  return { name: knownOutlet(name, lex)?.name ?? name, rank: COPYRIGHT_RANK, signal: 'copyright' };
}

/** "New MEE newsletter: …", "… and other VDR newsletters": a weak, abbreviation-level signal. */
function newsletterLine(line: string, text: string, lex: OutletLexicon): Found {
  const at = NEWSLETTER.exec(line)?.index;
  const found = at === undefined ? null : nameBefore(line, at, lex);
  if (!found) return null;
  const name = dropEdgeWords(found.name, lex);
  const entry = knownOutlet(name, lex);
  if (entry) return { name: entry.name, rank: NEWSLETTER_NAME_RANK, signal: 'newsletter' };
  const short = lex.byAbbreviation.get(name);
  if (short && namesInFull(text, short)) return { name: short.name, rank: NEWSLETTER_ABBR_RANK, signal: 'newsletter' };
  return ABBREVIATION.test(name) ? { name, rank: UNCONFIRMED_ABBR_RANK, signal: 'newsletter' } : null;
}

/** Publisher signals in boilerplate lines (the noise layer): each span yields at most one signal. */
export function boilerplateSignals(text: string, noise: readonly NoiseSpan[], lex: OutletLexicon): Signal[] {
  const out: Signal[] = [];
  for (const span of noise) {
    const line = text.slice(span.start, span.end);
    const found =
      sourceLine(line, lex) ?? followLine(line, lex) ?? copyrightLine(line, lex) ?? newsletterLine(line, text, lex);
    if (found) out.push({ ...found, evidence: { start: span.start, end: span.end } });
  }
  return out;
}
