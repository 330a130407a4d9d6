import type { NoiseKind, NoiseSpan, Span } from '../../model/index.js';
import type { DocumentStage } from '../../pipeline/stage.js';
import { classifyLine, type LineVerdict, trailingCredit } from './classify.js';
import type { NoiseLexicon } from './lexicon.js';
import { countWords, endsLikeSentence, lineSpans } from './lines.js';

declare module '../../pipeline/stage.js' {
  interface StageResources {
    noiseLexicon: NoiseLexicon;
  }
}

/**
 * A content-looking line sandwiched between two newsletter/subscribe lines is part of the same promo box when it is
 * at most this long and not a sentence (a sign-up box wrapped over three lines). Calibration: the wrapped promo
 * lines seen in practice are 5–12 words; body paragraphs are longer and end in a full stop.
 */
export const PROMO_GAP_MAX_WORDS = 15;
const PROMO_KINDS: ReadonlySet<NoiseKind> = new Set(['newsletter', 'subscribe']);

interface Line extends Span {
  verdict: LineVerdict | null;
}

/** Fills one-line gaps inside sign-up boxes: promo, short unpunctuated line, promo. */
function absorbPromoGaps(text: string, lines: Line[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const [prev, line, next] = [lines[i - 1], lines[i], lines[i + 1]];
    if (!prev?.verdict || !line || line.verdict || !next?.verdict) continue;
    if (!PROMO_KINDS.has(prev.verdict.kind) || !PROMO_KINDS.has(next.verdict.kind)) continue;
    const s = text.slice(line.start, line.end);
    if (countWords(s, PROMO_GAP_MAX_WORDS) <= PROMO_GAP_MAX_WORDS && !endsLikeSentence(s)) {
      line.verdict = { kind: prev.verdict.kind, rule: 'promo-gap' };
    }
  }
}

/** Marks boilerplate lines of `text` (never edits it): one span per trimmed line, plus trailing credit brackets. */
export function findNoise(text: string, lex: NoiseLexicon): NoiseSpan[] {
  const lines: Line[] = lineSpans(text).map((s) => ({ ...s, verdict: classifyLine(text.slice(s.start, s.end), lex) }));
  absorbPromoGaps(text, lines);
  const spans: NoiseSpan[] = [];
  const push = (start: number, end: number, v: LineVerdict): void => {
    spans.push({ id: `noise_${spans.length}`, start, end, kind: v.kind, source: { stage: 'noise', rule: v.rule } });
  };
  for (const line of lines) {
    if (line.verdict) {
      push(line.start, line.end, line.verdict);
      continue;
    }
    const open = trailingCredit(text.slice(line.start, line.end), lex);
    if (open > 0) push(line.start + open, line.end, { kind: 'credit', rule: 'credit-parenthetical' });
  }
  return spans;
}

export const noise: DocumentStage<'noise', never> = {
  kind: 'document',
  name: 'noise',
  requires: [],
  description: 'Boilerplate lines (newsletter promos, captions, bylines, credits, share and source lines) as spans.',
  run({ document }, ctx) {
    const lex = ctx.resources.noiseLexicon;
    if (!lex) throw new Error('noise: resources.noiseLexicon is missing (load it with loadNoiseLexicon(dataDir))');
    return findNoise(document.text, lex);
  },
};
