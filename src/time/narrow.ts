import { addDays, addMonths, daysInMonth, formatDay, type Day } from './calendar.js';
import type { TimeValue } from './value.js';

export type Part = 'early' | 'mid' | 'late';

// Parts of a period as Recognizers-Text reads them ("early 2000" is January to
// April, "mid-November" the 10th to the 20th, "later this week" Thursday on).
const YEAR_MONTHS: Record<Part, [number, number]> = { early: [0, 4], mid: [4, 8], late: [8, 12] };
const MONTH_DAYS: Record<Part, [number, number]> = { early: [0, 15], mid: [9, 20], late: [15, 31] };
const WEEK_DAYS: Record<Part, [number, number]> = { early: [0, 3], mid: [2, 5], late: [3, 7] };
const DECADE_YEARS: Record<Part, [number, number]> = { early: [0, 4], mid: [3, 7], late: [7, 10] };

const parseDay = (iso: string): Day => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

/** The early, middle or late part of a period: the same value, with a narrower range. */
export function narrow(v: TimeValue, part: Part): TimeValue {
  if (!v.range?.from) return v;
  const from = parseDay(v.range.from);
  let span: [Day, Day];
  if (v.granularity === 'year') {
    const [a, b] = YEAR_MONTHS[part];
    span = [{ ...addMonths(from.year, 1, a), day: 1 }, { ...addMonths(from.year, 1, b), day: 1 }];
  } else if (v.granularity === 'month') {
    const [a, b] = MONTH_DAYS[part];
    span = [addDays(from, a), addDays(from, Math.min(b, daysInMonth(from.year, from.month)))];
  } else if (v.granularity === 'week') {
    const [a, b] = WEEK_DAYS[part];
    span = [addDays(from, a), addDays(from, b)];
  } else if (v.granularity === 'decade') {
    const [a, b] = DECADE_YEARS[part];
    span = [{ year: from.year + a, month: 1, day: 1 }, { year: from.year + b, month: 1, day: 1 }];
  } else return v;
  return { ...v, range: { from: formatDay(span[0]), to: formatDay(span[1]) } };
}

export function partOf(word: string): Part {
  const w = word.toLowerCase();
  if (/^(?:early|earlier|beginning|start)$/.test(w)) return 'early';
  if (/^(?:mid|middle)$/.test(w)) return 'mid';
  return 'late';
}
