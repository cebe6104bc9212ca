import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../actors/kb/index.js';
import type { Doc } from '../model/index.js';
import { loadEntityModels, type EntityModels } from './index.js';
import { createPipeline } from '../pipeline/index.js';
import { annotateWords } from './test-doc.js';

let models: EntityModels;
beforeAll(() => {
  models = loadEntityModels(loadKnowledgeBase({ userDir: null }));
});

const annotate = (sentences: string[], published?: string): Doc => annotateWords(models, sentences, published);
/** A text through the whole pipeline, as a user codes it. */
const codeText = (text: string, published = '2025-01-01'): Doc => createPipeline().code({ name: 'text', bytes: new TextEncoder().encode(text), format: 'text', hints: { published } });

const mention = (doc: Doc, text: string) => doc.mentions.find((m) => m.text === text);
const actorOf = (doc: Doc, text: string) => doc.actors.find((a) => a.id === mention(doc, text)?.actorId);

describe('entities and actors', () => {
  it('peels the role off "Iraqi Foreign Minister Fuad Hussein" and keeps it, with the country from "Iraqi"', () => {
    const doc = annotate(['President/PROPN Hassan Rouhani met/VERB Iraqi/ADJ Foreign/PROPN Minister/PROPN Fuad Hussein in Tehran on Wednesday .']);
    const fuad = mention(doc, 'Fuad Hussein');
    expect(fuad).toMatchObject({ type: 'PER', role: 'Iraqi Foreign Minister' });
    expect(actorOf(doc, 'Fuad Hussein')).toMatchObject({ type: 'person', country: 'IRQ', agent: 'GOV', code: 'IRQGOV', role: 'Foreign Minister of Iraq' });
    expect(mention(doc, 'Foreign Minister')).toMatchObject({ type: 'ROLE', chain: fuad!.chain });
    expect(mention(doc, 'Iraqi')?.type).toBe('NORP');
    expect(actorOf(doc, 'Hassan Rouhani')).toMatchObject({ country: 'IRN', agent: 'GOV', code: 'IRNGOV' });
  });

  it('peels a lower-case agent word before a title with the role: "U.S. army chief General ..." is military', () => {
    const doc = annotate(['U.S./PROPN army/NOUN chief/NOUN General/PROPN Ahmed/PROPN Khanzada/PROPN met/VERB reporters/NOUN .']);
    expect(mention(doc, 'Ahmed Khanzada')).toMatchObject({ type: 'PER', role: 'U.S. army chief General' });
    expect(actorOf(doc, 'Ahmed Khanzada')).toMatchObject({ country: 'USA', code: 'USAMIL' });
    const keys = doc.mentions.map((m) => `${m.start}:${m.end}:${m.type}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('peels a portfolio before an office with the role ("Chinese Commerce Minister"), and a party before a title ("Labour MP")', () => {
    const doc = codeText('Chinese Commerce Minister Wang Wentao met officials in Brussels. Labour MP Tom Watson spoke later.');
    expect(mention(doc, 'Wang Wentao')).toMatchObject({ type: 'PER', role: 'Chinese Commerce Minister' });
    expect(actorOf(doc, 'Wang Wentao')).toMatchObject({ country: 'CHN', code: 'CHNGOV' });
    expect(mention(doc, 'Tom Watson')?.role).toBe('Labour MP');
  });

  it("gives a state office the text names no country for the article's own country, not a foreign body's", () => {
    const doc = codeText("Ukraine's parliament met in Kyiv on Friday. Prime Minister Oleksiy Honcharuk met Russian officials. Ukraine's economy has struggled. Ukrainian officials agreed.", '2020-01-18');
    expect(actorOf(doc, 'Oleksiy Honcharuk')).toMatchObject({ country: 'UKR', code: 'UKRGOV' });
    // A civilian is no office holder: no country is given.
    const writer = codeText("Ukraine's parliament met in Kyiv on Friday. Novelist Anna Perova met Russian officials. Ukraine's economy has struggled. Ukrainian officials agreed.", '2020-01-18');
    expect(actorOf(writer, 'Anna Perova')?.country ?? null).toBeNull();
  });

  it('reads the subject of a complement clause as the person named in the governing verb\'s subject, however hung on its title', () => {
    const doc = codeText('Canadian Foreign Minister Melanie Joly said she looks forward to it. U.S. Secretary of State Marco Rubio has said he hopes a ceasefire could take place.');
    const he = doc.mentions.find((m) => m.text === 'he');
    expect(he?.actorId).toBe(mention(doc, 'Marco Rubio')?.actorId);
  });

  it('peels a role of two words that are an agent only together, and a country\'s whole name before it: "Hong Kong Chief Executive"', () => {
    const doc = codeText('Protesters asked Hong Kong Chief Executive Carrie Lam to resign. Former New Jersey governor Chris Christie spoke.', '2019-06-23');
    expect(mention(doc, 'Carrie Lam')).toMatchObject({ type: 'PER', role: 'Hong Kong Chief Executive' });
    expect(actorOf(doc, 'Carrie Lam')).toMatchObject({ country: 'HKG', code: 'HKGGOV' });
    expect(doc.mentions.map((m) => m.text)).not.toContain('Jersey');
    // Not a determiner before the country, and a title before it does not stop it.
    expect(codeText('The Iran Foreign Minister Ali Akbar Salehi met officials.', '2012-01-01').mentions.map((m) => m.text)).not.toContain('The');
    expect(actorOf(codeText('Former Hong Kong Chief Executive Donald Tsang met officials.', '2019-06-23'), 'Donald Tsang')?.country).toBe('HKG');
  });

  it('takes an occupation in lower case between a nationality and a name as the role, with the country', () => {
    const doc = codeText('Finnish open-source video game developer Perttu Ahola met Swedish officials in Helsinki.');
    expect(mention(doc, 'Perttu Ahola')?.role).toBe('Finnish open-source video game developer');
    expect(actorOf(doc, 'Perttu Ahola')?.country).toBe('FIN');
  });

  it('gives "the government of" a person that person\'s country', () => {
    const doc = codeText('In 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against the Houthi rebellion.', '2019-09-15');
    expect(actorOf(doc, 'the government')?.code).toBe('YEMGOV');
    const titled = codeText('In 2015, Saudi Arabia started supporting the government of President Abdrabbuh Mansur Hadi.', '2019-09-15');
    expect(actorOf(titled, 'the government')?.code).toBe('YEMGOV');
  });

  it('peels a title written with a prefix and a hyphen, which the tokenizer keeps whole: "Vice-President Moody Awori"', () => {
    const doc = annotate(['Vice-President/PROPN Moody/PROPN Awori/PROPN met/VERB the/DET envoy/NOUN .']);
    expect(mention(doc, 'Moody Awori')).toMatchObject({ type: 'PER', role: 'Vice-President' });
    expect(mention(doc, 'Vice-President')?.type).toBe('ROLE');
  });

  it('chains a surname, a pronoun and a description of the office to the person', () => {
    const doc = annotate([
      'President/PROPN Hassan Rouhani met/VERB Iraqi/ADJ Foreign/PROPN Minister/PROPN Fuad Hussein .',
      'Rouhani/PROPN/nsubj said/VERB Iran supports Iraq .',
      'He/PRON/nsubj said/VERB the/DET president/NOUN/nsubj would/AUX visit/VERB .',
      'The/DET Iraqi/ADJ foreign/ADJ minister/NOUN/nsubj thanked/VERB Tehran/PROPN/obj .',
    ]);
    const rouhani = mention(doc, 'Hassan Rouhani')!.chain;
    expect(mention(doc, 'Rouhani')!.chain).toBe(rouhani);
    expect(mention(doc, 'He')!.chain).toBe(rouhani);
    expect(mention(doc, 'the president')!.chain).toBe(rouhani);
    expect(mention(doc, 'The Iraqi foreign minister')!.chain).toBe(mention(doc, 'Fuad Hussein')!.chain);
  });

  it('finds a group whose Arabic article is written in lower case ("al-Shabaab"), wherever it stands', () => {
    const doc = codeText('The army fought al-Shabaab near the border. Soldiers later attacked al-Qaeda camps.');
    expect(actorOf(doc, 'al-Shabaab')).toMatchObject({ code: 'SOMREB' });
    expect(mention(doc, 'al-Qaeda')).toMatchObject({ type: 'ORG', actorId: 'al-qaida' });
    expect(doc.events.some((e) => e.source.code === 'MIL' && e.target.code === 'SOMREB')).toBe(true);
  });

  it('refers a pronoun to no one known to be of the other sex: by given name, courtesy title or role word', () => {
    // [text, pronoun, the name it refers to, publication date]
    const cases: Array<[string, string, string, string?]> = [
      ['Theresa May appointed Boris Johnson as foreign secretary. Johnson resigned in 2018, and she said he had been disloyal.', 'she', 'Theresa May'],
      ['Theresa May appointed Boris Johnson as foreign secretary. Johnson resigned in 2018, and she said he had been disloyal.', 'he', 'Boris Johnson'],
      ['Ms Pugh praised the hospital staff. Mr Rahimi said she had recovered well.', 'she', 'Pugh'],
      ["The Tigers met Mr Ng on Monday. The team's spokeswoman, Jordan Okafor, welcomed the talks. Mr Ng said she had been fair.", 'she', 'Jordan Okafor'],
      ['Walter Munk died on Friday in California. His wife Mary said he would have laughed.', 'he', 'Walter Munk'],
      // A name that tells nothing takes either pronoun.
      ['Ngozi Okonjo-Iweala spoke in Geneva on Monday. She said the talks had failed.', 'She', 'Ngozi Okonjo-Iweala'],
      // Nor does a verb or initials before the name tell a sex: "miss Messi", "MS Dhoni".
      ['Argentina will miss Lionel Messi against Brazil. He injured his hamstring on Sunday.', 'He', 'Lionel Messi'],
      ['Chennai captain MS Dhoni led the side. He said the pitch was slow.', 'He', 'Dhoni'],
      // A girl's name in the US that men bear elsewhere tells nothing.
      ['Armenian Prime Minister Nikol Pashinyan met reporters. He said the border talks would resume.', 'He', 'Nikol Pashinyan', '2024-05-01'],
    ];
    for (const [text, pronoun, name, published] of cases) {
      const doc = codeText(text, published);
      // Both must be there: a missing pronoun is 'none', a missing name 'missing'.
      expect(doc.mentions.find((m) => m.text === pronoun)?.actorId ?? 'none', `${pronoun} in "${text}"`).toBe(mention(doc, name)?.actorId ?? 'missing');
    }
  });

  it('gives a role after "and" the nationality written once before the person named first', () => {
    let doc = codeText('The talks were attended by Greek prime minister Kyriakos Mitsotakis and energy minister Georgios Lakkotrypis, and by Israeli officials.', '2020-01-10');
    expect(actorOf(doc, 'Georgios Lakkotrypis')).toMatchObject({ code: 'GRCGOV' });
    doc = codeText('The talks were attended by Greek prime minister Kyriakos Mitsotakis and Cypriot energy minister Georgios Lakkotrypis, and by Israeli officials.', '2020-01-10');
    expect(actorOf(doc, 'Georgios Lakkotrypis')).toMatchObject({ code: 'CYPGOV' });
  });

  it('takes a description after "as", or after "for" with no article, for the office, not one who holds it', () => {
    const doc = codeText('Boris Johnson was foreign secretary. Jeremy Hunt succeeded him as foreign secretary, and Hunt then ran for prime minister. Voters backed the foreign secretary.', '2019-07-23');
    const offices = doc.mentions.filter((m) => m.type === 'ROLE' && !m.role);
    expect(offices.map((m) => [m.text, m.actorId])).toEqual([
      ['foreign secretary', expect.anything()],
      ['foreign secretary', null],
      ['prime minister', null],
      ['the foreign secretary', expect.stringMatching(/./)],
    ]);
  });

  it('codes a name the knowledge base does not know that is an agent phrase as that agent of the article\'s country', () => {
    const doc = codeText('Americans voted in Texas. The House of Representatives passed the bill, and the Department of Justice said the United States would appeal. Washington, the U.S. capital, braced.', '2020-03-01');
    expect(actorOf(doc, 'House of Representatives')).toMatchObject({ code: 'USALEG' });
    expect(actorOf(doc, 'Department of Justice')).toMatchObject({ code: 'USAGOV' });
    const bla = codeText('The BLA claimed the attack on the train in Balochistan.', '2025-03-12');
    expect(actorOf(bla, 'BLA')).toMatchObject({ code: 'PAKREB' });
  });

  it('peels a role of three words that ends with a title ("House Minority Leader", "National Security Advisor")', () => {
    const doc = codeText('House Minority Leader Hakeem Jeffries met National Security Advisor Jake Sullivan in Washington.', '2024-03-01');
    expect(mention(doc, 'Hakeem Jeffries')).toMatchObject({ type: 'PER', role: 'House Minority Leader' });
    expect(mention(doc, 'Jake Sullivan')).toMatchObject({ type: 'PER', role: 'National Security Advisor' });
    expect(actorOf(doc, 'Jake Sullivan')).toMatchObject({ code: 'USAGOV' });
  });

  it('refers "they" to a group named in its sentence or the one before, not further back', () => {
    const near = codeText('Protesters marched through Minsk on Monday. They returned on Tuesday.', '2020-08-20');
    expect(near.mentions.find((m) => m.text === 'They')?.actorId).toBe(mention(near, 'Protesters')?.actorId);
    const far = codeText('Protesters marched through Minsk on Monday. The weather was cold. Many shops closed early. They returned on Tuesday.', '2020-08-20');
    expect(far.mentions.find((m) => m.text === 'They')).toBeUndefined();
  });

  it('gives "the state of X" the country of the region X, over towns and countries of that name; "Indian" of US natives is no India', () => {
    const doc = codeText('A woman sued the state of Montana. The state of Georgia appealed.', '2025-03-14');
    expect(doc.mentions.filter((m) => m.text.toLowerCase() === 'the state').map((m) => doc.actors.find((a) => a.id === m.actorId)?.code)).toEqual(['USAGOV', 'USAGOV']);
    const tribes = codeText('Leaders of American Indian tribes met in Indian Country. Lawyers for the tribes appealed.', '2025-03-14');
    expect(tribes.actors.some((a) => a.code?.startsWith('IND'))).toBe(false);
    expect(actorOf(codeText('Leaders of the Indian community in Durban met.', '2025-03-14'), 'the Indian community')?.code).toBe('INDCVL');
  });

  it('reads a country\'s name that another country\'s region bears as that region in a story on the other country', () => {
    const actor = (text: string, name: string) => {
      const doc = codeText(text, '2020-11-05');
      return doc.mentions.filter((m) => m.text === name).map((m) => m.actorId ?? null);
    };
    expect(actor('Trump won Georgia and Pennsylvania in the U.S. election. Senator David Perdue of Georgia said the U.S. vote was fair.', 'Georgia')).toEqual([null, null]);
    // Not where the story names the country otherwise, nor beside another country, nor a territory (Hong Kong).
    expect(actor("Georgian police detained protesters in Tbilisi. Georgia's president condemned the violence.", 'Georgia')).toEqual(['geo']);
    expect(actor("Nigeria and Niger signed a border deal. Nigeria's president said Nigeria would help.", 'Niger')).toEqual(['ner']);
    expect(actor('China tightened its grip on Hong Kong. Chinese officials said Beijing would act.', 'Hong Kong')).toEqual(['hkg']);
    // Nor in a story on the country Georgia that names the US and its capital but none of its states.
    expect(actor('Georgia protested to Russia. The U.S. and the EU said Georgia should hold new elections. US officials in Washington backed Georgia.', 'Georgia')).toEqual(['geo', 'geo', 'geo']);
  });

  it('reads a capital after "with", "against", "by" or "between" as its government, and not as a town in a list', () => {
    const doc = codeText('Japan wants to maintain relations with Beijing. The group was sanctioned by Beijing. The rivalry between Tokyo and Beijing grew. Putin made a trip to Beijing.', '2025-03-14');
    const codes = doc.mentions.filter((m) => m.type === 'GPE').map((m) => [m.text, doc.actors.find((a) => a.id === m.actorId)?.code ?? null]);
    expect(codes).toEqual([
      ['Japan', 'JPN'],
      ['Beijing', 'CHNGOV'],
      ['Beijing', 'CHNGOV'],
      ['Tokyo', 'JPNGOV'],
      ['Beijing', 'CHNGOV'],
      ['Beijing', null],
    ]);
    const towns = codeText('The towns damaged were Carrascal, Cantilan, Madrid and Carmen.', '2025-03-14');
    expect(towns.mentions.find((m) => m.text === 'Madrid')?.actorId ?? null).toBeNull();
    // Places that the words around make no party: an attack, flights, a visit to the second of two capitals.
    const places = codeText('Russia launched a missile attack against Kyiv. Flights between Beijing and Shanghai resumed. Macron visited Berlin and London.', '2025-03-14');
    expect(places.actors.map((a) => a.code)).not.toEqual(expect.arrayContaining(['UKRGOV']));
    expect(places.actors.map((a) => a.code)).not.toEqual(expect.arrayContaining(['CHNGOV']));
    expect(places.actors.map((a) => a.code)).not.toEqual(expect.arrayContaining(['GBRGOV']));
  });

  it('codes the religious or ethnic identity that modifies an agent: a religion after it, an ethnic group before', () => {
    const doc = codeText('Sunni militants attacked Kurdish fighters. Islamist militants killed two Christian villagers, and a Native American woman sued.', '2025-03-14');
    expect(actorOf(doc, 'Sunni militants')?.code).toBe('REBMOSSUN');
    expect(actorOf(doc, 'Kurdish fighters')?.code).toBe('KURREB');
    expect(actorOf(doc, 'Islamist militants')?.code).toBe('REBMOSRAD');
    // Also where identity and noun make an agent word of the knowledge base ("Shiite militia").
    expect(actorOf(codeText('Shiite militias attacked a convoy.', '2025-03-14'), 'Shiite militias')?.code).toBe('REBMOSSHI');
    expect(actorOf(doc, 'two Christian villagers')?.code).toBe('CVLCHR');
    expect(actorOf(doc, 'a Native American woman')?.code).toMatch(/^NAI/);
    // Not a word of a name; a plural noun stays the group.
    expect(actorOf(codeText('Tamil Nadu police arrested 20 fishermen. Christian Aid workers delivered food.', '2025-03-14'), 'Christian Aid workers')?.code ?? '').not.toMatch(/CHR/);
    expect(mention(codeText('Turkey promised Kurds autonomy.', '2025-03-14'), 'Kurds')).toMatchObject({ actorId: expect.stringMatching(/KUR/) });
    // Two groups, not one: the identity tells them apart.
    expect(mention(doc, 'Sunni militants')!.chain).not.toBe(mention(doc, 'Kurdish fighters')!.chain);
  });

  it('reads a people named by a plural noun the sources do not list ("Kenyans", "Serbians") as the country', () => {
    const doc = codeText('Serbians protested for a fourth night in Belgrade, the Serbian capital. Police said they had arrested 71 people.', '2020-07-11');
    expect(mention(doc, 'Serbians')).toMatchObject({ type: 'NORP', actorId: 'srb' });
    expect(actorOf(doc, 'Police')?.code).toBe('SRBCOP');
    expect(mention(codeText('Kenyans voted on Tuesday.', '2022-08-09'), 'Kenyans')).toMatchObject({ type: 'NORP', actorId: 'ken' });
  });

  it('refers "they" to the plural subject of a clause it stands in, or to no one where no actor names that subject', () => {
    const they = (text: string, pronoun = 'they') => {
      const doc = codeText(text, '2025-03-14');
      return doc.actors.find((a) => a.id === doc.mentions.find((m) => m.text === pronoun)?.actorId)?.code ?? 'none';
    };
    // The subject of the verb the clause complements, its conjuncts, or the object a clause without a subject complements.
    expect(they('Thai police arrested the Uyghurs. Rights groups and opposition lawmakers say they take little comfort in the promise.')).toBe('NGO');
    expect(they('Thai police detained the Uyghurs. Officials urged protesters to end their sit-in.', 'their')).toBe('OPP');
    // Nobody an actor names: "rescuers", "people", Uyghurs the knowledge base does not know.
    expect(they('Police evacuated the building. Officials told state media that rescuers ended their work.', 'their')).toBe('none');
    expect(they('The army shelled the town. When people lack food, they leave.')).toBe('none');
    // Not a plural name, which names one body; nor an object's own clause's subject.
    expect(they('Chinese police detained the Uyghurs. The United Nations says their treatment may amount to genocide.', 'their')).not.toBe('IGOUNO');
    expect(they('Protesters said police beat them on Sunday.', 'them')).toBe('OPP');
    expect(they('Houthi rebels seized a ship. US officials said the rebels must release them.', 'them')).not.toBe('USAGOV');
  });

  it('codes members named of or from a group or international body as that body ("Top diplomats from the Group of Seven")', () => {
    const doc = codeText('Top diplomats from the Group of Seven urged Russia to accept a ceasefire. Fighters of Hamas attacked soldiers. Officials of the central bank met bankers. The report used intelligence from U.N. member states.', '2025-03-14');
    expect(actorOf(doc, 'Top diplomats')?.code).toBe('IGOGOS');
    expect(actorOf(doc, 'Fighters')?.id).toBe('hamas');
    expect(actorOf(doc, 'Officials')?.code).not.toMatch(/^IGO/);
    expect(actorOf(doc, 'intelligence')?.id ?? null).not.toBe('united-nations');
  });

  it('codes generic actors from their words: the Iraqi Parliament, US-led forces, police', () => {
    const doc = annotate(['The/DET Iraqi/ADJ Parliament/PROPN/nsubj asked/VERB US-led/ADJ forces/NOUN and/CCONJ police/NOUN to/ADP leave/VERB .']);
    expect(actorOf(doc, 'The Iraqi Parliament')).toMatchObject({ code: 'IRQLEG', country: 'IRQ', agent: 'LEG' });
    expect(actorOf(doc, 'US-led forces')).toMatchObject({ code: 'USAMIL', agent: 'MIL' });
    expect(actorOf(doc, 'police')).toMatchObject({ code: 'COP', agent: 'COP' });
  });

  it('gives a generic actor the country of a town or region named after "of" or "in" that is one country\'s alone', () => {
    const doc = codeText('Police in Mogadishu arrested two men. The mayor of Kyiv met the government of Quebec.');
    expect(actorOf(doc, 'Police')).toMatchObject({ code: 'SOMCOP' });
    expect(mention(doc, 'The mayor')?.actorId).toBe('code:UKRGOV');
    expect(actorOf(doc, 'the government')).toMatchObject({ code: 'CANGOV' });
    // Not a town whose name other countries' towns bear, nor a place name that only begins the object of "of".
    const other = codeText('Officials of Madrid criticised residents of the Village de Dieu slum and the people of Pacific island nations.');
    for (const text of ['Officials', 'residents', 'the people']) expect(actorOf(other, text)).toMatchObject({ country: null });
    // Nor a name the recogniser took for no place, a month, or a small town abroad named as a city is in English.
    const none = codeText('Officials of the EU met. The government of Obama spoke. Police in March arrested two men. Protesters in Geneva marched.');
    // ("Officials of the EU" are the EU's, as members of a body named after them are.)
    expect(actorOf(none, 'Officials')?.code).toMatch(/^IGOEU/);
    expect(none.actors.filter((a) => a.id.startsWith('code:')).map((a) => a.code)).toEqual(['USAGOV', 'COP', 'OPP']);
  });

  it('takes a country joined by a hyphen only where it leads, backs or bases the group, and a leading group\'s country', () => {
    const doc = codeText('Spanish-language TV criticized the mayor. Iranian-backed militias attacked a base. Hamas-led militants killed 1,400 people.', '2023-11-09');
    expect(actorOf(doc, 'Spanish-language TV')?.code).toBe('MED');
    expect(actorOf(doc, 'Iranian-backed militias')?.country).toBe('IRN');
    expect(actorOf(doc, 'led militants')?.code).toBe('PSEREB');
    const joined = annotate(['US-aligned/ADJ governments/NOUN and/CCONJ US-led/ADJ forces/NOUN met/VERB .']);
    expect(actorOf(joined, 'US-aligned governments')?.code).toBe('GOV');
    expect(actorOf(joined, 'US-led forces')?.code).toBe('USAMIL');
  });

  it('reads a surname alone as the person named most, of equals the first named, not a relative named once since', () => {
    const doc = codeText('English drummer Ginger Baker died on Sunday. The news was confirmed by his daughter Nettie Baker. Baker was hospitalised in September. Ginger Baker was born Peter Edward Baker in London.');
    const ginger = mention(doc, 'Ginger Baker')?.actorId;
    expect(doc.mentions.filter((m) => m.text === 'Baker').map((m) => m.actorId)).toEqual([ginger]);
    const cummings = codeText('Representative Elijah Cummings died on Thursday. Elijah Eugene Cummings was born in Baltimore. His parents, Robert Cummings and Ruth Elma Cummings, were sharecroppers. Cummings became a lawyer.');
    const elijah = mention(cummings, 'Elijah Cummings')?.actorId;
    expect(mention(cummings, 'Elijah Eugene Cummings')?.actorId).toBe(elijah);
    expect(cummings.mentions.filter((m) => m.text === 'Cummings').map((m) => m.actorId)).toEqual([elijah]);
  });

  it('gives a definite description the country the same noun had just before: "A Russian former spy … the former spy"', () => {
    const doc = codeText('A Russian former spy has gone on hunger strike in London. British officials met him on Monday. The former spy said he would continue.');
    expect(actorOf(doc, 'The former spy')?.code).toBe('RUSSPY');
    const two = codeText('The Thai and Chinese governments said nothing about the eight men. The two governments ignored requests for comment.');
    expect(actorOf(two, 'The two governments')?.country ?? null).not.toBe('CHN');
  });

  it('takes a name of the knowledge base whole where the recogniser found part of it, and matches names as they are written', () => {
    const doc = codeText("The People's Republic of China rejected the claim. Hong Kong saw the People's Liberation Army deploy.");
    expect(actorOf(doc, "People's Republic of China")?.id).toBe('chn');
    expect(doc.actors.map((a) => a.id)).not.toContain('twn');
    expect(actorOf(doc, "People's Liberation Army")?.id).toBe('peoples-liberation-army');
    const air = codeText('Iran air strikes hit targets in Iraq on Monday.');
    expect(air.actors.map((a) => a.id)).not.toContain('iran-air');
  });

  it('reads a capital that another country\'s region or bigger town also names as no country alone: "Victoria" in Australia', () => {
    const doc = codeText("Victoria's premier announced a lockdown in Melbourne on Monday. The Victoria Election Authority delayed the vote.");
    expect(doc.actors.map((a) => a.id)).not.toContain('code:SYCGOV');
    expect(doc.actors.map((a) => a.country)).not.toContain('SYC');
    // London is far bigger than London, Ontario: still Britain's.
    expect(actorOf(codeText('London rejected the proposal on Monday.'), 'London')?.code).toBe('GBRGOV');
  });

  it('reads "the company" as the company named last as a subject, when the knowledge base knows it', () => {
    const meta = codeText('Meta will charge users in Europe. The company said the fee was fair.', '2023-11-01');
    expect(actorOf(meta, 'Meta')?.code).toBe('MNCUSA');
    expect(actorOf(meta, 'The company')?.id).toBe('meta-platforms');
    const unknown = codeText('Acme Widget Holdings announced the cuts via Twitter. The company apologized for the outage.', '2023-11-01');
    expect(actorOf(unknown, 'The company')?.id).not.toBe('twitter');
    // The subject may be a name of several words the parser coordinates inside ("Pacific Gas and Electric announced").
    const pge = codeText('Pacific Gas and Electric announced the cuts via Twitter. The company apologized for the outage.', '2023-11-01');
    expect(actorOf(pge, 'The company')?.id).toBe('pacific-gas-and-electric');
    const idiom = codeText('Twitter suspended the account. He was seen in the company of an actress.', '2023-11-01');
    expect(actorOf(idiom, 'the company')?.id).not.toBe('twitter');
  });

  it('resolves a name the knowledge base does not know, headed by an agent word, as a description with its country', () => {
    const doc = codeText('Washington lawmakers met on Monday. The Supreme Court blocked the order, and the U.S. Air Force said it would comply.');
    expect(actorOf(doc, 'The Supreme Court')?.code).toBe('USAJUD');
    expect(actorOf(doc, 'the U.S. Air Force')?.code).toBe('USAMIL');
    expect(actorOf(codeText('The U.S. Electoral College voted on Monday.'), 'The U.S. Electoral College')?.code).toBe('USAGOV');
    // "The Valley" is Anguilla's capital, but no valley is Anguilla.
    const thames = codeText('Thames Valley Police said three people were killed in Reading.');
    expect(thames.mentions.map((m) => m.actorId)).not.toContain('code:AIACOP');
    expect(thames.mentions.some((m) => m.text === 'Valley')).toBe(false);
    // A name of its own after "of" stays a name, and its head is no role: "Ministry" of "Ministry of Antiquities of Tuvalu Atolls".
    const named = codeText('The Ministry of Antiquities of Tuvalu Atolls said the site was closed.');
    expect(named.mentions.filter((m) => m.type === 'ROLE').map((m) => m.text)).toEqual([]);
  });

  it('reads a thing, place or idea named with an agent word as no actor: "the medicine cabinet", "the tennis court", "the welfare state"', () => {
    const doc = annotate(['They/PRON raided/VERB the/DET medicine/NOUN cabinet/NOUN and/CCONJ the/DET war/NOUN cabinet/NOUN met/VERB at/ADP the/DET tennis/NOUN court/NOUN .']);
    expect(mention(doc, 'the medicine cabinet')).toBeUndefined();
    expect(mention(doc, 'the tennis court')).toBeUndefined();
    expect(actorOf(doc, 'the war cabinet')?.code).toBe('GOV');
    const state = codeText('She argued against the welfare state on a trip to the swing state of Wisconsin. The state of Texas sued.', '2020-10-29');
    expect(state.mentions.filter((m) => /state/i.test(m.text)).map((m) => m.text)).toEqual(['The state']);
  });

  it('reads "he" as the agent of the passive before it, as it reads a subject', () => {
    const doc = codeText('President Emmanuel Macron was in Paris on Friday. Macron attended a show. His presence was flagged on Twitter by journalist and activist Taha Bouhafs. He was later detained by police.', '2020-01-18');
    expect(doc.mentions.find((m) => m.text === 'He')?.actorId).toBe(mention(doc, 'Taha Bouhafs')?.actorId);
  });

  it('reads a captain in lower case as a team\'s, a captain by title or after a military word as an officer', () => {
    const doc = codeText('England captain Lawrence Dallaglio toured South Africa. Army captain John Smith visited Iraq.', '2005-03-01');
    expect(actorOf(doc, 'Lawrence Dallaglio')?.agent).toBeNull();
    expect(actorOf(doc, 'John Smith')?.agent).toBe('MIL');
  });

  it('knows companies by the short names news uses, not common words written alike', () => {
    const doc = codeText('Brazil accused Shell of polluting rivers. Intel opened a plant in Israel. Fishermen found a shell on the beach.', '2023-01-01');
    expect(actorOf(doc, 'Shell')?.id).toBe('royal-dutch-shell');
    expect(actorOf(doc, 'Intel')?.id).toBe('intel-corporation');
    expect(doc.mentions.filter((m) => m.actorId === 'royal-dutch-shell')).toHaveLength(1);
  });

  it('codes religious and ethnic groups with the CAMEO identity codes, the country first: Sunnis, Iraqi Kurds', () => {
    const doc = annotate(['Sunnis/PROPN/nsubj and/CCONJ Iraqi/ADJ Kurds/PROPN protested/VERB , and/CCONJ Islamic/ADJ fundamentalists/NOUN joined/VERB .']);
    expect(actorOf(doc, 'Sunnis')).toMatchObject({ code: 'MOSSUN', agent: null });
    expect(actorOf(doc, 'Iraqi Kurds')).toMatchObject({ code: 'IRQKUR', country: 'IRQ' });
    expect(actorOf(doc, 'Islamic fundamentalists')?.code).toMatch(/MOSRAD$/);
    // A nationality word that is part of a people's name makes none of that nation: "Native Americans".
    const native = codeText('Native Americans protested in Helena, and Native American groups sued.', '2020-03-12');
    expect(actorOf(native, 'Native Americans')?.code).toBe('NAI');
    expect(native.actors.map((a) => a.country)).not.toContain('USA');
  });

  it('takes a role in apposition after a name: "Ali Rahimi, the Iranian foreign ministry spokesman,"', () => {
    const doc = annotate(['Ali/PROPN Rahimi/PROPN ,/PUNCT the/DET Iranian/ADJ foreign/ADJ ministry/NOUN spokesman/NOUN ,/PUNCT condemned/VERB the/DET attack/NOUN .']);
    expect(mention(doc, 'Ali Rahimi')).toMatchObject({ type: 'PER', role: 'the Iranian foreign ministry spokesman' });
    expect(actorOf(doc, 'Ali Rahimi')).toMatchObject({ country: 'IRN', code: 'IRNGOV' });
    const clause = annotate(['Ali/PROPN Rahimi/PROPN ,/PUNCT who/PRON met/VERB the/DET spokesman/NOUN ,/PUNCT left/VERB .']);
    expect(mention(clause, 'Ali Rahimi')?.role ?? null).toBeNull();
  });

  it('takes the country of an organisation named in the apposition: "a spokesman for the State Department"', () => {
    const doc = annotate(['Ned/PROPN Price/PROPN ,/PUNCT a/DET spokesman/NOUN for/ADP the/DET State/PROPN Department/PROPN ,/PUNCT criticized/VERB Russia/PROPN .']);
    expect(actorOf(doc, 'Ned Price')).toMatchObject({ country: 'USA', code: 'USAGOV' });
    expect(actorOf(doc, 'State Department')).toMatchObject({ id: 'department-of-state', code: 'USAGOV' });
    // The apposition makes a name of capitalised words the tagger took for a verb and a noun.
    const mistagged = annotate(['Ned/VERB Price/NOUN ,/PUNCT a/DET spokesman/NOUN for/ADP the/DET State/PROPN Department/PROPN ,/PUNCT criticized/VERB Russia/PROPN .']);
    expect(actorOf(mistagged, 'Ned Price')).toMatchObject({ country: 'USA', code: 'USAGOV' });
    const place = annotate(['Baghdad/PROPN ,/PUNCT the/DET Iraqi/ADJ capital/NOUN ,/PUNCT was/AUX quiet/ADJ .']);
    expect(mention(place, 'Baghdad')?.type).not.toBe('PER');
  });

  it('joins a name the tokenizer split at its hyphen when the knowledge base knows it whole: "Lai Ching-te"', () => {
    const text = 'Taiwan President Lai Ching-te spoke.';
    const doc = codeText(text);
    expect(mention(doc, 'Lai Ching-te')).toMatchObject({ type: 'PER', actorId: 'lai-ching-te' });
  });

  it('reads a role in apposition after a preposition as the role of the name after it, and no possessive mark as a title', () => {
    const doc = annotate(['According/VERB to/ADP the/DET El/PROPN Paso/PROPN mayor/NOUN ,/PUNCT Dee/PROPN Margo/PROPN ,/PUNCT police/NOUN were/AUX investigating/VERB .']);
    expect(mention(doc, 'Dee Margo')?.role).toBe('the El Paso mayor');
    const mexico = annotate(["Mexico/PROPN 's/PART Foreign/PROPN Secretary/PROPN Marcelo/PROPN Ebrard/PROPN spoke/VERB ."]);
    expect(mexico.mentions.filter((m) => m.type === 'ROLE').map((m) => m.text)).toEqual(['Foreign Secretary']);
  });

  it('reads an organisation of the knowledge base named right before a role as part of it: "MI6 chief", "Twitter CEO"', () => {
    const doc = annotate(['MI6/PROPN chief/NOUN Richard/PROPN Moore/PROPN said/VERB ,/PUNCT and/CCONJ Twitter/PROPN CEO/NOUN Jack/PROPN Dorsey/PROPN agreed/VERB .']);
    expect(actorOf(doc, 'Richard Moore')).toMatchObject({ country: 'GBR', code: 'GBRSPY' });
    expect(actorOf(doc, 'Jack Dorsey')).toMatchObject({ country: 'USA', agent: 'MNC' });
  });

  it('makes no role mention of a qualifier cut off from its office by a nationality: "former Syrian president"', () => {
    const doc = annotate(['Forces/NOUN loyal/ADJ to/ADP former/ADJ Syrian/ADJ president/NOUN Bashar/PROPN al-Assad/PROPN fled/VERB .']);
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(expect.arrayContaining(['NORP Syrian', 'ROLE president', 'PER Bashar al-Assad']));
    expect(doc.mentions.map((m) => m.text)).not.toContain('former');
  });

  it('bounds a generic actor by its phrase in the parse: no adverb, time or quantifier word of the clause around it', () => {
    const text = 'Late on Sunday the police arrested 20 protesters in Kabul. At least 25 people died, and then villagers fled.';
    const doc = codeText(text);
    const texts = doc.mentions.map((m) => m.text);
    expect(texts).toEqual(expect.arrayContaining(['the police', '20 protesters', '25 people', 'villagers']));
    const us = codeText('United States military forces arrived on Thursday.');
    expect(us.mentions.find((m) => m.text === 'United States military forces')?.actorId).toBe('code:USAMIL');
    const times = codeText('Talks ended at 5 p.m. and resume at 9 pm. The PM was hopeful.');
    expect(times.mentions.map((m) => m.text)).toEqual(['The PM']);
  });

  it('takes no role from a title that is a possessor, and reads titles with their preposition and organisations inside a role', () => {
    const son = annotate(["The/DET Iranian/ADJ president/NOUN 's/PART son/NOUN ,/PUNCT Mehdi/PROPN Rafsanjani/PROPN ,/PUNCT criticized/VERB Iraq/PROPN ."]);
    expect(actorOf(son, 'Mehdi Rafsanjani')?.code ?? '').not.toBe('IRNGOV');
    const bbc = annotate(['BBC/PROPN Director/PROPN General/PROPN Tim/PROPN Davie/PROPN visited/VERB Kenya/PROPN .']);
    expect(actorOf(bbc, 'Tim Davie')).toMatchObject({ country: 'GBR', code: 'GBRMED' });
    const sudan = annotate(["South/PROPN Sudan/PROPN 's/PART ambassador/NOUN to/ADP Kenya/PROPN ,/PUNCT John/PROPN Garang/PROPN ,/PUNCT accused/VERB Uganda/PROPN ."]);
    expect(actorOf(sudan, 'John Garang')?.code).toBe('SSDGOV');
  });

  it('reads the agent from the head of the role: a deputy foreign minister is GOV, not a deputy (COP)', () => {
    const doc = annotate(['Iranian/ADJ Deputy/PROPN Foreign/PROPN Minister/PROPN Kazem/PROPN Gharibabadi/PROPN met/VERB British/ADJ Deputy/PROPN U.N./PROPN Ambassador/PROPN James/PROPN Kariuki/PROPN .']);
    expect(actorOf(doc, 'Kazem Gharibabadi')?.code).toBe('IRNGOV');
    expect(actorOf(doc, 'James Kariuki')?.code).toBe('GBRGOV');
  });

  it('reads the members a named organisation gives right before them as that organisation: "Hamas militants", "NATO troops"', () => {
    const doc = annotate(['Hamas/PROPN militants/NOUN fired/VERB rockets/NOUN at/ADP NATO/PROPN troops/NOUN and/CCONJ Israeli/ADJ soldiers/NOUN .']);
    expect(actorOf(doc, 'militants')?.id).toBe(actorOf(doc, 'Hamas')!.id);
    expect(actorOf(doc, 'troops')?.id).toBe(actorOf(doc, 'NATO')!.id);
    expect(actorOf(doc, 'Israeli soldiers')?.code).toBe('ISRMIL');
  });

  it('heads no generic actor with a word of a place\'s name: "the United States" is one GPE mention', () => {
    const doc = annotate(['The/DET United/PROPN States/PROPN signed/VERB a/DET deal/NOUN ./PUNCT']);
    expect(doc.mentions.map((m) => `${m.text}/${m.type}`)).toEqual(['United States/GPE']);
  });

  it('does not take a comma and the words before it into a generic actor: "an end to the agitation, authorities said"', () => {
    const doc = annotate(['They/PRON called/VERB for/ADP an/DET end/NOUN to/ADP anti-government/ADJ agitation/NOUN ,/PUNCT authorities/NOUN said/VERB .']);
    expect(doc.mentions.map((m) => m.text)).toContain('authorities');
    expect(doc.mentions.filter((m) => m.text.includes(','))).toEqual([]);
  });

  it('codes activists and an opposition leader as the opposition, not as civilians (NGEC writes them CVLOPP)', () => {
    const doc = annotate(['Zambian/ADJ activists/NOUN and/CCONJ the/DET opposition/NOUN leader/NOUN met/VERB police/NOUN .']);
    expect(actorOf(doc, 'Zambian activists')?.code).toBe('ZMBOPP');
    expect(actorOf(doc, 'the opposition leader')?.agent).toBe('OPP');
  });

  it('takes a role in apposition that opens the sentence before the name, with a comma after it', () => {
    const doc = annotate(['A/DET spokeswoman/NOUN for/ADP the/DET Kremlin/PROPN ,/PUNCT Maria/PROPN Ivanova/PROPN ,/PUNCT accused/VERB Ukraine/PROPN .']);
    expect(mention(doc, 'Maria Ivanova')).toMatchObject({ type: 'PER', role: 'A spokeswoman for the Kremlin' });
    expect(actorOf(doc, 'Maria Ivanova')).toMatchObject({ country: 'RUS', code: 'RUSGOV' });
    const possessive = annotate(["Somalia/PROPN 's/PART ambassador/NOUN to/ADP Kenya/PROPN ,/PUNCT Mohamud/PROPN Ahmed/PROPN Nur/PROPN ,/PUNCT accuses/VERB Kenya/PROPN ."]);
    expect(actorOf(possessive, 'Mohamud Ahmed Nur')).toMatchObject({ country: 'SOM', code: 'SOMGOV' });
    // Not a clause before the name, nor a phrase that no comma after the name closes.
    const clause = annotate(['The/DET minister/NOUN left/VERB ,/PUNCT Maria/PROPN Ivanova/PROPN ,/PUNCT stayed/VERB .']);
    expect(mention(clause, 'Maria Ivanova')?.role ?? null).toBeNull();
    const open = annotate(['A/DET spokeswoman/NOUN ,/PUNCT Maria/PROPN Ivanova/PROPN left/VERB .']);
    expect(mention(open, 'Maria Ivanova')?.role ?? null).toBeNull();
  });

  it('codes journalists as media (MED) and doctors as health (HLH), CAMEO\'s names for what NGEC calls JRN and MED', () => {
    const doc = annotate(['Police/NOUN arrested/VERB journalists/NOUN and/CCONJ doctors/NOUN .']);
    expect(actorOf(doc, 'journalists')?.agent).toBe('MED');
    expect(actorOf(doc, 'doctors')?.agent).toBe('HLH');
  });

  it('codes the crew of a tank or a gun as the military, as its nation\'s: "an Israeli tank crew"', () => {
    const doc = annotate(['An/DET Israeli/ADJ tank/NOUN crew/NOUN killed/VERB a/DET reporter/NOUN ./PUNCT']);
    expect(actorOf(doc, 'An Israeli tank crew')?.code).toBe('ISRMIL');
  });

  it('reads a title joined by a hyphen whole: a director-general or secretary-general is no general', () => {
    const doc = annotate(['The/DET Chinese/ADJ director/NOUN -/PUNCT general/NOUN met/VERB the/DET party/NOUN secretary/NOUN -/PUNCT general/NOUN ./PUNCT']);
    expect(actorOf(doc, 'The Chinese director - general')?.code).toBe('CHNGOV');
  });

  it('takes the country after "in" for agents at home there, not for troops or refugees: "police in Kenya"', () => {
    const doc = annotate(['Police/NOUN in/ADP Kenya/PROPN and/CCONJ troops/NOUN in/ADP Iraq/PROPN met/VERB refugees/NOUN in/ADP Uganda/PROPN .']);
    expect(actorOf(doc, 'Police')?.code).toBe('KENCOP');
    expect(actorOf(doc, 'troops')?.code).toBe('MIL');
    expect(actorOf(doc, 'refugees')?.code).toBe('REF');
  });

  it('takes the country named after "of" for a generic actor, by its name only: "the government of Liberia"', () => {
    const doc = annotate(['The/DET government/NOUN of/ADP Liberia/PROPN and/CCONJ the/DET army/NOUN of/ADP fans/NOUN met/VERB the/DET mayor/NOUN of/ADP Paris/PROPN .']);
    expect(actorOf(doc, 'The government')).toMatchObject({ code: 'LBRGOV', country: 'LBR' });
    expect(actorOf(doc, 'the army')).toMatchObject({ code: 'MIL' });
    expect(actorOf(doc, 'the mayor')?.country ?? null).toBeNull();
  });

  it('takes the country after "for" for those who plead for it, not for envoys sent to it: "lawyers for Israel"', () => {
    const doc = annotate(['Lawyers/NOUN for/ADP Israel/PROPN met/VERB an/DET envoy/NOUN for/ADP Syria/PROPN .']);
    expect(actorOf(doc, 'Lawyers')?.country).toBe('ISR');
    expect(actorOf(doc, 'an envoy')?.country ?? null).toBeNull();
  });

  it('takes a country\'s possessive for the nationality of a generic actor: "Sudan\'s government"', () => {
    const doc = annotate(["Sudan/PROPN 's/PART government/NOUN denied/VERB the/DET report/NOUN ."]);
    expect(actorOf(doc, "Sudan 's government")).toMatchObject({ code: 'SDNGOV', country: 'SDN' });
    const twoWords = annotate(["France/PROPN destroyed/VERB Ivory/PROPN Coast/PROPN 's/PART air/NOUN force/NOUN ."]);
    expect(actorOf(twoWords, "Ivory Coast 's air force")).toMatchObject({ code: 'CIVMIL', country: 'CIV' });
  });

  it('gives a person the knowledge base does not know the country and office of the role before the name', () => {
    const doc = annotate(["China/PROPN 's/PART U.N./PROPN Ambassador/PROPN Fu/PROPN Cong/PROPN blamed/VERB the/DET Trump/PROPN administration/NOUN ."]);
    expect(actorOf(doc, 'Fu Cong')).toMatchObject({ country: 'CHN', agent: 'GOV' });
    expect(actorOf(doc, 'administration')).toMatchObject({ code: 'USAGOV' });
    const envoy = annotate(['Special/ADJ rapporteur/NOUN Richard/PROPN Bennett/PROPN met/VERB UN/PROPN Secretary/PROPN -/PUNCT General/PROPN Antonio/PROPN Guterres/PROPN .']);
    expect(mention(envoy, 'Richard Bennett')?.role).toBe('Special rapporteur');
    expect(mention(envoy, 'Antonio Guterres')?.role).toBe('UN Secretary - General');
  });

  it('resolves a state of the past that the knowledge base has, though it is no ISO country', () => {
    const doc = annotate(['Yugoslavia/PROPN/nsubj and/CCONJ East/PROPN Germany/PROPN signed/VERB a/DET treaty/NOUN .'], '1985-06-01T00:00:00Z');
    expect(actorOf(doc, 'Yugoslavia')).toMatchObject({ code: 'YUG' });
    expect(actorOf(doc, 'East Germany')).toMatchObject({ code: 'DDR' });
  });

  it('takes a capital that acts for the government, and leaves a capital that is only a place', () => {
    const doc = annotate(['Rouhani/PROPN/nsubj spoke/VERB in/ADP Tehran/PROPN/obl .', 'Baghdad/PROPN/nsubj opposes/VERB the/DET plan/NOUN .']);
    expect(mention(doc, 'Tehran')).toMatchObject({ type: 'GPE', actorId: null });
    expect(actorOf(doc, 'Baghdad')).toMatchObject({ country: 'IRQ', agent: 'GOV', code: 'IRQGOV' });
  });

  it('takes a country name that the recogniser calls an organisation for the country: "The United States"', () => {
    const doc = annotate(['The/DET United/PROPN States/PROPN/nsubj and/CCONJ others/NOUN have/AUX accused/VERB Beijing/PROPN/obj of/ADP genocide/NOUN ./PUNCT']);
    expect(actorOf(doc, 'The United States') ?? actorOf(doc, 'United States')).toMatchObject({ type: 'country', code: 'USA' });
  });

  it('takes "the Arab country" for the country named last before its sentence, and finds a missed organisation by its full name', () => {
    const doc = annotate(['Rouhani/PROPN/nsubj said/VERB Iran/PROPN supports/VERB Iraq/PROPN/obj .', 'He/PRON/nsubj praised/VERB Iran/PROPN/obj for/ADP help/NOUN to/ADP the/DET Arab/ADJ country/NOUN against/ADP the/DET Islamic/ADJ State/PROPN group/NOUN .']);
    expect(actorOf(doc, 'the Arab country')?.id).toBe('irq');
    expect(actorOf(doc, 'Islamic State group')?.id).toBe('islamic-state');
  });

  it('gives coordinated heads their shared nationality: "the Iraqi nation and government"', () => {
    const doc = annotate(['He/PRON said/VERB the/DET Iraqi/ADJ nation/NOUN and/CCONJ government/NOUN are/AUX grateful/ADJ .']);
    expect(actorOf(doc, 'government')).toMatchObject({ code: 'IRQGOV', country: 'IRQ' });
  });

  it('settles an ambiguous surname by the countries the article is about', () => {
    const doc = annotate(['Iraqi/ADJ officials/NOUN in/ADP Baghdad/PROPN said/VERB Hussein/PROPN/nsubj would/AUX travel/VERB to/ADP Iraq/PROPN .']);
    expect(actorOf(doc, 'Hussein')?.id).toBe('fuad-hussein');
  });

  it('keeps real roles before a name, and an occupation before a full name is a role', () => {
    const doc = annotate([
      'President/PROPN Joe/PROPN Biden/PROPN/nsubj spoke/VERB .',
      'Police/PROPN Chief/PROPN John/PROPN Smith/PROPN/nsubj spoke/VERB .',
      'Farmer/PROPN Mary/PROPN Jones/PROPN/nsubj spoke/VERB .',
    ], '2021-06-01T00:00:00Z');
    const mention = (text: string) => doc.mentions.find((m) => m.text === text && m.type === 'PER');
    expect(mention('Joe Biden')).toMatchObject({ role: 'President', actorId: 'joe-biden' });
    expect(mention('John Smith')).toMatchObject({ role: 'Police Chief' });
    expect(mention('Mary Jones')).toMatchObject({ role: 'Farmer' });
    expect(doc.actors.find((a) => a.id === mention('Mary Jones')!.actorId)).toMatchObject({ agent: 'AGR' });
  });

  it('takes a surname alone that several people of the article bear for the one the knowledge base knows', () => {
    // News names a public figure's relative in full, and the figure by surname.
    const doc = annotate(
      ['Joe/PROPN Biden/PROPN/nsubj spoke/VERB .', 'His/PRON son/NOUN Hunter/PROPN Biden/PROPN/nsubj spoke/VERB .', 'Biden/PROPN/nsubj defended/VERB his/PRON son/NOUN .'],
      '2020-10-20T00:00:00Z',
    );
    expect(doc.mentions.filter((m) => m.type === 'PER' && /Biden/.test(m.text)).map((m) => [m.text, m.actorId])).toEqual([
      ['Joe Biden', 'joe-biden'],
      ['Hunter Biden', 'person:hunter-biden'],
      ['Biden', 'joe-biden'],
    ]);
  });

  it('takes a description in apposition to a name for that person, its words for the role and its possessor for the body served', () => {
    const doc = codeText(
      "Kenya refused to attend a hearing of the International Court of Justice. The court's president, Judge Joan Donoghue, rejected Kenya's request. The court regrets the decision, she said. The White House said U.S. President Donald Trump's special envoy, Steve Witkoff, spoke with Russian President Vladimir Putin.",
      '2021-03-15',
    );
    const donoghue = mention(doc, 'Joan Donoghue')!;
    expect(mention(doc, 'president')).toMatchObject({ actorId: donoghue.actorId, chain: donoghue.chain, role: "The court's president" });
    // "The court" is the International Court of Justice named before, so its president serves the ICJ.
    expect(doc.mentions.filter((m) => /^the court$/i.test(m.text)).map((m) => m.actorId)).toEqual(['international-court-of-justice', 'international-court-of-justice']);
    expect(actorOf(doc, 'Joan Donoghue')).toMatchObject({ code: 'IGOUNOJUDICJ', country: null });
    expect(mention(doc, 'special envoy')?.actorId).toBe(mention(doc, 'Steve Witkoff')?.actorId);
    expect(actorOf(doc, 'Steve Witkoff')).toMatchObject({ code: 'USAGOV' });
    expect(doc.events.map((e) => [e.source.code, e.cameo, e.target.code])).toContainEqual(['IGOUNOJUDICJ', '120', 'KEN']);
    // One rejection, not one for the description and another for the name.
    expect(doc.events.filter((e) => e.cameo === '120')).toHaveLength(1);
  });

  it('codes an official of a body the knowledge base knows as that body', () => {
    const doc = codeText("The World Health Organization's emergencies chief, Mike Ryan, praised China.", '2020-03-01');
    expect(actorOf(doc, 'Mike Ryan')).toMatchObject({ code: 'IGOUNOHLHWHO' });
  });

  it('takes "the court" for no court named before when it is another ("the court of appeal"), nor "the army" for a rebel army', () => {
    const doc = codeText(
      'The International Court of Justice ruled on Monday. Later the court of appeal in Nairobi met. The Arakan Army attacked a village. The army said it repelled the attack.',
      '2021-03-15',
    );
    expect(doc.mentions.find((m) => m.text.startsWith('the court'))?.actorId).not.toBe('international-court-of-justice');
    expect(mention(doc, 'The army')?.actorId ?? null).not.toBe(mention(doc, 'Arakan Army')?.actorId ?? 'none');
  });

  it('takes no name in brackets after a title for the person it names ("Deputy Chief Minister (Dy CM)")', () => {
    const doc = codeText(
      "Goa's government announced three days of mourning for D'Souza.\n\nChief Minister Manohar Parrikar tweeted he was \"[e]xtremely pained to hear about the demise of my dear childhood friend, colleague and former Deputy Chief Minister (Dy CM) of Goa advocate Francis D'Souza.\"",
      '2019-02-14',
    );
    const dy = mention(doc, 'Dy')?.actorId;
    expect(doc.mentions.filter((m) => m.text !== 'Dy' && dy && m.actorId === dy)).toEqual([]);
  });

  it('takes "the president" for the president, not the vice president named after him, and "the vice president" for the vice president', () => {
    const doc = codeText(
      'President Donald Trump spoke on Friday. The Vice President, Mike Pence, said the country was in a crisis. Chuck Schumer said: "We made a plea to the president." Later the vice president spoke again.',
      '2019-01-12',
    );
    expect(mention(doc, 'the president')?.actorId).toBe('donald-trump');
    expect(mention(doc, 'the vice president')?.actorId).toBe('mike-pence');
  });

  it('takes a party post in a legislature for a role, not a person ("The Senate Minority Leader, Chuck Schumer"), and keeps an organisation before a title', () => {
    const doc = codeText('The Senate Minority Leader, Chuck Schumer, said the wall was immoral. Senate Majority Leader Mitch McConnell criticized China. NATO Secretary-General Jens Stoltenberg spoke.', '2019-01-12');
    expect(doc.mentions.filter((m) => m.type === 'PER').map((m) => m.text)).toEqual(['Chuck Schumer', 'Mitch McConnell', 'Jens Stoltenberg']);
    expect(mention(doc, 'Mitch McConnell')?.role).toBe('Senate Majority Leader');
    // The knowledge base has his dated leadership (USALEG).
    expect(actorOf(doc, 'Mitch McConnell')?.code).toBe('USALEG');
    expect(mention(doc, 'NATO')?.actorId).toBe('nato');
  });

  it('reads a title before the title it qualifies as one role, held only by one who holds it ("the Deputy Chief Minister")', () => {
    const doc = codeText(
      "Chief Minister Manohar Parrikar of Goa spoke. The deputy foreign minister met the Iranian ambassador. D'Souza worked with his government, being the Deputy Chief Minister. In a letter to The Hague-based International Court of Justice, Kenya cited the pandemic.",
      '2019-02-14',
    );
    expect(mention(doc, 'The deputy foreign minister')).toBeDefined();
    expect(doc.mentions.some((m) => /^the deputy$/i.test(m.text))).toBe(false);
    expect(mention(doc, 'the Deputy Chief Minister')?.actorId).not.toBe('manohar-parrikar');
    // An article alone is no name.
    expect(mention(doc, 'The')).toBeUndefined();
  });

  it('takes a known group named before a generic noun for the group ("Artsakh soldiers"), not the article\'s home country, but no party for a website', () => {
    const doc = codeText(
      'President Trump spoke in Ohio on Monday. American voters in the United States waited. Azerbaijan claimed to have killed about 2,300 Artsakh soldiers. Deaths rose in the United States, according to the Vox website.',
      '2020-10-05',
    );
    expect(mention(doc, 'Artsakh soldiers')?.actorId).toBe('republic-of-artsakh');
    expect(doc.events.map((e) => [e.source.code, e.target.code])).toContainEqual(['AZE', 'AZESEP']);
    expect(mention(doc, 'the Vox website')?.actorId).not.toBe('vox-esp');
  });

  it('gives "third states" and "neighbouring countries" no home country, as "foreign forces"', () => {
    const doc = codeText(
      'Turkey signed a maritime deal with Libya. Turkey said the deal was lawful. Turkey sent ships. The ministers said the deal infringes upon the rights of third states and worries neighbouring countries.',
      '2019-12-12',
    );
    expect(actorOf(doc, 'third states')).toMatchObject({ country: null });
    expect(actorOf(doc, 'neighbouring countries')?.country ?? null).toBeNull();
  });

  it('keeps the title printed with a name before a description in apposition that names no body', () => {
    const doc = codeText("Sanctions hurt Iran in 2019. The court's president, Judge Joan Donoghue, rejected the request by Iran.", '2021-03-15');
    expect(actorOf(doc, 'Joan Donoghue')?.agent).toBe('JUD');
  });

  it('takes "the president" for no vice president, and "the court" for no court named before a nearer unnamed one', () => {
    const pence = codeText('Vice President Mike Pence arrived in Iowa on Monday. The president criticised China over trade.', '2019-06-01');
    expect(mention(pence, 'The president')?.actorId).not.toBe('mike-pence');
    const courts = codeText(
      'The International Criminal Court issued an arrest warrant for Vladimir Putin in March. On Tuesday a Moscow court sentenced Alexei Navalny to nine years in prison. The court accused Navalny of fraud.',
      '2023-08-01',
    );
    expect(mention(courts, 'The court')?.actorId).not.toBe(mention(courts, 'International Criminal Court')?.actorId);
  });

  it('takes a description whose head title the person does not hold for that person only with more than the agent: "China\'s U.N. ambassador" is no president', () => {
    const doc = codeText('President Donald Trump spoke on Monday. China\'s U.N. ambassador told reporters that the issue was being dealt with in Vienna.', '2020-08-20');
    expect(doc.mentions.filter((m) => /ambassador/.test(m.text)).map((m) => m.actorId)).not.toContain('donald-trump');
  });

  it('reads a title and "of" a country right before a name as the role ("President of Ukraine Volodymyr Zelenskyy"), not across a comma', () => {
    const doc = codeText('Iran denied the accusation. President of Ukraine Volodymyr Zelenskyy said Iran must pay. The current president of Namibia, Hage Geingob, expressed his sadness.', '2020-01-12');
    expect(mention(doc, 'President')?.actorId).toBe(mention(doc, 'Volodymyr Zelenskyy')?.actorId);
    expect(mention(doc, 'Volodymyr Zelenskyy')?.role).toBe('President of Ukraine');
    expect(doc.mentions.some((m) => m.text === ',')).toBe(false);
  });
});
