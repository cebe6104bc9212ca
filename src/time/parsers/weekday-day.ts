import { addMonths, compareDays, isValidDay, weekdayOf, type Day } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { dayValue } from '../value.js';
import { ORDINAL, ordinal, scan } from '../words.js';

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
// "Monday 21", "on Fri the 14th": a weekday with a day of the month and no month; the month is the
// nearest (the latest or the next, by tense) in which that day falls on that weekday.
const PATTERN = new RegExp(
  `\\b(?:on\\s+)?(?<weekday>(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\\.?,?\\s+(?:the\\s+)?(?<day>${ORDINAL}|[1-9]|[12]\\d|3[01])\\b` +
    `(?![\\s,]*(?:[:.\\/-]\\s*\\d|(?:a\\.?m|p\\.?m|o'?clock)\\b|of\\b|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\\d))`,
  'gi',
);

export const weekdayDayParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const weekday = WEEKDAYS.indexOf(m.groups!.weekday!.slice(0, 3).toLowerCase());
    const n = ordinal(m.groups!.day!);
    const ref = context.reference;
    const tense = context.tense(m.index, m.index + m[0].length);
    const fits = (shift: number): Day | null => {
      const day = { ...addMonths(ref.year, ref.month, shift), day: n };
      if (!isValidDay(day) || weekdayOf(day) !== weekday) return null;
      const side = Math.sign(compareDays(day, ref));
      return (tense === 'past' && side > 0) || (tense === 'future' && side < 0) ? null : day;
    };
    const order = tense === 'past' ? [0, -1, -2, -3, -4, -5, -6] : tense === 'future' ? [0, 1, 2, 3, 4, 5, 6] : [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6];
    const day = order.map(fits).find((d) => d !== null);
    return day ? { start: m.index, end: m.index + m[0].length, rule: 'weekday-day', ...dayValue(day) } : null;
  });
