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

describe('dates in Russian, Ukrainian and Arabic', () => {
  // datelines and publication lines: the reference date of the document
  const LINES: [name: string, language: string, text: string, reference: string | null][] = [
    [
      'Russian wire dateline, genitive month',
      'ru',
      'ЛЕСОГОРСК, 28 ноября 2024 (Интерфакс) — Бои продолжаются.',
      '2024-11-28',
    ],
    [
      'Russian "Опубликовано" with "года"',
      'ru',
      'Заголовок\n\nОпубликовано 2 июня 2025 года, 11:30\n\nТекст.',
      '2025-06-02',
    ],
    ['Ukrainian "Опубліковано:"', 'uk', 'Заголовок\n\nОпубліковано: 3 вересня 2024, 18:40\n\nТекст.', '2024-09-03'],
    [
      'Arabic wire dateline, Levantine/international month pair',
      'ar',
      'الوادي، 9 آذار/مارس 2025 (وكالات) - قال الجيش إن المعارك توقفت.',
      '2025-03-09',
    ],
    ['Arabic "نشر في", Levantine two-word month', 'ar', 'عنوان\n\nنشر في: 17 تشرين الثاني 2024\n\nنص.', '2024-11-17'],
    [
      'near miss: an Arabic sentence before the date is not a dateline',
      'ar',
      'قال الجيش إن الهجوم وقع في 9 مارس 2025 - وهو ما نفته الجبهة.',
      null,
    ],
  ];
  for (const [name, language, text, reference] of LINES) {
    it(name, () => assert.equal(run(text, language).reference, reference));
  }

  // weekdays in their cases, relative words, tense; 2025-03-12 is a Wednesday
  const REF = '2025-03-12';
  const ROWS: [name: string, language: string, text: string, surface: string, value: string | null][] = [
    ['Russian accusative weekday, past -ли', 'ru', 'Повстанцы отошли от города в субботу.', 'субботу', '2025-03-08'],
    ['Russian genitive weekday after "с"', 'ru', 'С пятницы из города бежали 300 семей.', 'пятницы', '2025-03-07'],
    ['Russian future "будет"', 'ru', 'Конвой будет направлен в пятницу.', 'пятницу', '2025-03-14'],
    ['Russian "вчера вечером"', 'ru', 'Вчера вечером обстрел продолжился.', 'Вчера вечером', '2025-03-11TEV'],
    ['Russian "на прошлой неделе"', 'ru', 'На прошлой неделе погибли 12 человек.', 'прошлой неделе', '2025-W10'],
    ['Russian locative month', 'ru', 'Бои начались в марте 2024 года.', 'марте 2024 года', '2024-03'],
    ['Ukrainian weekday, past -ли', 'uk', 'Повстанці захопили село у понеділок.', 'понеділок', '2025-03-10'],
    ['Ukrainian future "буде"', 'uk', "Допомогу буде доставлено у п'ятницю.", "п'ятницю", '2025-03-14'],
    ['Ukrainian "минулого тижня"', 'uk', 'Минулого тижня загинули 5 людей.', 'Минулого тижня', '2025-W10'],
    ['Ukrainian "сьогодні"', 'uk', 'Сьогодні прибули рятувальники.', 'Сьогодні', '2025-03-12'],
    ['Arabic weekday after "يوم"', 'ar', 'قتل خمسة مدنيين يوم الاثنين.', 'الاثنين', '2025-03-10'],
    ['Arabic future "سوف"', 'ar', 'سوف تصل القافلة يوم الجمعة.', 'الجمعة', '2025-03-14'],
    ['Arabic future prefix sa-', 'ar', 'ستصل القافلة يوم الاثنين.', 'الاثنين', '2025-03-17'],
    ['Arabic "أمس"', 'ar', 'أعلن الجيش أمس استعادة الجسر.', 'أمس', '2025-03-11'],
    ['Arabic "الأسبوع الماضي"', 'ar', 'نزح الآلاف خلال الأسبوع الماضي.', 'الأسبوع الماضي', '2025-W10'],
    ['Arabic Levantine month', 'ar', 'بدأت المعارك في 3 شباط 2025.', '3 شباط 2025', '2025-02-03'],
    // near misses
    [
      'near miss: "سيطرة" (control) is not the future sa-',
      'ar',
      'أعلنت الجبهة سيطرتها على القرية يوم الاثنين.',
      'الاثنين',
      '2025-03-10',
    ],
    [
      'near miss: Russian "села" (villages) is not a past verb',
      'ru',
      'Армия освободит села в пятницу.',
      'пятницу',
      '2025-03-14',
    ],
    ['near miss: "Friday prayers" in Arabic is not a date', 'ar', 'تجمع المصلون لأداء صلاة الجمعة.', 'الجمعة', null],
  ];
  for (const [name, language, text, surface, value] of ROWS) {
    it(name, () => {
      const got = run(text, language, REF).pairs.find(([s]) => s === surface);
      assert.deepEqual(got ?? null, value === null ? null : [surface, value]);
    });
  }
});

describe('French clock times with "h"', () => {
  const ROWS: [name: string, language: string, text: string, surface: string, value: string | null][] = [
    ['"14h10"', 'fr', 'Les tirs ont repris à 14h10.', '14h10', '2025-09-18T14:10'],
    ['"8h"', 'fr', 'Les tirs ont repris vers 8h.', '8h', '2025-09-18T08:00'],
    ['near miss: "72h" is not a clock time', 'fr', 'Un cessez-le-feu de 72h a été annoncé.', '72h', null],
    ['near miss: English "14h10" is not read', 'en', 'Fighting resumed at 14h10.', '14h10', null],
  ];
  for (const [name, language, text, surface, value] of ROWS) {
    it(name, () => {
      const got = run(text, language, '2025-09-18').pairs.find(([s]) => s === surface);
      assert.deepEqual(got ?? null, value === null ? null : [surface, value]);
    });
  }
});
