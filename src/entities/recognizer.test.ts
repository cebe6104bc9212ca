import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../actors/kb/index.js';
import { loadNlpModels } from '../nlp/index.js';
import { loadEntityModels } from './index.js';
import { joinedOverLinkWords, withLegalForms } from './recognizer.js';
import { withDefinedAcronyms } from './acronyms.js';

const { recognizer } = loadEntityModels(loadKnowledgeBase({ userDir: null }));
const { tagger } = loadNlpModels();

function names(sentence: string): string[] {
  const words = sentence.split(' ');
  const tags = tagger.tag(words);
  const [spans] = recognizer.recognise([{ words, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) }]);
  return spans!.map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`);
}

describe('the entity recogniser', () => {
  it('takes a company, medium or international organisation of the knowledge base for one where the model saw no name', () => {
    expect(names('The attacks took down websites such as Reddit , Twitter and Spotify , surpassing ExxonMobil .')).toEqual(expect.arrayContaining(['ORG Twitter', 'ORG ExxonMobil']));
  });

  it('takes a country of the knowledge base or a region, sea or river of the geographic names for a place where the model saw no name', () => {
    expect(names('The northern portion of the Caucasus is known as the Ciscaucasus .')).toContain('LOC Caucasus');
    expect(names('Meanwhile , additional controls of the Nile fostered development .')).toContain('LOC Nile');
    expect(names('Cultures centered on the Mediterranean tended to share a history .')).toContain('LOC Mediterranean');
    // Not inside a longer capitalised name, nor a possessive that the gazetteer's keys join ("America 's" is no
    // "Americas"), nor a nationality word ("Argentinian").
    expect(names('Analysts at the Atlantic Council disagreed .')).not.toContain('LOC Atlantic');
    expect(names('He praised America ’s allies .')).not.toContain('LOC America ’s');
    expect(names('The Argentinian delegation left .')).not.toContain('LOC Argentinian');
    // Nor a name used as an adjective, or joined by a hyphen.
    expect(names('Caribbean leaders praised the Mediterranean diet and the Indo - Pacific strategy .').filter((n) => n.startsWith('LOC'))).toEqual([]);
  });

  it('takes an unknown name read as the region of a town before it for a person in apposition', () => {
    expect(names("China 's UN ambassador in Geneva , Chen Xu , said on Monday that Beijing rejected it .")).toContain('PER Chen Xu');
    // Regions the gazetteer knows stay places; so does a name after a town that no preposition introduces.
    expect(names('He was born in Denver , Colorado and moved to Plano , Texas .')).toEqual(['LOC Denver', 'LOC Colorado', 'LOC Plano', 'LOC Texas']);
    expect(names('Today , as Hurricane Lorenzo hit the Azores , Met Éireann , the national weather service , issued warnings .')).not.toContain('PER Met Éireann');
    expect(names('Officials in Phoenix , Maricopa County , said the count was over .')).toContain('LOC Maricopa County');
  });

  it('takes a regnal number into the name of a person, or of a monarch the model missed, not of a rocket or a war', () => {
    expect(names('Pharaoh Ramesses II built temples at Abu Simbel .')).toContain('PER Pharaoh Ramesses II');
    expect(names('Henry I of England died in 1135 .')).toContain('PER Henry I');
    expect(names('the Macedonian king Amyntas I accepted the domination .')).toContain('PER Amyntas I');
    // The pronoun is no number, nor is a rocket's, a missile's or a war's.
    expect(names('Dan I for one was very happy to hear it .')).toContain('PER Dan');
    expect(names('Before meeting Putin I was nervous , the senator said .')).toContain('PER Putin');
    expect(names('NASA launched Artemis II and tested Minuteman III .').some((n) => n.startsWith('PER'))).toBe(false);
    expect(names('He fought in World War II .').some((n) => n.startsWith('PER'))).toBe(false);
  });

  it('takes a capitalised name headed by an organisation noun for one organisation, not for the place inside it', () => {
    expect(names('The Real Estate Council of Ontario fined the Bank of Scotland , the Ministry of Defence said .')).toEqual([
      'ORG Real Estate Council of Ontario',
      'ORG Bank of Scotland',
      'ORG Ministry of Defence',
    ]);
    expect(names('Donations to Canadian Blood Services fell , the Consumer Technology Association found .')).toEqual(['ORG Canadian Blood Services', 'ORG Consumer Technology Association']);
    // Not a known place ("West Bank"), a heading in capitals, or a phrase with a verb in it.
    expect(names('Israel occupies the West Bank .')).toEqual(['LOC Israel', 'LOC West Bank']);
    expect(names('THE HIGH COURT .')).not.toContain('ORG HIGH COURT');
    expect(names('Installed Biometrics and Got Excellent Service .').filter((n) => n.startsWith('ORG'))).toEqual([]);
  });

  it('tags an acronym defined in brackets after a name as that name is tagged, throughout the document', () => {
    const sentences = ['The Real Estate Council of Ontario ( RECO ) fined him .', 'RECO said the fine was fair , WASHINGTON ( Reuters ) reported .'].map((t) => t.split(' '));
    const spans = withDefinedAcronyms(
      sentences.map((words) => ({ words })),
      [[{ start: 1, end: 6, type: 'ORG' }], [{ start: 7, end: 8, type: 'LOC' }]],
    );
    expect(spans[0]).toContainEqual({ start: 7, end: 8, type: 'ORG' });
    expect(spans[1]).toEqual([
      { start: 0, end: 1, type: 'ORG' },
      { start: 7, end: 8, type: 'LOC' },
    ]);
  });

  it('reads an Arabic article split off by a hyphen as the start of the name after it ("al - Qaeda", as UD tokenizes)', () => {
    expect(names('The hijackers were al - Qaeda , not members of an Iraqi unit .')).toContain('ORG al - Qaeda');
    expect(names('Fighters of Ahrar ash - Sham attacked the town .')).toContain('ORG Ahrar ash - Sham');
    // Not an article before a common word, nor a capitalised word after a hyphen elsewhere.
    expect(names('The al - fresco dinner in London - Paris style was fine .').some((n) => n.includes('al -'))).toBe(false);
  });

  it('runs a name through the legal form after it, as a company', () => {
    const words = 'The Lunar Transport Systems , Inc. hired Mary Hain of Enron Corp. and Acme GmbH'.split(' ');
    const spans = withLegalForms(words, [
      { start: 7, end: 9, type: 'PER' },
      { start: 10, end: 11, type: 'PER' },
    ]);
    expect(spans).toEqual([
      { start: 1, end: 6, type: 'ORG' },
      { start: 7, end: 9, type: 'PER' },
      { start: 10, end: 12, type: 'ORG' },
      { start: 13, end: 15, type: 'ORG' },
    ]);
  });

  it('ends no name in a link word: it joins the name that follows or stops before it', () => {
    const words = 'at the University of North Carolina and the City of'.split(' ');
    const spans = joinedOverLinkWords(words, [
      { start: 2, end: 4, type: 'ORG' },
      { start: 4, end: 6, type: 'LOC' },
      { start: 8, end: 10, type: 'LOC' },
    ]);
    expect(spans).toEqual([
      { start: 2, end: 6, type: 'ORG' },
      { start: 8, end: 9, type: 'LOC' },
    ]);
  });

  it('leaves courtesy and religious titles out of a name, as Universal NER does', () => {
    expect(names('Mr Osborne met Pope Francis in Rome on Tuesday .')).toEqual(expect.arrayContaining(['PER Osborne', 'PER Francis']));
    // A courtesy title makes the name a person's, whatever the model took it for.
    expect(names("But a scan has shown the tumour in Ms Pugh 's right lung is growing .")).toEqual(['PER Pugh']);
  });

  it('takes a surname alone for the person named in full elsewhere in the document', () => {
    const doc = ['Rurik Jutting , a former banker , is on trial .', 'The author Emma Tarlo has studied the trade .', 'Jutting appeared composed , Tarlo explains .'];
    const input = doc.map((s) => {
      const words = s.split(' ');
      const tags = tagger.tag(words);
      return { words, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) };
    });
    const last = recognizer.recognise(input)[2]!.map((s) => `${s.type} ${input[2]!.words.slice(s.start, s.end).join(' ')}`);
    expect(last).toEqual(['PER Jutting', 'PER Tarlo']);
    // Also a name the knowledge base knows as an organisation's.
    const media = ['Former mayor Michael Bloomberg dropped out .', 'Bloomberg endorsed Joe Biden .'].map((s) => {
      const words = s.split(' ');
      const tags = tagger.tag(words);
      return { words, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) };
    });
    expect(recognizer.recognise(media)[1]![0]).toMatchObject({ start: 0, end: 1, type: 'PER' });
  });

  it("takes a two-word name whose second word names a person elsewhere in the document for a person: \"Trump 's wife , Melania Trump\"", () => {
    const words = "Trump 's wife , Melania Trump , made her first appearance on the trail since the Republican convention in July .".split(' ');
    const tags = tagger.tag(words);
    const spans = recognizer.recognise([{ words, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) }])[0]!;
    expect(spans.map((s) => `${s.type} ${words.slice(s.start, s.end).join(' ')}`)).toContain('PER Melania Trump');
  });

  it('carries no surname over to a month, a common word or a title', () => {
    const doc = ['Prime Minister Theresa May spoke to John Major .', 'The vote is due in May , said Major Tom Smith .'];
    const input = doc.map((s) => {
      const words = s.split(' ');
      const tags = tagger.tag(words);
      return { words, upos: tags.map((t) => t.upos), xpos: tags.map((t) => t.xpos) };
    });
    const last = recognizer.recognise(input)[1]!.map((s) => `${s.type} ${input[1]!.words.slice(s.start, s.end).join(' ')}`);
    expect(last).not.toContain('PER May');
    expect(last).not.toContain('PER Major');
  });
});
