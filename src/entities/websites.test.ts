import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../actors/kb/index.js';
import { loadEntityModels, type EntityModels } from './index.js';
import { annotateWords } from './test-doc.js';
import { countryOfDomain, isWebsite } from './websites.js';

let kb: KnowledgeBase;
let models: EntityModels;
beforeAll(() => {
  kb = loadKnowledgeBase({ userDir: null });
  models = loadEntityModels(kb);
});

describe('websites', () => {
  it('are told by their shape, not numbers or abbreviations', () => {
    expect(['President.ir', 'kremlin.ru', 'www.bbc.co.uk', 'Reuters.com'].every(isWebsite)).toBe(true);
    expect(['3.5', 'U.S.', 'e.g.', 'Mr.', 'Tehran'].some(isWebsite)).toBe(false);
  });

  it('take their country from a country-code domain, none from a generic or an open one', () => {
    expect(countryOfDomain(kb, 'ir')).toBe('IRN');
    expect(countryOfDomain(kb, 'uk')).toBe('GBR');
    expect(countryOfDomain(kb, 'com')).toBeNull();
    expect(countryOfDomain(kb, 'tv')).toBeNull();
  });

  it('acting as a source are news media of their country, known or not', () => {
    const doc = annotateWords(models, ['Kremlinnews.ru/PROPN/nsubj reported/VERB/root the/DET/det talks/NOUN/obj ./PUNCT/punct']);
    const site = doc.mentions.find((m) => m.text === 'Kremlinnews.ru');
    expect(site).toMatchObject({ type: 'ORG' });
    expect(doc.actors.find((a) => a.id === site!.actorId)).toMatchObject({ country: 'RUS', code: 'RUSMED' });
  });

  it('that a reader is told to visit are no actors', () => {
    const doc = annotateWords(models, ['Visit/VERB/root example.com/NOUN/obj for/ADP/case details/NOUN/obl ./PUNCT/punct']);
    expect(doc.mentions.filter((m) => m.text === 'example.com')).toEqual([]);
  });
});
