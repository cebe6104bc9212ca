import { describe, expect, it } from 'vitest';
import type { Doc } from '../model/index.js';
import { createPipeline } from '../pipeline/index.js';

// Cases met in British political news (BBC, 2005): the whole pipeline over short texts.
const pipeline = createPipeline();
const code = (text: string, published = '2005-03-01'): Doc =>
  pipeline.code({ name: 'uk', bytes: new TextEncoder().encode(text), format: 'text', hints: { published } });
const actorOf = (doc: Doc, text: string) => doc.actors.find((a) => a.id === doc.mentions.find((m) => m.text === text)?.actorId);

describe('roles in British political news', () => {
  it('codes a shadow minister as the opposition, not the government', () => {
    const doc = code('Shadow Foreign Secretary Michael Ancram said the plan had failed. Conservative shadow chancellor Oliver Letwin said taxes would rise. Shadow local government secretary Ed Davey agreed.');
    expect(actorOf(doc, 'Ed Davey')?.agent).toBe('OPP');
    expect(actorOf(doc, 'Michael Ancram')).toMatchObject({ agent: 'OPP', role: 'Shadow Foreign Secretary' });
    expect(actorOf(doc, 'Oliver Letwin')?.agent).not.toBe('GOV');
  });

  it('reads a rank before a title as a rank: a deputy leader is no deputy sheriff, a general secretary no general', () => {
    const doc = code('Dave Prentis, general secretary of Unison, said the changes were wrong. Liberal Democrat deputy leader Menzies Campbell agreed. Deputy Sheriff Tom Jones arrested him.');
    expect(actorOf(doc, 'Dave Prentis')?.agent).not.toBe('MIL');
    expect(actorOf(doc, 'Menzies Campbell')?.agent).not.toBe('COP');
    expect(actorOf(doc, 'Tom Jones')?.agent).toBe('COP');
  });

  it('takes the sector of the body a leader heads over the rank ("director general", "chief executive" alone are government)', () => {
    const doc = code(
      'David Frost, director general of the British Chambers of Commerce, said firms would suffer. The chief executive of the Red Cross, Jane Smith, said aid would come. Wayne Frederick, president of Howard University, spoke.',
    );
    expect(actorOf(doc, 'David Frost')).toMatchObject({ country: 'GBR', agent: 'BUS' });
    expect(actorOf(doc, 'Jane Smith')?.agent).toBe('NGO');
    expect(actorOf(doc, 'Wayne Frederick')?.agent).toBe('EDU');
  });

  it('codes a person by the body named before the title, whatever country the rest names', () => {
    const doc = code('"Closures are the key factor," said Nigel Roberts, World Bank country director for the West Bank and Gaza.');
    expect(actorOf(doc, 'Nigel Roberts')).toMatchObject({ agent: 'IGO', country: null });
  });

  it('finds no organisation in the complement of a longer name ("Labor" in "the Bureau of Labor" is no party)', () => {
    const doc = code('Kathleen Utgoff, commissioner of the Bureau of Labor, said jobs grew in Australia.');
    expect(actorOf(doc, 'Kathleen Utgoff')?.agent).not.toBe('PTY');
  });

  it('keeps a double-barrelled surname in the name, and reads "Rt Rev" as no acronym (RT, the Russian channel)', () => {
    const doc = code('The Bishop of Winchester, the Rt Rev Michael Scott-Joynt, said the law was wrong. The Biden-Xi summit ended.', '2021-11-20');
    expect(doc.mentions.some((m) => m.type === 'PER' && m.text === 'Michael Scott-Joynt')).toBe(true);
    expect(doc.actors.some((a) => /^RUS/.test(a.code ?? ''))).toBe(false);
    expect(doc.mentions.some((m) => m.text === 'Biden-Xi')).toBe(false);
  });

  it('takes no word in capitals for a person named otherwise ("CITU" is a union, not Florin Cîțu)', () => {
    const doc = code('Chittabrata Majumdar, general secretary of the Centre of Indian Trade Unions (CITU), said FDI was wrong.', '2021-03-01');
    expect(doc.actors.some((a) => a.name === 'Florin Cîțu')).toBe(false);
  });

  it('resolves "Tory" to the Conservative Party and a title with a surname that is a name of its own ("President Carter")', () => {
    const doc = code('Tory leader Michael Howard attacked the plan before British voters. Amitai Etzioni was an adviser to President Carter.');
    expect(actorOf(doc, 'Michael Howard')).toMatchObject({ country: 'GBR', agent: 'PTY' });
    expect(actorOf(doc, 'Carter')?.name).toBe('Jimmy Carter');
  });

  it('does not take "Carter" alone for Ash Carter, whose given name looks like an Arabic article', () => {
    const doc = code('Mr Carter said the talks in Washington would go on.');
    expect(actorOf(doc, 'Carter')?.name).not.toBe('Ash Carter');
  });

  it('keeps a name after a courtesy title a person, though a company bears it ("Ms Roche")', () => {
    const doc = code('Ms Roche, Labour MP for Hornsey and Wood Green, believes migration helps the economy.');
    const roche = doc.mentions.find((m) => m.text === 'Roche');
    expect(roche?.type).toBe('PER');
    expect(actorOf(doc, 'Roche')?.type).toBe('person');
  });
});

