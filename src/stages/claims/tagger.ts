import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** One token of a tagged text: its span relative to the text given, universal POS tag and lemma. */
export interface TaggedToken {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly lemma: string;
}

/** The port the claims stage tags sentences with (tokens, universal POS, lemmas). */
export interface ClaimTagger {
  tag(text: string): readonly TaggedToken[];
}

/** How far (in code units, beyond the reported spaces) a token may be found from where the tagger left off. */
const OFFSET_SLACK = 8;

/**
 * A tagger over wink-nlp's English lite model. Token offsets are recovered by finding each token's value in the
 * text from where the previous one ended (wink reports values and preceding spaces, not offsets).
 */
export function createWinkTagger(): ClaimTagger {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return {
    tag(text: string): TaggedToken[] {
      // One token collection read four times (each tokens() call builds a new one).
      const tokens = nlp.readDoc(text).tokens();
      const values = tokens.out(its.value) as string[];
      const pos = tokens.out(its.pos) as string[];
      const lemmas = tokens.out(its.lemma as never) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const out: TaggedToken[] = [];
      let cursor = 0;
      for (let i = 0; i < values.length; i++) {
        const value = values[i] ?? '';
        const expected = cursor + (spaces[i]?.length ?? 0);
        const found = text.indexOf(value, cursor);
        const start = found >= 0 && found - expected <= OFFSET_SLACK ? found : Math.min(expected, text.length);
        const end = Math.min(start + value.length, text.length);
        if (end > start) out.push({ start, end, pos: pos[i] ?? 'X', lemma: (lemmas[i] ?? value).toLowerCase() });
        cursor = Math.max(cursor, end);
      }
      return out;
    },
  };
}
