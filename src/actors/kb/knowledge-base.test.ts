import { describe, expect, it } from 'vitest';
import { KnowledgeBase } from './knowledge-base.js';
import { KbEntry } from './schema.js';
import { looseKey } from './normalise.js';

const entries = [
  { kind: 'country', iso3: 'IRN', iso2: 'IR', cameo: 'IRN', name: 'Iran', aliases: ['Persia'], adjectives: ['Iranian', 'Iranians'], capital: ['Tehran'], source: 't' },
  { kind: 'country', iso3: 'IRQ', iso2: 'IQ', cameo: 'IRQ', name: 'Iraq', adjectives: ['Iraqi', 'Iraqis'], capital: ['Baghdad'], source: 't' },
  { kind: 'country', iso3: 'JOR', iso2: 'JO', cameo: 'JOR', name: 'Jordan', adjectives: ['Jordanian'], capital: ['Amman'], source: 't' },
  { kind: 'agent', word: 'foreign minister', code: 'GOV', source: 't' },
  { kind: 'agent', word: 'president', code: 'GOV', source: 't' },
  { kind: 'agent', word: 'parliament', code: 'LEG', source: 't' },
  { kind: 'agent', word: 'protester', code: 'CVLOPP', source: 't' },
  {
    kind: 'actor', id: 'hassan-rouhani', name: 'Hassan Rouhani', aliases: ['Rouhani'], type: 'person', country: 'IRN',
    roles: [{ role: 'President', code: 'IRNGOV', agent: 'GOV', country: 'IRN', from: '2013-08-03', to: '2021-08-03', source: 't' }], source: 't',
  },
  {
    kind: 'actor', id: 'fuad-hussein', name: 'Fuad Hussein', type: 'person', country: 'IRQ',
    roles: [{ role: 'Foreign Minister', code: 'IRQGOV', agent: 'GOV', country: 'IRQ', from: '2020-06-06', asOf: '2025-01-01', source: 't' }], source: 't',
  },
  {
    kind: 'actor', id: 'hussein-of-jordan', name: 'Hussein bin Talal', aliases: ['King Hussein', 'Hussein'], type: 'person', country: 'JOR', died: '1999-02-07',
    roles: [{ role: 'King', code: 'JORGOV', agent: 'GOV', country: 'JOR', from: '1952-08-11', to: '1999-02-07', source: 't' }], source: 't',
  },
  {
    kind: 'actor', id: 'qasem-soleimani', name: 'Qasem Soleimani', type: 'person', country: 'IRN', died: '2020-01-03',
    roles: [{ role: 'Commander of the IRGC Quds Force', code: 'IRNMIL', agent: 'MIL', country: 'IRN', from: '1998', to: '2020-01-03', source: 't' }], source: 't',
  },
  { kind: 'actor', id: 'theresa-may', name: 'Theresa May', aliases: ['May'], type: 'person', country: 'GBR', roles: [{ code: 'GBRGOV', agent: 'GOV', from: '2016-07-13', to: '2019-07-24', source: 't' }], source: 't' },
  { kind: 'actor', id: 'islamic-state', name: 'Islamic State', aliases: ['IS', 'ISIS', 'ISIL', 'Daesh'], type: 'group', code: 'IMGMUSISI', agent: 'IMG', source: 't' },
  { kind: 'actor', id: 'ronald-reagan', name: 'Ronald Reagan', type: 'person', country: 'USA', died: '2004-06-05', roles: [{ code: 'USAGOV', agent: 'GOV', from: '1981-01-20', to: '1989-01-20', source: 't' }], source: 't' },
  { kind: 'actor', id: 'abu-mahdi-al-muhandis', name: 'Abu Mahdi al-Muhandis', type: 'person', country: 'IRQ', died: '2020-01-03', roles: [{ code: 'IRQMIL', agent: 'MIL', from: '2014', to: '2020-01-03', source: 't' }], source: 't' },
].map((e) => KbEntry.parse(e));

