import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../entities/candidate.js';
import { homeCountry } from './context-countries.js';

const naming = (...countries: string[]) => countries.map((country) => ({ country }) as unknown as Candidate);

describe('the country an article is plainly about', () => {
  it('is the one named three times or more and twice as often as any other', () => {
    expect(homeCountry(naming('PAK', 'PAK', 'PAK', 'AFG'))).toBe('PAK');
  });

  it('is no one in a story between two countries, or one that names too few', () => {
    expect(homeCountry(naming('IRN', 'IRN', 'IRN', 'IRQ', 'IRQ', 'IRQ'))).toBeNull();
    expect(homeCountry(naming('USA', 'USA'))).toBeNull();
  });
});
