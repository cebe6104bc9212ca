import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../actors/kb/index.js';
import { Gazetteer, GAZ_ORG, loadCommonWords, tokenKey } from './gazetteer.js';

let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = new Gazetteer(loadKnowledgeBase({ userDir: null }), loadCommonWords());
});

const matches = (sentence: string) => {
  const words = sentence.split(' ');
  return gazetteer.match(words, words.map(tokenKey), words.map((w) => /^\p{Lu}/u.test(w))).map((m) => words.slice(m.start, m.end).join(' '));
};

describe('the gazetteer', () => {
  it('matches a one-word name the knowledge base writes only in capitals only when so written', () => {
    expect(matches('Fighters of IS attacked , the WHO said .')).toEqual(['IS', 'WHO']);
    expect(matches('Is it true ? Who said so ?')).toEqual([]);
    expect(gazetteer.typesOf('who') & GAZ_ORG).toBeTruthy();
  });

  it('matches names of several words and capitalised one-word names as before', () => {
    expect(matches('The United Nations met in Baghdad .')).toEqual(['United Nations', 'Baghdad']);
  });
});
