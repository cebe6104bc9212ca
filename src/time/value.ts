import { addDays, addMonths, formatDay, formatMonth, isoWeek, mondayOf, type Day } from './calendar.js';

/** A normalised time: a TIMEX3-style value, its granularity and the half-open stretch of days it covers. */
export interface TimeValue {
  value: string;
  granularity: string;
  range: { from: string | null; to: string | null } | null;
}

const first = (year: number, month: number) => formatDay({ year, month, day: 1 });

export function dayValue(d: Day): TimeValue {
  return { value: formatDay(d), granularity: 'day', range: { from: formatDay(d), to: formatDay(addDays(d, 1)) } };
}

export function weekValue(d: Day): TimeValue {
  const monday = mondayOf(d);
  const { year, week } = isoWeek(monday);
  return { value: `${year}-W${String(week).padStart(2, '0')}`, granularity: 'week', range: { from: formatDay(monday), to: formatDay(addDays(monday, 7)) } };
}

/** `months` consecutive months from `month`: a month, a quarter, a half, or a part of a year. */
export function monthsSpan(year: number, month: number, months: number): { from: string; to: string } {
  const end = addMonths(year, month, months);
  return { from: first(year, month), to: first(end.year, end.month) };
}

export function monthValue(year: number, month: number): TimeValue {
  return { value: formatMonth(year, month), granularity: 'month', range: monthsSpan(year, month, 1) };
}

export function quarterValue(year: number, quarter: number): TimeValue {
  return { value: `${year}-Q${quarter}`, granularity: 'quarter', range: monthsSpan(year, quarter * 3 - 2, 3) };
}

export function halfValue(year: number, half: number): TimeValue {
  return { value: `${year}-H${half}`, granularity: 'half', range: monthsSpan(year, half * 6 - 5, 6) };
}

export function yearValue(year: number): TimeValue {
  return { value: String(year), granularity: 'year', range: { from: first(year, 1), to: first(year + 1, 1) } };
}

/** TIMEX3 writes a decade as its first three digits: "199" is the 1990s. */
export function decadeValue(start: number): TimeValue {
  return { value: String(start).slice(0, 3), granularity: 'decade', range: { from: first(start, 1), to: first(start + 10, 1) } };
}

/** A stretch between two days (half-open), written as an ISO 8601 interval. */
export function intervalValue(from: Day, to: Day): TimeValue {
  return { value: `${formatDay(from)}/${formatDay(to)}`, granularity: 'day', range: { from: formatDay(from), to: formatDay(to) } };
}
