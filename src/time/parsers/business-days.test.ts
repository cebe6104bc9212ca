import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

// A Saturday.
const one = (text: string) => timesIn(text).map((t) => [t.text, t.range?.from, t.range?.to])[0];

describe('business days, work weeks and fortnights', () => {
  it.each([
    ['Talks resume within the next 3 business days.', 'within the next 3 business days', '2021-02-07', '2021-02-11'],
    ['Talks were held over the past four working days.', 'past four working days', '2021-02-02', '2021-02-06'],
    ['The vote is due next workweek.', 'next workweek', '2021-02-08', '2021-02-13'],
    ['The vote came this working week.', 'this working week', '2021-02-01', '2021-02-06'],
    ['The vote is due in a fortnight.', 'in a fortnight', '2021-02-20', '2021-02-21'],
    ['He returned two fortnights later.', 'two fortnights later', '2021-03-06', '2021-03-07'],
  ])('reads "%s"', (text, span, from, to) => {
    expect(one(text)).toEqual([span, from, to]);
  });
});
