import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Sentence } from '../../model/index.js';
import { contextOf, documentOf } from '../../testing/document-of.js';
import { casualties, defaultCasualtyLexicon } from '../casualties/index.js';
import { extractEvents } from './extract.js';
import { lexiconFor } from './lexicon.js';
import { defaultEventLexicon } from './load-lexicon.js';
import { tokenize } from './match.js';

const lexicon = defaultEventLexicon();
const casualtyCtx = contextOf({ casualtyLexicon: defaultCasualtyLexicon() });

/** The events of a one-sentence document in `language` (no places, dates or claims): "type / sub-type (killed)". */
function eventsOf(text: string, language: string | null): string[] {
  const document = documentOf(text, { published: '2031-06-10', language });
  const sentences: Sentence[] = [
    { id: 's0', start: 0, end: text.length, kind: 'sentence', paragraph: 0, source: { stage: 't', rule: 't' } },
  ];
  const layers = { noise: [], sentences, places: [], dates: [], claims: [] };
  const ledger = [...casualties.run({ document, layers }, casualtyCtx)];
  return extractEvents(document, { ...layers, casualties: ledger }, lexicon).map(
    (e) => `${e.subEventType}${e.fatalities === null ? '' : ` (${e.fatalities})`}`,
  );
}

describe('events in French, Spanish, German and Italian: hit and near miss', () => {
  const cases: [string, string, string[]][] = [
    ['fr', 'Au moins 12 civils ont été tués lundi dans des frappes aériennes sur Kelsa.', ['Air/drone strike (12)']],
    ['fr', 'Le bombardement de la ville a duré toute la nuit.', ['Shelling/artillery/missile attack']],
    ['fr', 'Le ministre a dénoncé un bombardement médiatique contre son parti.', []],
    ['fr', 'Des avions ont mené un bombardement sur le dépôt.', ['Air/drone strike']],
    ['fr', "Les rebelles ont affirmé avoir pris le contrôle de l'aéroport.", ['Non-state actor overtakes territory']],
    ['fr', 'La prise de position du ministre a surpris.', []],
    ['fr', "De violents affrontements ont opposé l'armée aux rebelles.", ['Armed clash']],
    ['fr', 'Les habitants ont réclamé la fin des combats.', []],
    ['fr', 'Des centaines de manifestants se sont rassemblés devant le ministère.', ['Peaceful protest']],
    [
      'es',
      'Nueve personas murieron en un bombardeo de artillería contra un mercado.',
      ['Shelling/artillery/missile attack (9)'],
    ],
    ['es', 'El ministro habló de un bombardeo informativo de la prensa.', []],
    ['es', 'Los rebeldes aseguraron que habían derribado un helicóptero militar.', ['Armed clash']],
    ['es', 'El jugador derribó a su rival en el área.', []],
    ['es', 'Un ataque con drones mató a cuatro soldados.', ['Air/drone strike (4)']],
    ['es', 'Los rebeldes tomaron el control de la ciudad.', ['Non-state actor overtakes territory']],
    ['es', 'La toma de posesión del presidente fue el lunes.', []],
    ['de', 'Bei einem Drohnenangriff auf das Dorf sind zwölf Menschen getötet worden.', ['Air/drone strike (12)']],
    ['de', 'Bei Gefechten mit der Armee wurden sieben Soldaten getötet.', ['Armed clash (7)']],
    ['de', 'Der Minister sprach von einem Angriff auf die Pressefreiheit.', []],
    ['de', 'Die Rebellen haben den Flughafen eingenommen.', ['Non-state actor overtakes territory']],
    ['de', 'Die Einnahme des Flughafens durch die Rebellen wurde bestätigt.', ['Non-state actor overtakes territory']],
    ['de', 'Die Rebellen veröffentlichten ein Video ihrer Kämpfer.', []],
    ['it', 'Otto civili sono stati uccisi in un bombardamento aereo su Tessano.', ['Air/drone strike (8)']],
    ['it', "Violenti scontri tra l'esercito e i ribelli sono proseguiti.", ['Armed clash']],
    ['it', 'La squadra ha vinto lo scontro diretto per la promozione.', []],
    ['it', 'I ribelli hanno rivendicato la presa di Corvale.', ['Non-state actor overtakes territory']],
    ['it', 'La presa di posizione del governo è arrivata tardi.', []],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text}`, () => assert.deepEqual(eventsOf(text, language), want));
});

describe('events: triggers keyed by language', () => {
  it('a French trigger is not read in an English text, and an English one not in a French text', () => {
    assert.deepEqual(eventsOf('The scontri were the name of the band.', 'en'), []);
    assert.deepEqual(eventsOf('Heavy clashes broke out near Kelsa.', 'fr'), []);
    assert.deepEqual(eventsOf('Heavy clashes broke out near Kelsa.', 'en'), ['Armed clash']);
  });
  it('a text of unknown language is read with every language', () => {
    assert.deepEqual(eventsOf('Des affrontements ont éclaté près de Kelsa.', null), ['Armed clash']);
  });
  it('a view per language: its triggers and the shared cues plus its own', () => {
    const fr = lexiconFor(lexicon, 'fr');
    assert.ok(fr.triggers.length > 0 && fr.triggers.every((t) => t.lang === 'fr'));
    assert.ok(fr.cues.get('figurative')?.length);
    assert.equal(lexiconFor(lexicon, 'fr'), fr);
    assert.equal(lexiconFor(lexicon, 'pt').triggers.length, lexicon.triggers.length);
  });
});

describe('events tokens: elided articles', () => {
  it("splits l', d', qu', dell' off the noun; leaves English apostrophes alone", () => {
    assert.deepEqual(
      tokenize("l'aéroport d'artillerie dell'esercito qu'ils don't o'clock Assad's").map((t) => t.lower),
      ["l'", 'aéroport', "d'", 'artillerie', "dell'", 'esercito', "qu'", 'ils', "don't", "o'clock", "assad's"],
    );
  });
});

describe('events in Russian, Ukrainian and Arabic: hit and near miss', () => {
  const cases: [string, string, string[]][] = [
    ['ru', 'Пять человек погибли при авиаударе по рынку.', ['Air/drone strike (5)']],
    ['ru', 'Продолжались ожесточённые бои между армией и повстанцами.', ['Armed clash']],
    ['ru', 'Повстанцы взяли под контроль аэропорт.', ['Non-state actor overtakes territory']],
    ['ru', 'Спортсмен нанёс точный удар по мячу.', []],
    ['uk', 'Атака дрона пошкодила електропідстанцію.', ['Air/drone strike']],
    ['uk', 'Внаслідок обстрілу міста загинули двоє людей.', ['Shelling/artillery/missile attack (2)']],
    ['uk', 'Сотні людей вийшли на мітинг у столиці.', ['Peaceful protest']],
    ['ar', 'قُتل تسعة مدنيين في غارة جوية على السوق.', ['Air/drone strike (9)']],
    ['ar', 'اندلعت اشتباكات عنيفة بين الجيش والمتمردين.', ['Armed clash']],
    ['ar', 'وانفجرت سيارة مفخخة قرب مبنى البلدية.', ['Remote explosive/landmine/IED']],
    ['ar', 'ناقش الوزير خطة الميزانية الجديدة.', []],
    // verb-first order: the actor right after the verb takes the ground; after "على" it is what was taken
    ['ar', 'وسيطر الجيش على قرية تلال الزيتون.', ['Government regains territory']],
    ['ar', 'وسيطر المتمردون على مواقع الجيش قرب الجسر.', ['Non-state actor overtakes territory']],
    ['ar', 'المتمردون سيطروا على مواقع الجيش قرب الجسر.', ['Non-state actor overtakes territory']],
  ];
  for (const [language, text, want] of cases)
    it(`${language}: ${text}`, () => assert.deepEqual(eventsOf(text, language), want));
});

describe('events tokens: Arabic proclitics and Cyrillic ё are folded in the token view only', () => {
  it('strips و، ب، ال glued to a word, keeps short words, keeps offsets on the text', () => {
    const text = 'والجيش بغارة في ожесточённые';
    const tokens = tokenize(text);
    assert.deepEqual(
      tokens.map((t) => t.lower),
      ['جيش', 'غارة', 'في', 'ожесточенные'],
    );
    assert.deepEqual(
      tokens.map((t) => text.slice(t.start, t.end)),
      ['والجيش', 'بغارة', 'في', 'ожесточённые'],
    );
  });
});
