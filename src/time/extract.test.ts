import { describe, expect, it } from 'vitest';
import { extractTimes } from './extract.js';
import { timesIn } from './testing.js';

const one = (text: string) => {
  const [t] = timesIn(text);
  return t && { text: t.text, value: t.value, granularity: t.granularity, role: t.role, range: t.range };
};

describe('extractTimes', () => {
  it('dates "on Wednesday" in a past-tense clause to the Wednesday before publication', () => {
    expect(one('Rouhani said in a meeting in Tehran on Wednesday.')).toMatchObject({ text: 'on Wednesday', value: '2021-02-03', granularity: 'day', role: 'event' });
  });

  it('dates "on Wednesday" in a future clause to the Wednesday after', () => {
    expect(one('The ministers will meet on Wednesday.')?.value).toBe('2021-02-10');
  });

  it('reads "early last year" as 2020, January to April', () => {
    expect(one('the assassination early last year')).toMatchObject({ value: '2020', range: { from: '2020-01-01', to: '2020-05-01' } });
  });

  it('reads "late 2017" as 2017, September to December', () => {
    expect(one('defeating the group in late 2017')).toMatchObject({ value: '2017', range: { from: '2017-09-01', to: '2018-01-01' } });
  });

  it.each([
    ['They met last week.', '2021-W04', '2021-01-25', '2021-02-01'],
    ['It happened two days ago.', '2021-02-04', '2021-02-04', '2021-02-05'],
    ['Talks resume next month.', '2021-03', '2021-03-01', '2021-04-01'],
    ['Exports fell in the first quarter of 2020.', '2020-Q1', '2020-01-01', '2020-04-01'],
    ['Sanctions tightened over the past decade.', '2011-02-06/2021-02-06', '2011-02-06', '2021-02-06'],
    ['Fighting grew over the past couple of weeks.', '2021-01-23/2021-02-06', '2021-01-23', '2021-02-06'],
    ['Shops opened early on Black Friday 2019.', '2019-11-29', '2019-11-29', '2019-11-30'],
    ['The vote was held on Feb 29.', '2020-02-29', '2020-02-29', '2020-03-01'],
    ['The vote was held on 2/29.', '2020-02-29', '2020-02-29', '2020-03-01'],
    ['The vote is due on the 21st of next month.', '2021-03-21', '2021-03-21', '2021-03-22'],
    ['They met on Monday this week.', '2021-02-01', '2021-02-01', '2021-02-02'],
    ['They met this week Monday.', '2021-02-01', '2021-02-01', '2021-02-02'],
    ['Talks are set for the week of the 18th.', '2021-W07', '2021-02-15', '2021-02-22'],
    ['He was born on 15 April in 1987.', '1987-04-15', '1987-04-15', '1987-04-16'],
    ['Talks were held on the 3rd and 4th of February.', '2021-02-03', '2021-02-03', '2021-02-04'],
    ['Talks were held at 18 and 19 January.', '2021-01-18', '2021-01-18', '2021-01-19'],
    ['Relations soured in the 1990s.', '199', '1990-01-01', '2000-01-01'],
    ['Trade grew from 2014 to 2018.', '2014/2018', '2014-01-01', '2019-01-01'],
    ['Profits fell over the past two quarters.', '2020-07-01/2021-01-01', '2020-07-01', '2021-01-01'],
    ['Output should recover in the next 3 quarters.', '2021-04-01/2022-01-01', '2021-04-01', '2022-01-01'],
    ['It was a hit with 1990s audiences.', '199', '1990-01-01', '2000-01-01'],
    ['Oil prices crashed in the eighties.', '198', '1980-01-01', '1990-01-01'],
    ['The minister is away for the month.', '2021-02', '2021-02-01', '2021-03-01'],
    ['Shares are down 20% in the year to date.', '2021', '2021-01-01', '2021-02-06'],
    ['Exports fell in the last four months of 2020.', '2020-09-01/2021-01-01', '2020-09-01', '2021-01-01'],
    ['Vaccines arrive in the third month of 2021.', '2021-03', '2021-03-01', '2021-04-01'],
    ['Output fell in week 27 of last year.', '2020-W27', '2020-06-29', '2020-07-06'],
    ['The border will close for a week starting tomorrow.', '2021-02-07/2021-02-14', '2021-02-07', '2021-02-14'],
    ['Rescuers hope to reach them within 5 hours.', '2021-02-06T13:47/2021-02-06T18:47', '2021-02-06T13:47', '2021-02-06T18:47'],
    ['No attack was reported after around 3:30pm.', '2021-02-06T15:30', '2021-02-06T15:30', null],
    ['Traffic peaked over the Labor Day weekend of 2020.', '2020-W36-WE', '2020-09-05', '2020-09-08'],
    ['Talks resume the day after.', '2021-02-07', '2021-02-07', '2021-02-08'],
    ['The raid came on 3 February in the evening.', '2021-02-03TEV', '2021-02-03T16:00', '2021-02-03T20:00'],
    ['Growth is not expected until later than 2022.', '2022', '2023-01-01', null],
  ])('normalises "%s"', (text, value, from, to) => {
    expect(one(text)).toMatchObject({ value, range: { from, to } });
  });

  it('puts "in March" in the last March before publication in a past clause, and the next in a future one', () => {
    expect(one('They met in March.')?.value).toBe('2020-03');
    expect(one('They will meet in March.')?.value).toBe('2021-03');
  });

  it('reads "for another day" as one day more', () => {
    expect(timesIn('Talks will go on for another day.').map((t) => t.value)).toEqual(['P1D']);
  });

  it('gives durations an ISO 8601 value and the role "other"', () => {
    expect(one('He was jailed for three years.')).toMatchObject({ value: 'P3Y', granularity: 'year', role: 'other', range: null });
    expect(one('a talk of half an hour')).toMatchObject({ value: 'PT0.5H', role: 'other' });
    expect(one('a ½ hour call')).toMatchObject({ value: 'PT0.5H' });
    expect(one('He spoke for one and half hour.')).toMatchObject({ value: 'PT1.5H' });
  });

  it('opens the range of "since 2018"', () => {
    expect(one('Iran has enriched uranium since 2018.')).toMatchObject({ text: 'since 2018', range: { from: '2018-01-01', to: null } });
  });

  it('marks the publication stamp when the text still carries it', () => {
    expect(one('Feb 6, 2021, 1:47 PM\n\nText.')?.role).toBe('publication');
  });

  it('keeps only times that need no reference when the publication time is unknown', () => {
    const times = extractTimes('On Wednesday, a deal signed on 5 March 2019 was renewed.', null);
    expect(times.map((t) => t.value)).toEqual(['2019-03-05']);
  });
});