const kb = new KnowledgeBase(entries, { commonWords: ['will', 'may', 'is', 'who'] });

describe('KnowledgeBase lookups', () => {
  it('finds a person by full name, alias and name written another way', () => {
    expect(kb.findActors('Hassan Rouhani')[0]!.actor.id).toBe('hassan-rouhani');
    expect(kb.findActors('ROUHANI')[0]!.actor.id).toBe('hassan-rouhani');
    expect(kb.findActors('Abu Mahdi Al Muhandis')[0]!.actor.id).toBe('abu-mahdi-al-muhandis');
    expect(kb.findActors('Abu Mahdi Muhandis')[0]).toMatchObject({ match: 'loose', actor: { id: 'abu-mahdi-al-muhandis' } });
  });

  it('drops an assimilated Arabic article only before its own letter: "ash-Shabaab" is "Shabaab", "Ash Carter" no "Carter"', () => {
    expect(looseKey('Harakat ash-Shabaab al-Mujahideen')).toBe('harakat shabaab mujahideen');
    expect(looseKey('Salah ad-Din')).toBe('salah din');
    expect(looseKey('Ash Carter')).toBe('ash carter');
    expect(looseKey('Omar al-Bashir')).toBe('omar bashir');
    expect(looseKey('Khawaja Mohammad Asif')).toBe(looseKey('Khawaja Muhammad Asif'));
    expect(looseKey('Abdel Fattah el-Sisi')).toBe('abdul fattah sisi');
    expect(looseKey('Youssef Chahed')).toBe('yusuf chahed');
    expect(looseKey('Mohan Bhagwat')).toBe('mohan bhagwat');
  });

  it('sets aside leading titles and nationality words', () => {
    expect(kb.findActors('President Hassan Rouhani')[0]!.actor.id).toBe('hassan-rouhani');
    expect(kb.findActors('Iraqi Foreign Minister Fuad Hussein')[0]!.actor.id).toBe('fuad-hussein');
  });

  it('sets nothing aside from a name given as written: a given name that is an agent word ("Protester Rouhani")', () => {
    expect(kb.findActors('Protester Rouhani')[0]!.actor.id).toBe('hassan-rouhani');
    expect(kb.findActors('Protester Rouhani', { asWritten: true })).toEqual([]);
    expect(kb.findActors('Hassan Rouhani', { asWritten: true })[0]!.actor.id).toBe('hassan-rouhani');
  });

  it('settles an ambiguous last name by the countries of the article and the date', () => {
    const inIraq = kb.findActors('Hussein', { countries: ['IRN', 'IRQ'], date: '2021-02-06' });
    expect(inIraq[0]).toMatchObject({ match: 'surname', inContext: true, actor: { id: 'fuad-hussein' } });
    const inJordan = kb.findActors('Hussein', { countries: ['JOR'], date: '1990-01-01' });
    expect(inJordan[0]!.actor.id).toBe('hussein-of-jordan');
  });

  it('finds a group under each of its names', () => {
    for (const name of ['Islamic State', 'IS', 'ISIS', 'ISIL', 'Daesh']) expect(kb.findActors(name)[0]!.actor.id).toBe('islamic-state');
  });

  it('finds countries by adjective, demonym, capital and other name', () => {
    expect(kb.countryByAdjective('Iraqi')!.iso3).toBe('IRQ');
    expect(kb.countryByAdjective('iraqis')!.iso3).toBe('IRQ');
    expect(kb.countryByCapital('Tehran')!.iso3).toBe('IRN');
    expect(kb.countryByName('Persia')!.iso3).toBe('IRN');
    expect(kb.findActors('Iran')[0]).toMatchObject({ actor: { id: 'irn', type: 'country', code: 'IRN' } });
  });

  it('maps role words to agent codes, plurals too', () => {
    expect(kb.agentForWord('Parliament')!.code).toBe('LEG');
    expect(kb.agentForWord('protesters')!.code).toBe('CVLOPP');
    expect(kb.agentForWord('Foreign Minister')!.code).toBe('GOV');
  });

  it('reads generic actors from a nationality or country and a role word', () => {
    expect(kb.genericActor('The Iraqi Parliament')).toMatchObject({ code: 'IRQLEG', country: { iso3: 'IRQ' }, agent: { code: 'LEG' } });
    expect(kb.genericActor('Parliament of Iraq')!.code).toBe('IRQLEG');
    expect(kb.genericActor("Iran's foreign minister")!.code).toBe('IRNGOV');
    expect(kb.genericActor('protesters')).toMatchObject({ code: null, country: null, agent: { code: 'CVLOPP' } });
    expect(kb.genericActor('Iraqis')).toMatchObject({ code: 'IRQ', agent: null });
    expect(kb.genericActor('a quiet afternoon')).toBeNull();
  });

  it('labels a role with its country', () => {
    expect(kb.roleLabel(kb.actor('hassan-rouhani')!.roles[0]!)).toBe('President of Iran');
  });
});

