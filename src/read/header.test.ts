import { describe, expect, it } from 'vitest';
import { classifyHeaderLine, looksLikeTitle, siteIdIn } from './header.js';

describe('lines around a headline', () => {
  it('knows counters', () => {
    expect(classifyHeaderLine('0 Persons')).toEqual({ kind: 'counter' });
    expect(classifyHeaderLine('1,204 views')).toEqual({ kind: 'counter' });
  });

  it('reads the site id', () => {
    expect(classifyHeaderLine('News ID: 34597')).toEqual({ kind: 'siteId', id: '34597' });
    expect(siteIdIn('Politics » Feb 6, 2021 News ID: 34597 Tags')).toBe('34597');
    expect(siteIdIn('The news is out: 34597 people voted.')).toBeNull();
  });

  it('reads printed dates, with the narrow no-break space of the seed', () => {
    expect(classifyHeaderLine('Feb 6, 2021, 1:47\u202FPM')).toEqual({ kind: 'date', value: '2021-02-06T13:47:00' });
    expect(classifyHeaderLine('Friday, January 4, 2019')).toEqual({ kind: 'date', value: '2019-01-04' });
    expect(classifyHeaderLine('Published: 3 March 2020')).toEqual({ kind: 'date', value: '2020-03-03' });
  });

  it('reads a date followed by credits', () => {
    expect(classifyHeaderLine('22/11/2020 - 04:30 - Fonte: Agência Brasil - Foto: Cesar Greco', 'pt-BR')).toEqual({ kind: 'date', value: '2020-11-22T04:30:00' });
    expect(classifyHeaderLine('이용민 기자 | 2020-03-04 16:52:59', 'ko')).toEqual({ kind: 'date', value: '2020-03-04T16:52:59' });
  });

  it('knows a section label above the headline', () => {
    expect(classifyHeaderLine('ESPORTE')).toEqual({ kind: 'counter' });
    expect(classifyHeaderLine('NATO')).toEqual({ kind: 'counter' });
    expect(classifyHeaderLine('NATO allies met in Brussels.')).toBeNull();
  });

  it('reads bylines without "By"', () => {
    expect(classifyHeaderLine('By Jane Doe and John Smith')).toEqual({ kind: 'byline', byline: 'Jane Doe and John Smith' });
  });

  it('leaves sentences that mention a date alone', () => {
    expect(classifyHeaderLine('The talks, which began on Feb 6, 2021, ended without agreement after three days.')).toBeNull();
    expect(classifyHeaderLine('By the end of the year prices had doubled.')).toBeNull();
  });

  it('tells a headline from a sentence', () => {
    expect(looksLikeTitle('Iran-Iraq Strong Ties Ensure Regional Security, Stability')).toBe(true);
    expect(looksLikeTitle('Iran supports Iraq’s participation in regional interactions, he added.')).toBe(false);
  });
});
