import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

const one = (text: string) => timesIn(text).map((t) => [t.text, t.value, t.range?.to])[0];

describe('ranges of days and months', () => {
  it.each([
    ['The fair runs April 9th through 17th.', 'April 9th through 17th', '2021-04-09/2021-04-17', '2021-04-18'],
    ['Talks were held between the ninth and the seventeenth of January.', 'between the ninth and the seventeenth of January', '2021-01-09/2021-01-17', '2021-01-18'],
    ['He was held from 2 July to 10 July 2019.', 'from 2 July to 10 July 2019', '2019-07-02/2019-07-10', '2019-07-11'],
    ['The summit ran Nov 18-Dec 19, 2015.', 'Nov 18-Dec 19, 2015', '2015-11-18/2015-12-19', '2015-12-20'],
    ['Exports fell Nov-Feb 2017.', 'Nov-Feb 2017', '2016-11/2017-02', '2017-03-01'],
    ['Sales from April in 2016 to June in 2017 were weak.', 'from April in 2016 to June in 2017', '2016-04/2017-06', '2017-07-01'],
    ['The fair ran from 26th June of 2020 to 28th June of 2020.', 'from 26th June of 2020 to 28th June of 2020', '2020-06-26/2020-06-28', '2020-06-29'],
  ])('reads "%s"', (text, span, value, to) => {
    expect(one(text)).toEqual([span, value, to]);
  });

  it('does not read a score as a range of days', () => {
    expect(one('The team won 3-1 in September.')?.[0]).toBe('September');
  });
});
