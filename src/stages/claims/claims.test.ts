import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { claimsOf, viewsOf } from './test-helpers.js';

// Every sentence here is written for sitrep: fictional places, people and groups.

/** The one claim of a text whose cue is `cue` (fails when there is not exactly one). */
function only(text: string, cue: string) {
  const found = viewsOf(text).filter((v) => v.cue === cue);
  assert.equal(
    found.length,
    1,
    `expected one claim with cue "${cue}" in ${JSON.stringify(text)}, got ${JSON.stringify(viewsOf(text))}`,
  );
  return found[0]!;
}

describe('claims: frames (hit)', () => {
  const cases: { text: string; cue: string; source: string | null; content: string; rule?: string }[] = [
    {
      text: 'The defence ministry said the rebels had withdrawn from Varno overnight.',
      cue: 'said',
      source: 'The defence ministry',
      content: 'the rebels had withdrawn from Varno overnight',
    },
    {
      text: 'The governor said on Tuesday that the bridge at Kessa had been destroyed.',
      cue: 'said',
      source: 'The governor',
      content: 'that the bridge at Kessa had been destroyed',
    },
    {
      text: 'At least 12 people were killed in the shelling, according to the Lorvan Monitoring Network.',
      cue: 'according to',
      source: 'the Lorvan Monitoring Network',
      content: 'At least 12 people were killed in the shelling',
    },
    {
      text: 'According to the Lorvan Monitoring Network, at least 12 people were killed.',
      cue: 'According to',
      source: 'the Lorvan Monitoring Network',
      content: 'at least 12 people were killed',
    },
    {
      text: 'Residents fled the eastern districts of Varno on Sunday, witnesses said.',
      cue: 'said',
      source: 'witnesses',
      content: 'Residents fled the eastern districts of Varno on Sunday',
      rule: 'content-before-cue',
    },
    {
      text: '“Civilians are not targets,” said Mr Halvorsen.',
      cue: 'said',
      source: 'Mr Halvorsen',
      content: '“Civilians are not targets,”',
      rule: 'inverted',
    },
    {
      text: 'The army said in a statement that its units had repelled an attack near Kessa.',
      cue: 'said',
      source: 'The army',
      content: 'that its units had repelled an attack near Kessa',
    },
    {
      text: 'The Kessa Civil Defence reported on Telegram that two shelters had been hit.',
      cue: 'reported',
      source: 'The Kessa Civil Defence',
      content: 'that two shelters had been hit',
    },
    {
      text: 'Ilse Marten, a spokeswoman for the regional council, said the curfew would be lifted.',
      cue: 'said',
      source: 'Ilse Marten, a spokeswoman for the regional council,',
      content: 'the curfew would be lifted',
    },
    {
      text: 'The mayor rejected the report, saying the water plant was working normally.',
      cue: 'saying',
      source: 'The mayor',
      content: 'the water plant was working normally',
      rule: 'participle',
    },
    {
      text: 'Rebel commanders, who said they intended to reach the coast, gave no timetable.',
      cue: 'said',
      source: 'who',
      content: 'they intended to reach the coast',
    },
    {
      text: 'The town, the mayor said, has no electricity left.',
      cue: 'said',
      source: 'the mayor',
      content: 'The town, the mayor said, has no electricity left',
      rule: 'parenthetical',
    },
    {
      text: 'It was reported that the dam at Ostra had been damaged.',
      cue: 'was reported',
      source: null,
      content: 'that the dam at Ostra had been damaged',
      rule: 'passive',
    },
    {
      text: 'Further east, in Brenn, residents reported at least six air strikes overnight.',
      cue: 'reported',
      source: 'residents',
      content: 'at least six air strikes overnight',
    },
    {
      text: 'The government accuses Varnia of arming the rebels, a charge Varnia’s foreign minister Ola Stern denies.',
      cue: 'denies',
      source: 'a charge Varnia’s foreign minister Ola Stern',
      content: 'The government accuses Varnia of arming the rebels',
    },
    {
      text: 'On Saturday the border post was closed, as confirmed by two customs officials.',
      cue: 'as confirmed by',
      source: 'two customs officials',
      content: 'On Saturday the border post was closed',
    },
  ];
  for (const c of cases) {
    it(`${c.cue}: ${c.text}`, () => {
      const v = only(c.text, c.cue);
      assert.equal(v.source, c.source);
      assert.equal(v.content, c.content);
      if (c.rule) assert.equal(v.rule, c.rule);
    });
  }
});

