import { describe, expect, it } from 'vitest';
import { publicationTime } from './publication.js';

describe('publicationTime', () => {
  it('holds the stamp the read stage took off the text, with an empty span', () => {
    expect(publicationTime({ published: '2021-02-06T13:47:00', publishedText: 'Feb 6, 2021, 1:47 PM' })).toEqual({
      start: 0, end: 0, text: 'Feb 6, 2021, 1:47 PM', value: '2021-02-06T13:47', granularity: 'minute', role: 'publication', range: null,
    });
  });

  it('gives a bare date for a bare date, and nothing without the printed stamp', () => {
    expect(publicationTime({ published: '2021-02-06', publishedText: '6 February 2021' })?.value).toBe('2021-02-06');
    expect(publicationTime({ published: '2021-02-06', publishedText: null })).toBeNull();
  });
});
