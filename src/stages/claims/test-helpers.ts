/**
 * Test helpers for the claims stage: a plain sentence layer built by hand (so the tests do not depend on the
 * sentences stage), and the stage run over a text. Not used outside tests and the eval fallback.
 */
import type { Sentence } from '../../model/index.js';
import { contextOf, documentOf } from '../../testing/document-of.js';
import { type ClaimOptions, DEFAULT_CLAIM_OPTIONS } from './extract.js';
import { type ClaimResources, loadClaimResources } from './resources.js';
import { createClaimsStage } from './stage.js';
import { type ClaimMention, contentPartsOf } from './types.js';

/** A line with no closing punctuation and at most this many words is a heading. */
const MAX_HEADING_WORDS = 14;

/**
 * Sentences of a text: every line is a paragraph; a sentence ends at . ! ? (and a closing quote) before a space
 * and a capital letter or an opening quote. Good enough for short test texts; not the project's splitter.
 */
export function plainSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed) {
      const base = lineStart + line.indexOf(trimmed);
      const heading = !/[.!?"”’»:]$/.test(trimmed) && trimmed.split(/\s+/).length <= MAX_HEADING_WORDS;
      const boundary = /[.!?…]["”’»]?(?=\s+["“„«‘]?[\p{Lu}\p{N}])/gu;
      let from = 0;
      for (const m of trimmed.matchAll(boundary)) {
        const end = m.index + m[0].length;
        if (/\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Brig|Lt|Sgt|Capt|St|U\.S|U\.N)\.$/.test(trimmed.slice(from, end))) continue;
        out.push(sentence(out.length, base + from, base + end, paragraph, heading));
        from = end;
        while (from < trimmed.length && /\s/.test(trimmed[from]!)) from++;
      }
      if (from < trimmed.length) out.push(sentence(out.length, base + from, base + trimmed.length, paragraph, heading));
      paragraph++;
    }
    lineStart += line.length + 1;
  }
  return out;
}

function sentence(n: number, start: number, end: number, paragraph: number, heading: boolean): Sentence {
  return {
    id: `s${n}`,
    start,
    end,
    paragraph,
    kind: heading ? 'heading' : 'sentence',
    source: { stage: 'sentences', rule: 'test' },
  };
}

let resources: ClaimResources | undefined;

export function testResources(): ClaimResources {
  resources ??= loadClaimResources();
  return resources;
}

/** Runs the claims stage on a text with hand-built sentences and no noise. */
export function claimsOf(
  text: string,
  options: ClaimOptions = DEFAULT_CLAIM_OPTIONS,
  language: string | null = null,
): ClaimMention[] {
  const stage = createClaimsStage(options);
  const document = documentOf(text, { language });
  const items = stage.run(
    { document, layers: { noise: [], sentences: plainSentences(text) } },
    contextOf({ claims: testResources() }),
  );
  return [...items];
}

/** A claim as surface strings, for table-driven assertions. */
export interface ClaimView {
  readonly whole: string;
  readonly content: string;
  /** The content pieces, in order. */
  readonly parts: readonly string[];
  readonly cue: string | null;
  readonly channel: string | null;
  readonly source: string | null;
  readonly speaker: string | null;
  readonly status: string;
  readonly rule: string;
}

export function viewOf(text: string, c: ClaimMention): ClaimView {
  return {
    whole: text.slice(c.start, c.end),
    content: text.slice(c.content.start, c.content.end),
    parts: contentPartsOf(c).map((p) => text.slice(p.start, p.end)),
    cue: c.cueText,
    channel: c.channel ? text.slice(c.channel.start, c.channel.end) : null,
    source: c.sourceText,
    speaker: c.speaker?.name ?? null,
    status: c.status,
    rule: c.source.rule,
  };
}

export const viewsOf = (text: string, options?: ClaimOptions, language: string | null = null): ClaimView[] =>
  claimsOf(text, options, language).map((c) => viewOf(text, c));
