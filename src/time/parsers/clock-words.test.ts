import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

const one = (text: string) => timesIn(text).map((t) => [t.text, t.value])[0];

describe('times of day in words', () => {
  it.each([
    ['The blast came at half past seven in the evening.', 'half past seven in the evening', '2021-02-06T19:30'],
    ['Voting ends at a quarter to nine.', 'a quarter to nine', '2021-02-06T08:45'],
    ['He landed at five-thirty tomorrow evening.', 'five-thirty tomorrow evening', '2021-02-07T17:30'],
    ['The strike hit at one in the morning.', 'one in the morning', '2021-02-06T01:00'],
    ["The vote closed at eight o'clock in the evening.", "eight o'clock in the evening", '2021-02-06T20:00'],
    ['Polls close tonight around 9.', 'tonight around 9', '2021-02-06T21:00'],
    ['They meet on Monday the twenty-second at six pm.', 'on Monday the twenty-second at six pm', '2021-02-22T18:00'],
  ])('reads "%s"', (text, span, value) => {
    expect(one(text)).toEqual([span, value]);
  });
});
