import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { NoiseSpan, Sentence } from '../../model/index.js';
import { contextOf, documentOf, surfaces } from '../../testing/document-of.js';
import type { Gazetteer, PlaceMention } from './index.js';
import { loadGazetteer, places } from './index.js';
import { analyse } from './resolve/analyse.js';
import { resolveName } from './resolve/span.js';

const gazetteer: Gazetteer = loadGazetteer();

/** One sentence per line: the sentences stage is not needed to test place matching. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) {
      out.push({
        id: `s${out.length}`,
        start,
        end: start + line.length,
        kind: 'sentence',
        paragraph: out.length,
        source: { stage: 'sentences', rule: 'test' },
      });
    }
    start += line.length + 1;
  }
  return out;
}

function run(text: string, noise: NoiseSpan[] = [], g: Gazetteer = gazetteer): PlaceMention[] {
  const document = documentOf(text);
  return [...places.run({ document, layers: { noise, sentences: sentencesOf(text) } }, contextOf({ gazetteer: g }))];
}

const names = (text: string): string[] => surfaces(text, run(text));

describe('places: recognition', () => {
  const cases: [string, string[]][] = [
    ['Rebels entered Aleppo on Friday.', ['Aleppo']],
    ['Fighting spread across Aleppo province overnight.', ['Aleppo province']],
    ['Shells landed on Khan Sheikhoun and Morek.', ['Khan Sheikhoun', 'Morek']],
    ['Convoys moved from Hama towards Homs.', ['Hama', 'Homs']],
    ['Families fled north-western Syria in the cold.', ['north-western Syria']],
    ['The fighters reached the western Aleppo countryside.', ['western Aleppo countryside']],
    ['Workers left Aleppo Industrial City before dawn.', ['Aleppo Industrial City']],
    ['A drone hit a depot near the Bab al-Hawa crossing.', ['Bab al-Hawa crossing']],
    ['Drones struck Kharkiv and Zaporizhzhia overnight.', ['Kharkiv', 'Zaporizhzhia']],
    ['Aid trucks waited at the Rafah crossing outside the Gaza Strip.', ['Rafah crossing', 'Gaza Strip']],
    ['Gunmen attacked a market in Gao, Mali.', ['Gao', 'Mali']],
    ['Iran-backed militias moved into Deir ez-Zor.', ['Iran', 'Deir ez-Zor']],
  ];
  for (const [text, expected] of cases)
    it(`finds ${expected.join(', ')}`, () => assert.deepEqual(names(text), expected));
});

describe('places: near misses', () => {
  const cases: [string, string][] = [
    ['Of the twenty people hurt, most were children.', 'a town called Of'],
    ['Bala said the convoy left at dawn.', 'a person called Bala'],
    ['Mobile networks went down across the city.', 'mobile as an adjective'],
    ['Reading the statement aloud, the minister paused.', 'reading as a verb'],
    ['The Syrian Observatory reported the toll.', 'an organisation named with a demonym'],
    ['Syrian and Turkish officials met for talks.', 'demonyms used as adjectives'],
    ['The New York Times carried the story.', 'a newspaper'],
    ['A UK-based group counted the dead.', 'an "X-based" organisation'],
    ['President Vladimir Putin spoke on Thursday.', 'a person and a weekday'],
  ];
  for (const [text, why] of cases) it(`finds nothing in ${why}`, () => assert.deepEqual(names(text), []));
});

describe('places: transliteration variants resolve to one place', () => {
  const groups: string[][] = [
    ['Saraqeb', 'Saraqib', 'Saraqab'],
    ['Khan Sheikhoun', 'Khan Shaykhun'],
    ['Maarat al-Numan', "Ma'arrat al-Nu'man", 'Maraat al Numan'],
    ['Atareb', 'al-Atarib'],
    ['Darat Izza', 'Darat Izzah'],
  ];
  for (const group of groups) {
    it(group.join(' = '), () => {
      const ids = group.map((n) => {
        const found = run(`Government forces shelled targets in ${n}, in Idlib province, residents said.`);
        assert.equal(found.length, 2, `${n}: ${JSON.stringify(found.map((m) => m.name))}`);
        return found[0]?.gazetteerId;
      });
      assert.equal(new Set(ids).size, 1, JSON.stringify(ids));
    });
  }
});

describe('places: other languages', () => {
  const cases: [string, string][] = [
    ['Los rebeldes entraron en Alepo el viernes.', 'Alepo'],
    ['Les rebelles sont entrés dans Alep vendredi.', 'Alep'],
    ['I ribelli sono entrati ad Aleppo venerdì.', 'Aleppo'],
    ['Die Rebellen rückten am Freitag in Aleppo ein.', 'Aleppo'],
    ['دخلت الفصائل المسلحة إلى حلب يوم الجمعة.', 'حلب'],
  ];
  for (const [text, surface] of cases) {
    it(surface, () => {
      const found = run(text);
      assert.deepEqual(surfaces(text, found), [surface]);
      assert.equal(found[0]?.gazetteerId, 'geonames:170063');
    });
  }
});

describe('places: non-Latin scripts and inflected forms', () => {
  // [sentence, surfaces, GeoNames ids] — fictional events, real places.
  const cases: [string, string[], string[]][] = [
    ['Повстанцы вошли в город Алеппо в субботу.', ['Алеппо'], ['geonames:170063']],
    [
      'Колонна вышла из Москвы и направилась к Харькову.',
      ['Москвы', 'Харькову'],
      ['geonames:524901', 'geonames:706483'],
    ],
    ['Удары по Киеву и Одессе продолжались всю ночь.', ['Киеву', 'Одессе'], ['geonames:703448', 'geonames:698740']],
    ['Вибухи пролунали у Харкові та Києві вночі.', ['Харкові', 'Києві'], ['geonames:706483', 'geonames:703448']],
    ['Колона рушила з Одеси до Херсона.', ['Одеси', 'Херсона'], ['geonames:698740', 'geonames:706448']],
    ['دخل المسلحون مدينة حلب يوم السبت.', ['حلب'], ['geonames:170063']],
    ['وصلت القافلة إلى دمشق قادمة من بيروت.', ['دمشق', 'بيروت'], ['geonames:170654', 'geonames:276781']],
    ['قصفت الطائرات بحلب وإدلب.', ['حلب', 'إدلب'], ['geonames:170063', 'geonames:169389']],
    ['وصل الوفد إلى حَلَب صباحاً.', ['حَلَب'], ['geonames:170063']],
    ['Los combates se extendieron de Damasco a Homs.', ['Damasco', 'Homs'], ['geonames:170654', 'geonames:169577']],
    ['Die Kämpfe erreichten Charkiw und Odessa.', ['Charkiw', 'Odessa'], ['geonames:706483', 'geonames:698740']],
    ['Les rebelles ont quitté Alep pour Damas.', ['Alep', 'Damas'], ['geonames:170063', 'geonames:170654']],
    ['反叛分子周六进入阿勒颇。', ['阿勒颇'], ['geonames:170063']],
    ['Οι αντάρτες μπήκαν στο Χαλέπι το Σάββατο.', ['Χαλέπι'], ['geonames:170063']],
  ];
  for (const [text, expected, ids] of cases) {
    it(`${expected.join(', ')} in "${text}"`, () => {
      const found = run(text);
      assert.deepEqual(surfaces(text, found), expected);
      assert.deepEqual(
        found.map((m) => m.gazetteerId),
        ids,
      );
    });
  }
});

describe('places: non-Latin near misses (common words that are also place names)', () => {
  const cases: [string, string][] = [
    ['Мир наступит не скоро, сказал он.', 'Мир (peace), a town in Belarus'],
    ['Новый закон вступил в силу в понедельник.', 'Новый (new)'],
    ['Дружба между странами крепнет с каждым годом.', 'Дружба (friendship)'],
    ['Перемога буде за нами, сказав він.', 'Перемога (victory)'],
    ['كان الوضع هادئا حول المدينة.', 'كان (was) = Caen, حول (around), المدينة (the city)'],
    ['قال مصدر في الحكومة إن الوضع هادئ.', 'الحكومة (the government)'],
    ['عاد الأمل إلى الناس بعد النصر.', 'الأمل (hope), النصر (victory)'],
    ['双方呼吁和平与发展。', '和平 (peace) = Heping'],
    ['市中心的文化活动照常进行。', '中心 (centre), 文化 (culture)'],
    ['La paz llegará pronto, dijo el ministro.', 'la paz (peace)'],
    ['Die Stadt blieb am Montag ruhig.', 'Stadt (town)'],
    ['Le maire a dit que la ville restait calme.', 'French function words'],
    ['Sur la route, les soldats ont attendu.', 'Sur (on), also Tyre in Arabic transliteration'],
    ['Der Ort liegt im Norden des Landes.', 'German function words'],
  ];
  for (const [text, why] of cases) it(`finds nothing in ${why}`, () => assert.deepEqual(names(text), []));
});

describe('places: resolution', () => {
  it('takes "Hama" as the city unless the text says province', () => {
    const [city] = run('Rebels advanced on Hama from the north.');
    const [province] = run('Rebels advanced into Hama province from the north.');
    assert.equal(city?.feature, 'city');
    assert.equal(city?.geoPrecision, 1);
    assert.equal(province?.feature, 'admin1');
    assert.equal(province?.geoPrecision, 3);
  });
  it('reads an offset from a named place', () => {
    const text = 'The road was cut 15km south-west of Aleppo city on Thursday.';
    const [m] = run(text);
    assert.equal(m?.relation?.kind, 'offset');
    assert.equal(m?.relation?.distanceKm, 15);
    assert.equal(m?.relation?.bearing, 225);
    assert.equal(m?.geoPrecision, 2);
    assert.equal(text.slice(m?.relation?.cue?.start, m?.relation?.cue?.end), '15km south-west of');
    assert.ok((m?.relation?.point?.lat ?? 99) < (m?.lat ?? 0));
  });
  it('marks the outskirts and "near" with precision 2', () => {
    const [outskirts] = run('Shelling reached the outskirts of Kharkiv overnight.');
    const [near] = run('A camp near Idlib was struck.');
    assert.equal(outskirts?.relation?.kind, 'outskirts');
    assert.equal(outskirts?.geoPrecision, 2);
    assert.equal(outskirts?.country, 'UA');
    assert.equal(near?.relation?.kind, 'near');
    assert.equal(near?.geoPrecision, 2);
  });
  it('puts "north-west Syria" north-west of the country point', () => {
    const [m] = run('Air strikes hit north-west Syria on Monday.');
    const syria = gazetteer.country('SY');
    assert.ok(m && syria && m.lat > syria.lat && m.lon < syria.lon);
    assert.equal(m?.geoPrecision, 3);
    assert.equal(m?.gazetteerId, null);
  });
  it('uses the containing province after a comma', () => {
    const [m] = run('Police closed a road in Alexandria, Louisiana.');
    assert.equal(m?.country, 'US');
    assert.equal(m?.admin1, 'Louisiana');
  });
  it('prefers places near the others in the document', () => {
    const text = 'Rebels took Idlib and Saraqeb.\nThey then shelled Tell Rifaat.';
    const found = run(text);
    assert.ok(
      found.every((m) => m.country === 'SY'),
      JSON.stringify(found.map((m) => [m.name, m.country])),
    );
  });
  it('finds a point on the border the text means', () => {
    const text = 'Rebels hold Idlib and Atareb.\nA camp near the Turkish border was shelled.';
    const border = run(text).find((m) => m.relation?.kind === 'border');
    assert.ok(border, 'no border mention');
    assert.equal(border?.country, 'SY');
    assert.ok(border && border.lat > 35.8 && border.lat < 37.2, `${border?.lat}`);
  });
  it('ignores names inside noise spans', () => {
    const text = 'Rebels took Idlib.\nPhoto: a street in Damascus (Getty)';
    const start = text.indexOf('Photo');
    const noise: NoiseSpan[] = [
      { id: 'n1', start, end: text.length, kind: 'caption', source: { stage: 'noise', rule: 'test' } },
    ];
    assert.deepEqual(surfaces(text, run(text, noise)), ['Idlib']);
  });
  it('gives every mention provenance and a span inside the text', () => {
    const text = 'Fighting in Aleppo and Idlib provinces spread to Hama.';
    for (const m of run(text)) {
      assert.equal(m.source.stage, 'places');
      assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
    }
    assert.deepEqual(
      run(text).map((m) => m.feature),
      ['admin1', 'admin1', 'city'],
    );
  });
});

describe('places: user gazetteer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-gaz-'));
  it('adds places from a TSV file', () => {
    const file = join(dir, 'extra.tsv');
    writeFileSync(
      file,
      '# test places\nid\tname\taliases\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation\nfalcon\tCamp Falcon\tFalcon base|Base Falcon\t33.1\t44.2\tIQ\t\tlandmark\t\n',
    );
    const g = loadGazetteer({ extraFiles: [file] });
    const [m] = run('Rockets struck Camp Falcon at night.', [], g);
    assert.equal(m?.gazetteerId, 'user:falcon');
    assert.equal(m?.feature, 'landmark');
  });
  it('adds places from a GeoJSON file', () => {
    const file = join(dir, 'extra.geojson');
    const fc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [36.5, 35.5] },
          properties: { id: 'kfr-x', name: 'Kafr Testa', aliases: ['Kfar Testa'], country: 'SY', feature: 'village' },
        },
      ],
    };
    writeFileSync(file, JSON.stringify(fc, null, 1));
    const g = loadGazetteer({ extraFiles: [file] });
    const [m] = run('Shelling hit the village of Kfar Testa.', [], g);
    assert.equal(m?.gazetteerId, 'user:kfr-x');
  });
  it('names the file and line of a bad row', () => {
    const file = join(dir, 'bad.tsv');
    writeFileSync(
      file,
      'id\tname\taliases\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation\nx\tSomewhere\t\tninety\t10\tSY\t\ttown\t\n',
    );
    assert.throws(() => loadGazetteer({ extraFiles: [file], withoutGeoNames: true }), /bad\.tsv:2: lat "ninety"/);
  });
});

describe('places: US counties (us-atlas)', () => {
  const cases: [string, string, string | null][] = [
    ['Deputies in Laurel County, Kentucky, found the truck.', 'Laurel County', 'US.KY'],
    ['The fair opened in Lamar County, near Paris, Texas.', 'Lamar County', 'US.TX'],
    ['Louisiana crews cleared roads in Acadia Parish.', 'Acadia Parish', 'US.LA'],
  ];
  for (const [text, surface, admin1] of cases)
    it(`resolves ${surface} in ${admin1}`, () => {
      const m = run(text).find((p) => text.slice(p.start, p.end) === surface);
      assert.ok(m, `no mention for ${surface}`);
      assert.equal(m.feature, 'admin2');
      assert.equal(m.geoPrecision, 3);
      assert.equal(m.gazetteerId?.startsWith('us-fips:'), true);
      assert.equal(gazetteer.entries.find((e) => e.gazetteerId === m.gazetteerId)?.admin1Code, admin1);
    });
  it('does not take a bare county name ("Laurel") as the county', () => {
    const text = 'Laurel said the vote would wait.';
    assert.equal(
      run(text).some((m) => m.feature === 'admin2'),
      false,
    );
  });
});

describe('places: document focus', () => {
  it('reads a small town in the state the document is about, not its famous namesake', () => {
    const text =
      'Paris council met on Monday.\nRoxton and Paris share a budget, officials in Lamar County, Texas, said.';
    const m = run(text).find((p) => text.slice(p.start, p.end) === 'Paris');
    assert.equal(m?.country, 'US');
  });
  it('keeps the famous place when nothing points elsewhere', () => {
    const text = 'Ministers met in Paris on Monday.\nThe talks in Paris went on late.';
    assert.equal(run(text).find((p) => text.slice(p.start, p.end) === 'Paris')?.country, 'FR');
  });
  it('prefers a continent over a town known by that name only in another language', () => {
    const text = 'Exports to Africa rose again this year.';
    assert.equal(run(text).find((p) => text.slice(p.start, p.end) === 'Africa')?.feature, 'region');
  });
});

describe('places: back-references to the place in focus', () => {
  const cases: [string, string, string | null][] = [
    ['Rebels entered Homs at dawn.\nThey seized the city’s main airport by noon.', 'the city’s main airport', 'Homs'],
    ['Shelling hit Homs overnight.\nCrowds gathered at the old citadel afterwards.', 'the old citadel', 'Homs'],
    ['Troops left Homs on Friday.\nThe cadets stayed at the military academy.', 'the military academy', 'Homs'],
    ['Fighting reached Aleppo.\nGunfire was heard on the city’s southern edge.', 'the city’s southern edge', 'Aleppo'],
  ];
  for (const [text, surface, anchor] of cases)
    it(`reads "${surface}" as part of ${anchor}`, () => {
      const m = run(text).find((p) => text.slice(p.start, p.end) === surface);
      assert.equal(m?.name, anchor);
      assert.equal(m?.geoPrecision, 2);
      assert.equal(m?.relation?.kind, 'part');
    });
  const misses: [string, string][] = [
    ['No place is named before the old citadel is mentioned.', 'no place in focus'],
    ['Rebels entered Homs.\nThe citadel of Palmyra was not touched.', '"of" names its own place'],
    ['Rebels entered Homs.\nThey walked to the western edge of the lake.', 'a part head needs "the city’s"'],
  ];
  for (const [text, why] of misses)
    it(`finds nothing when ${why}`, () => {
      assert.equal(
        run(text).some((m) => m.source.rule.includes('back-reference')),
        false,
      );
    });
});

describe('places: resolving a given name (resolveName)', () => {
  const doc = (text: string) => analyse(gazetteer, text, sentencesOf(text), []);
  const cases: [string, string, string | null][] = [
    ['Students marched from Leeds Town Hall to the station in Leeds.', 'Leeds Town Hall', 'GB'],
    ['The EU and Kenya signed the pact in Nairobi.', 'EU', null],
    ['Rebels shelled Aleppo province again.', 'Aleppo province', 'SY'],
  ];
  for (const [text, name, country] of cases)
    it(`resolves "${name}"`, () => {
      const e = resolveName(gazetteer, doc(text), name);
      assert.ok(e, `nothing for ${name}`);
      assert.equal(e.country, country);
    });
  it('reads "X province" as the province', () => {
    const text = 'Rebels shelled Aleppo province again.';
    assert.equal(resolveName(gazetteer, doc(text), 'Aleppo province')?.kind, 'admin1');
  });
  it('does not back off to a part when the dropped words are not a facility', () => {
    const text = 'Volunteers cleaned Meadowlark Grove on Sunday.';
    assert.equal(resolveName(gazetteer, doc(text), 'Meadowlark Grove'), null);
  });
});
