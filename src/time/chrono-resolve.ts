import type { ParsedComponents } from 'chrono-node';
import { formatMoment, isValidDay, weekdayOf, type Day, type Moment } from './calendar.js';
import { fullYear, nearMonth, nearMonthDay, nearWeekday } from './anchor.js';
import { DAYPART, dayPart } from './daypart.js';
import type { Tense } from './tense.js';
import { dayValue, monthValue, yearValue, type TimeValue } from './value.js';

/** One end of what chrono read, as dyad's value; `moment` when it has a time of day. */
export type Point = { value: TimeValue; moment: Moment | null };

// Only a bare weekday or date is re-anchored by tense; "next Monday", "this Friday" keep chrono's reading.
const MODIFIED = /\b(?:next|last|this|previous|following|coming|past|of|ago|from|after|before|later|earlier)\b/i;
const OPEN_CLOCK = /\s+(?:(?:no\s+)?later\s+than|earlier\s+than|before|after|by|until)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|noon|midnight)(?:\s+in\s+the\s+\w+)?$/i;
// "two months ago", "in three weeks": chrono knows the month; the day it implies is meant too.
const COUNTED = /\b(?:ago|in|later|from\s+now|hence|before|after|earlier)\b/i;

// "Sunday, 12 December" with no year: of the nearest year and those beside it, the one where
// the 12th of December is a Sunday (Recognizers-Text ignores the weekday; dyad trusts it).
function matchingWeekday(reference: Moment, month: number, day: number, weekday: number, tense: Tense | null): Day {
  const near = nearMonthDay(reference, month, day, tense);
  const years = [near.year, near.year - 1, near.year + 1];
  const year = years.find((y) => isValidDay({ year: y, month, day }) && weekdayOf({ year: y, month, day }) === weekday);
  return year === undefined ? near : { year, month, day };
}

/** The value of chrono's components, re-anchored by tense where the text leaves the year or week open. */
export function resolve(c: ParsedComponents, reference: Moment, tense: Tense | null, written: string, half: 'early' | 'late' | null = null): Point | null {
  const known = (k: Parameters<ParsedComponents['isCertain']>[0]) => c.isCertain(k);
  // "03/18/40" in 2019 is 1940: chrono puts every two-digit year in this century.
  const shortYear = known('year') && /\d[/.-]\d{2}$|['’]\d{2}$/.test(written.trim());
  const get = (k: Parameters<ParsedComponents['get']>[0]) => (k === 'year' && shortYear ? fullYear(c.get('year')! % 100, reference) : c.get(k) ?? 0);
  // "on Wednesday after 5 pm": the word before the clock does not modify the day.
  const bare = !MODIFIED.test(written.replace(OPEN_CLOCK, ''));
  const counted = c.tags().has('result/relativeDate') && COUNTED.test(written) && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|few|several)\b/i.test(written);
  let day: Day | null = null;
  if (known('day') && known('month') && !known('year') && known('weekday')) day = matchingWeekday(reference, get('month'), get('day'), get('weekday'), tense);
  else if (known('day') && known('month') && !known('year') && bare) day = nearMonthDay(reference, get('month'), get('day'), tense);
  else if (known('day') || counted) day = { year: get('year'), month: get('month'), day: get('day') };
  else if (known('weekday') && bare) day = nearWeekday(reference, get('weekday'), tense);
  else if (known('weekday')) day = { year: get('year'), month: get('month'), day: get('day') };
  if (known('hour')) {
    // "last night at 8", "this evening at 7": an hour with no am or pm in the evening is after noon.
    const evening = !known('meridiem') && get('hour') < 12 && get('hour') > 3 && /\b(?:night|tonight|evening|afternoon)\b/i.test(written);
    const moment = { ...(day ?? { year: get('year'), month: get('month'), day: get('day') }), hour: get('hour') + (evening ? 12 : 0), minute: get('minute'), second: get('second') };
    const granularity = known('second') ? 'second' : 'minute';
    return { value: { value: formatMoment(moment), granularity, range: null }, moment };
  }
  if (DAYPART.test(written)) {
    const part = dayPart(day ?? { year: get('year'), month: get('month'), day: get('day') }, written, half);
    if (part) return { value: part, moment: null };
  }
  if (day) return { value: dayValue(day), moment: null };
  if (known('month')) return { value: monthValue(known('year') || !bare ? get('year') : nearMonth(reference, get('month'), tense), get('month')), moment: null };
  if (known('year')) return { value: yearValue(get('year')), moment: null };
  return null;
}

