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

describe('casualties in Russian, Ukrainian and Arabic: hit and near miss', () => {
  const cases: [string, string, string[]][] = [
    ['ru', 'Не менее двенадцати мирных жителей погибли во вторник.', ['12 civilians killed']],
    ['ru', 'В боях погибли пятеро военных.', ['5 soldiers killed']],
    ['ru', 'Один человек погиб, трое ранены.', ['1 people killed', '3 people injured']],
    ['ru', 'Пять машин сгорели на стоянке.', []],
    ['uk', 'Щонайменше семеро людей загинули, ще 14 поранені.', ['7 people killed', '14 people injured']],
    ['uk', 'Понад 600 людей залишили свої домівки.', ['600 people displaced']],
    ['uk', 'Двоє журналістів приїхали до міста.', []],
    ['ar', 'قُتل تسعة مدنيين وأصيب 16 آخرون يوم الثلاثاء.', ['9 civilians killed', '16 people injured']],
    ['ar', 'أسفر القصف عن مقتل ٤ أشخاص وإصابة ٧ آخرين.', ['4 people killed', '7 people injured']],
    ['ar', 'ونزح نحو ٣٠٠٠ شخص من القرى.', ['3000 people displaced']],
    ['ar', 'وصل ٣ صحفيين إلى المدينة.', []],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text}`, () => assert.deepEqual(brief(text, language), want));
});

describe('casualties: compound number words', () => {
  const cases: [string, string, string[]][] = [
    ['es', 'Treinta y dos civiles murieron en el ataque.', ['32 civilians killed']],
    ['es', 'Treinta soldados y dos periodistas murieron.', ['30 soldiers killed', '2 journalists killed']],
    ['de', 'Dreiundzwanzig Zivilisten wurden getötet.', ['23 civilians killed']],
    ['de', 'Die Achtung vor Zivilisten fehlt.', []],
    ['it', 'Ventitré civili sono stati uccisi.', ['23 civilians killed']],
    ['it', 'Ventuno soldati sono rimasti feriti.', ['21 soldiers injured']],
    ['fr', 'Vingt-trois civils ont été tués.', ['23 civilians killed']],
    ['fr', 'Soixante-dix civils ont été tués.', ['70 civilians killed']],
    ['fr', 'Quatre-vingt-dix civils ont été blessés.', ['90 civilians injured']],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text}`, () => assert.deepEqual(brief(text, language), want));
});

describe('casualties: a bound after the counted noun (Arabic "على الأقل")', () => {
  const bound = (text: string) =>
    figuresOf(text, { published: '2031-06-10', language: 'ar' }).views.map((v) => `${v.count} ${v.qualifier}`);
  const cases: [string, string[]][] = [
    ['قُتل 12 مدنيا على الأقل في القصف.', ['12 at_least']],
    ['قُتل على الأقل 12 مدنيا في القصف.', ['12 at_least']],
    ['قُتل 12 مدنيا في القصف.', ['12 exactly']],
  ];
  for (const [text, want] of cases) it(text, () => assert.deepEqual(bound(text), want));
});
