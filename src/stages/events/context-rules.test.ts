import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DateMention } from '../dates/types.js';
import type { PlaceMention } from '../places/types.js';
import { run } from './test-run.js';

// Context rules that keep one real event from splitting into several mentions: where a place is a part of a town,
// which day belongs to which clause, planned and recalled acts. Invented sentences (a fictional country).

const town = (name: string): [string, Partial<PlaceMention>] => [name, {}];
const day = (surface: string, value: string, more: Partial<DateMention> = {}): [string, Partial<DateMention>] => [
  surface,
  { value, ...more },
];

describe('events: a place and its parts', () => {
  it('"X\'s western districts" is where, "X\'s army" is who', () => {
    const parts = run("Residents of Norvik's western districts reported shelling on Friday.", {
      places: [town('Norvik')],
    });
    assert.equal(parts[0]?.place, 'Norvik');
    const army = run("Norvik's army shelled the village of Tamsa on Friday.", {
      places: [town('Norvik'), town('Tamsa')],
    });
    assert.equal(army[0]?.place, 'Tamsa');
  });
  it('"the village of X" names X; "the village" alone refers back', () => {
    const text = (second: string) => `Rebels seized the town of Tamsa on Monday.\n${second}`;
    const named = run(text('An air strike on the village of Brel killed four people.'), {
      places: [town('Tamsa'), town('Brel')],
    });
    assert.equal(named.at(-1)?.place, 'Brel');
    const back = run(text('An air strike on the town killed four people.'), { places: [town('Tamsa')] });
    assert.equal(back.at(-1)?.place, 'Tamsa');
  });
  it('parts of one town are one setting; many villages are a campaign', () => {
    const parts = run('Fighters were battling troops in outlying neighbourhoods on the western fringe of Norvik.', {
      places: [town('Norvik')],
    });
    assert.equal(parts[0]?.aggregate, false);
    const many = run('Rebel fighters seized dozens of villages in the north.');
    assert.equal(many[0]?.aggregate, true);
  });
});

describe('events: proposed, planned and recalled acts', () => {
  it('a proposed ceasefire is a development of its own, an agreed one an agreement', () => {
    const proposed = run('Karsenia proposed a ceasefire around Norvik on Thursday.', { places: [town('Norvik')] });
    assert.deepEqual(
      proposed.map((e) => [e.sub, e.trigger]),
      [['Other', 'ceasefire']],
    );
    const agreed = run('Both sides agreed to a ceasefire around Norvik on Thursday.', { places: [town('Norvik')] });
    assert.equal(agreed[0]?.sub, 'Agreement');
  });
  it('an act that would or will happen is not an event; an announced visit is', () => {
    assert.deepEqual(run('The rebels would hand over twelve prisoners in Norvik.', { places: [town('Norvik')] }), []);
    assert.equal(run('The rebels hand over twelve prisoners in Norvik.', { places: [town('Norvik')] }).length, 1);
    const visit = run('The foreign minister will travel to Norvik on Sunday.', { places: [town('Norvik')] });
    assert.equal(visit[0]?.trigger, 'travel to');
  });
  it('people captured in a relative clause, no day given: the days before the report', () => {
    const recalled = run('Relatives demanded news of the 30 soldiers the rebels say they captured in Norvik.', {
      places: [town('Norvik')],
      published: '2031-05-10',
    });
    assert.deepEqual(
      recalled.map((e) => [e.trigger, e.range]),
      [['captured', '2031-05-04..2031-05-10']],
    );
    const dated = run('Relatives demanded news of the 30 soldiers the rebels say they captured in Norvik on Tuesday.', {
      places: [town('Norvik')],
      dates: [day('Tuesday', '2031-05-06')],
    });
    assert.deepEqual(
      dated.map((e) => [e.date, e.range]),
      [['2031-05-06', null]],
    );
  });
  it("a capture told in a relative clause is between that clause's actors, not the main clause's", () => {
    const got = run(
      'Hundreds of protesters gathered outside the ministry to demand news of the 30 soldiers the rebels say they captured in Norvik.',
      { places: [town('Norvik')] },
    );
    const by = new Map(got.map((e) => [e.trigger, e.actors]));
    assert.ok(by.get('protesters')?.some((a) => a.startsWith('Protesters')));
    assert.ok(!by.get('captured')?.some((a) => a.startsWith('Protesters')));
  });
  it('a killing word after a span of days sums up a campaign; one strike does not', () => {
    assert.deepEqual(run('The truce follows five days of fighting that have killed more than 100 people.'), []);
    const one = run('An air strike killed five people in Norvik.', { places: [town('Norvik')] });
    assert.equal(one.length, 1);
  });
});