describe('British acronyms', () => {
  it('reads "MSP" as a member of a parliament and "BNP" as no Bangladeshi party in British copy', () => {
    const doc = code('Scottish Finance Minister, Tom McCabe MSP, said taxes would stay. BNP leader Nick Griffin was charged. Shadow attorney general Dominic Grieve objected.');
    expect(actorOf(doc, 'MSP')?.agent).toBe('LEG');
    expect(doc.actors.some((a) => /^(DZA|BGD)/.test(a.code ?? ''))).toBe(false);
    expect(actorOf(doc, 'Dominic Grieve')?.agent).toBe('OPP');
  });
});

describe('names before their time', () => {
  it('takes no name alone for a person whose offices all come later ("Lord Harris" in 2005 is not Kamala Harris)', () => {
    const doc = code('Lord Harris, who sits on the executive of the Association of Police Authorities, said the plan was wrong.');
    expect(doc.actors.some((a) => a.name === 'Kamala Harris')).toBe(false);
  });
});

describe('roles and names beyond British copy', () => {
  it('keeps a country written before a body in the role ("China\'s UN ambassador" serves China)', () => {
    const doc = code("China's UN ambassador in Geneva, Chen Xu, criticised the report. Nigel Roberts, the World Bank's country director for Kenya, spoke.", '2021-06-01');
    expect(actorOf(doc, 'Chen Xu')?.code).toBe('CHNGOV');
    expect(actorOf(doc, 'Nigel Roberts')?.agent).toBe('IGO');
  });

  it('reads ranks after "the" as ranks, and a shadow minister without an agent word as the opposition', () => {
    const doc = code('The deputy head of the army, Ali Hassan, spoke. The vice president of the company, Mark Jones, spoke. Shadow Home Secretary David Davis spoke.', '2005-06-01');
    expect(actorOf(doc, 'Ali Hassan')?.agent).toBe('MIL');
    expect(actorOf(doc, 'Mark Jones')?.agent).toBe('BUS');
    expect(actorOf(doc, 'David Davis')?.agent).toBe('OPP');
  });

  it('finds a name of its own from any word of the role ("Former President Carter", "Taliban commander Mullah Omar")', () => {
    const doc = code('Former President Carter praised Egypt. Senior Taliban commander Mullah Omar threatened Kabul.', '2005-06-01');
    expect(actorOf(doc, 'Carter')?.name).toBe('Jimmy Carter');
    expect(actorOf(doc, 'Omar')?.id).toBe('mullah-omar');
  });

  it('reads a surname in capitals as the surname, and "Gore" alone as no loose match for Al Gore', () => {
    const doc = code('German officials met on Monday. MERKEL condemned the attack. Police in Bristol arrested a man. Gore, 45, was charged.', '2021-06-01');
    expect(actorOf(doc, 'MERKEL')?.name).toBe('Angela Merkel');
    expect(actorOf(doc, 'Gore')?.name).not.toBe('Al Gore');
  });
});

describe('places that are common words or cities', () => {
  it('reads a common word capitalised as a sentence opener as that word ("Male MPs" are not the Maldives)', () => {
    const doc = code('Women MPs endure abuse from their male colleagues. Male MPs jeered as women spoke. Guinea rejected the plan.');
    expect(doc.mentions.some((m) => m.actorId === 'mdv' || /MDV/.test(m.actorId ?? ''))).toBe(false);
    expect(doc.mentions.find((m) => m.text === 'Guinea')?.actorId).toBe('gin');
  });

  it('takes a capital that acts or is acted on for its government, and the object of a visit or a strike for the place', () => {
    const doc = code('Washington warned Tehran on Monday. The new office will cover Maseru. Russian forces shelled Kyiv overnight. Biden hit Beijing with new tariffs.', '2023-03-01');
    expect(actorOf(doc, 'Tehran')?.code).toBe('IRNGOV');
    expect(actorOf(doc, 'Beijing')?.code).toBe('CHNGOV');
    expect(actorOf(doc, 'Maseru')?.code).toBe('LSO');
    expect(actorOf(doc, 'Kyiv')?.code).toBe('UKR');
  });
});