describe('named days', () => {
  it('dates Nowruz and Christmas in the year the clause points to', () => {
    expect(timesIn('Iranians celebrated Nowruz.')[0]?.value).toBe('2020-03-21');
    expect(timesIn('He will be home by Christmas 2021.')[0]?.range).toEqual({ from: null, to: '2021-12-26' });
    expect(timesIn('They met on Easter 2019.')[0]?.value).toBe('2019-04-21');
  });
});

describe('times counted from the text', () => {
  it('counts "two days later" from the day named before it', () => {
    const times = extractTimes('The ship docked on March 8. Two days later it left.', '2021-03-20T10:00:00');
    expect(times.map((t) => t.value)).toEqual(['2021-03-08', '2021-03-10']);
  });

  it('reads a month with no tense cue as the nearest one', () => {
    expect(extractTimes('More recently, in December, the group struck.', '2025-03-14T20:30:26')[0]?.value).toBe('2024-12');
  });
});

describe('days of the month by their ordinal', () => {
  it('reads "on the 18th" in the month the clause points to', () => {
    expect(timesIn('The talks collapsed on the 28th.')[0]?.value).toBe('2021-01-28');
    expect(timesIn('They will meet on the 18th.')[0]?.value).toBe('2021-02-18');
  });

  it('reads "the 15th day of next month"', () => {
    expect(timesIn('It expires on the 15th day of next month.')[0]?.value).toBe('2021-03-15');
  });
});

