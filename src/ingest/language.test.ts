import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage, normaliseLanguage } from './language.js';

describe('normaliseLanguage', () => {
  const cases: [unknown, string | null][] = [
    ['en', 'en'],
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['fr-FR', 'fr'],
    ['ara', 'ar'],
    ['English', 'en'],
    ['klingon', null],
    ['xx', null],
    ['', null],
    [42, null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => assert.equal(normaliseLanguage(input), expected));
  }
});

describe('detectLanguage', () => {
  const cases: [string, string | null][] = [
    ['The council met on Tuesday to discuss the flooding in the northern districts, officials said.', 'en'],
    ["Le conseil municipal s'est réuni mardi pour discuter des inondations dans les quartiers du nord.", 'fr'],
    ['ok', null],
  ];
  for (const [text, expected] of cases) {
    it(`${text.slice(0, 20)}… -> ${expected}`, () => assert.equal(detectLanguage(text), expected));
  }
});