describe('claims: near misses', () => {
  it('"so-called" is no cue, and "said" after it still is', () => {
    assert.deepEqual(viewsOf('The so-called rebels entered the market town of Ostra.'), []);
    const v = only('The so-called defence council said it would not surrender the bridge.', 'said');
    assert.equal(v.source, 'The so-called defence council');
  });

  it('"said" as a word part or an adjective makes no claim', () => {
    assert.deepEqual(viewsOf('The aforesaid convoy reached Varno before dawn.'), []);
    assert.deepEqual(viewsOf('The reported deaths could not be counted in the dark.'), []);
  });

  it('"told Reuters": the addressee is not the source', () => {
    const v = only('A senior officer told Reuters that the airbase had been evacuated.', 'told');
    assert.equal(v.source, 'A senior officer');
    assert.equal(v.content, 'that the airbase had been evacuated');
  });

  it('"he told The Courier": the newspaper addressed is not the source', () => {
    const text = '“It feels like the end of the siege,” he told The Kessa Courier from inside the city.';
    const v = only(text, 'told');
    assert.equal(v.source, 'he');
    assert.equal(v.content, '“It feels like the end of the siege,”');
  });

  it('"according to" a document names its author, not the document', () => {
    const v = only('Forty villages were emptied, according to a report by the Halden Institute.', 'according to');
    assert.equal(v.source, 'the Halden Institute');
    assert.equal(v.speaker, 'Halden Institute');
    assert.equal(v.whole, 'Forty villages were emptied, according to a report by the Halden Institute');
  });

  it('a title in quotes after a document noun is not a speech quotation', () => {
    const views = viewsOf('The report “Winter in Varno” describes the siege in detail.');
    assert.ok(views.every((v) => v.rule !== 'quote-continuation' && v.rule !== 'quote-resumed'));
  });

  it('"phone calls" is a noun, not a cue', () => {
    assert.deepEqual(viewsOf('Diplomats held phone calls to discuss the situation in Kessa.'), []);
  });

  it('"called in reinforcements" is not a claim', () => {
    assert.deepEqual(viewsOf('The garrison called in reinforcements from Ostra.'), []);
  });
});

describe('claims: headlines with colons', () => {
  it('"Rebels: we hold the airport" is a claim of the rebels', () => {
    const v = only('Rebels: we hold the airport', ':');
    assert.equal(v.source, 'Rebels');
    assert.equal(v.content, 'we hold the airport');
  });

  it('a name before a colon is a source; a label is not', () => {
    assert.equal(only('Mayor Ansel Brekke: the water will be back by Friday', ':').source, 'Mayor Ansel Brekke');
    assert.deepEqual(viewsOf('Update: the airport at Kessa has reopened'), []);
    assert.deepEqual(viewsOf('Live: fighting around Varno'), []);
  });

  it('a colon after a time word is not attribution', () => {
    assert.deepEqual(viewsOf('Saturday: the convoy reached Ostra'), []);
  });
});

