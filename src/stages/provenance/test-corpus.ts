// A fictional scenario written for sitrep's provenance tests (no third-party text): the fall of the river port of
// Harnow in the made-up country of Ostravia, told by a wire story, a verbatim copy, a machine-spun rewrite, an
// outlet carrying two wire paragraphs under a credit line, and an independent report of the same events.
import type { DocumentMeta, NoiseKind, NoiseSpan, Sentence } from '../../model/index.js';
import type { AnalyzedDocument } from '../../pipeline/stage.js';
import { documentOf } from '../../testing/document-of.js';

/**
 * An analysed document for tests: one sentence per line; lines given in `noise` (by their text) become noise
 * spans of that kind instead of content. Stands in for the noise and sentences stages.
 */
export function analyzed(
  lines: readonly string[],
  meta: Partial<DocumentMeta> = {},
  noise: Readonly<Record<string, NoiseKind>> = {},
  input = 'test.txt',
): AnalyzedDocument {
  const text = lines.join('\n');
  const document = documentOf(text, meta, input);
  const sentences: Sentence[] = [];
  const noiseSpans: NoiseSpan[] = [];
  let start = 0;
  for (const line of lines) {
    const end = start + line.length;
    const kind = noise[line];
    const source = (stage: string) => ({ stage, rule: 'test' });
    if (kind) noiseSpans.push({ id: `n${noiseSpans.length}`, start, end, kind, source: source('noise') });
    sentences.push({
      id: `s${sentences.length}`,
      start,
      end,
      kind: 'sentence',
      paragraph: 0,
      source: source('sentences'),
    });
    start = end + 1;
  }
  return { document, layers: { noise: noiseSpans, sentences } };
}

export const WIRE = [
  'Insurgents from the Northern Liberation Front seized control of the river port of Harnow on Tuesday after two days of heavy fighting, according to three military sources.',
  'The government in Ostrava City denied that the port had fallen and said its troops were regrouping south of the Velka river.',
  'Interior ministry spokesman Teodor Malsky said 41 soldiers had been killed and 120 wounded since the offensive began on Sunday.',
  'The Harnow Observatory for Civil Rights, a monitoring group based abroad, said at least 17 civilians died when shells hit a market in the old town.',
  'Residents reported long queues at the only working bakery and said electricity had been cut across the eastern districts.',
  'The insurgents, who have held the hills north of the port since 2019, said they would open a corridor for families wishing to leave.',
  'A United Nations official warned that the fighting threatened the last functioning hospital in the province.',
  'Harnow, a city of about 300,000 people, is the main outlet for grain exports from the northern plains.',
];

/** WIRE through an article spinner: the same sentences, in the same order, with words swapped for synonyms. */
export const SPUN = [
  'Rebels from the Northern Liberation Front captured management of the river port of Harnow on Tuesday following two days of intense combat, according to three military sources.',
  'The administration in Ostrava City refuted that the port had fallen and stated its soldiers were regrouping south of the Velka river.',
  'Interior ministry spokesperson Teodor Malsky remarked that 41 troops had been slain and 120 injured since the assault started on Sunday.',
  'The Harnow Observatory for Civil Rights, a monitoring organisation based overseas, stated that at least 17 civilians perished when shells struck a market in the old town.',
  'Inhabitants reported lengthy queues at the only operational bakery and noted that power had been cut throughout the eastern districts.',
  'The rebels, who have controlled the hills north of the port since 2019, declared they would launch a corridor for families wanting to depart.',
  'A United Nations official cautioned that the combat endangered the last operating hospital in the province.',
  'Harnow, a metropolis of approximately 300,000 people, is the primary outlet for grain exports from the northern plains.',
];

/** WIRE republished with an intro, light edits, one paragraph cut and a closing line of its own. */
export const COPY = [
  'Fighting for the northern port of Harnow escalated this week, with both sides claiming the upper hand.',
  'Insurgents from the Northern Liberation Front seized control of the river port of Harnow late on Tuesday after two days of heavy fighting, according to three military sources.',
  WIRE[1]!,
  WIRE[2]!,
  'The Harnow Observatory for Civil Rights, a monitoring group based abroad, said at least 17 civilians were killed when shells hit a market in the old town.',
  WIRE[4]!,
  WIRE[5]!,
  WIRE[7]!,
  'The Harbour Courier was unable to reach the insurgents for comment.',
];

/** An outlet's own reporting from the river crossing, carrying two wire paragraphs under a credit line. */
export const CARRIER = [
  'Families crossing the Velka river on foot described a night of shelling and fires in the streets they left behind.',
  'Maria Oslen, 52, said she had left with only her documents and a bag of bread.',
  WIRE[5]!,
  'Interior ministry spokesman Teodor Malsky said 41 soldiers were killed and 120 wounded since the offensive began on Sunday.',
  'Aid agencies have set up two tents at the southern checkpoint, where volunteers hand out water and blankets.',
  'Reuters contributed to this report.',
];
export const CARRIER_NOISE: Record<string, NoiseKind> = { 'Reuters contributed to this report.': 'credit' };

/** THE TRAP: an independent report of the same events: the same names, numbers and places, its own words. */
export const INDEPENDENT = [
  'Harnow fell to fighters of the Northern Liberation Front on Tuesday, residents and a local official told the Valley Ledger by phone.',
  'The capture of the port, home to some 300,000 people, caps an advance that started on Sunday.',
  'Officials in Ostrava City insisted the army was still holding positions along the Velka river.',
  'Interior ministry spokesman Teodor Malsky put the losses of the army at 41 dead and 120 wounded.',
  'A market in the old town was shelled, and a volunteer medic said he had counted 17 bodies.',
  'Grain traders in the capital said exports through the port had stopped entirely.',
  'The United Nations has called for the protection of the last hospital in the province.',
];

/** A second independent report, from the government side. */
export const INDEPENDENT_2 = [
  'The army pulled back from Harnow in good order on Tuesday to spare the civilian population, a defence ministry statement said.',
  'Teodor Malsky, who speaks for the interior ministry, told state radio that 41 servicemen had lost their lives.',
  'He accused the Northern Liberation Front of using the old town market as a firing position.',
  'Reinforcements were moving north along the Velka river, the statement added.',
];

/** Own reporting an outlet adds around wire copy (used to build supersets and shared-passage pairs). */
export const LOCAL_REPORTING = [
  'In Brennick, two hundred kilometres downriver, grain merchants said barges had stopped arriving on Monday night.',
  'The town council opened the sports hall to families arriving from the north and asked residents to donate blankets.',
  'Local bakers said flour prices had doubled within a week and warned that supplies would last until the weekend.',
  'The regional bus company added three evening services to the capital, all of them sold out by noon.',
  'Hospital staff in Brennick said they had received eleven wounded people from the front, most with shrapnel injuries.',
  'Schools in the district will stay closed until further notice, the education office announced on its website.',
  'A volunteer network of drivers has been ferrying elderly people from the border villages since the weekend.',
  'The mayor of Brennick, Ilse Dorrance, appealed for calm and said the town was not in danger.',
];

/** A second outlet's own reporting from the capital. */
export const CAPITAL_REPORTING = [
  'In the capital, queues formed outside petrol stations as drivers feared that fuel deliveries from the north would stop.',
  'Opposition deputies demanded an emergency session of parliament to question the defence minister.',
  'The central bank said it would keep its interest rate unchanged and had enough reserves to steady the currency.',
  'Shopkeepers in the old market said business had collapsed since the weekend.',
];
