import { describe, expect, it } from 'vitest';
import { parseVisibleDate } from './visible-date.js';

describe('a date printed on a page', () => {
  it.each([
    ['Feb 6, 2021, 1:47 PM', null, '2021-02-06T13:47:00'],
    ['2. September 2020', 'de', '2020-09-02'],
    ['02 сентября 2020', 'ru', '2020-09-02'],
    ['2.9.2020', 'fi', '2020-09-02'],
    ['22/11/2020 - 04:30', 'pt', '2020-11-22T04:30:00'],
    ['11/22/2020', 'en-US', '2020-11-22'],
    ['03/04/2020', 'en-US', '2020-03-04'],
    ['03/04/2020', 'en-GB', '2020-04-03'],
    ['2020年7月12日', 'ja', '2020-07-12'],
    ['الأربعاء، 07 أكتوبر 2020 12:19 م', 'ar', '2020-10-07T12:19:00'],
    ['الجمعة 24 نيسان / أبريل 2020 09:22 مساءً', 'ar', '2020-04-24T21:22:00'],
    ['٣ كانون الثاني ٢٠٢٠', 'ar', '2020-01-03'],
    ['12 نيسان (أبريل) 2020 21:22 م', 'ar', '2020-04-12T21:22:00'],
  ])('reads "%s" (%s) as %s', (text, language, value) => {
    expect(parseVisibleDate(text, language)?.value).toBe(value);
  });

  it('needs a day, a month and a year', () => {
    expect(parseVisibleDate('February 2021')).toBeNull();
    expect(parseVisibleDate('on Wednesday')).toBeNull();
  });
});
