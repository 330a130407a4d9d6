import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sentence } from '../../model/index.js';
import type { Gazetteer } from './index.js';
import { loadGazetteer } from './index.js';
import { analyse } from './resolve/analyse.js';
import { mentionsOf } from './resolve/mention.js';

const gazetteer: Gazetteer = loadGazetteer();

const oneSentence = (text: string): Sentence[] => [
  {
    id: 's0',
    start: 0,
    end: text.length,
    kind: 'sentence',
    paragraph: 0,
    source: { stage: 'sentences', rule: 'test' },
  },
];
/** "surface → country" for each mention, in text order. */
const readings = (text: string): string[] =>
  mentionsOf(gazetteer, analyse(gazetteer, text, oneSentence(text), [])).map(
    (m) => `${text.slice(m.start, m.end)} → ${m.country}`,
  );

// Invented sentences (a fictional news day); each row lists every mention expected, so a near miss shows as a diff.
const cases: [string, string[]][] = [
  // Multi-word names with lower-case inner words match whole, longest first.
  ['La République démocratique du Congo accuse le Rwanda.', ['République démocratique du Congo → CD', 'Rwanda → RW']],
  ['La République du Congo a répondu depuis Brazzaville.', ['République du Congo → CG', 'Brazzaville → CG']],
  [
    'Los Emiratos Árabes Unidos y la República Centroafricana firmaron.',
    ['Emiratos Árabes Unidos → AE', 'República Centroafricana → CF'],
  ],
  ['Les Émirats arabes unis ont répondu.', ['Émirats arabes unis → AE']],
  [
    'The Republic of the Congo and the Democratic Republic of the Congo met.',
    ['Republic of the Congo → CG', 'Democratic Republic of the Congo → CD'],
  ],
  // A lower-case run after a town is not a longer name.
  ['Bukavu reste calme.', ['Bukavu → CD']],
  // Abbreviations, in capitals only.
  ['En RDC, la RCA et les observateurs des EAU sont arrivés.', ['RDC → CD', 'RCA → CF', 'EAU → AE']],
  ['Делегация ОАЭ прибыла.', ['ОАЭ → AE']],
  ['Le rdc du club a parlé.', []],
  // A bare "Congo" follows the document: Goma and Kinshasa make it the DRC, Brazzaville the Republic of the Congo.
  ['À Goma et à Kinshasa, le Congo attend.', ['Goma → CD', 'Kinshasa → CD', 'Congo → CD']],
  ['À Brazzaville, le Congo attend.', ['Brazzaville → CG', 'Congo → CG']],
  // Russian and Ukrainian case endings, read in the token view (the mention covers the word as written).
  ['В Хартуме и Газе идут бои.', ['Хартуме → SD', 'Газе → PS']],
  [
    'Обстрел Харькова продолжался, беженцы едут из Мариуполя в Запорожье.',
    ['Харькова → UA', 'Мариуполя → UA', 'Запорожье → UA'],
  ],
  [
    'Вибухи пролунали в Києві, Одесі, Запоріжжі та Херсоні.',
    ['Києві → UA', 'Одесі → UA', 'Запоріжжі → UA', 'Херсоні → UA'],
  ],
  ['Обстріл Дніпра тривав.', ['Дніпра → UA']],
  // The adjective of a division named after its city, before области / області.
  ['Бои в Херсонской области усилились.', ['Херсонской области → UA']],
  ['У Донецькій області тривають бої.', ['Донецькій області → UA']],
  // Near misses: a capitalised common noun with a case ending is no place (Доме: дом, a house).
  ['Встреча прошла в Доме журналиста.', []],
  ['Газета вышла утром.', []],
  // Arabic proclitics and articles.
  ['اندلعت اشتباكات بالخرطوم وأم درمان ودارفور.', ['الخرطوم → SD', 'أم درمان → SD', 'دارفور → SD']],
  ['توجهت قوافل لغزة من جمهورية الكونغو الديمقراطية.', ['غزة → PS', 'جمهورية الكونغو الديمقراطية → CD']],
  // Generic place words of other languages, and other languages' names of regions.
  ['La province du Nord-Kivu et le Kivu du Nord.', ['province du Nord-Kivu → CD', 'Kivu du Nord → CD']],
  ['El ejército entró en el estado de Rakáin.', ['Rakáin → MM']],
  // A name starting with a lower-case word ("bande de Gaza") is not looked up whole: "Gaza" alone is read.
  ['Des colons en Cisjordanie et dans la bande de Gaza.', ['Cisjordanie → PS', 'Gaza → PS']],
  // French elision: the article is not part of the name.
  ["Des frappes dans l'est de l'Ukraine et d’Alep.", ['Ukraine → UA', 'Alep → SY']],
];

describe('places: names in other languages', () => {
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(readings(text), expected));
});
