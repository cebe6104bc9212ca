import { describe, expect, it } from 'vitest';
import { findMarkedQuotes } from './marks.js';

describe('marks that are no quotation', () => {
  it('does not take inch marks for quotation marks', () => {
    expect(findMarkedQuotes('The TV has a 55" screen and a 12" stand.', [{ start: 0, end: 40 }])).toEqual([]);
  });

  it('does not take an apostrophe for a quote', () => {
    expect(findMarkedQuotes("Iran’s minister said the talks’ outcome was good.", [{ start: 0, end: 49 }])).toEqual([]);
  });
});
