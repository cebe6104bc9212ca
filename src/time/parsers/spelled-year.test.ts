import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

const all = (text: string) => timesIn(text).map((t) => [t.text, t.value]);

describe('years in words or in two digits', () => {
  it.each([
    ['The treaty was signed in nineteen ninety-six.', [['nineteen ninety-six', '1996']]],
    ['The plant opened on fifteen August nineteen hundred ninety three.', [['fifteen August nineteen hundred ninety three', '1993-08-15']]],
    ['He left in October two thousand and five.', [['October two thousand and five', '2005-10']]],
    ['She was born on January twenty five nineteen eighty six.', [['January twenty five nineteen eighty six', '1986-01-25']]],
    ["The bank failed in January '87.", [["January '87", '1987-01']]],
    ['He was born on 15 April of 87.', [['15 April of 87', '1987-04-15']]],
  ])('reads "%s"', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  it('does not take a count in words for a year', () => {
    expect(all('Police arrested two thousand people.')).toEqual([]);
    expect(all('They lost in two thousand cases.')).toEqual([]);
  });
});
