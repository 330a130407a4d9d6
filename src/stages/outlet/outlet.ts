import type { NoiseSpan, OutletFinding, Sentence } from '../../model/index.js';
import type { DocumentStage } from '../../pipeline/stage.js';
import { bodySignals } from './body-signals.js';
import { boilerplateSignals } from './boilerplate-signals.js';
import { chooseOutlet } from './choose.js';
import { entryForHost, hostOf, looksLikeDomain, outletForHost } from './domains.js';
import type { OutletLexicon } from './lexicon.js';
import { knownOutlet } from './names.js';

declare module '../../pipeline/stage.js' {
  interface StageResources {
    outletLexicon: OutletLexicon;
  }
}

const finding = (name: string, basis: OutletFinding['basis'], rule: string, evidence: OutletFinding['evidence']) => ({
  id: 'outlet_0',
  name,
  basis,
  evidence,
  source: { stage: 'outlet', rule },
});

/** The metadata outlet, canonicalised when it is a known name, alias or domain ("independent.co.uk"). */
function fromMetadata(outlet: string, lex: OutletLexicon): OutletFinding {
  const raw = outlet.trim();
  const host = looksLikeDomain(raw) ? hostOf(raw) : null;
  const entry = knownOutlet(raw, lex) ?? (host ? entryForHost(host, lex) : undefined);
  return finding(entry?.name ?? raw, 'metadata', entry ? 'metadata:known' : 'metadata', null);
}

/** The publisher of one document: from metadata, else its URL's host, else signals in its text. */
export function findOutlet(
  text: string,
  meta: { outlet: string | null; url: string | null },
  noise: readonly NoiseSpan[],
  sentences: readonly Sentence[],
  lex: OutletLexicon,
): OutletFinding[] {
  if (meta.outlet?.trim()) return [fromMetadata(meta.outlet, lex)];
  const host = meta.url ? hostOf(meta.url) : null;
  if (host) {
    const { name, known } = outletForHost(host, lex);
    return [finding(name, 'url', known ? 'url:known-domain' : 'url:domain-name', null)];
  }
  const choice = chooseOutlet([...boilerplateSignals(text, noise, lex), ...bodySignals(text, sentences, lex)]);
  if (!choice) return [];
  const agreeing = [...new Set(choice.support.map((s) => s.signal))];
  const rule = ['text', [choice.best.signal, ...agreeing.filter((s) => s !== choice.best.signal)].join('+')].join(':');
  return [finding(choice.name, 'text', rule, choice.best.evidence)];
}

export const outlet: DocumentStage<'outlet', 'noise' | 'sentences'> = {
  kind: 'document',
  name: 'outlet',
  requires: ['noise', 'sentences'],
  description: 'The outlet that published the document (at most one), from metadata, URL or its own boilerplate.',
  run({ document, layers }, ctx) {
    const lex = ctx.resources.outletLexicon;
    if (!lex) throw new Error('outlet: resources.outletLexicon is missing (load it with loadOutletLexicon(dataDir))');
    return findOutlet(document.text, document.meta, layers.noise, layers.sentences, lex);
  },
};
