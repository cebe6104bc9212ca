import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../actors/kb/index.js';
import { Gazetteer, GAZ_ORG, GAZ_PLACE, loadCommonWords, loadGeographicNames, loadPlaceNames } from './gazetteer.js';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = new Gazetteer(loadKnowledgeBase({ userDir: null }), loadCommonWords(), loadPlaceNames(), loadGeographicNames());
});

const matches = (sentence: string, places = false) => {
  const words = sentence.split(' ');
  return gazetteer.match(words, { capitalised: words.map((w) => /^\p{Lu}/u.test(w)), places }).map((m) => words.slice(m.start, m.end).join(' '));
};

describe('the gazetteer', () => {
  it('matches a common word that is a name only in capitals only when so written', () => {
    expect(matches('Fighters of IS attacked , the WHO said .')).toEqual(['IS', 'WHO']);
    expect(matches('Is it true ? Who said so ?')).toEqual([]);
    expect(gazetteer.typesOf('who') & GAZ_ORG).toBeTruthy();
  });

  it('knows the hand-written additions to the places as places: "Gaza Strip", "Donbas"', () => {
    expect(gazetteer.typesOf('gaza strip') & GAZ_PLACE).toBeTruthy();
    expect(gazetteer.typesOf('donbas') & GAZ_PLACE).toBeTruthy();
  });

  it('matches an acronym of three letters or fewer only in capitals: other words share it in other spellings', () => {
    expect(matches('Acme Inc. hired Mr. Jones')).toEqual([]);
    expect(matches('the INC and the MR')).toEqual(['INC', 'MR']);
  });

  it('matches names of several words, and acronyms written as words in the house style of the press', () => {
    expect(matches('The United Nations met in Baghdad .')).toEqual(['United Nations', 'Baghdad']);
    expect(matches('Nato and Isis')).toEqual(['Nato', 'Isis']);
  });

  it('knows towns, provinces and geographic names as places that no common word stands for', () => {
    expect(matches('Shanghai , the Sahel and the South China Sea', true)).toEqual(['Shanghai', 'Sahel', 'South China Sea']);
    // Only the recogniser's features see them: elsewhere they hide no name of the knowledge base.
    expect(matches('across the Taiwan Strait')).toEqual(['Taiwan']);
    expect(gazetteer.typesOf('shanghai')).toBe(GAZ_PLACE);
    // A common word that is also a town's name (Mobile, Alabama) is no place alone.
    expect(gazetteer.typesOf('mobile')).toBe(0);
  });
});