describe('claims: quotations', () => {
  it('quotes resumed after "he added" keep the speaker', () => {
    const text =
      '“The city is calm,” said Colonel Ana Brisk. “Our units are in place.” She added: “Nobody has left the barracks.”';
    const views = viewsOf(text);
    assert.deepEqual(
      views.map((v) => [v.content, v.speaker]),
      [
        ['“The city is calm,”', 'Ana Brisk'],
        ['“Our units are in place.”', 'Ana Brisk'],
        ['“Nobody has left the barracks.”', 'Ana Brisk'],
      ],
    );
    assert.equal(views[1]!.rule, 'quote-resumed');
  });

  it('a multi-sentence quote is one content', () => {
    const v = only('Mayor Lena Torv said: “The water is gone. The power is gone. We are alone.”', 'said');
    assert.equal(v.content, '“The water is gone. The power is gone. We are alone.”');
  });

  it('a multi-sentence quote before its cue is one content', () => {
    const v = only('“We lost the bridge. We lost the road,” the commander said.', 'said');
    assert.equal(v.content, '“We lost the bridge. We lost the road,”');
  });

  it('a paragraph that is only a quotation continues the last speaker', () => {
    const text = [
      'Ivo Rask, a doctor at the Kessa hospital, said the wards were full.',
      '“We have no anaesthetic left. We operate by torchlight.”',
    ].join('\n');
    const views = viewsOf(text);
    assert.equal(views.length, 2);
    assert.equal(views[1]!.rule, 'quote-continuation');
    assert.equal(views[1]!.speaker, 'Ivo Rask');
  });

  it('a multi-paragraph quotation continues across the paragraph break', () => {
    const text = ['Ivo Rask said: “The wards are full.', '“We operate by torchlight.”'].join('\n');
    const views = viewsOf(text);
    assert.deepEqual(
      views.map((v) => v.speaker),
      ['Ivo Rask', 'Ivo Rask'],
    );
  });

  it('a quotation with nobody to carry it is not a claim', () => {
    assert.deepEqual(viewsOf('“Winter is coming to the valley,” reads the banner over the gate.\n“Stay home.”'), []);
  });

  it('straight quotes, guillemets and German quotes', () => {
    assert.equal(only('"We hold the bridge," the commander said.', 'said').content, '"We hold the bridge,"');
    const fr = only('« Nous tenons le pont », a déclaré le commandant Pierre Duval.', 'a déclaré');
    assert.equal(fr.content, '« Nous tenons le pont »');
    assert.equal(fr.source, 'le commandant Pierre Duval');
    const de = only('„Wir halten die Brücke“, sagte Kommandeur Jan Weber.', 'sagte');
    assert.equal(de.content, '„Wir halten die Brücke“');
    assert.equal(de.source, 'Kommandeur Jan Weber');
    assert.equal(only('»Wir bleiben hier«, sagte Anna Berg.', 'sagte').source, 'Anna Berg');
    assert.equal(only('Selon l’armée, les rebelles ont reculé.', 'Selon').content, 'les rebelles ont reculé');
  });

  it('a cue inside a quotation is not a claim of its own', () => {
    const views = viewsOf('“They said the road was open, but it was mined,” the driver said.');
    assert.deepEqual(
      views.map((v) => v.source),
      ['the driver'],
    );
  });
});

