import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../actors/kb/index.js';
import type { Doc } from '../model/index.js';
import { createPipeline } from '../pipeline/index.js';
import { loadEntityModels, type EntityModels } from './index.js';
import { annotateWords } from './test-doc.js';

// What must not be found or resolved.

let models: EntityModels;
beforeAll(() => {
  models = loadEntityModels(loadKnowledgeBase({ userDir: null }));
});

const annotate = (sentences: string[], published?: string): Doc => annotateWords(models, sentences, published);

describe('entities and actors: negative cases', () => {
  it('does not take a common word that is also a name for a person', () => {
    const doc = annotate(['Rouhani/PROPN/nsubj said/VERB talks/NOUN will/AUX resume/VERB in/ADP May/PROPN .', 'Hope/NOUN remains/VERB .']);
    expect(doc.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Hassan Rouhani']);
  });

  it('takes no country from the letters of a currency: "US$100 million", "HK $5 billion"', () => {
    const doc = createPipeline().code({ name: 'text', bytes: new TextEncoder().encode('Bloomberg will invest US$100 million, and a HK $5 billion fund followed.'), format: 'text', hints: { published: '2020-10-29' } });
    expect(doc.mentions.map((m) => m.text)).toEqual(['Bloomberg']);
    expect(doc.amounts.map((a) => a.unit)).toEqual(['USD', 'HKD']);
  });

  it('takes "al-Aqsa" alone for no armed group: it is the mosque', () => {
    const doc = createPipeline().code({ name: 'text', bytes: new TextEncoder().encode('Israeli forces stormed al-Aqsa mosque on Friday.'), format: 'text', hints: { published: '2024-04-05' } });
    expect(doc.actors.map((a) => a.code)).not.toContain('MEAREB');
    expect(doc.events).toEqual([]);
  });

  it('gives a leader mentioned after leaving office no current role, and no description of the office chains to him', () => {
    const doc = annotate(['Hassan/PROPN Rouhani/PROPN/nsubj spoke/VERB in/ADP Tehran/PROPN .', 'The/DET president/NOUN/nsubj did/AUX not/PART attend/VERB .'], '2023-05-01T00:00:00Z');
    const rouhani = doc.actors.find((a) => a.name === 'Hassan Rouhani');
    expect(rouhani).toMatchObject({ agent: 'ELI', code: 'IRNELI', role: null });
    const president = doc.mentions.find((m) => m.text === 'The president');
    expect(president?.chain).not.toBe(doc.mentions.find((m) => m.text === 'Hassan Rouhani')?.chain);
  });

  it('takes a surname alone for no person of the knowledge base out of office or of another country', () => {
    // G. William Miller, Treasury Secretary in 1979, and Scott Ryan, Australia's Senate president in 2019.
    const doc = annotate(['Miller/PROPN/nsubj ruled/VERB in/ADP Houston/PROPN ,/PUNCT Texas/PROPN .', 'Ryan/PROPN/nsubj of/ADP the/DET WHO/PROPN spoke/VERB .'], '2019-02-25T00:00:00Z');
    const ids = doc.mentions.filter((m) => m.type === 'PER').map((m) => m.actorId);
    expect(ids).toEqual(['person:miller', 'person:ryan']);
  });

  it('codes a person whose last office the knowledge base knows has ended by the office the article gives him, not as ELI', () => {
    // The knowledge base has Yuval Steinitz as finance minister to 2011; he was energy minister from 2015 to 2020.
    const doc = annotate(['Energy/PROPN minister/NOUN Yuval/PROPN Steinitz/PROPN/nsubj spoke/VERB .', 'Former/ADJ president/NOUN Hassan/PROPN Rouhani/PROPN/nsubj spoke/VERB .'], '2019-08-08T00:00:00Z');
    expect(doc.actors.find((a) => a.id === 'yuval-steinitz')).toMatchObject({ code: 'ISRGOV', agent: 'GOV' });
    expect(doc.actors.find((a) => a.id === 'hassan-rouhani')).toMatchObject({ code: 'IRNGOV' });
    // Before her vice-presidency the knowledge base gives Kamala Harris no office; a word that is no title gives none.
    const harris = annotate(['Senator/PROPN Kamala/PROPN Harris/PROPN/nsubj spoke/VERB .'], '2020-06-19T00:00:00Z');
    expect(harris.actors.find((a) => a.id === 'kamala-harris')).toMatchObject({ code: 'USALEG' });
  });

  it("reads no given name that is also an agent word as a role: 'Hunter Biden' is not Joe Biden", () => {
    // "Hunter" is an agent word (CVL); the recogniser puts it in the name, which stays whole and is no one else's.
    const hunter = annotate(['Hunter/PROPN Biden/PROPN/nsubj spoke/VERB .'], '2019-09-25T00:00:00Z');
    const mention = hunter.mentions.find((m) => m.type === 'PER');
    expect(mention).toMatchObject({ text: 'Hunter Biden', role: null, actorId: 'person:hunter-biden' });
    expect(hunter.mentions.some((m) => m.type === 'ROLE')).toBe(false);
    expect(hunter.actors.find((a) => a.id === mention!.actorId)).toMatchObject({ code: '', agent: null, country: null });
    expect(hunter.actors.some((a) => a.id === 'joe-biden')).toBe(false);
    // Joe Biden took office on 2021-01-20: his son is still no head of state then.
    const later = annotate(['Hunter/PROPN Biden/PROPN/nsubj spoke/VERB .'], '2021-06-01T00:00:00Z');
    expect(later.actors.filter((a) => a.type === 'person').map((a) => [a.id, a.code])).toEqual([['person:hunter-biden', '']]);
  });

  it("takes a body's name that is also an agent word for that country's body only in an article about it", () => {
    const manila = annotate(['Philippine/ADJ lawmakers/NOUN met/VERB in/ADP Manila/PROPN .', 'The/DET Senate/PROPN/nsubj approved/VERB the/DET bill/NOUN ,/PUNCT and/CCONJ the/DET Philippine/ADJ president/NOUN signed/VERB it/PRON .']);
    expect(manila.mentions.find((m) => m.text.endsWith('Senate'))?.actorId).toBe('code:PHLLEG');
    const washington = annotate(['The/DET Senate/PROPN/nsubj acquitted/VERB Trump/PROPN in/ADP Washington/PROPN .']);
    expect(washington.mentions.find((m) => m.text.endsWith('Senate'))?.actorId).toBe('united-states-congress');
  });

  it("gives foreign forces not the article's own country, which its other generic actors take", () => {
    const text = "Iraq's parliament met in Baghdad. Iraqi officials said Iraq would act. Lawmakers voted to expel all foreign forces.";
    const doc = createPipeline().code({ name: 'foreign', bytes: new TextEncoder().encode(text), format: 'text', hints: { published: '2021-02-06' } });
    expect(doc.mentions.find((m) => m.text.endsWith('foreign forces'))?.actorId).toBe('code:MIL');
    expect(doc.mentions.find((m) => m.text === 'Lawmakers')?.actorId).toBe('code:IRQLEG');
  });

  it('reads no past office as a sitting one, and no organisation a preposition governs as part of a role', () => {
    const text = 'The late President Jacques Chirac was remembered. Sudan handed ousted president Omar al-Bashir to the court. In an interview with Al Jazeera Foreign Minister Ahmed Kareem Saleh said Yemen would respond.';
    const doc = createPipeline().code({ name: 'past', bytes: new TextEncoder().encode(text), format: 'text', hints: { published: '2021-02-06' } });
    expect(doc.actors.find((a) => a.id === 'jacques-chirac')?.code).toBe('FRAELI');
    expect(doc.actors.find((a) => a.id === 'umar-al-bashir')?.code).toBe('SDNELI');
    expect(doc.mentions.find((m) => m.text === 'Ahmed Kareem Saleh')?.role).toBe('Foreign Minister');
  });

  it('leaves a name that parties of several countries bear unresolved when none of them is the article\'s', () => {
    const inTokyo = annotate(['In/ADP Tokyo/PROPN ,/PUNCT the/DET Labour/PROPN Party/PROPN/nsubj criticised/VERB the/DET deal/NOUN .']);
    expect(inTokyo.mentions.find((m) => m.text === 'Labour Party')?.actorId ?? null).toBeNull();
    const inLondon = annotate(['In/ADP London/PROPN ,/PUNCT the/DET Labour/PROPN Party/PROPN/nsubj criticised/VERB the/DET deal/NOUN .']);
    const labour = inLondon.actors.find((a) => a.id === inLondon.mentions.find((m) => m.text === 'Labour Party')?.actorId);
    expect(labour).toMatchObject({ country: 'GBR', code: 'GBRPTY' });
  });

  it('takes "state" before "of" and a common noun for a condition, not a government: "a state of emergency"', () => {
    const doc = annotate(['The/DET governors/NOUN/nsubj sued/VERB over/ADP the/DET state/NOUN of/ADP emergency/NOUN .', 'The/DET state/NOUN of/ADP Israel/PROPN protested/VERB .']);
    expect(doc.mentions.map((m) => m.text)).not.toContain('the state');
    expect(doc.mentions.map((m) => m.text)).toContain('The state');
  });

  it('does not take a pronoun with no person before it as a mention', () => {
    const doc = annotate(['He/PRON/nsubj said/VERB nothing/NOUN .']);
    expect(doc.mentions).toEqual([]);
  });
});
