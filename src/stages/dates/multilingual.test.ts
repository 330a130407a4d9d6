/**
 * Dates in French, Spanish, German and Italian documents: wire datelines closed by a dash, "Publié le" lines,
 * weekday tense from verb endings (pretérito, passato remoto, futur/conditionnel) and German grammar words.
 * Short invented sentences about a fictional conflict.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultDateLexicon, extractDates } from './index.js';

function run(text: string, language: string, reference: string | null = null) {
  const r = extractDates({ text, lexicon: defaultDateLexicon(), language, reference, sentences: [], skip: [] });
  return { ...r, pairs: r.dates.map((d) => [text.slice(d.start, d.end), d.value] as const) };
}

describe('datelines and publication lines in other languages', () => {
  const ROWS: [name: string, language: string, text: string, reference: string | null][] = [
    [
      'French wire dateline with a dash',
      'fr',
      'Titre\n\nVELDOR, 12 mars 2025 — Au moins 14 civils ont été tués samedi.',
      '2025-03-12',
    ],
    [
      'Spanish wire dateline with a dash',
      'es',
      'KESSA, 14 de marzo de 2025 — Nueve personas murieron el viernes.',
      '2025-03-14',
    ],
    [
      'Italian wire dateline with an en dash',
      'it',
      'DORVANA, 15 luglio 2025 – Venti civili sono morti domenica.',
      '2025-07-15',
    ],
    [
      'German dateline with the agency',
      'de',
      'SELVAN, 9. Oktober 2025 (dpa) - Acht Menschen starben am Mittwoch.',
      '2025-10-09',
    ],
    [
      '"Publié le"',
      'fr',
      'Titre\n\nPublié le 18 septembre 2025 à 14h10\n\nLes combats ont repris mercredi.',
      '2025-09-18',
    ],
    ['"Publicado el"', 'es', 'Publicado el 3 de febrero de 2025\n\nLa Cruz Roja dijo el sábado que…', '2025-02-03'],
    [
      '"Veröffentlicht am"',
      'de',
      'Veröffentlicht am 27.05.2025, 08:15 Uhr\n\nDie Rebellen griffen am Sonntag an.',
      '2025-05-27',
    ],
    // near misses: a date inside a sentence, a lower-case place, no dash after the date
    [
      'near miss: date in a sentence',
      'fr',
      "L'accord signé à Veldor le 12 mars 2025 — selon l'armée — a été rompu.",
      null,
    ],
    [
      'near miss: no closing dash or agency',
      'es',
      'KESSA, 14 de marzo de 2025. Nueve personas murieron el viernes.',
      null,
    ],
  ];
  for (const [name, language, text, reference] of ROWS) {
    it(name, () => assert.equal(run(text, language).reference, reference));
  }
});

describe('weekday tense in other languages', () => {
  // 2025-03-12 is a Wednesday
  const REF = '2025-03-12';
  const ROWS: [name: string, language: string, text: string, surface: string, value: string][] = [
    ['Spanish pretérito -ieron is past', 'es', 'Nueve personas murieron el viernes en Kessa.', 'viernes', '2025-03-07'],
    ['Spanish pretérito -ó is past', 'es', 'El ejército atacó el pueblo el jueves.', 'jueves', '2025-03-06'],
    ['Spanish future -rá is ahead', 'es', 'El enviado llegará a Kessa el jueves.', 'jueves', '2025-03-13'],
    ['French conditional -raient is ahead', 'fr', 'Les secours arriveraient jeudi à Veldor.', 'jeudi', '2025-03-13'],
    ['French passé composé is past', 'fr', 'Les rebelles ont pris la ville jeudi.', 'jeudi', '2025-03-06'],
    ['Italian passato remoto -ò is past', 'it', "L'esercito attaccò il villaggio giovedì.", 'giovedì', '2025-03-06'],
    ['Italian future -rà is ahead', 'it', "L'inviato arriverà a Dorvana giovedì.", 'giovedì', '2025-03-13'],
    [
      'German passive perfect "sind … getötet worden" is past',
      'de',
      'Am Dienstag sind zwölf Menschen getötet worden.',
      'Dienstag',
      '2025-03-11',
    ],
    // near misses: English grammar words that are German or Italian words too
    [
      'near miss: German "am" is not English "am" (present)',
      'de',
      'Die Rebellen haben am Freitag die Stadt angegriffen.',
      'Freitag',
      '2025-03-07',
    ],
    [
      'near miss: Italian "può" is not a past ending',
      'it',
      'La delegazione può partire giovedì.',
      'giovedì',
      '2025-03-13',
    ],
  ];
  for (const [name, language, text, surface, value] of ROWS) {
    it(name, () => {
      const got = run(text, language, REF).pairs.find(([s]) => s === surface);
      assert.deepEqual(got, [surface, value]);
    });
  }
});
