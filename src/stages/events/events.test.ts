import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateMention } from '../dates/types.js';
import type { PlaceMention } from '../places/types.js';
import { areaKey } from './extract.js';
import { defaultEventLexicon } from './load-lexicon.js';
import { run } from './test-run.js';

const lexicon = defaultEventLexicon();

describe('events: types and sub-types', () => {
  const cases: [string, string, string][] = [
    [
      'Government warplanes carried out air strikes on the market in Norvik.',
      'Explosions/Remote violence',
      'Air/drone strike',
    ],
    [
      'Army artillery shelled the northern districts of Norvik overnight.',
      'Explosions/Remote violence',
      'Shelling/artillery/missile attack',
    ],
    [
      'A roadside bomb exploded near a checkpoint outside Norvik.',
      'Explosions/Remote violence',
      'Remote explosive/landmine/IED',
    ],
    ['Heavy fighting broke out between the militia and soldiers near Norvik.', 'Battles', 'Armed clash'],
    [
      'Gunmen abducted three aid workers from a clinic in Norvik.',
      'Violence against civilians',
      'Abduction/forced disappearance',
    ],
    ['Hundreds of demonstrators gathered outside the governor’s office in Norvik.', 'Protests', 'Peaceful protest'],
    ['Police arrested twelve students in Norvik.', 'Strategic developments', 'Arrests'],
    ['Fighters looted shops in the old market of Norvik.', 'Strategic developments', 'Looting/property destruction'],
  ];
  for (const [text, type, sub] of cases) {
    it(text, () => {
      const [e] = run(text, { places: [['Norvik', {}]] });
      assert.equal(e?.type, type);
      assert.equal(e?.sub, sub);
      assert.equal(e?.place, 'Norvik');
    });
  }
  it('near miss: a standing situation and a statement name no event', () => {
    assert.deepEqual(run('Norvik has been held by the government since the truce.', { places: [['Norvik', {}]] }), []);
    assert.deepEqual(run('The minister said the talks would resume next month.'), []);
  });
  it('near miss: a negated capture is no event', () => {
    assert.deepEqual(run('The rebels did not seize Norvik.', { places: [['Norvik', {}]] }), []);
  });
});

describe('events: territory, actors and several events in one sentence', () => {
  it('"seized A, B and C" is three captures by the named coalition', () => {
    const text =
      'The offensive is led by the Orvane Liberation Front (OLF).\nOn Tuesday the rebels seized Dalsk, Merrow and Pell.';
    const got = run(text, {
      places: [
        ['Dalsk', {}],
        ['Merrow', {}],
        ['Pell', {}],
      ],
    });
    const captures = got.filter((e) => e.sub === 'Non-state actor overtakes territory');
    assert.deepEqual(
      captures.map((e) => e.place),
      ['Dalsk', 'Merrow', 'Pell'],
    );
    assert.ok(captures.every((e) => e.actors.includes('Orvane Liberation Front')));
  });
  it('the army retaking a village is a government regain; capturing soldiers is a clash', () => {
    const [regain] = run('The army retook the village of Mezro on Thursday.', { places: [['Mezro', {}]] });
    assert.equal(regain?.sub, 'Government regains territory');
    const [capture] = run('The rebels said they captured 30 soldiers near Mezro.', { places: [['Mezro', {}]] });
    assert.equal(capture?.sub, 'Armed clash');
  });
  it('without a leader, rebels are a generic label; demonym forces are military forces of that country', () => {
    const [e] = run('Karsenian and Veldorian jets bombed rebel positions near Tarn.', { places: [['Tarn', {}]] });
    assert.equal(e?.sub, 'Air/drone strike');
  });
});

