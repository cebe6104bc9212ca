import { describe, expect, it } from 'vitest';
import { convertPetrarchActors, readDate } from './petrarch.js';
import { capitaliseAcronyms } from './normalise.js';

const COUNTRIES = new Set(['IRN', 'IRQ', 'AFG']);

const SAMPLE = `# a comment
IRAN_  [IRN]
+IRANIAN
+PERSIA_

MOHAMMAD_KHATAMI
+HOJATOLISLAM_MOHAMMAD_KHATAMI_
	[IRNELI 610101-970803]
	[IRNGOV 970803-050803]
	[IRNELI]
HASSAN_ROUHANI_   # CountryInfo.txt
+ROUHANI
	[IRNGOV >20130803]
REVOLUTIONARY_GUARD
+QUDS_FORCE
	[IRNMIL]

THE_UNITED_NATIONS_ [IGOUNO]
U.N._

TALIBAN_ [AFGREB] # kkl 21 Mar 13
+TALEBAN_
BROKEN_ENTRY_ [IRNGOV 2004017-20061201]

NO_CODE_AT_ALL_
`;

describe('PETRARCH actor dictionary converter', () => {
  const { entries, skipped } = convertPetrarchActors(SAMPLE, { source: 'sample.actors', asOf: '2015-12-31', countries: COUNTRIES });
  const byName = (name: string) => entries.find((e) => e.name === name);

  it('reads people with their synonyms and dated roles', () => {
    const khatami = byName('Mohammad Khatami')!;
    expect(khatami.type).toBe('person');
    expect(khatami.aliases).toEqual(['Hojatolislam Mohammad Khatami']);
    expect(khatami.code).toBe('IRNELI');
    expect(khatami.roles.find((r) => r.code === 'IRNGOV')).toMatchObject({ from: '1997-08-03', to: '2005-08-03', country: 'IRN', agent: 'GOV', asOf: null });
  });

  it('confirms an open role (>date) only up to the dictionary date', () => {
    expect(byName('Hassan Rouhani')!.roles[0]).toMatchObject({ from: '2013-08-03', to: null, asOf: '2015-12-31' });
  });

  it('types institutions, countries, IGOs and armed groups by their code', () => {
    expect(byName('Revolutionary Guard')).toMatchObject({ type: 'institution', country: 'IRN', code: 'IRNMIL', agent: 'MIL', aliases: ['Quds Force'] });
    expect(byName('Iran')).toMatchObject({ type: 'country', id: 'irn', aliases: ['Iranian', 'Persia'] });
    expect(byName('The United Nations')).toMatchObject({ type: 'igo', code: 'IGOUNO', country: null, aliases: ['U.N.'] });
    expect(byName('Taliban')).toMatchObject({ type: 'group', country: 'AFG', agent: 'REB', aliases: ['Taleban'] });
  });

  it('reports what it cannot read instead of guessing', () => {
    expect(byName('Broken Entry')).toBeUndefined();
    expect(skipped.some((s) => s.includes('bad date in [IRNGOV 2004017-20061201]'))).toBe(true);
    expect(skipped.some((s) => s.includes('"No Code at All" has no code'))).toBe(true);
  });

  it('joins an entry without codes to the one right below it, not to the one above', () => {
    const text = 'VLADIMIR_PUTIN_\n\t[RUSGOV >20120507]\nDMITRY_MEDVEDEV_\n+MEDVEDEV\nDMITR_MEDVEDEV_\n\t[RUSGOV 080507-120507]\n';
    const result = convertPetrarchActors(text, { source: 's', asOf: null, countries: new Set(['RUS']) }).entries;
    expect(result.map((e) => [e.name, e.aliases])).toEqual([
      ['Vladimir Putin', []],
      ['Dmitry Medvedev', ['Medvedev', 'Dmitr Medvedev']],
    ]);
  });

  it('joins an organisation listed by name and by acronym under one code into one actor ("UN_" and "UNITED_NATIONS")', () => {
    const text = 'UN_ [IGOUNO]\nUNITED_NATIONS_ [IGOUNO]\n+UNITED_NATIONS_ORGANIZATION\nUNHCR_ [IGOUNOHCR]\nWHO_ [IGOUNOHLH]\nWORLD_BANK_ [IGOUNODEVWBK]\n';
    const result = convertPetrarchActors(text, { source: 's', asOf: null, countries: new Set(['IRN']) }).entries;
    expect(result.map((e) => [e.name, e.aliases])).toEqual([
      ['United Nations', ['United Nations Organization', 'UN']],
      ['Unhcr', []],
      ['Who', []],
      ['World Bank', []],
    ]);
  });

  it('takes a republic that became the state it is today for that country, not a city that changed states', () => {
    const text = 'UKRAINE_\n+KYIV_\n\t[USRUKR <910824]\n\t[UKRUNR 910824-911221]\n\t[UKR >911221]\nLEIPZIG_\n\t[DDR <901003]\n\t[DEU >901003]\n';
    const result = convertPetrarchActors(text, { source: 's', asOf: null, countries: new Set(['UKR', 'DEU']) }).entries;
    expect(result.find((e) => e.name === 'Ukraine')?.type).toBe('country');
    expect(result.find((e) => e.name === 'Leipzig')?.type).not.toBe('country');
  });

  it('takes a state of the past, coded by country alone for its years, for a country, and an official of a body for a person', () => {
    const text = 'GERMAN_DEMOCRATIC_REPUBLIC [DDR]\n+EAST_GERMANY\n\t[DDR 19491007-19901003]\nKOICHIRO_MATSUURA_\n\t[IGO 19991115-20091115]\n';
    const result = convertPetrarchActors(text, { source: 's', asOf: null, countries: new Set(['DEU']) }).entries;
    expect(result.map((e) => [e.name, e.type])).toEqual([
      ['German Democratic Republic', 'country'],
      ['Koichiro Matsuura', 'person'],
    ]);
  });

  it('reads six- and eight-digit dates, with two-digit years before 30 in this century', () => {
    expect(readDate('130803')).toBe('2013-08-03');
    expect(readDate('450703')).toBe('1945-07-03');
    expect(readDate('20050231')).toBe('2005-02-28');
    expect(readDate('2004017')).toBeNull();
  });
});

describe('names converted from capitals', () => {
  it('write an acronym of another name of the actor in capitals, and nothing else', () => {
    expect(capitaliseAcronyms(['Imf', 'International Monetary Fund'])).toEqual(['IMF', 'International Monetary Fund']);
    expect(capitaliseAcronyms(['Afp', 'Agence France-Presse'])).toEqual(['AFP', 'Agence France-Presse']);
    expect(capitaliseAcronyms(['Iran', 'Islamic Republic of Iran'])).toEqual(['Iran', 'Islamic Republic of Iran']);
    expect(capitaliseAcronyms(['Amal', 'Movement of Hope'])).toEqual(['Amal', 'Movement of Hope']);
  });
});
