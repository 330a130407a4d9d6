import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figuresOf } from './test-helpers.js';

const brief = (text: string, language: string) =>
  figuresOf(text, { published: '2031-06-10', language }).views.map((v) => `${v.count} ${v.category} ${v.outcome}`);

describe('casualties in French, Spanish, German and Italian: hit and near miss', () => {
  const cases: [string, string, string[]][] = [
    ['fr', 'Au moins 14 civils ont été tués et 30 blessés samedi.', ['14 civilians killed', '30 people injured']],
    ['fr', 'Quinze personnes ont péri dans l’incendie du dépôt.', ['15 people killed']],
    ['es', 'Al menos once personas murieron y otras 20 resultaron heridas.', ['11 people killed', '20 people injured']],
    ['es', 'Un ataque con drones mató a cuatro soldados.', ['4 soldiers killed']],
    ['es', 'Once días después, el mercado reabrió.', []],
    ['de', 'Bei dem Angriff sind mindestens zwölf Menschen getötet worden.', ['12 people killed']],
    ['de', 'Dreizehn Menschen kamen ums Leben.', ['13 people killed']],
    [
      'it',
      'Almeno otto civili sono stati uccisi e altri 15 sono rimasti feriti.',
      ['8 civilians killed', '15 people injured'],
    ],
    ['it', 'Un attacco ha ucciso cinque soldati lunedì.', ['5 soldiers killed']],
    ['it', 'Il convoglio di cinque camion è arrivato.', []],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text}`, () => assert.deepEqual(brief(text, language), want));
});

describe('casualties: number words keyed by language', () => {
  it('"once" is eleven in Spanish only', () => {
    assert.deepEqual(brief('Once civilians fled, the army moved in.', 'en'), []);
    assert.deepEqual(brief('Once civiles huyeron del pueblo.', 'es'), ['11 civilians displaced']);
  });
});