describe('weeks', () => {
  it('reads the nth and the last week of a period, and the week of a day', () => {
    expect(timesIn('in the first week of 2015')[0]?.range).toEqual({ from: '2014-12-29', to: '2015-01-05' });
    expect(timesIn('in the last week of July 2016')[0]?.range).toEqual({ from: '2016-07-25', to: '2016-08-01' });
    expect(timesIn('during the week of April 10th, 2017')[0]?.value).toBe('2017-W15');
  });
});

describe('seasons', () => {
  it('reads "last summer" and "the spring of 2019"', () => {
    expect(timesIn('Protests spread last summer.')[0]).toMatchObject({ value: '2020-SU', range: { from: '2020-06-01', to: '2020-09-01' } });
    expect(timesIn('in the spring of 2019')[0]?.value).toBe('2019-SP');
  });

  it('keeps a season with no year out of the events', () => {
    expect(timesIn('Winter storms hit.')[0]).toMatchObject({ value: 'WI', role: 'other' });
  });
});

describe('a weekday with a day of the month', () => {
  it('finds the month in which the day falls on that weekday', () => {
    expect(timesIn('The vote was held on Sunday 31.')[0]?.value).toBe('2021-01-31');
    expect(timesIn('They will meet on Monday the 22nd.')[0]?.value).toBe('2021-02-22');
  });
});

describe('the weekend', () => {
  it('is the last one in a past clause and the next one in a future clause', () => {
    expect(extractTimes('Protesters gathered over the weekend.', '2021-02-08T10:00:00')[0]?.range).toEqual({ from: '2021-02-06', to: '2021-02-08' });
    expect(extractTimes('They will meet over the weekend.', '2021-02-08T10:00:00')[0]?.range).toEqual({ from: '2021-02-13', to: '2021-02-15' });
  });
});

describe('a weekday in a named week', () => {
  it('reads "Tuesday of last week"', () => {
    expect(timesIn('They met on Tuesday of last week.')[0]).toMatchObject({ text: 'on Tuesday of last week', value: '2021-01-26' });
  });

  it('reads "next week on Tuesday at 9 am" as that Tuesday at 9', () => {
    expect(timesIn('Talks resume next week on Tuesday at 9 am.')[0]).toMatchObject({ text: 'next week on Tuesday at 9 am', value: '2021-02-09T09:00' });
  });
});

describe('ranges', () => {
  it('gives the start of a range the year written at its end', () => {
    expect(timesIn('between March and May 2019')[0]).toMatchObject({ value: '2019-03/2019-05', range: { from: '2019-03-01', to: '2019-06-01' } });
    expect(timesIn('The summit ran March 5-7, 2019.')[0]?.range).toEqual({ from: '2019-03-05', to: '2019-03-08' });
  });
});

describe('a day counted from the day before it in the text', () => {
  it('dates "the next day" from the day the text just named', () => {
    expect(timesIn('He was freed on 3 February and flew home the next day.').map((t) => t.value)).toEqual(['2021-02-03', '2021-02-04']);
  });
});

describe('a part named by an edge of its period, as a bound', () => {
  it('is the instant the period starts, is half over or ends, at either end of a range', () => {
    expect(timesIn('Prices rose between the end of 2007 and the end of 2008.')[0]?.range).toEqual({ from: '2008-01-01', to: '2009-01-01' });
    expect(timesIn('It ran from the middle of 2007 to the start of 2009.')[0]?.range).toEqual({ from: '2007-07-02', to: '2009-01-01' });
  });

  it('puts the end of a range with no year after its start', () => {
    expect(timesIn('Roadworks run from the end of March to the middle of September.')[0]?.range).toEqual({ from: '2021-04-01', to: '2021-09-16' });
  });

  it('is the instant after "before" and "after", but not after "since"', () => {
    expect(timesIn('The deal will be signed before the end of the year.')[0]?.range).toEqual({ from: null, to: '2022-01-01' });
    expect(timesIn('Talks will resume after the beginning of March.')[0]?.range).toEqual({ from: '2021-03-01', to: null });
    expect(timesIn('He has lived here since the end of 2019.')[0]?.range).toEqual({ from: '2019-09-01', to: null });
  });

  it('keeps the part a stretch when it stands alone', () => {
    expect(timesIn('The plant opened at the end of 2019.')[0]?.range).toEqual({ from: '2019-09-01', to: '2020-01-01' });
  });
});