describe('claims: sources within a document', () => {
  it('acronyms and appositives learned from the text make one source', () => {
    const text = [
      'At least 9 people died, according to the Lorvan Observatory for Civil Rights (LOCR), a UK-based monitoring group.',
      'The monitoring group said the toll was rising.',
      'LOCR said the hospital had been hit twice.',
    ].join('\n');
    const claims = claimsOf(text);
    assert.equal(new Set(claims.map((c) => c.speaker?.key)).size, 1);
    const s = claims[0]!.speaker!;
    assert.equal(s.name, 'Lorvan Observatory for Civil Rights');
    assert.ok(s.aliases.includes('LOCR'));
    assert.ok(s.aliases.includes('UK-based monitoring group'));
    assert.equal(s.kind, 'monitor');
    assert.equal(claims[1]!.speaker!.basis, 'description');
  });

  it('an indefinite description before the name points forward to it', () => {
    const text = [
      'A UK-based monitoring group said 40 fighters had been killed.',
      'By Friday the rebels had reached Ostra, according to the Lorvan Observatory for Civil Rights, a UK-based monitoring group.',
    ].join('\n');
    const claims = claimsOf(text);
    assert.equal(claims[0]!.speaker!.key, claims[1]!.speaker!.key);
  });

  it('pronouns go to the last named speaker of their class', () => {
    const text = [
      'Kremlin spokesman Ivan Petrov said Moscow was watching the situation.',
      'The Lorvan army said its units were holding the line.',
      'He added that talks were possible.',
      'It said that the bridge was intact.',
    ].join('\n');
    const [petrov, army, he, it] = claimsOf(text);
    assert.equal(he!.speaker!.key, petrov!.speaker!.key);
    assert.equal(he!.speaker!.basis, 'pronoun');
    assert.equal(it!.speaker!.key, army!.speaker!.key);
    assert.equal(petrov!.speaker!.kind, 'person');
    assert.equal(petrov!.speaker!.affiliation, 'Kremlin, Russia');
    assert.equal(petrov!.speaker!.name, 'Ivan Petrov');
  });

  it('a surname with a courtesy title is the same person', () => {
    const text = [
      'Kremlin spokesman Ivan Petrov said Moscow was concerned.',
      '“We are watching,” said Mr Petrov.',
    ].join('\n');
    const [a, b] = claimsOf(text);
    assert.equal(a!.speaker!.key, b!.speaker!.key);
  });

  it('a pronoun beyond the speaker scope stays unresolved', () => {
    const text = [
      'Ivo Rask said the wards were full.',
      'The hospital stands on a hill.',
      'It was built in 1960.',
      'The roads are blocked.',
      'Snow has fallen.',
      'He said that fuel was running out.',
    ].join('\n');
    const claims = claimsOf(text);
    assert.equal(claims.at(-1)!.speaker!.basis, 'unresolved');
  });

  it('unnamed sources stay unnamed, and a shorter mention is the same one', () => {
    const text = [
      'Aircraft struck a depot near Kessa, according to two Lorvan military sources.',
      'The road was closed, according to the military sources.',
    ].join('\n');
    const [a, b] = claimsOf(text);
    assert.equal(a!.speaker!.kind, 'unnamed');
    assert.equal(a!.speaker!.basis, 'unnamed');
    assert.equal(a!.speaker!.key, b!.speaker!.key);
  });

  it('a pronoun with no speaker before it takes the last subject of its class', () => {
    const text = 'The rebels crossed the river at dawn. They claimed to have taken the Ostra airfield.';
    const v = claimsOf(text)[0]!;
    assert.equal(v.speaker!.name, 'rebels');
    assert.equal(v.speaker!.basis, 'pronoun');
  });
});

describe('claims: status', () => {
  const cases: { text: string; cue: string; status: string; rule?: string }[] = [
    {
      text: 'The Lorvan army said its troops had repelled the attack and inflicted heavy losses.',
      cue: 'said',
      status: 'claimed',
      rule: 'party-outcome',
    },
    { text: 'The rebels claimed control of the Ostra airfield.', cue: 'claimed', status: 'claimed', rule: 'claim-cue' },
    { text: 'State television denied that rebels had entered Varno.', cue: 'denied', status: 'denied' },
    { text: 'The ministry refuted claims that the dam had been breached.', cue: 'refuted', status: 'denied' },
    {
      text: 'The army sought to insist that the insurgents had not been able to hold the bridge.',
      cue: 'sought to insist',
      status: 'denied',
      rule: 'insist-negated',
    },
    { text: 'The army insisted that its units were advancing.', cue: 'insisted', status: 'claimed' },
    {
      text: 'The government acknowledged the rebels’ advances on Saturday.',
      cue: 'acknowledged',
      status: 'asserted',
      rule: 'admission',
    },
    {
      text: 'The Red Cross called for a ceasefire around Kessa.',
      cue: 'called for',
      status: 'asserted',
      rule: 'appeal',
    },
    {
      text: 'The Lorvan Monitoring Network said 30 fighters had been killed near Kessa.',
      cue: 'said',
      status: 'asserted',
      rule: 'neutral-source',
    },
    {
      text: 'The rebels said they had reopened the bakery in Ostra.',
      cue: 'said',
      status: 'asserted',
      rule: 'party-uncontested',
    },
    { text: 'The insurgents reportedly said they had seized the depot.', cue: 'reportedly said', status: 'claimed' },
    {
      text: 'The ministry condemned what it called an attack by terrorist gangs on the consulate.',
      cue: 'condemned',
      status: 'claimed',
      rule: 'distance-marker',
    },
    {
      text: 'It was reported that the dam at Ostra had been damaged.',
      cue: 'was reported',
      status: 'claimed',
      rule: 'unattributed-passive',
    },
  ];
  for (const c of cases) {
    it(`${c.status}: ${c.text}`, () => {
      const v = only(c.text, c.cue);
      assert.equal(v.status, c.status);
      if (c.rule) assert.equal(claimsOf(c.text).find((x) => x.cueText === c.cue)!.statusRule, c.rule);
    });
  }

  it('a government speaks as a party only when the text shows its forces fighting', () => {
    const fighting =
      'Lorvan warplanes bombed Kessa.\nThe Lorvan foreign ministry said its forces had captured the ridge.';
    const talking = 'Talks resumed in Geneva.\nThe Lorvan foreign ministry said its forces had captured the ridge.';
    // "Lorvan" is not a state the lexicon knows, so neither text can make it a party: both stay asserted.
    assert.equal(only(talking, 'said').status, 'asserted');
    assert.equal(only(fighting, 'said').status, 'asserted');
    const shown =
      'Russian warplanes bombed Kessa.\nThe Russian defence ministry said its forces had captured the ridge.';
    const notShown = 'Talks resumed in Geneva.\nThe Turkish foreign ministry said the rebels had captured the ridge.';
    assert.equal(only(shown, 'said').status, 'claimed');
    assert.equal(only(notShown, 'said').status, 'asserted');
  });
});

