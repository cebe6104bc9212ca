import { describe, expect, it } from 'vitest';
import { NUMBER, parseNumber } from './number.js';

const whole = new RegExp(`^${NUMBER}$`, 'i');

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['1,200', 1200],
    ['2.5', 2.5],
    ['twelve', 12],
    ['twenty-five', 25],
    ['one hundred and five', 105],
    ['a dozen', 12],
    ['two thousand three hundred', 2300],
    ['one and a half', 1.5],
    ['a half', 0.5],
    ['three million', 3e6],
  ])('reads "%s" as %d', (text, value) => {
    expect(whole.test(text)).toBe(true);
    expect(parseNumber(text)).toBe(value);
  });

  it('refuses words that are not numbers', () => {
    expect(parseNumber('several')).toBeNull();
  });
});

describe('parseNumber with digits and a scale word', () => {
  it('reads "24 million" and "1.5 billion"', () => {
    expect(parseNumber('24 million')).toBe(24e6);
    expect(parseNumber('1.5 billion')).toBe(1.5e9);
  });
});
