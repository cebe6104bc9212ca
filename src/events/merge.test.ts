import { describe, expect, it } from 'vitest';
import type { Event } from '../model/index.js';
import { linkEpisodes, mergeDuplicates } from './merge.js';

const BAGHDAD = { name: 'Baghdad', country: 'IRQ', lat: 33.34, lon: 44.4 };

function event(cameo: string, date: Event['date'], place: Event['place'] = null): Event {
  return {
    source: { actorId: 'usa', code: 'USA', text: 'US' },
    target: { actorId: 'qasem-soleimani', code: 'IRNMIL', text: 'Soleimani' },
    cameo,
    quadClass: 4,
    date,
    place,
    mentions: 1,
    confidence: 0.8,
  } as unknown as Event;
}

describe('mentions of one act of force in an article', () => {
  it('share the stated date and the named place: "the US assassination early last year" and "a US drone strike … Baghdad"', () => {
    const assassination = event('186', { value: '2020', granularity: 'year', from: 'time' });
    const strike = event('195', { value: '2021-02-06', granularity: 'day', from: 'publication' }, BAGHDAD);
    const [a, s] = linkEpisodes([assassination, strike]);
    expect(a!.place).toEqual(BAGHDAD);
    expect(s!.date).toEqual({ value: '2020', granularity: 'year', from: 'time' });
  });

  it('keep their own dates when both state one, and merge only the same code on the same date', () => {
    const first = event('190', { value: '2020-01-03', granularity: 'day', from: 'time' });
    const second = event('190', { value: '2020-01-08', granularity: 'day', from: 'time' });
    expect(linkEpisodes([first, second]).map((e) => e.date.value)).toEqual(['2020-01-03', '2020-01-08']);
    expect(linkEpisodes([{ ...first, place: BAGHDAD }, second])[1]!.place).toBeNull();
    expect(mergeDuplicates([first, { ...first }, second]).map((e) => e.mentions)).toEqual([2, 1]);
  });
});
