import { describe, expect, it } from 'vitest';
import { extractAmounts } from './extract.js';

const texts = (text: string) => extractAmounts(text).map((a) => a.text);

describe('what is not an amount', () => {
  it('does not read a quote mark used as inches as anything', () => {
    expect(texts('The boy was 5\'11" tall.')).toEqual([]);
  });

  it('does not read "the 1990s" as money or a count', () => {
    expect(texts('Relations were better in the 1990s.')).toEqual([]);
  });

  it('does not read English words that are currency codes', () => {
    expect(texts('All 70 of us will try 5 times.')).toEqual([]);
  });

  it('does not count one person, nor a year before a noun', () => {
    expect(texts('One soldier died. In 2019 soldiers left.')).toEqual([]);
  });

  it('does not read "pounds of" as pounds sterling', () => {
    expect(texts('They sent 500 pounds of rice.')).toEqual([]);
  });
});
