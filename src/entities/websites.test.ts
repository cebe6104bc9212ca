import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, type KnowledgeBase } from '../actors/kb/index.js';
import { createPipeline, type Pipeline } from '../pipeline/index.js';
import { loadEntityModels, type EntityModels } from './index.js';
import { annotateWords } from './test-doc.js';
import { websiteCountry } from './websites.js';

let kb: KnowledgeBase;
let models: EntityModels;
let pipeline: Pipeline;
beforeAll(() => {
  kb = loadKnowledgeBase({ userDir: null });
  models = loadEntityModels(kb);
  pipeline = createPipeline();
});

const code = (text: string) => pipeline.code({ name: 'web', bytes: new TextEncoder().encode(text), format: 'text', hints: { published: '2024-05-01' } });

describe('websites', () => {
  it('take their country from a country-code domain, none from a generic or an open one', () => {
    expect(websiteCountry(kb, 'President.ir')).toBe('IRN');
    expect(websiteCountry(kb, 'www.bbc.co.uk')).toBe('GBR');
    expect(websiteCountry(kb, 'Reuters.com')).toBeNull();
    expect(websiteCountry(kb, 'example.tv')).toBeNull();
  });

  it('are told from file names, abbreviations, programs and words run together', () => {
    for (const word of ['report.pdf', 'Node.js', 'ASP.NET', 'U.S.', 'a.m.', 'No.1', 'Mr.Smith', 'Tehran.The', 'Syria.It', '3.5']) {
      expect(websiteCountry(kb, word), word).toBeUndefined();
    }
  });

  it('acting as a source are news media of their country, known or not', () => {
    const doc = annotateWords(models, ['Kremlinnews.ru/PROPN/nsubj reported/VERB/root the/DET/det talks/NOUN/obj ./PUNCT/punct']);
    const site = doc.mentions.find((m) => m.text === 'Kremlinnews.ru');
    expect(site).toMatchObject({ type: 'ORG' });
    expect(doc.actors.find((a) => a.id === site!.actorId)).toMatchObject({ country: 'RUS', code: 'RUSMED' });
  });

  it('acting as a source through "by" or "according to" in a parsed sentence', () => {
    for (const text of ['The president was quoted as saying by Khabarnews.ir on Monday.', 'The talks failed, according to Kremlinnews.ru.']) {
      const doc = code(text);
      const site = doc.mentions.find((m) => /\.(ir|ru)$/.test(m.text));
      expect(site, text).toMatchObject({ type: 'ORG' });
      expect(doc.actors.find((a) => a.id === site!.actorId)?.code, text).toMatch(/^(IRN|RUS)MED$/);
    }
  });

  it('that readers are told to visit or write to are no actors', () => {
    for (const text of ['Readers can send questions to www.gov.uk before Friday.', 'Visit example.com for details.']) {
      const doc = code(text);
      expect(doc.mentions.filter((m) => /\.(uk|com)$/.test(m.text) && m.actorId), text).toEqual([]);
    }
  });
});
