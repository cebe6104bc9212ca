import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

const all = (text: string) => timesIn(text).map((t) => [t.text, t.range?.from ?? null, t.range?.to ?? null]);

describe('times beyond a counted day', () => {
  it('reads "more than two weeks ago" as open before that day', () => {
    expect(all('The talks collapsed more than two weeks ago.')).toEqual([['more than two weeks ago', null, '2021-01-23']]);
  });

  it('reads "more than 3 days after tomorrow" as open after that day', () => {
    expect(all('It will start more than 3 days after tomorrow.')).toEqual([['more than 3 days after tomorrow', '2021-02-10', null]]);
  });

  it('keeps "more than three days" a length of time', () => {
    expect(timesIn('The siege lasted more than three days.').map((t) => t.value)).toEqual(['P3D']);
  });
});

describe('times up to publication', () => {
  it('reads "to date" as open before publication', () => {
    expect(all('It is the largest protest to date.')).toEqual([['to date', null, '2021-02-06']]);
  });

  it('reads "from March to date" as from March to publication', () => {
    expect(all('Sales from March to date have fallen.')).toEqual([['from March to date', '2020-03-01', '2021-02-06']]);
  });

  it('does not read "up to date" or the verb "to date"', () => {
    expect(all('Keep the list up to date.')).toEqual([]);
    expect(all('He went on to date the actress.')).toEqual([]);
  });
});

describe('times within a counted day', () => {
  it('reads "less than two weeks ago" as the stretch from that day to publication', () => {
    expect(all('The talks collapsed less than two weeks ago.')).toEqual([['less than two weeks ago', '2021-01-23', '2021-02-06']]);
  });
});