describe('events: dates, background, fatalities, status', () => {
  it('takes the clause’s date; a past year makes it background', () => {
    const [now] = run('Warplanes struck Tarn on Monday.', {
      places: [['Tarn', {}]],
      dates: [['Monday', { value: '2031-05-05' }]],
    });
    assert.equal(now?.date, '2031-05-05');
    assert.equal(now?.background, false);
    const [then] = run('In 2019, government forces recaptured Tarn.', {
      places: [['Tarn', {}]],
      dates: [['2019', { value: '2019', precision: 'year', anchor: 'absolute', timePrecision: 3 }]],
    });
    assert.equal(then?.background, true);
    assert.equal(then?.date, '2019');
  });
  it('fatalities: the stated figure, subsets not added, coordinated groups summed', () => {
    const [a] = run('Jets struck the market in Tarn, killing 9 civilians, including two children.', {
      places: [['Tarn', {}]],
    });
    assert.equal(a?.fatalities, 9);
    const [b] = run('At least 5 civilians and 7 fighters were killed in air strikes on Tarn.', {
      places: [['Tarn', {}]],
    });
    assert.equal(b?.fatalities, 12);
    const [c] = run('Air strikes hit Tarn; 40 people have been killed since the offensive began.', {
      places: [['Tarn', {}]],
    });
    assert.equal(c?.fatalities, null);
  });
  it('a killing with no trigger of its own continues the previous sentence’s strike', () => {
    const got = run(
      'Warplanes struck the town of Tarn on Monday.\nThree civilians were killed in Orsk, north of Tarn.',
      {
        places: [
          ['Tarn', {}],
          ['Orsk', {}],
        ],
      },
    );
    assert.equal(got[1]?.sub, 'Air/drone strike');
    assert.equal(got[1]?.place, 'Orsk');
    assert.equal(got[1]?.fatalities, 3);
  });
  it('status comes from the claim covering the trigger; an outlet’s sentence is asserted', () => {
    const text = 'The group said it had seized the airport at Tarn.';
    const [claimed] = run(text, {
      places: [['Tarn', {}]],
      claims: [[text, 'it had seized the airport at Tarn', 'claimed']],
    });
    assert.equal(claimed?.status, 'claimed');
    const [asserted] = run('Rebels seized the airport at Tarn.', { places: [['Tarn', {}]] });
    assert.equal(asserted?.status, 'asserted');
  });
});

describe('events: killed figures from the casualty ledger', () => {
  const cases: [string, number | null][] = [
    ['Shelling hit the depot in Tarn, killing 14 people, including 3 children.', 14],
    ['A drone strike on Tarn killed a senior officer of the militia.', 1],
    ['Artillery shelled Tarn on Monday and four civilians were killed.', 4],
    ['Rockets hit Tarn, wounding 20 people.', null],
    ['Shelling of Tarn killed 8 people, while 11 more were injured.', 8],
    ['Jets bombed Tarn; 210 people have been killed there over the past three weeks.', null],
    ['Jets bombed Tarn; at least 6 people have been killed since dawn.', 6],
    ['Jets bombed Tarn, where 9 people were killed since the early morning.', 9],
    ['Shelling hit Tarn; 30,000 people have been killed in the civil war.', null],
    ['At least 5 civilians and 7 fighters were killed in air strikes on Tarn.', 12],
    ['Shelling 20 km from Tarn hit an empty school.', null],
  ];
  for (const [text, want] of cases) {
    it(text, () => {
      const [e] = run(text, { places: [['Tarn', {}]] });
      assert.ok(e, 'an event');
      assert.equal(e.fatalities, want);
    });
  }
});

describe('events: actor names', () => {
  it('the focus country takes its name from the gazetteer when the text never names it', () => {
    const [e] = run('The army retook the village of Mezro on Thursday.', {
      places: [['Mezro', { country: 'QZ' }]],
      countries: { QZ: 'Ostravia' },
    });
    assert.equal(e?.actors[0], 'Military Forces of Ostravia');
    assert.ok(!e?.actors.some((a) => a.includes('QZ')));
  });
});

