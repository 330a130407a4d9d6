import type { AnyCorpusStage, AnyDocumentStage } from './stage.js';

/**
 * Static check of a registry: every layer a stage reads is written by an earlier stage, no two stages write the
 * same layer, and every corpus stage comes after the document stages. Returns the problems found (none = ok).
 */
export function checkStages(documentStages: readonly AnyDocumentStage[], corpusStages: readonly AnyCorpusStage[]) {
  const problems: string[] = [];
  const written = new Set<string>();
  for (const stage of documentStages) {
    for (const need of stage.requires) {
      if (!written.has(need)) problems.push(`stage ${stage.name} reads layer ${need}, which no earlier stage writes`);
    }
    if (written.has(stage.name)) problems.push(`layer ${stage.name} is written by two stages`);
    written.add(stage.name);
  }
  const corpusWritten = new Set<string>();
  for (const stage of corpusStages) {
    for (const need of stage.requires) {
      if (!written.has(need)) problems.push(`corpus stage ${stage.name} reads layer ${need}, which no stage writes`);
    }
    for (const need of stage.requiresCorpus) {
      if (!corpusWritten.has(need)) {
        problems.push(`corpus stage ${stage.name} reads ${need}, which no earlier corpus stage writes`);
      }
    }
    if (corpusWritten.has(stage.name)) problems.push(`corpus layer ${stage.name} is written by two stages`);
    corpusWritten.add(stage.name);
  }
  return problems;
}
