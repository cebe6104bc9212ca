import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase, packageDataDir, readEntries } from './load.js';
import { endOf, startOf } from './roles.js';

// The committed knowledge base in data/kb: what the actors stage will use.
const kb = loadKnowledgeBase({ userDir: null });
const SEED_DATE = '2021-02-06'; // the seed article's publication date
const SEED_COUNTRIES = ['IRN', 'IRQ'];

function standing(name: string) {
  const match = kb.findActors(name, { countries: SEED_COUNTRIES, date: SEED_DATE })[0];
  expect(match, name).toBeDefined();
  return kb.standingAt(match!.actor, SEED_DATE)!;
}

describe('the committed knowledge base', () => {
  it('loads every ISO 3166 country and territory with names, adjectives and capitals', () => {
    expect(kb.countries.size).toBeGreaterThanOrEqual(249);
    expect(kb.countryByAdjective('Iraqi')!.iso3).toBe('IRQ');
    expect(kb.countryByCapital('Tehran')!.iso3).toBe('IRN');
    expect(kb.countryByCapital('Baghdad')!.iso3).toBe('IRQ');
    expect(kb.countryByName('United States')!.iso3).toBe('USA');
    expect([...kb.countries.values()].filter((c) => c.unMember)).toHaveLength(193);
  });

  it("gives a state's own name and demonym to it, not to a territory that shares or once shared them", () => {
    const byName = (word: string) => (kb.countryByAdjective(word) ?? kb.countryByName(word))?.iso3;
    expect(byName('French')).toBe('FRA');
    expect(byName('Serbian')).toBe('SRB');
    expect(byName('Burma')).toBe('MMR');
    expect(byName('Mozambican')).toBe('MOZ');
    expect(byName('Guatemala')).toBe('GTM');
    expect(byName('Norwegian')).toBe('NOR');
    expect(kb.country('MOZ')!.cameo).toBe('MOZ');
  });

  it('resolves the seed article people to their roles at its date', () => {
    expect(standing('President Hassan Rouhani')).toMatchObject({ basis: 'current', code: 'IRNGOV', agent: 'GOV', country: 'IRN' });
    expect(standing('Iraqi Foreign Minister Fuad Hussein')).toMatchObject({ basis: 'current', code: 'IRQGOV', agent: 'GOV', country: 'IRQ' });
    expect(standing('Mohammad Javad Zarif')).toMatchObject({ basis: 'current', code: 'IRNGOV', country: 'IRN' });
    expect(standing('Mohammad Baqer Qalibaf')).toMatchObject({ basis: 'current', code: 'IRNLEG', agent: 'LEG', country: 'IRN' });
    expect(standing('General Qasem Soleimani')).toMatchObject({ basis: 'at-death', code: 'IRNMIL', agent: 'MIL', country: 'IRN' });
    expect(standing('Abu Mahdi al-Muhandis')).toMatchObject({ basis: 'at-death', code: 'IRQMIL', agent: 'MIL', country: 'IRQ' });
    expect(standing('Hussein')).toMatchObject({ code: 'IRQGOV' });
    expect(kb.roleLabel(standing('Hassan Rouhani').role!)).toBe('President of Iran');
  });

  it('gives Rouhani no office after he left it (February 2021 vs 2022)', () => {
    const rouhani = kb.findActors('Hassan Rouhani')[0]!.actor;
    expect(kb.rolesAt(rouhani, '2021-02-06').map((r) => r.code)).toEqual(['IRNGOV']);
    expect(kb.rolesAt(rouhani, '2022-06-01')).toEqual([]);
    expect(kb.standingAt(rouhani, '2022-06-01')).toMatchObject({ basis: 'former', agent: 'ELI' });
  });

  it('codes a head of government who also holds a ministry by the higher office', () => {
    // Benjamin Netanyahu, prime minister 2009-2021, was also defence minister from November 2018 to November 2019.
    expect(kb.standingAt(kb.actor('benjamin-netanyahu')!, '2019-08-08')).toMatchObject({ code: 'ISRGOV', basis: 'current' });
  });

  it('knows the Islamic State under all its names, and role words', () => {
    for (const name of ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh']) expect(kb.findActors(name)[0]?.actor.id, name).toBe('islamic-state');
    expect(kb.agentForWord('Parliament')!.code).toBe('LEG');
    expect(kb.agentForWord('minister')!.code).toBe('GOV');
  });

  it('does not resolve common words alone to people', () => {
    for (const word of ['Will', 'May', 'is', 'who', 'Minister']) {
      expect(kb.findActors(word).filter((m) => m.actor.type === 'person'), word).toEqual([]);
    }
    expect(kb.findActors('is')).toEqual([]);
  });
});

describe('the prebuilt name index', () => {
  it('finds the same actors as indexing at start-up', () => {
    const fresh = loadKnowledgeBase({ userDir: null, prebuiltIndex: false });
    const names = ['Rouhani', 'Hussein', 'Abu Mahdi Muhandis', 'ISIL', 'Iran', 'United Nations', 'Barzani', 'Kim Jong Un', 'Putin', 'al-Sudani'];
    for (const name of names) {
      const ids = (k: typeof kb) => k.findActors(name, { countries: ['IRQ'], date: '2021-02-06' }).map((m) => m.actor.id);
      expect(ids(kb), name).toEqual(ids(fresh));
    }
  });
});

describe('the hand-written updates', () => {
  const dir = join(packageDataDir(), 'updates');
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readEntries(join(dir, f), true).map((entry) => ({ file: f, entry })));

  it('give every role a start, an end or an as-of date, in order, and none after the person died', () => {
    const problems: string[] = [];
    for (const { file, entry } of entries) {
      if (entry.kind !== 'actor') continue;
      for (const role of entry.roles) {
        const where = `${file}: ${entry.name}, ${role.role ?? role.code}`;
        if (!role.from) problems.push(`${where}: no start`);
        if (!role.to && !role.asOf) problems.push(`${where}: open without asOf`);
        if (role.from && role.to && startOf(role.from) > endOf(role.to)) problems.push(`${where}: ends before it starts`);
        if (entry.died && role.from && startOf(role.from) > endOf(entry.died)) problems.push(`${where}: starts after death`);
        if (entry.died && !role.to) problems.push(`${where}: open although the person died`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('use each id once', () => {
    const ids = entries.filter(({ entry }) => entry.kind === 'actor').map(({ entry }) => (entry.kind === 'actor' ? entry.id : ''));
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
