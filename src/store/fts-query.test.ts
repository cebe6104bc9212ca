import { describe, expect, it } from 'vitest';
import { ftsQuery } from './fts-query.js';

describe('the search query', () => {
  it('quotes every word so that operators are searched as words', () => {
    expect(ftsQuery('Iran AND Iraq')).toBe('"Iran" "AND" "Iraq"');
  });
  it('keeps phrases and prefixes', () => {
    expect(ftsQuery('"foreign minister" sanction*')).toBe('"foreign minister" "sanction"*');
  });
  it('has nothing to look for in punctuation alone', () => {
    expect(ftsQuery('"" ( ) *')).toBeNull();
  });
});
