/**
 * Claims in French, Spanish, German, Italian, Russian, Ukrainian and Arabic (cues-by-language.tsv + multilingual/): one table per language
 * of short invented sentences about a fictional conflict, with the hit and the near miss.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CLAIM_OPTIONS } from './extract.js';
import { splitElisions } from './multilingual.js';
import { type ClaimView, testResources, viewsOf } from './test-helpers.js';
import type { Sent } from './tokens.js';

type Row = readonly [name: string, text: string, cue: string, want: Partial<ClaimView>];
type Miss = readonly [name: string, text: string, absent: (v: ClaimView) => boolean];

function hits(language: string, rows: readonly Row[]): void {
  for (const [name, text, cue, want] of rows) {
    it(name, () => {
      const v = viewsOf(text, DEFAULT_CLAIM_OPTIONS, language).find((x) => x.cue === cue);
      const got: Record<string, unknown> = {};
      for (const k of Object.keys(want)) got[k] = v?.[k as keyof ClaimView];
      assert.deepEqual(got, want, `claims: ${JSON.stringify(viewsOf(text, DEFAULT_CLAIM_OPTIONS, language))}`);
    });
  }
}

function misses(language: string, rows: readonly Miss[]): void {
  for (const [name, text, absent] of rows) {
    it(`near miss: ${name}`, () => assert.deepEqual(viewsOf(text, DEFAULT_CLAIM_OPTIONS, language).filter(absent), []));
  }
}

describe('claims in French', () => {
  hits('fr', [
    [
      'inverted: "…, a déclaré X."',
      "Six civils ont été tués mardi à Veldor, a déclaré l'Observatoire tarslandais.",
      'a déclaré',
      { speaker: "l'Observatoire tarslandais", content: 'Six civils ont été tués mardi à Veldor', status: 'asserted' },
    ],
    [
      'subject + "a démenti" is denied',
      'Le ministère de la Défense a démenti ces informations.',
      'a démenti',
      { speaker: 'Le ministère de la Défense', content: 'ces informations', status: 'denied' },
    ],
    [
      '"ont affirmé avoir pris" by a party is claimed',
      "Les rebelles ont affirmé avoir pris l'aéroport de Veldor.",
      'ont affirmé',
      { speaker: 'Les rebelles', content: "avoir pris l'aéroport de Veldor", status: 'claimed' },
    ],
    [
      '"selon X, …"',
      "Selon des sources médicales, le bilan pourrait encore s'alourdir.",
      'Selon',
      { source: 'des sources médicales', content: "le bilan pourrait encore s'alourdir" },
    ],
    [
      '"d\'après X" after the content',
      "Trois ponts ont été détruits, d'après la Croix-Rouge.",
      "d'après",
      { source: 'la Croix-Rouge', content: 'Trois ponts ont été détruits' },
    ],
    [
      'appositive name: the name speaks',
      'Le porte-parole du gouvernement, Paul Verrand, a assuré que les secours arriveraient.',
      'a assuré',
      { speaker: 'Paul Verrand', content: 'les secours arriveraient' },
    ],
    [
      'coordinated verb shares the subject',
      "L'armée a démenti ces informations et a affirmé que la zone restait sous contrôle.",
      'a affirmé',
      { speaker: "L'armée", status: 'claimed' },
    ],
    [
      'quote then "a dit X"',
      '« Nous tenons la ville », a dit un commandant rebelle.',
      'a dit',
      { source: 'un commandant rebelle', content: '« Nous tenons la ville »' },
    ],
  ]);
  it('"n\'ont pas pu être vérifiés" makes the claim before it unverified', () => {
    const v = viewsOf(
      "Selon l'Observatoire, 3 000 personnes ont fui. Ces chiffres n'ont pas pu être vérifiés de manière indépendante.",
      DEFAULT_CLAIM_OPTIONS,
      'fr',
    );
    assert.deepEqual(
      v.map((x) => x.status),
      ['unverified'],
    );
  });
  misses('fr', [
    ['"déclaration" as a noun', 'La déclaration du gouvernement a surpris les habitants de Veldor.', () => true],
    ['"un démenti" has no auxiliary', 'Un démenti officiel est attendu à Veldor.', () => true],
    [
      '"n\'a pas démenti" is not a denial',
      "Le ministre n'a pas démenti la présence de troupes dans la région.",
      (v) => v.status === 'denied',
    ],
    ['"n\'a pas dit" reports nothing', "Le ministre n'a pas dit combien de soldats étaient morts.", () => true],
  ]);
});

describe('claims in Spanish', () => {
  hits('es', [
    [
      '"negó haber atacado" is denied',
      'El ejército negó haber atacado zonas civiles.',
      'negó',
      { speaker: 'El ejército', content: 'haber atacado zonas civiles', status: 'denied' },
    ],
    [
      '"según informó X": the verb joins the cue',
      'Nueve personas murieron en Kessa, según informó la Media Luna Roja.',
      'según informó',
      { source: 'la Media Luna Roja', content: 'Nueve personas murieron en Kessa' },
    ],
    [
      '"aseguraron que" by rebels with an outcome is claimed',
      'Los rebeldes aseguraron que habían derribado un helicóptero militar.',
      'aseguraron',
      { speaker: 'Los rebeldes', content: 'habían derribado un helicóptero militar', status: 'claimed' },
    ],
    [
      '"acusó a X de" is claimed',
      'El gobierno acusó a los rebeldes de usar a la población como escudo.',
      'acusó',
      { speaker: 'El gobierno', status: 'claimed' },
    ],
    [
      '"ha negado" (auxiliary + participle)',
      'El ministerio ha negado cualquier ataque contra el hospital.',
      'ha negado',
      { speaker: 'El ministerio', status: 'denied' },
    ],
    [
      'relative "algo que X rechazó" points back',
      'El gobierno acusó a los rebeldes de saquear los almacenes, algo que el grupo rechazó.',
      'rechazó',
      { source: 'el grupo', content: 'a los rebeldes de saquear los almacenes', status: 'denied' },
    ],
    [
      '"no negó" stays asserted',
      'Un portavoz militar no negó que hubiera víctimas civiles.',
      'no negó',
      { status: 'asserted', content: 'hubiera víctimas civiles' },
    ],
  ]);
  it('"no han podido ser verificadas" makes the claim before it unverified', () => {
    const v = viewsOf(
      'Según la ONU, 40 personas murieron. Estas cifras no han podido ser verificadas de forma independiente.',
      DEFAULT_CLAIM_OPTIONS,
      'es',
    );
    assert.deepEqual(
      v.map((x) => x.status),
      ['unverified'],
    );
  });
  misses('es', [
    ['"la declaración" as a noun', 'La declaración del gobierno llegó tras una reunión del gabinete.', () => true],
    ['"la denuncia" as a noun', 'La denuncia fue presentada ante el tribunal de Kessa.', () => true],
  ]);
});

describe('claims in German', () => {
  hits('de', [
    [
      'separable "teilte X mit" after the content',
      'Zwölf Menschen wurden getötet, teilte das Gesundheitsministerium mit.',
      'teilte',
      { source: 'das Gesundheitsministerium', content: 'Zwölf Menschen wurden getötet' },
    ],
    [
      '"erklärte, sie habe" (subject first)',
      'Die Armee erklärte, sie habe Stellungen der Rebellen angegriffen.',
      'erklärte',
      { speaker: 'Die Armee', content: 'sie habe Stellungen der Rebellen angegriffen' },
    ],
    [
      'verb-final "hat … bestritten"',
      'Das Verteidigungsministerium hat die Berichte bestritten.',
      'bestritten',
      { source: 'Das Verteidigungsministerium', content: 'die Berichte', status: 'denied' },
    ],
    [
      'verb second after an opener',
      'Am Montag erklärte die Armee, sie kontrolliere den Hafen.',
      'erklärte',
      { source: 'die Armee', content: 'sie kontrolliere den Hafen', status: 'claimed' },
    ],
    [
      '"laut X" without a comma',
      'Laut dem Roten Kreuz wurden zwei Helfer verletzt.',
      'Laut',
      { source: 'dem Roten Kreuz', content: 'wurden zwei Helfer verletzt' },
    ],
    [
      '"X zufolge"',
      'Der Armee zufolge sind die Rebellen geflohen.',
      'zufolge',
      { source: 'Der Armee', content: 'sind die Rebellen geflohen' },
    ],
    [
      'separable "wies … zurück" is denied',
      'Ein Sprecher der Rebellen wies die Vorwürfe zurück.',
      'wies',
      { source: 'Ein Sprecher der Rebellen', status: 'denied' },
    ],
  ]);
  it('"konnten nicht unabhängig überprüft werden" makes the claim before it unverified', () => {
    const v = viewsOf(
      'Zwölf Menschen wurden getötet, teilte das Ministerium mit. Die Angaben konnten nicht unabhängig überprüft werden.',
      DEFAULT_CLAIM_OPTIONS,
      'de',
    );
    assert.deepEqual(
      v.map((x) => x.status),
      ['unverified'],
    );
  });
  misses('de', [
    [
      '"hat nicht bestritten" is not a denial',
      'Die Regierung hat die Angriffe nicht bestritten.',
      (v) => v.status === 'denied',
    ],
    ['"mit" as a preposition, no separable cue', 'Die Armee teilte die Stadt mit Sperren in zwei Zonen.', () => true],
  ]);
});

describe('claims in Italian', () => {
  hits('it', [
    [
      'inverted "…, ha dichiarato X"',
      "Venti civili sono stati uccisi, ha dichiarato l'Osservatorio tarslandese.",
      'ha dichiarato',
      { speaker: "l'Osservatorio tarslandese", status: 'asserted' },
    ],
    [
      '"ha smentito" is denied',
      'Il ministero della Difesa ha smentito queste notizie.',
      'ha smentito',
      { speaker: 'Il ministero della Difesa', status: 'denied' },
    ],
    [
      'gerund "sostenendo che" takes the source before it',
      "Il ministero ha smentito la notizia, sostenendo che l'aviazione ha colpito obiettivi militari.",
      'sostenendo',
      { speaker: 'Il ministero', content: "l'aviazione ha colpito obiettivi militari" },
    ],
    [
      '"secondo X, …" with an appositive name',
      'Secondo il portavoce dei ribelli, Marco Dessi, la città è caduta.',
      'Secondo',
      { speaker: 'Marco Dessi', content: 'la città è caduta' },
    ],
  ]);
  misses('it', [
    [
      '"non ha smentito" is not a denial',
      "L'esercito non ha smentito la presenza di droni.",
      (v) => v.status === 'denied',
    ],
  ]);
});

describe('claims in Russian, Ukrainian and Arabic', () => {
  hits('ru', [
    [
      '"заявило, что"',
      'Министерство обороны заявило, что войска отразили атаку.',
      'заявило',
      { speaker: 'Министерство обороны', content: 'войска отразили атаку', status: 'claimed' },
    ],
    [
      '"по данным X, …"',
      'По данным ООН, погибли 12 мирных жителей.',
      'По данным',
      { source: 'ООН', content: 'погибли 12 мирных жителей' },
    ],
    [
      'inverted "…, заявил X"',
      'Город полностью обесточен, заявил губернатор области.',
      'заявил',
      { source: 'губернатор области', content: 'Город полностью обесточен' },
    ],
  ]);
  misses('ru', [
    [
      '"не опроверг" is not a denial',
      'Представитель армии не опроверг сообщения о потерях.',
      (v) => v.status === 'denied',
    ],
  ]);
  hits('uk', [
    [
      '"спростував" is denied',
      'Речник армії спростував повідомлення про втрати.',
      'спростував',
      { speaker: 'Речник армії', status: 'denied' },
    ],
    ['"за даними X"', 'За даними ООН, загинули 12 цивільних.', 'За даними', { source: 'ООН' }],
  ]);
  hits('ar', [
    [
      'verb first "قال X إن"',
      'قال الجيش إن قواته سيطرت على المطار.',
      'قال',
      { source: 'الجيش', content: 'قواته سيطرت على المطار', status: 'claimed' },
    ],
    [
      'joined conjunction "ونفت" is denied',
      'ونفت الحكومة أن تكون قواتها قد استهدفت المدنيين.',
      'نفت',
      { source: 'الحكومة', status: 'denied' },
    ],
    [
      '"بحسب X، …" with the glued Arabic comma',
      'وبحسب المرصد، قتل 12 مدنيا في القصف.',
      'بحسب',
      { source: 'المرصد', content: 'قتل 12 مدنيا في القصف' },
    ],
  ]);
  it('"ولم يتسن التحقق" makes the claim before it unverified', () => {
    const v = viewsOf(
      'وبحسب المرصد، قتل 12 مدنيا في القصف. ولم يتسن التحقق من هذه الأرقام بشكل مستقل.',
      DEFAULT_CLAIM_OPTIONS,
      'ar',
    );
    assert.deepEqual(
      v.map((x) => x.status),
      ['unverified'],
    );
  });
});

describe('claims in Russian, Ukrainian and Arabic: inversions, pronouns, verb-first subjects', () => {
  hits('ru', [
    [
      'inverted title "…, заявил министр обороны X" by a party is claimed',
      'Армия взяла под контроль мост, заявил министр обороны Андрей Лукин.',
      'заявил',
      { source: 'министр обороны Андрей Лукин', content: 'Армия взяла под контроль мост', status: 'claimed' },
    ],
    [
      'after a quotation and a dash: "«…», — заявил X"',
      '«Мы отошли от города», — заявил представитель фронта Олег Вершинин.',
      'заявил',
      { source: 'представитель фронта Олег Вершинин' },
    ],
    [
      '"по его словам": the pronoun is the source',
      'Министр Андрей Лукин посетил фронт. По его словам, армия отбила атаку.',
      'По его словам',
      { source: 'его', content: 'армия отбила атаку' },
    ],
    [
      '"как сообщает агентство «X»": the quoted name belongs to the source',
      'Как сообщает агентство «Восток-Пресс», конвой вышел из города.',
      'Как сообщает',
      { source: 'агентство «Восток-Пресс»', content: 'конвой вышел из города' },
    ],
  ]);
  hits('uk', [
    [
      '"заперечило" is denied',
      'Командування армії заперечило причетність до удару.',
      'заперечило',
      { speaker: 'Командування армії', status: 'denied' },
    ],
    [
      'object before "не вдалося": the claim is unverified',
      'Генштаб повідомив, що наступ відбито. Незалежно перевірити ці дані не вдалося.',
      'повідомив',
      { status: 'unverified' },
    ],
  ]);
  hits('ar', [
    [
      'verb first with a title and name before "إن"',
      'قال المتحدث باسم الجيش العقيد نبيل حداد إن المسلحين قصفوا المخيم.',
      'قال',
      { source: 'المتحدث باسم الجيش العقيد نبيل حداد', content: 'المسلحين قصفوا المخيم' },
    ],
    [
      'verb first, the name between Arabic commas is the source',
      'ونفى المتحدث باسم الجبهة، سامر الخطيب، أي مسؤولية عن القصف.',
      'نفى',
      { speaker: 'سامر الخطيب', status: 'denied' },
    ],
    [
      'verb first with no complementizer: the construct phrase is the subject',
      'ونفت جبهة الخلاص مسؤوليتها عن الهجوم.',
      'نفت',
      { source: 'جبهة الخلاص', content: 'مسؤوليتها عن الهجوم', status: 'denied' },
    ],
    [
      'a time word ends the verb-first subject',
      'أعلن الجيش أمس استعادة الجسر.',
      'أعلن',
      { source: 'الجيش', content: 'استعادة الجسر', status: 'claimed' },
    ],
    [
      'adverbial participle "مؤكدا" after the Arabic comma shares the subject',
      'أعلن الجيش أمس استعادة الجسر، مؤكدا أن عشرات المسلحين قتلوا.',
      'مؤكدا',
      { source: 'الجيش', content: 'عشرات المسلحين قتلوا' },
    ],
  ]);
  misses('ar', [
    [
      '"نقلا عن" inside a verb cue\'s clause is not a claim of its own',
      'وقالت منظمة الإغاثة نقلا عن سكان محليين إن مئات العائلات فرت.',
      (v) => v.cue === 'نقلا عن',
    ],
  ]);
  misses('ru', [
    [
      'a hyphenated word is not cut at its hyphen',
      'Пресс-служба армии сообщила, что обстрел продолжается.',
      (v) => v.cue === 'сообщила' && v.source !== 'Пресс-служба армии',
    ],
  ]);
});

describe('splitElisions', () => {
  it('splits "l\'armée" into the article and the noun over the same text', () => {
    const text = "l'armée";
    const sent: Sent = {
      index: 0,
      start: 0,
      end: text.length,
      paragraph: 0,
      heading: false,
      toks: [{ start: 0, end: 7, text, lower: text, pos: 'PROPN', lemma: text, quote: -1 }],
    };
    assert.deepEqual(
      splitElisions(sent, testResources().lexicon.languages.get('fr')!).toks.map((t) => [
        text.slice(t.start, t.end),
        t.pos,
      ]),
      [
        ["l'", 'DET'],
        ['armée', 'PROPN'],
      ],
    );
  });
});

describe('language coverage', () => {
  it('the stage declares English and exactly the languages of cues-by-language.tsv', async () => {
    const { CLAIM_LANGUAGES } = await import('./stage.js');
    const { testResources } = await import('./test-helpers.js');
    const data = [...testResources().lexicon.languages.keys()];
    assert.deepEqual([...CLAIM_LANGUAGES].sort(), ['en', ...data].sort());
  });
});