describe('claims: the scope of "could not independently verify"', () => {
  const statusOf = (text: string) => viewsOf(text).map((v) => [v.content.slice(0, 24), v.status]);

  it('a plural disclaimer covers the run of paragraphs right before it, not the lede', () => {
    const text = [
      'Shelling hit Varno on Saturday as rebels claimed control of the city’s airport.',
      'The Lorvan Monitoring Network said 14 civilians had been killed.',
      'The front had not moved for years.',
      'However, the rebels claimed sweeping gains on Saturday.',
      'They claimed to have seized the Ostra airfield and the town of Brenn.',
      'The whole district was under their control, they added.',
      'The Kessa Herald could not independently verify these claims.',
      'The rebels later claimed to have reached the coast.',
    ].join('\n');
    assert.deepEqual(statusOf(text), [
      ['control of the city’s ai', 'claimed'],
      ['14 civilians had been ki', 'asserted'],
      ['sweeping gains on Saturd', 'unverified'],
      ['to have seized the Ostra', 'unverified'],
      ['The whole district was u', 'unverified'],
      ['to have reached the coas', 'claimed'],
    ]);
  });

  it('the run stops at the first earlier paragraph without that source', () => {
    const text = [
      'The rebels claimed to have taken Brenn.',
      'The Lorvan Monitoring Network said 14 civilians had been killed.',
      'The rebels claimed to have taken Ostra.',
      'These claims could not be independently verified.',
    ].join('\n');
    assert.deepEqual(
      statusOf(text).map((x) => x[1]),
      ['claimed', 'asserted', 'unverified'],
    );
  });

  it('a disclaimer in the same sentence covers that claim only', () => {
    const text = [
      'The rebels claimed to have entered Ostra, though this has not been independently verified.',
      'They also claimed to have taken Brenn.',
    ].join('\n');
    assert.deepEqual(
      statusOf(text).map((x) => x[1]),
      ['unverified', 'claimed'],
    );
  });

  it('a singular disclaimer covers the nearest claim only', () => {
    const text = [
      'The rebels claimed to have taken Brenn.',
      'They also claimed to have shot down a helicopter.',
      'This could not be verified.',
    ].join('\n');
    assert.deepEqual(
      statusOf(text).map((x) => x[1]),
      ['claimed', 'unverified'],
    );
  });

  it('a disclaimer naming a source covers that source’s claims in the window', () => {
    const text = [
      'The army said its units had retaken Brenn.',
      'The rebels claimed to have taken Ostra.',
      'Reporters could not verify the army’s account.',
    ].join('\n');
    assert.deepEqual(
      statusOf(text).map((x) => x[1]),
      ['unverified', 'claimed'],
    );
  });

  it('"unconfirmed reports that …" marks that claim', () => {
    const text =
      'Asked about unconfirmed reports that the general had fled to Ostra, the spokesman said he had nothing to add.';
    const views = viewsOf(text);
    const report = views.find((v) => v.cue === 'reports')!;
    assert.equal(report.status, 'unverified');
    assert.equal(report.content, 'that the general had fled to Ostra');
    assert.equal(views.find((v) => v.cue === 'said')!.status, 'asserted');
  });

  it('"Neither claim could be confirmed" covers the two claims before it, not past a heading', () => {
    const text = [
      'Security officials said the army held the ring road.',
      'Rival claims',
      'The army said its units had retaken Brenn.',
      'The rebels said they still held the Ostra bridge.',
      'Neither claim could be independently confirmed.',
    ].join('\n');
    assert.deepEqual(
      statusOf(text).map((x) => x[1]),
      ['asserted', 'unverified', 'unverified'],
    );
  });

  it('a positive verification phrase without a negative word is no disclaimer', () => {
    const text = [
      'The Lorvan Monitoring Network said 14 civilians had been killed.',
      'The figure could be independently confirmed by two hospitals.',
    ].join('\n');
    assert.deepEqual(
      statusOf(text).map((x) => x[1]),
      ['asserted'],
    );
  });

  it('a possessive before a claim noun names the source ("the group’s claims")', () => {
    const text = [
      'The Lorvan Monitoring Network said 14 civilians had been killed.',
      'The Ostra Liberation Front said its fighters had entered Brenn.',
      'A video shared online appeared to show fighters in the main square.',
      'The Kessa Herald could not independently verify the footage or the group’s claims.',
    ].join('\n');
    assert.deepEqual(
      statusOf(text).map((x) => x[1]),
      ['asserted', 'unverified'],
    );
  });

  it('a possessive naming an earlier source reaches past a later one', () => {
    const text = [
      'The army said its units had retaken Brenn.',
      'The Lorvan Monitoring Network said 14 civilians had been killed.',
      'Neither the army’s account nor the rebels’ could be verified.',
    ].join('\n');
    assert.deepEqual(
      statusOf(text).map((x) => x[1]),
      ['unverified', 'asserted'],
    );
  });

  it('a denial keeps its status under a disclaimer', () => {
    const text = [
      'State television denied that rebels had entered Varno.',
      'This could not be independently verified.',
    ].join('\n');
    assert.equal(viewsOf(text)[0]!.status, 'denied');
  });
});