describe('events: reference years, areas and references back', () => {
  it('a year after "since" is a reference point, not the date of the event; "In 2019" still is', () => {
    const [now] = run(
      'The advance left Tarn outside government control for the first time since its founding in 1950.',
      {
        places: [['Tarn', {}]],
        dates: [['1950', { value: '1950', precision: 'year', anchor: 'absolute', timePrecision: 3, signal: 'in' }]],
      },
    );
    assert.equal(now?.background, false);
    assert.equal(now?.date, null);
    const [then] = run('In 1950, government forces recaptured Tarn.', {
      places: [['Tarn', {}]],
      dates: [['1950', { value: '1950', precision: 'year', anchor: 'absolute', timePrecision: 3, signal: 'in' }]],
    });
    assert.equal(then?.background, true);
  });

  it('area keys drop generic words and accents: "Vassa Province" = "Vassa"; another province differs', () => {
    assert.equal(areaKey('Vassa Province', lexicon), 'vassa');
    assert.equal(areaKey('Vássa', lexicon), 'vassa');
    assert.notEqual(areaKey('Orlen Governorate', lexicon), areaKey('Vassa Province', lexicon));
    assert.equal(areaKey(null, lexicon), null);
  });

  it('a place mention gives the event the province it lies in', () => {
    const [e] = run('Warplanes struck Tarn on Monday.', { places: [['Tarn', { admin1: 'Vassa Province' }]] });
    assert.equal(e?.area, 'vassa');
  });

  it('"their offensive" refers back to the offensive named before; a new kind of event does not', () => {
    const got = run(
      'Rebel fighters launched a major offensive in the north.\nOn Monday the rebels said they had launched their offensive to end the siege.\nThe rebels launched a raid on a depot.',
    );
    const offensives = got.filter((e) => e.trigger === 'offensive');
    assert.equal(offensives.length, 2);
    assert.equal(offensives[0]?.antecedent, null);
    assert.equal(offensives[1]?.antecedent, 'offensive');
    assert.equal(got.find((e) => e.trigger === 'raid')?.antecedent, null);
  });

  it("near miss: the same noun for another actor's campaign is not a reference back", () => {
    const got = run(
      'Warplanes of Velmar resumed air strikes on Tarn.\nOrlen has also stepped up its air strikes on Dask.',
      {
        places: [
          ['Tarn', {}],
          ['Dask', { lat: 40 }],
        ],
      },
    );
    assert.equal(got[1]?.antecedent, null);
  });

  it('a place the actor is "based in" is not where the event happens', () => {
    const [based] = run('The militia, based in Vassa, said it had seized the depot.', {
      places: [['Vassa', { feature: 'admin1', geoPrecision: 3 }]],
    });
    assert.equal(based?.place, null);
    const [there] = run('The militia said it had seized the depot in Vassa.', {
      places: [['Vassa', { feature: 'admin1', geoPrecision: 3 }]],
    });
    assert.equal(there?.place, 'Vassa');
  });

  it('"the town" stands for the last town an event was placed in', () => {
    const got = run('Warplanes struck Tarn on Monday.\nRebel fighters entered the town the next day.', {
      places: [['Tarn', {}]],
    });
    assert.deepEqual(
      got.map((e) => [e.sub, e.place]),
      [
        ['Air/drone strike', 'Tarn'],
        ['Armed clash', 'Tarn'],
      ],
    );
  });
});

describe('events: what was taken, and where', () => {
  it('a list of captured places stops at words that describe the place before', () => {
    const places: [string, Partial<PlaceMention>][] = [
      ['Norvik', {}],
      ['Dalen', { feature: 'city' }],
    ];
    const anchored = run('Rebels seized Norvik, 12km north of the provincial capital Dalen, on Monday.', { places });
    assert.deepEqual(
      anchored.map((e) => e.place),
      ['Norvik'],
    );
    const listed = run('Rebels seized Norvik and the town of Dalen on Monday.', { places });
    assert.deepEqual(
      listed.map((e) => e.place),
      ['Norvik', 'Dalen'],
    );
  });
  it('goods taken are no territory; people named before "it captured" are no territory either', () => {
    assert.deepEqual(
      run('Fighters seized large quantities of weapons in Norvik.', { places: [['Norvik', {}]] }).map((e) => e.sub),
      [],
    );
    const people = run('Relatives demanded news of the 20 soldiers the militia says it captured in Norvik.', {
      places: [['Norvik', {}]],
    });
    assert.ok(people.some((e) => e.sub === 'Armed clash' && e.trigger === 'captured'));
    const town = run('Rebel fighters said they captured Norvik.', { places: [['Norvik', {}]] });
    assert.deepEqual(
      town.map((e) => e.sub),
      ['Non-state actor overtakes territory'],
    );
  });
  it('"fell to the rebels" is a capture of the town, and resistance "from" the army does not make it theirs', () => {
    assert.deepEqual(
      run('The town of Norvik fell to the rebels.', { places: [['Norvik', {}]] }).map((e) => e.sub),
      ['Non-state actor overtakes territory'],
    );
    const met = run('They met no resistance from government forces as they seized Norvik.', {
      places: [['Norvik', {}]],
    });
    assert.equal(met[0]?.sub, 'Non-state actor overtakes territory');
  });
  it('"the city\'s airport" is the airport the document names, not the city', () => {
    const text = 'Rebels claimed control of the city’s airport.\nNorvik International Airport was closed.';
    const part = {
      feature: 'city',
      relation: { kind: 'part', cue: null, distanceKm: null, bearing: null, anchorId: null, point: null },
    } as const;
    const got = run(text, {
      places: [
        ['the city’s airport', { ...part, name: 'Norvik', geoPrecision: 2 }],
        ['Norvik International Airport', { feature: 'landmark', lat: 10.05 }],
      ],
    });
    assert.equal(got[0]?.place, 'Norvik International Airport');
    const alone = run('Rebels claimed control of the city’s airport.', {
      places: [['the city’s airport', { ...part, name: 'Norvik', geoPrecision: 2 }]],
    });
    assert.equal(alone[0]?.place, 'Norvik');
  });
});

