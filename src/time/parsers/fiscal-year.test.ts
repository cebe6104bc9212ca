import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

const one = (text: string) => timesIn(text).map((t) => [t.text, t.value, t.range?.from ?? null])[0];

describe('fiscal, school and calendar years', () => {
  it.each([
    ['Revenue rose in FY2016.', 'FY2016', 'FY2016', null],
    ['Revenue rose in fiscal 2017.', 'fiscal 2017', 'FY2017', null],
    ['The budget for fiscal year 2017 was cut.', 'fiscal year 2017', 'FY2017', null],
    ['Profits fell last fiscal year.', 'last fiscal year', 'FY2020', null],
    ['Enrolment fell in the school year 2008.', 'school year 2008', 'SY2008', null],
    ['Prices rose this calendar year.', 'this calendar year', '2021', '2021-01-01'],
    ['Sales in CY18 were flat.', 'CY18', '2018', '2018-01-01'],
  ])('reads "%s"', (text, span, value, from) => {
    expect(one(text)).toEqual([span, value, from]);
  });

  it('leaves a fiscal year with no year unresolved', () => {
    expect(timesIn('The fiscal year ends soon.').map((t) => t.value)).toEqual([]);
  });
});
