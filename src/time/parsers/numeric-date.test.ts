import { describe, expect, it } from 'vitest';
import { timesIn } from '../testing.js';

const one = (text: string) => timesIn(text).map((t) => [t.text, t.value, t.range?.to])[0];

describe('dates written in figures', () => {
  it.each([
    ['Polls were open 10/1/2018-10/7/2018.', '10/1/2018-10/7/2018', '2018-10-01/2018-10-07', '2018-10-08'],
    ['Polls were open 10-1-2018-10-7-2018.', '10-1-2018-10-7-2018', '2018-10-01/2018-10-07', '2018-10-08'],
    ['The fair runs 5/1-5/7, 2020.', '5/1-5/7, 2020', '2020-05-01/2020-05-07', '2020-05-08'],
    ['The period is 10/1-11/2/2017.', '10/1-11/2/2017', '2017-10-01/2017-11-02', '2017-11-03'],
    ['Registration runs 2/1-2/20.', '2/1-2/20', '2021-02-01/2021-02-20', '2021-02-21'],
    ['Sales in 2015-3 fell.', '2015-3', '2015-03', '2015-04-01'],
    ['Sales in 12-2015 fell.', '12-2015', '2015-12', '2016-01-01'],
    ['The plan for Dec/2018-May/2019 was dropped.', 'Dec/2018-May/2019', '2018-12/2019-05', '2019-06-01'],
    ['On 2020/23/Sep he left.', '2020/23/Sep', '2020-09-23', '2020-09-24'],
    ['He left on September-2020-23.', 'September-2020-23', '2020-09-23', '2020-09-24'],
    ['See report-20170302.html for details.', '20170302', '2017-03-02', '2017-03-03'],
  ])('reads "%s"', (text, span, value, to) => {
    expect(one(text)).toEqual([span, value, to]);
  });
});