// Time on pathological input is measured by `npm run bench` (issue 10), not asserted here.
describe('claims: pathological input', () => {
  const lines: [string, string][] = [
    ['one endless sentence of cues', 'he said that the army said that '.repeat(33_000)],
    ['quote marks and commas', '“a, b,” said X, “c, '.repeat(26_000)],
    [
      'questions, relative cues and noun cues',
      "when asked about it, which he said was its denial of ''x'' Y: “".repeat(16_000),
    ],
  ];
  for (const [name, text] of lines) {
    it(`${name} (${(text.length / 1e6).toFixed(1)} MB) is read without error`, () => {
      assert.doesNotThrow(() => claimsOf(text));
    });
  }
});

describe('claims: belief and stance cues (on by default)', () => {
  const cases: [text: string, cue: string | null, content: string | null][] = [
    ['Officials believe the town of Brenn has fallen.', 'believe', 'the town of Brenn has fallen'],
    ['Aid workers expected that the road to Ostra would be cut.', 'expected', 'that the road to Ostra would be cut'],
    // Near misses: a wish in a relative clause, and a lead verb that belongs to the reporting cue after it.
    ['Civilians who want to leave Brenn will be allowed to travel east.', null, null],
    ['The army sought to insist that the insurgents had not held the bridge.', 'sought to insist', null],
  ];
  for (const [text, cue, content] of cases) {
    it(text, () => {
      const views = viewsOf(text);
      if (cue === null) return assert.deepEqual(views, []);
      assert.equal(views.length, 1);
      assert.equal(views[0]!.cue, cue);
      if (content !== null) assert.equal(views[0]!.content, content);
    });
  }
});
