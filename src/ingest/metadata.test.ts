import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanString, mergeMeta, metaFromFields } from './metadata.js';

describe('cleanString', () => {
  const cases: [unknown, string | null][] = [
    ['  Daily   Ledger\n', 'Daily Ledger'],
    [{ '@type': 'Organization', name: 'Valley Post' }, 'Valley Post'],
    [['Jo Park', { name: 'Lee Moss' }, 7], 'Jo Park, Lee Moss'],
    ['   ', null],
    [42, null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => assert.equal(cleanString(input), expected));
  }
});

describe('metaFromFields', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      'our names',
      { outlet: 'Ledger', published: '2024-11-30', language: 'en' },
      { outlet: 'Ledger', published: '2024-11-30', language: 'en' },
    ],
    [
      'front matter spellings',
      { source: 'Ledger', date: '2024-11-30', lang: 'en' },
      { outlet: 'Ledger', published: '2024-11-30', language: 'en' },
    ],
    [
      'news-please',
      { source_domain: 'ledger.example', date_publish: '2024-11-30 08:00:00', authors: ['A B'] },
      { outlet: 'ledger.example', published: '2024-11-30 08:00:00', byline: 'A B' },
    ],
    ['first non-empty alias wins', { outlet: '', source: 'Valley Post' }, { outlet: 'Valley Post' }],
  ];
  for (const [name, fields, expected] of cases) {
    it(name, () => {
      const draft = metaFromFields(fields);
      for (const [key, value] of Object.entries(expected)) assert.equal(draft[key as keyof typeof draft], value, key);
    });
  }
});

describe('mergeMeta', () => {
  it('takes each field from the first draft that has a usable value', () => {
    const meta = mergeMeta(
      [
        { outlet: 'Manifest Outlet', published: 'soon' },
        { outlet: 'Page Outlet', title: 'T', published: '2024-11-29' },
      ],
      '2024-12-05',
    );
    assert.deepEqual(
      [meta.outlet, meta.title, meta.published, meta.publishedBasis],
      ['Manifest Outlet', 'T', '2024-11-29', 'metadata'],
    );
  });

  it("uses the user's date only when no metadata date reads", () => {
    const meta = mergeMeta([{ published: 'soon' }], '2024-12-05');
    assert.deepEqual([meta.published, meta.publishedBasis], ['2024-12-05', 'user']);
  });

  it('leaves the date null when nothing gives one', () => {
    assert.deepEqual([mergeMeta([], null).published, mergeMeta([], null).publishedBasis], [null, null]);
  });
});