describe('stretches of several units', () => {
  it('adds up "the past two years and three months"', () => {
    expect(timesIn('Prices rose over the past two years and three months.')[0]).toMatchObject({ text: 'past two years and three months', range: { from: '2018-11-06', to: '2021-02-06' } });
  });

  it('ends the stretch before a count that runs on to "ago"', () => {
    expect(timesIn('They worked for the last 3 months and 2 days ago they found it.').map((t) => [t.text, t.value])).toEqual([
      ['last 3 months', '2020-11-06/2021-02-06'],
      ['2 days ago', '2021-02-04'],
    ]);
  });
});

describe('a day, then a time of day left open', () => {
  it('puts "by 5 pm" and "no later than 6:00" on the day before them', () => {
    expect(timesIn('Talks will end on Wednesday by 5 pm.')[0]).toMatchObject({ text: 'on Wednesday by 5 pm', value: '2021-02-10T17:00', range: { from: null, to: '2021-02-10T17:00' } });
    expect(timesIn('Bids are due on Feb 11 no later than 6 pm.')[0]?.range).toEqual({ from: null, to: '2021-02-11T18:00' });
  });

  it('anchors the day by the tense of its clause, not by the word before the clock', () => {
    expect(timesIn('The attack began on Wednesday after 10 pm.')[0]).toMatchObject({ value: '2021-02-03T22:00', range: { from: '2021-02-03T22:00', to: null } });
  });
});

describe('"previous" before a weekday', () => {
  it('is the last such weekday before publication', () => {
    expect(timesIn('They met on previous Saturday.')[0]).toMatchObject({ text: 'previous Saturday', value: '2021-01-30' });
  });
});

describe('the end of the current period and financial news\'s "end-March"', () => {
  it('reads "end of month" with no determiner as this month\'s', () => {
    expect(timesIn('Payment is due by end of month.')[0]).toMatchObject({ text: 'by end of month', value: '2021-02', range: { from: null, to: '2021-03-01' } });
  });

  it('reads "end-March" and "end-2021" as the end of that month or year', () => {
    expect(timesIn('Rates will rise by end-March.')[0]?.range).toEqual({ from: null, to: '2021-04-01' });
    expect(timesIn('Growth will slow at end-2021.')[0]).toMatchObject({ value: '2021', range: { from: '2021-09-01', to: '2022-01-01' } });
  });
});

describe('a time of day alone at the end of a range', () => {
  it('is on the day of the start, or the next day when it is earlier', () => {
    expect(timesIn('Polls open between 8:00 tomorrow and 6 pm.')[0]?.range).toEqual({ from: '2021-02-07T08:00', to: '2021-02-07T18:00' });
    expect(timesIn('Fighting raged from 10 pm on Friday to 2 am.')[0]?.range).toEqual({ from: '2021-02-05T22:00', to: '2021-02-06T02:00' });
  });
});

describe('"until" before a time', () => {
  it('opens the time before it, ending where it begins', () => {
    expect(timesIn('The border will stay shut until March 1.')[0]).toMatchObject({ text: 'until March 1', range: { from: null, to: '2021-03-01' } });
  });
});

describe('an hour with no am or pm at the end of a range', () => {
  it('is the one after the start', () => {
    expect(timesIn('Shops stay open between now and eight o\'clock.')[0]?.range).toEqual({ from: '2021-02-06T13:47', to: '2021-02-06T20:00' });
  });
});

describe('"next" and "last" before a day of a month', () => {
  it('is the next or the last such day, not the one of this year', () => {
    expect(timesIn('The vote is set for next February 1.')[0]).toMatchObject({ text: 'next February 1', value: '2022-02-01' });
    expect(timesIn('It is due next 6th of April.')[0]?.value).toBe('2021-04-06');
    expect(timesIn('He quit last February 6.')[0]?.value).toBe('2020-02-06');
  });
});

describe('a named day that ends in a weekday', () => {
  it('keeps "Good Friday" whole when a time of day follows', () => {
    expect(timesIn('Pilgrims gathered on Good Friday at 3 pm last year.')[0]).toMatchObject({ text: 'Good Friday at 3 pm', value: '2020-04-10T15:00' });
  });
});
