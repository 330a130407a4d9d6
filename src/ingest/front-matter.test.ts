import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitFrontMatter } from './front-matter.js';

describe('splitFrontMatter', () => {
  it('reads a YAML mapping and keeps the body exactly', () => {
    const text = '---\ntitle: Dam holds\noutlet: Valley Post\ndate: 2024-11-30\n---\nThe dam held.\n\nIt rained.\n';
    const result = splitFrontMatter(text);
    assert.equal(result.kind, 'found');
    if (result.kind !== 'found') return;
    assert.deepEqual(result.fields, { title: 'Dam holds', outlet: 'Valley Post', date: '2024-11-30' });
    assert.equal(result.body, 'The dam held.\n\nIt rained.\n');
  });

  it('handles CRLF line endings and keeps them in the body', () => {
    const result = splitFrontMatter('---\r\ntitle: A\r\n---\r\nLine one.\r\nLine two.\r\n');
    assert.equal(result.kind === 'found' && result.body, 'Line one.\r\nLine two.\r\n');
  });

  const whole: [string, string][] = [
    ['no front matter', 'Just a story.\n---\nwith a rule.'],
    ['no closing delimiter', '---\ntitle: A\nThe story goes on.'],
    ['a rule then prose', '---\nThe story begins here.\n---\nAnd continues.'],
  ];
  for (const [name, text] of whole) {
    it(`${name}: the whole text is the body`, () => assert.deepEqual(splitFrontMatter(text), { kind: 'none' }));
  }

  it('empty front matter gives no fields', () => {
    assert.deepEqual(splitFrontMatter('---\n---\nBody.'), { kind: 'found', fields: {}, body: 'Body.' });
  });

  it('broken YAML is reported', () => {
    assert.equal(splitFrontMatter('---\ntitle: [unclosed\n---\nBody.').kind, 'invalid');
  });
});