describe('KnowledgeBase negatives', () => {
  it('does not take a common word alone for a person', () => {
    expect(kb.findActors('May')).toEqual([]);
    expect(kb.findActors('Will')).toEqual([]);
    expect(kb.findActors('Theresa May')[0]!.actor.id).toBe('theresa-may');
  });

  it('takes a common word for an organisation only when written as listed', () => {
    expect(kb.findActors('IS')[0]!.actor.id).toBe('islamic-state');
    expect(kb.findActors('is')).toEqual([]);
  });

  it('finds nothing for an unknown name', () => {
    expect(kb.findActors('Zyxwv Qwerty')).toEqual([]);
    expect(kb.countryByAdjective('Martian')).toBeNull();
    expect(kb.agentForWord('xylophone')).toBeNull();
  });
});

describe('roles at a date', () => {
  it('gives Rouhani his presidency in February 2021 and no office in 2022', () => {
    expect(kb.rolesAt('hassan-rouhani', '2021-02-06').map((r) => r.code)).toEqual(['IRNGOV']);
    expect(kb.standingAt('hassan-rouhani', '2021-02-06')).toMatchObject({ basis: 'current', code: 'IRNGOV', agent: 'GOV', country: 'IRN' });
    expect(kb.rolesAt('hassan-rouhani', '2022-03-01')).toEqual([]);
    expect(kb.standingAt('hassan-rouhani', '2022-03-01')).toMatchObject({ basis: 'former', code: 'IRNELI', agent: 'ELI' });
  });

  it('keeps the dead in the role they died in', () => {
    expect(kb.rolesAt('qasem-soleimani', '2021-02-06')).toEqual([]);
    expect(kb.standingAt('qasem-soleimani', '2021-02-06')).toMatchObject({ basis: 'at-death', code: 'IRNMIL', agent: 'MIL' });
  });

  it('takes no office left long before death for the role died in: a president until 1989 died in 2004 a former one', () => {
    expect(kb.standingAt('ronald-reagan', '2005-03-01')).toMatchObject({ basis: 'former', code: 'USAELI', agent: 'ELI' });
  });

  it('treats an open role as confirmed only up to its as-of date', () => {
    expect(kb.rolesAt('fuad-hussein', '2024-06-01')).toHaveLength(1);
    expect(kb.rolesAt('fuad-hussein', '2030-01-01')).toEqual([]);
    expect(kb.rolesAt('fuad-hussein', '2030-01-01', { unconfirmed: true })).toHaveLength(1);
  });

  it('presumes an open role still held for a while after its as-of date, then not', () => {
    expect(kb.standingAt('fuad-hussein', '2026-06-01')).toMatchObject({ basis: 'presumed', code: 'IRQGOV' });
    expect(kb.standingAt('fuad-hussein', '2030-01-01')).toMatchObject({ basis: 'former', code: 'IRQELI' });
    expect(kb.standingAt('fuad-hussein', '2026-06-01', { graceDays: 0 })).toMatchObject({ basis: 'former' });
  });

  it('reads a year-only start as the start of that year', () => {
    expect(kb.rolesAt('qasem-soleimani', '1998-01-01')).toHaveLength(1);
    expect(kb.rolesAt('qasem-soleimani', '1997-12-31')).toEqual([]);
  });
});

