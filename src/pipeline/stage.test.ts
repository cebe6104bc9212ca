import { describe, expect, it } from 'vitest';
import { emptyDoc, type Article } from '../model/index.js';
import { checkOrder, runStages, StageError, type Stage } from './stage.js';

const article: Article = {
  id: 'x',
  externalId: null,
  url: null,
  source: null,
  siteArticleId: null,
  title: 'T',
  published: null,
  language: 'en',
  byline: null,
  dateline: null,
  text: 'Iran met Iraq.',
  paragraphs: [{ start: 0, end: 14 }],
  metadataFrom: {},
};

const sentences: Stage = {
  name: 'sentences',
  requires: ['article'],
  assigns: ['sentences'],
  run: (doc) => ({ sentences: [{ start: 0, end: doc.article.text.length }] }),
};
const events: Stage = { name: 'events', requires: ['sentences'], assigns: ['events'], run: () => ({ events: [] }) };

describe('the stage contract', () => {
  it('accepts stages whose requirements come earlier', () => {
    expect(() => checkOrder([sentences, events])).not.toThrow();
  });

  it('refuses at start-up a stage that runs before what it requires', () => {
    expect(() => checkOrder([events, sentences])).toThrow('Stage "events" requires sentences');
  });

  it('refuses two stages that assign the same layer', () => {
    expect(() => checkOrder([sentences, sentences])).toThrow('already assigned');
  });

  it('adds each stage its layers in order', () => {
    const doc = runStages(emptyDoc(article), [sentences, events], 'in.txt');
    expect(doc.sentences).toEqual([{ start: 0, end: 14 }]);
  });

  it('names the stage and the input that failed', () => {
    const broken: Stage = { ...events, run: () => { throw new Error('boom'); } };
    expect(() => runStages(emptyDoc(article), [sentences, broken], 'in.txt')).toThrow(StageError);
    expect(() => runStages(emptyDoc(article), [sentences, broken], 'in.txt')).toThrow('in.txt: stage "events" failed: boom');
  });

  it('refuses a stage that returns a layer it does not assign', () => {
    const greedy: Stage = { ...events, run: () => ({ sentences: [] }) };
    expect(() => runStages(emptyDoc(article), [sentences, greedy], 'in.txt')).toThrow('returned layer sentences');
  });
});
