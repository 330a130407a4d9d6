import type { LayerTypes, SourceDocument } from '../../model/index.js';
import type { AnalyzedDocument } from '../../pipeline/stage.js';
import { parseDay } from './calendar.js';
import { wordsOf } from './similarity.js';

export type DateMention = LayerTypes['dates'];
type Sentence = LayerTypes['sentences'];

/** A date mention with the content words of its sentence (date phrases left out). */
export interface MentionView {
  readonly mention: DateMention;
  readonly words: Set<string>;
}

/** What the publication stage reads of one document. */
export interface DocumentView {
  readonly document: SourceDocument;
  readonly mentions: readonly MentionView[];
}

const SENTENCE_END = /[.!?]\s|\n/g;

/** The sentence holding `pos`: from the sentences layer, or cut at . ! ? and line breaks when it is empty. */
function sentenceAt(text: string, sentences: readonly Sentence[], pos: number): { start: number; end: number } {
  for (const s of sentences) if (s.start <= pos && pos < s.end) return s;
  let start = 0;
  let end = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const cut = m.index + 1;
    if (cut <= pos) start = cut;
    else {
      end = cut;
      break;
    }
  }
  return { start, end };
}

export function viewOf(d: AnalyzedDocument): DocumentView {
  const text = d.document.text;
  const dates = d.layers.dates ?? [];
  const sentences = d.layers.sentences ?? [];
  const mentions = dates.map((mention) => {
    const s = sentenceAt(text, sentences, mention.start);
    const inSentence = dates.filter((m) => m.start >= s.start && m.end <= s.end);
    return { mention, words: wordsOf(text.slice(s.start, s.end), inSentence, s.start) };
  });
  return { document: d.document, mentions };
}

/** The day a mention stands for, if it has day precision and a value. */
export const dayOf = (m: DateMention): number | null =>
  (m.type === 'DATE' || m.type === 'TIME') && m.value ? parseDay(m.value.slice(0, 10)) : null;