describe('a prebuilt index', () => {
  it('is used when built from the same actors and ignored when not', () => {
    const index = kb.exportIndex();
    const withIndex = new KnowledgeBase(entries, { index });
    expect(withIndex.findActors('Rouhani')[0]!.actor.id).toBe('hassan-rouhani');
    const stale = new KnowledgeBase(entries.slice(0, -1), { index: { ...index, names: {}, surnames: {} } });
    expect(stale.findActors('Rouhani')[0]!.actor.id).toBe('hassan-rouhani');
  });
});

describe('additions', () => {
  it('extend the person of the same name and country instead of duplicating them', () => {
    const local = new KnowledgeBase(entries, {
      additions: [KbEntry.parse({ kind: 'actor', id: 'someone-new', name: 'Fuad Hussein', aliases: ['Fouad Hussein'], type: 'person', country: 'IRQ', roles: [{ role: 'Finance Minister', code: 'IRQGOV', from: '2018-10-25', to: '2020-05-07', source: 'u' }], source: 'u' })],
    });
    expect(local.actor('someone-new')).toBeNull();
    const fuad = local.actor('fuad-hussein')!;
    expect(fuad.aliases).toContain('Fouad Hussein');
    expect(fuad.roles).toHaveLength(2);
  });

  it('drop a death date that a role beginning on or after it contradicts, and keep one that none does', () => {
    const role = (from: string) => ({ kind: 'actor', id: 'x', name: 'Hussein bin Talal', type: 'person', country: 'JOR', roles: [{ role: 'King', code: 'JORGOV', from, source: 'u' }], source: 'u' });
    const later = new KnowledgeBase(entries, { additions: [KbEntry.parse(role('1999-02-07'))] });
    expect(later.actor('hussein-of-jordan')!.died).toBeNull();
    const earlier = new KnowledgeBase(entries, { additions: [KbEntry.parse(role('1952-08-11'))] });
    expect(earlier.actor('hussein-of-jordan')!.died).toBe('1999-02-07');
  });

  it('take away the names an update removes, so that those name another actor or nothing, prebuilt index or not', () => {
    // A dictionary entry that lumps several bodies together, and one of them written up on its own.
    const lumped = KbEntry.parse({ kind: 'actor', id: 'gchq', name: 'Gchq', aliases: ['MI6', 'The Foundation', 'Al-Rukn'], type: 'institution', country: 'GBR', code: 'GBRSPY', source: 'd' });
    const own = KbEntry.parse({ kind: 'actor', id: 'sis', name: 'Secret Intelligence Service', aliases: ['MI6'], type: 'institution', country: 'GBR', code: 'GBRSPY', source: 'u' });
    const fix = KbEntry.parse({ kind: 'actor', id: 'gchq', name: 'GCHQ', type: 'institution', removeNames: ['Mi6', 'the foundation', 'Gchq', 'Al Rukn'], source: 'u' });
    const base = [...entries, lumped];
    const index = new KnowledgeBase(base).exportIndex();
    for (const local of [new KnowledgeBase(base, { additions: [own, fix] }), new KnowledgeBase(base, { additions: [own, fix], index })]) {
      expect(local.actor('gchq')).toMatchObject({ name: 'GCHQ', aliases: [], code: 'GBRSPY', country: 'GBR' });
      expect(local.findActors('MI6').map((m) => m.actor.id)).toEqual(['sis']);
      expect(local.findActors('The Foundation')).toEqual([]);
      expect(local.findActors('Rukn')).toEqual([]);
      expect(local.findActors('Gchq').map((m) => m.actor.id)).toEqual(['gchq']);
    }
  });
});
