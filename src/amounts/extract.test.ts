import { describe, expect, it } from 'vitest';
import { extractAmounts } from './extract.js';

const one = (text: string) => {
  const [a] = extractAmounts(text);
  return a && { text: a.text, value: a.value, unit: a.unit, per: a.per, about: a.about };
};

describe('extractAmounts', () => {
  it('reads "$20-billion annual level" as 20 billion USD a year, about bilateral trade', () => {
    expect(one('the level of bilateral trade would rise to the $20-billion annual level')).toEqual({
      text: '$20-billion', value: 20e9, unit: 'USD', per: 'year', about: 'bilateral trade',
    });
  });

  it.each([
    ['€ 2 million', 2e6, 'EUR'],
    ['420 million finnish markka', 420e6, 'FIM'],
    ['hk $ 10.05 billion', 10.05e9, 'HKD'],
    ['five million yen', 5e6, 'JPY'],
    ['100 billion yuan', 100e9, 'CNY'],
    ['3 trillion rials', 3e12, 'IRR'],
    ['5 billion Iraqi dinars', 5e9, 'IQD'],
    ['USD 200', 200, 'USD'],
    ['115.5USD', 115.5, 'USD'],
    ['30 MUSD', 30e6, 'USD'],
    ['50 cents', 0.5, 'USD'],
    ['thirteen dollars and forty-five cents', 13.45, 'USD'],
    ['35 lakh rupees', 3.5e6, 'INR'],
    ['won a $48.2 million contract', 48.2e6, 'USD'],
    ['US $ 5 billion', 5e9, 'USD'],
    ['100円', 100, 'JPY'],
  ])('reads "%s"', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('reads tomans as ten rials each', () => {
    expect(one('a salary of 5 million tomans a month')).toMatchObject({ value: 50e6, unit: 'IRR', per: 'month' });
  });

  it('reads percentages and percentage points', () => {
    expect(one('Inflation rose to 45.5 percent.')).toMatchObject({ value: 45.5, unit: 'percent', per: null });
    expect(one('up two percentage points')).toMatchObject({ value: 2, unit: 'percentage point' });
  });

  it('counts people, with who they were and what happened to them', () => {
    expect(one('The strike killed 12 Iraqi soldiers.')).toMatchObject({ value: 12, unit: 'person', about: 'Iraqi soldiers killed' });
    expect(one('At least 200 people were arrested.')).toMatchObject({ value: 200, unit: 'person', about: 'people arrested' });
  });

  it('reads what money is for from the noun after it', () => {
    expect(one('Japan pledged $500 million in aid.')?.about).toBe('aid');
    expect(one('a $300 million contract')?.about).toBe('contract');
  });

  it('leaves the subject null when the words do not say', () => {
    expect(one('He said $5 million was enough.')?.about).toBeNull();
  });
});

describe('counts with scale words', () => {
  it('reads "24 million people" as 24,000,000 people', () => {
    expect(extractAmounts('Some 24 million people need aid.')[0]).toMatchObject({ value: 24e6, unit: 'person', about: 'people' });
  });
});
