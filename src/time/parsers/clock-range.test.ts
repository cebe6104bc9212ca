import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

const one = (text: string) => timesIn(text).map((t) => [t.text, t.value])[0];

describe('clock ranges', () => {
  it.each([
    ['Polls are open between 8 and 6 on 10 February.', 'between 8 and 6 on 10 February', '2021-02-10T08:00/2021-02-10T18:00'],
    ['The curfew ran from 8am-3 yesterday afternoon.', 'from 8am-3 yesterday afternoon', '2021-02-05T08:00/2021-02-05T15:00'],
    ['Shelling went on between 7 and 9:30 last night.', 'between 7 and 9:30 last night', '2021-02-05T19:00/2021-02-05T21:30'],
    ['Talks resume Monday 9.30-4.30pm.', 'Monday 9.30-4.30pm', '2021-02-08T09:30/2021-02-08T16:30'],
    ['Roads close between 5 and 6 in the afternoon.', 'between 5 and 6 in the afternoon', '2021-02-06T17:00/2021-02-06T18:00'],
  ])('reads "%s"', (text, span, value) => {
    expect(one(text)).toEqual([span, value]);
  });

  it('takes the publication weekday for "on Saturday" in a story of that Saturday', () => {
    expect(one('Protesters gathered on Saturday.')).toEqual(['on Saturday', '2021-02-06']);
  });
});
