import { describe, expect, it } from 'vitest';
import { timesIn } from './testing.js';

const texts = (text: string) => timesIn(text).map((t) => t.text);

describe('what is not a time', () => {
  it('does not take "May" the name for the month', () => {
    expect(texts('Theresa May said Britain would stay.')).toEqual([]);
  });

  it('does not take "march" the verb for the month', () => {
    expect(texts('Supporters will march to the embassy.')).toEqual([]);
    expect(texts('Iran may retaliate.')).toEqual([]);
  });

  it('does not read counts or resolutions as years', () => {
    expect(texts('Security Council Resolution 2231 was adopted by 2015 delegates.')).toEqual([]);
  });

  it('does not read codes, seasons or scores written in figures as dates', () => {
    expect(texts('Call 555-1990 or 138-2010-12.')).toEqual([]);
    expect(texts('The side won 3-1 and 2-0.')).toEqual([]);
    expect(timesIn('The 2011-12 season was his best.').map((t) => t.value)).not.toContain('2011-12');
    expect(timesIn('Spending since 1998/9 and in 1998-9 was cut.').map((t) => t.value)).not.toContain('1998-09');
  });

  it('does not read "to fight another day" as a length of time', () => {
    expect(texts('He will live to fight another day.')).toEqual([]);
  });

  it('does not read a count before "next week" as a number of weeks', () => {
    expect(timesIn('Only 3 next week will attend.').map((t) => [t.text, t.value])).toEqual([['next week', '2021-W06']]);
  });

  it('does not read an amount of money as the day of a date after it', () => {
    expect(timesIn('He bought it for $12 December 27.').map((t) => [t.text, t.value])).toEqual([['December 27', '2020-12-27']]);
  });

  it('does not read "Good morning" as a time', () => {
    expect(texts('Good morning, Mr President.')).toEqual([]);
  });

  it('does not read a rate as a duration', () => {
    expect(texts('He prayed five times a day.')).toEqual([]);
  });

  it('does not read an age as a duration', () => {
    expect(texts('A five-year-old boy and a man, 40 years old, were hurt.')).toEqual([]);
  });
});

describe('ordinals that are not days', () => {
  it('does not read "on the 5th floor" as a day, and "the 18th century" only as a century', () => {
    expect(timesIn('In the 18th century the shah lived on the 5th floor.').map((t) => [t.text, t.value])).toEqual([['18th century', '17']]);
  });
});

describe('what is not a range of clock times', () => {
  it('does not read a vote or a share as hours', () => {
    expect(texts('The council voted 9-6 on Tuesday.')).toEqual(['on Tuesday']);
    expect(texts('Growth will be between 3 and 5 percent.')).toEqual([]);
    expect(texts('Prices rose between 1.25 and 1.50 dollars.')).toEqual([]);
  });
});

describe('what is not a time of day', () => {
  it('does not read counts beside a day as hours', () => {
    expect(texts('Last night 26 people disappeared.')).toEqual(['Last night']);
    expect(texts('The vote was 12 to 3.')).toEqual([]);
  });

  it('does not take "sun" for Sunday', () => {
    expect(texts('The sun will set early.')).toEqual([]);
  });
});

describe('what is not a stretch of time', () => {
  it('does not read "last" the verb as the last days', () => {
    expect(timesIn('The talks could last two days.').map((t) => t.value)).toEqual(['P2D']);
  });
});

describe('what is not the day next to publication', () => {
  it('leaves "the day before the election" to the event it names', () => {
    expect(texts('Clashes broke out the day before the election.')).toEqual([]);
  });
});

describe('what is not the month May', () => {
  it('does not take "this may" the modal for the month', () => {
    expect(texts('This may take longer than expected.')).toEqual([]);
  });
});

describe('what is not the current period', () => {
  it('does not read "the start of year two" as this year', () => {
    expect(texts('Results improved at the start of year two.')).toEqual([]);
  });

  it('does not read "start-up" as a time', () => {
    expect(texts('The start-up raised money in a new round.')).toEqual([]);
  });
});
