import assert from 'node:assert/strict';
import { it } from 'node:test';
import { checkStages } from './check-stages.js';
import { CORPUS_STAGES, DOCUMENT_STAGES } from './stages.js';

it('the registry is consistent: every layer read is written earlier, once', () => {
  assert.deepEqual(checkStages(DOCUMENT_STAGES, CORPUS_STAGES), []);
});

it('every registered stage is a real stage with a description', () => {
  for (const stage of [...DOCUMENT_STAGES, ...CORPUS_STAGES]) {
    assert.ok(stage.description.length > 10, `${stage.name} needs a description`);
  }
});
