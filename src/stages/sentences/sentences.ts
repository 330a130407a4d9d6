import type { NoiseSpan, Sentence, Span } from '../../model/index.js';
import type { DocumentStage } from '../../pipeline/stage.js';
import { isSpace } from './chars.js';
import { isHeading } from './heading.js';
import type { SentenceLexicon } from './lexicon.js';
import { splitSegment } from './split.js';

declare module '../../pipeline/stage.js' {
  interface StageResources {
    sentenceLexicon: SentenceLexicon;
  }
}

/** The non-blank lines of `text`, each as the pieces of it that lie outside every noise span. */
function paragraphs(text: string, noise: readonly Span[]): Span[][] {
  const sorted = [...noise].sort((a, b) => a.start - b.start);
  const result: Span[][] = [];
  let n = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    while (n < sorted.length && (sorted[n]?.end ?? 0) <= lineStart) n++;
    const pieces: Span[] = [];
    let from = lineStart;
    for (let k = n; k < sorted.length && (sorted[k]?.start ?? lineEnd) < lineEnd; k++) {
      const s = sorted[k]!;
      if (s.start > from) pieces.push({ start: from, end: s.start });
      from = Math.max(from, s.end);
    }
    if (from < lineEnd) pieces.push({ start: from, end: lineEnd });
    const content = pieces.filter((p) => hasContent(text, p));
    if (content.length) result.push(content);
    lineStart = lineEnd + 1;
  }
  return result;
}

const hasContent = (text: string, span: Span): boolean => {
  for (let i = span.start; i < span.end; i++) if (!isSpace(text.charCodeAt(i))) return true;
  return false;
};

/**
 * Sentence and heading spans of `text`, outside the noise spans. Each non-blank line is a paragraph (numbered from 0
 * over the lines that keep some content); a paragraph that is a single unpunctuated title-like line is a heading.
 */
export function findSentences(text: string, noise: readonly Span[], lex: SentenceLexicon): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text, noise).forEach((pieces, paragraph) => {
    const spans = pieces.flatMap((p) => splitSegment(text, p.start, p.end, lex));
    const heading = spans.length === 1 && isHeading(text.slice(spans[0]!.start, spans[0]!.end), lex);
    for (const span of spans) {
      out.push({
        id: `sentence_${out.length}`,
        ...span,
        kind: heading ? 'heading' : 'sentence',
        paragraph,
        source: { stage: 'sentences', rule: heading ? 'heading-shape' : 'boundary-scan' },
      });
    }
  });
  return out;
}

export const sentences: DocumentStage<'sentences', 'noise'> = {
  kind: 'document',
  name: 'sentences',
  requires: ['noise'],
  description: 'Sentence and heading spans with their paragraph index, outside boilerplate.',
  run({ document, layers }, ctx) {
    const lex = ctx.resources.sentenceLexicon;
    if (!lex) throw new Error('sentences: resources.sentenceLexicon is missing (load it with loadSentenceLexicon)');
    return findSentences(document.text, layers.noise as readonly NoiseSpan[], lex);
  },
};
