import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

const one = (text: string) => timesIn(text).map((t) => [t.text, t.value])[0];

describe('recurring times', () => {
  it.each([
    ['Protesters gather on Fridays.', 'Fridays', 'XXXX-WXX-5'],
    ['The market opens Tuesday mornings.', 'Tuesday mornings', 'XXXX-WXX-2TMO'],
    ['The cabinet meets each Monday at 4pm.', 'each Monday at 4pm', 'XXXX-WXX-1T16'],
    ['Curfew starts every evening at 7:30 p.m.', 'every evening at 7:30 p.m.', 'T19:30'],
  ])('reads "%s"', (text, span, value) => {
    expect(one(text)).toEqual([span, value]);
  });
});
