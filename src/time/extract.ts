import type { TimeExpression } from '../model/index.js';
import type { Moment } from './calendar.js';
import type { Candidate, Context, Parser } from './candidate.js';
import { chronoParser } from './chrono.js';
import { currentParser } from './parsers/current.js';
import { clockRangeParser } from './parsers/clock-range.js';
import { dayRangeParser } from './parsers/day-range.js';
import { numericDateParser } from './parsers/numeric-date.js';
import { clockWordsParser } from './parsers/clock-words.js';
import { spelledYearParser } from './parsers/spelled-year.js';
import { partOfPeriodParser } from './parsers/part-of-period.js';
import { nowParser } from './parsers/now.js';
import { nextDayParser } from './parsers/next-day.js';
import { shortYearParser } from './parsers/short-year.js';
import { decadeParser } from './parsers/decade.js';
import { durationParser } from './parsers/duration.js';
import { holidayParser } from './parsers/holiday.js';
import { ordinalDayParser } from './parsers/ordinal-day.js';
import { quarterParser } from './parsers/quarter.js';
import { businessDaysParser } from './parsers/business-days.js';
import { fortnightParser } from './parsers/fortnight.js';
import { leapDayParser } from './parsers/leap-day.js';
import { dayOfYearParser } from './parsers/day-of-year.js';
import { dayPairParser } from './parsers/day-pair.js';
import { fiscalYearParser } from './parsers/fiscal-year.js';
import { seasonParser } from './parsers/season.js';
import { setParser } from './parsers/set.js';
import { weekParser } from './parsers/week.js';
import { weekdayDayParser } from './parsers/weekday-day.js';
import { relativeParser } from './parsers/relative.js';
import { vagueParser } from './parsers/vague.js';
import { weekendParser } from './parsers/weekend.js';
import { yearParser } from './parsers/year.js';
import { referenceMoment } from './reference.js';
import { attach } from './refine/attach.js';
import { joinRanges } from './refine/join.js';
import { openEnded } from './refine/open.js';
import { weekOf } from './refine/week-of.js';
import { roleOf } from './role.js';
import { select } from './select.js';
import { tenseAt, type Tense } from './tense.js';

/** The tense of the clause around a span of the text. */
export type TenseOf = (start: number, end: number) => Tense | null;

// Order matters only between candidates of the same length: a rule earlier
// in the list wins. dyad's parsers come before chrono, which is general.
const PARSERS: ReadonlyArray<[string, Parser]> = [
  ['holiday', holidayParser],
  // Before ordinal-day and chrono, which give 29 February a year that has none.
  ['leap-day', leapDayParser],
  ['vague', vagueParser],
  ['quarter', quarterParser],
  ['fiscal-year', fiscalYearParser],
  ['business-days', businessDaysParser],
  ['fortnight', fortnightParser],
  ['part-of-period', partOfPeriodParser],
  ['ordinal-day', ordinalDayParser],
  ['week', weekParser],
  ['season', seasonParser],
  ['weekday-day', weekdayDayParser],
  ['weekend', weekendParser],
  ['relative', relativeParser],
  ['current', currentParser],
  ['decade', decadeParser],
  ['set', setParser],
  ['duration', durationParser],
  ['year', yearParser],
  ['clock-range', clockRangeParser],
  ['day-range', dayRangeParser],
  ['numeric-date', numericDateParser],
  ['day-of-year', dayOfYearParser],
  ['day-pair', dayPairParser],
  ['clock-words', clockWordsParser],
  ['spelled-year', spelledYearParser],
  ['short-year', shortYearParser],
  ['now', nowParser],
  ['next-day', nextDayParser],
  ['chrono', chronoParser],
];
const ORDER = PARSERS.map(([name]) => name);

/** The time expressions of a text, anchored at the publication time (ISO 8601) and the tense of their clause. */
export function extractTimes(text: string, published: string | null, tense: TenseOf = (start, end) => tenseAt(text, start, end)): TimeExpression[] {
  const reference = referenceMoment(published);
  const found = reference ? candidates(text, reference, tense) : absolute(text, tense);
  return found.map((c) => ({
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    value: c.value,
    granularity: c.granularity,
    role: roleOf(c, text, published),
    range: c.range,
  }));
}

function candidates(text: string, reference: Moment, tense: TenseOf): Candidate[] {
  const context: Context = { text, reference, tense };
  const chosen = select(PARSERS.flatMap(([, parse]) => parse(context)), ORDER);
  // Refiners, in order: complete a time from its neighbour ("4 July" + "of 1995"), widen a day to its
  // week ("the week of"), join two ends into a range ("from … to …"), then open a range ("since …").
  return openEnded(text, joinRanges(text, weekOf(text, attach(text, chosen))));
}

// With no publication time, keep what reads the same from two far-apart
// references: "5 March 2019" and "for three years", not "on Wednesday".
function absolute(text: string, tense: TenseOf): Candidate[] {
  const early = candidates(text, { year: 1950, month: 3, day: 15, hour: 12, minute: 0, second: 0 }, tense);
  const late = new Set(candidates(text, { year: 2090, month: 9, day: 20, hour: 12, minute: 0, second: 0 }, tense).map((c) => `${c.start}:${c.value}`));
  return early.filter((c) => late.has(`${c.start}:${c.value}`));
}