describe('events: which day belongs to which clause', () => {
  it('"have fled X since the town fell on Tuesday": a range for the flight, the day for the fall', () => {
    const got = run('About 2,000 families have fled Norvik since the town fell to the rebels on Tuesday.', {
      places: [town('Norvik')],
      dates: [day('Tuesday', '2031-05-06')],
      published: '2031-05-08',
    });
    const by = new Map(got.map((e) => [e.trigger, e]));
    assert.equal(by.get('fled')?.range, '2031-05-06..2031-05-08');
    assert.equal(by.get('fell to')?.date, '2031-05-06');
    const plain = run('About 2,000 families fled Norvik on Tuesday.', {
      places: [town('Norvik')],
      dates: [day('Tuesday', '2031-05-06')],
    });
    assert.equal(plain[0]?.date, '2031-05-06');
  });
  it('"began its offensive on Monday and swept into X the following day": each verb its day', () => {
    const got = run('The militia began its offensive on Monday and swept into Norvik the following day.', {
      places: [town('Norvik')],
      dates: [day('Monday', '2031-05-05'), day('the following day', '2031-05-06')],
    });
    assert.deepEqual(
      got.map((e) => [e.trigger, e.date]),
      [
        ['offensive', '2031-05-05'],
        ['swept into', '2031-05-06'],
      ],
    );
  });
  it('"on Tuesday, the second day of an offensive": the offensive began the day before and is not placed there', () => {
    const got = run('Rebels seized Norvik on Tuesday, the second day of a surprise offensive.', {
      places: [town('Norvik')],
      dates: [day('Tuesday', '2031-05-06')],
    });
    assert.deepEqual(
      got.map((e) => [e.trigger, e.date, e.place]),
      [
        ['seized', '2031-05-06', 'Norvik'],
        ['offensive', '2031-05-05', null],
      ],
    );
    const launched = run('Rebels launched a surprise offensive on Norvik on Tuesday.', {
      places: [town('Norvik')],
      dates: [day('Tuesday', '2031-05-06')],
    });
    assert.equal(launched[0]?.date, '2031-05-06');
  });
  it('"since the offensive began" refers back to the offensive told before: its day, not the sentence\'s', () => {
    const got = run(
      'The rebels launched an offensive on Monday.\nThe group said on Thursday that 40 people had died since the offensive began.',
      { dates: [day('Monday', '2031-05-05'), day('Thursday', '2031-05-08')] },
    );
    assert.deepEqual(
      got.map((e) => [e.date, e.antecedent]),
      [
        ['2031-05-05', null],
        ['2031-05-05', 'offensive'],
      ],
    );
  });
  it('an undated mention right after a dated one of its kind at the same place takes its day; elsewhere not', () => {
    const text = (where: string) =>
      `Rebels clashed with soldiers in Norvik on Wednesday.\nState television denied that rebels had entered ${where}.`;
    const same = run(text('Norvik'), { places: [town('Norvik')], dates: [day('Wednesday', '2031-05-07')] });
    assert.equal(same.at(-1)?.date, '2031-05-07');
    const other = run(text('Brel'), {
      places: [town('Norvik'), town('Brel')],
      dates: [day('Wednesday', '2031-05-07')],
    });
    assert.equal(other.at(-1)?.date, null);
  });
});

describe('events: a period bound after the trigger', () => {
  it('"had fled X by Wednesday, and … overnight": the later day is another clause\'s; a duration is not a bound', () => {
    const fled = run('Aid workers said 500 families had fled Norvik by Wednesday, and more arrived overnight.', {
      places: [town('Norvik')],
      dates: [day('Wednesday', '2031-05-07', { signal: 'by' }), day('overnight', '2031-05-08', { type: 'TIME' })],
      published: '2031-05-08',
    });
    assert.deepEqual(
      fled.map((e) => [e.date, e.range]),
      [[null, '2031-05-01..2031-05-07']],
    );
    const shelled = run('Artillery shelled Norvik for three hours on Monday.', {
      places: [town('Norvik')],
      dates: [
        ['three hours', { type: 'DURATION', value: 'PT3H', signal: 'for', precision: null }],
        day('Monday', '2031-05-05'),
      ],
    });
    assert.equal(shelled[0]?.date, '2031-05-05');
  });
});
