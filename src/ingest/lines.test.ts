import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitLines } from './lines.js';

async function linesOf(chunks: (string | Uint8Array)[], max = 100): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  for await (const line of splitLines(chunks, max)) out.push(line.bytes?.toString('utf8') ?? null);
  return out;
}

describe('splitLines', () => {
  const cases: [string, (string | Uint8Array)[], (string | null)[]][] = [
    ['one chunk', ['a\nb\nc'], ['a', 'b', 'c']],
    ['trailing newline adds no empty line', ['a\nb\n'], ['a', 'b']],
    ['lines split across chunks', ['ab', 'c\nd', 'e\n'], ['abc', 'de']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['blank lines are counted', ['a\n\nb'], ['a', '', 'b']],
    [
      'a multi-byte character split across chunks',
      [Buffer.from('café').subarray(0, 4), Buffer.from([0xa9, 0x0a])],
      ['café'],
    ],
  ];
  for (const [name, chunks, expected] of cases) {
    it(name, async () => assert.deepEqual(await linesOf(chunks), expected));
  }

  it('drops an over-long line but keeps the others and the numbering', async () => {
    const seen: [number, string | null, number][] = [];
    for await (const line of splitLines(['ok\n', 'x'.repeat(30), 'y'.repeat(30), '\nfine\n'], 40)) {
      seen.push([line.number, line.bytes?.toString() ?? null, line.byteLength]);
    }
    assert.deepEqual(seen, [
      [1, 'ok', 2],
      [2, null, 60],
      [3, 'fine', 4],
    ]);
  });
});