describe('events: campaign-level mentions', () => {
  const vassa: [string, Partial<PlaceMention>] = [
    'Vassa province',
    { feature: 'admin1', geoPrecision: 3, admin1: 'Vassa' },
  ];
  it('where a source speaks from ("an official in X") is not the place of fighting across a province', () => {
    const [fighting] = run('Clashes continued in Vassa province, according to an official in Norvik.', {
      places: [vassa, ['Norvik', {}]],
    });
    assert.deepEqual([fighting?.aggregate, fighting?.place], [true, 'Vassa province']);
    const [unplaced] = run('Fierce clashes raged in several districts, according to an official in Norvik.', {
      places: [['Norvik', {}]],
    });
    assert.notEqual(unplaced?.place, 'Norvik');
  });
  it('many places taken, or fighting placed only at a province, sum up a campaign', () => {
    const [many] = run('Rebels seized dozens of villages in Vassa province.', { places: [vassa] });
    assert.deepEqual([many?.aggregate, many?.regions], [true, ['vassa']]);
    const [fighting] = run('Clashes continued in Vassa province.', { places: [vassa] });
    assert.equal(fighting?.aggregate, true);
    const [spread] = run('Government forces collapsed in Norvik and Dalen.', {
      places: [
        ['Norvik', { admin1: 'Vassa' }],
        ['Dalen', { admin1: 'Orlen' }],
      ],
    });
    assert.deepEqual([spread?.aggregate, spread?.regions], [true, ['vassa', 'orlen']]);
  });
  it('near miss: places named one by one, a town, or the launch of an offensive are specific', () => {
    const [including] = run('Rebels seized six villages, including Norvik.', { places: [['Norvik', {}]] });
    assert.equal(including?.aggregate, false);
    const [town] = run('Clashes erupted in Norvik.', { places: [['Norvik', {}]] });
    assert.equal(town?.aggregate, false);
    const [launch] = run('Rebels launched an assault on Norvik and Dalen on Monday.', {
      places: [
        ['Norvik', {}],
        ['Dalen', {}],
      ],
    });
    assert.equal(launch?.aggregate, false);
  });
});

describe('events: dates told by a period, an opening phrase or the sentence before', () => {
  it('"within two days" of a day given just before is a range', () => {
    const got = run('The offensive began on Monday.\nWithin two days, rebels had seized several villages.', {
      dates: [
        ['Monday', { value: '2031-05-05' }],
        ['two days', { type: 'DURATION', value: 'P2D', signal: 'within', precision: null }],
      ],
    });
    assert.equal(got.at(-1)?.range, '2031-05-05..2031-05-07');
    const alone = run('Within two days, rebels had seized several villages.', {
      dates: [['two days', { type: 'DURATION', value: 'P2D', signal: 'within', precision: null }]],
    });
    assert.equal(alone[0]?.range, null);
  });
  it('a year in an opening "since" phrase dates only that phrase', () => {
    const got = run('Since sending troops in 2019, Karsenia has pledged more support to the army.', {
      dates: [['2019', { value: '2019', precision: 'year', timePrecision: 3 }]],
    });
    assert.deepEqual(
      got.map((e) => [e.trigger, e.background]),
      [['pledged', false]],
    );
  });
  it('"It said …" goes on with the day of the statement before; another subject does not', () => {
    const dates: [string, Partial<DateMention>][] = [['Monday', { value: '2031-05-05' }]];
    const it1 = run(
      'The army acknowledged the losses on Monday.\nIt said its forces were carrying out a redeployment.',
      {
        dates,
      },
    );
    assert.equal(it1.at(-1)?.date, '2031-05-05');
    const other = run(
      'The army acknowledged the losses on Monday.\nAnalysts said the forces were carrying out a redeployment.',
      { dates },
    );
    assert.equal(other.at(-1)?.date, null);
  });
  it('a running toll names no event; a toll of one attack does', () => {
    const running = run('At least 40 people have been killed since Monday in Vassa province.', { places: [vassa()] });
    assert.deepEqual(running, []);
    const one = run('At least 40 civilians were killed in Norvik on Monday.', { places: [['Norvik', {}]] });
    assert.equal(one.length, 1);
  });
});

describe('events: calls and pledges have no place', () => {
  it("a phone call is remote and its sentence's places are not where it happened", () => {
    const [call] = run(
      'The foreign ministers of Karsenia and Veldoria spoke by phone on Monday, according to Lirrow.',
      {
        places: [['Lirrow', { feature: 'city' }]],
      },
    );
    assert.deepEqual([call?.remote, call?.place], [true, null]);
    assert.deepEqual(
      run('Residents of Norvik reached by phone described the damage.', { places: [['Norvik', {}]] }),
      [],
    );
  });
});

function vassa(): [string, Partial<PlaceMention>] {
  return ['Vassa province', { feature: 'admin1', geoPrecision: 3, admin1: 'Vassa' }];
}
