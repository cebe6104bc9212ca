import { describe, expect, it } from 'vitest';
import { createPipeline } from '../pipeline/index.js';

const pipeline = createPipeline();
const dates = (text: string) => pipeline.code({ name: 'sentence', bytes: new TextEncoder().encode(text), format: 'text', hints: { published: '2021-02-06' } }).events.map((e) => e.date);

describe('an event’s date', () => {
  it('is the calendar date its clause states', () => {
    expect(dates('Iran attacked Iraq in March 2017.')).toContainEqual({ value: '2017-03', granularity: 'month', from: 'time' });
  });

  it('is the time nearest its predicate in the tree, not one inside another phrase of the clause', () => {
    expect(dates("Before Japan's own election this month, Ishiba visited Taiwan in August.")).toEqual([{ value: '2020-08', granularity: 'month', from: 'time' }]);
  });

  it('is, for a noun that is a verb\'s object, the verb\'s time when the noun has none of its own', () => {
    expect(dates('In 1905, President Theodore Roosevelt mediated a peace agreement between Japan and Russia.')).toContainEqual({ value: '1905', granularity: 'year', from: 'time' });
  });

  it('is not a fiscal year or a recurring time, which name no days: the publication date stands', () => {
    for (const text of ['Iran attacked Iraq in fiscal 2017.', 'Iran attacks Iraq on Fridays.']) {
      expect(dates(text).map((d) => d.from), text).toEqual(['publication']);
    }
  });
});

describe('an event’s place', () => {
  const places = (text: string) => pipeline.code({ name: 'sentence', bytes: new TextEncoder().encode(text), format: 'text', hints: { published: '2021-02-06' } }).events.map((e) => e.place?.name ?? null);
  it('is no side of the event, in any word of its name, but a destination is where a visit happens', () => {
    expect(places('China has not understood that in our mutual defense treaty between the United States and the Philippines, the shoal is covered.')).not.toContain('United States');
    expect(places('Spanish Prime Minister Pedro Sánchez spoke during a visit to Beijing in early September.')).toContain('Beijing');
    expect(places('Kenya is grateful to Japan for its support.')).not.toContain('Japan');
  });
});
