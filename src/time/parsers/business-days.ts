import { addDays, mondayOf, weekdayOf, type Day } from '../calendar.js';
import type { Candidate, Parser } from '../candidate.js';
import { scanNear } from '../near.js';
import { intervalValue } from '../value.js';
import { NUMBER, parseNumber } from '../../text/number.js';
import { shiftOf } from '../words.js';

// "the next 4 business days", "the past ten working days": weekdays counted from the day after
// publication, or back from the day before it, skipping Saturdays and Sundays (not holidays,
// which differ by country). "this working week", "next workweek": Monday to Friday.
const DAYS = new RegExp(`\\b(?:(?<rel>next|coming|following|past|last|previous)|(?<within>within))\\s+(?:the\\s+(?:next\\s+)?)?(?<count>${NUMBER})\\s+(?:business|working|work)\\s+days\\b`, 'gi');
const WEEK = /\b(?<rel>this|current|next|coming|following|last|past|previous)\s+(?:working|work)[\s-]?week\b/gi;
const CUE = /[Bb]usiness|[Ww]ork/g;

const weekday = (d: Day) => weekdayOf(d) % 6 !== 0;

function businessDays(m: RegExpExecArray, reference: Day): Candidate | null {
  const count = parseNumber(m.groups!.count!);
  if (count === null || !Number.isInteger(count) || count < 1 || count > 366) return null;
  const step = m.groups!.rel && shiftOf(m.groups!.rel) < 0 ? -1 : 1;
  let day = reference;
  let last = reference;
  for (let n = 0; n < count; ) {
    day = addDays(day, step);
    if (weekday(day)) {
      n++;
      last = day;
    }
  }
  const [from, to] = step > 0 ? [addDays(reference, 1), addDays(last, 1)] : [last, reference];
  return { start: m.index, end: m.index + m[0].length, rule: 'business-days', ...intervalValue(from, to) };
}

function workWeek(m: RegExpExecArray, reference: Day): Candidate {
  const monday = addDays(mondayOf(reference), 7 * shiftOf(m.groups!.rel!));
  return { start: m.index, end: m.index + m[0].length, rule: 'business-days', ...intervalValue(monday, addDays(monday, 5)) };
}

export const businessDaysParser: Parser = (context) => [
  ...scanNear(context.text, CUE, 40, DAYS, (m) => businessDays(m, context.reference)),
  ...scanNear(context.text, CUE, 25, WEEK, (m) => workWeek(m, context.reference)),
];
