import { addDays, addMonths, formatDay, mondayOf, type Day } from './calendar.js';
import { nearMonth } from './anchor.js';
import type { Tense } from './tense.js';
import { decadeValue, monthValue, quarterValue, weekValue, yearValue, type TimeValue } from './value.js';
import { MONTH, monthNumber, RELATIVE, shiftOf, YEAR } from './words.js';

/** A calendar period a phrase names, as a regular-expression source with named groups (see `namedPeriod`). */
export const PERIOD = [
  `(?<rel>${RELATIVE}|the)\\s+(?<unit>week|weekend|month|quarter|year|decade)`,
  `(?:(?<monthRel>${RELATIVE})\\s+)?(?<month>${MONTH})(?:,?\\s+(?:of\\s+)?(?<monthYear>${YEAR}))?`,
  `(?:the\\s+)?(?:year\\s+)?(?<year>${YEAR})(?!s)`,
  `the\\s+(?:(?<century>19|20)|')?(?<decade>\\d)0[’']?s`,
].join('|');

function relative(word: string, unit: string, reference: Day): TimeValue {
  const shift = shiftOf(word);
  if (unit === 'week') return weekValue(addDays(reference, 7 * shift));
  if (unit === 'weekend') {
    const saturday = addDays(mondayOf(addDays(reference, 7 * shift)), 5);
    return { value: `${weekValue(saturday).value}-WE`, granularity: 'weekend', range: { from: formatDay(saturday), to: formatDay(addDays(saturday, 2)) } };
  }
  if (unit === 'month') {
    const m = addMonths(reference.year, reference.month, shift);
    return monthValue(m.year, m.month);
  }
  if (unit === 'quarter') {
    const q = addMonths(reference.year, Math.floor((reference.month - 1) / 3) * 3 + 1, 3 * shift);
    return quarterValue(q.year, (q.month + 2) / 3);
  }
  if (unit === 'decade') return decadeValue(Math.floor(reference.year / 10) * 10 + 10 * shift);
  return yearValue(reference.year + shift);
}

/** The value of a PERIOD match from its named groups, anchored at the reference day and tense. */
export function namedPeriod(groups: Record<string, string | undefined>, reference: Day, tense: Tense | null): TimeValue | null {
  if (groups.rel && groups.unit) return relative(groups.rel, groups.unit, reference);
  if (groups.month) {
    const month = monthNumber(groups.month)!;
    if (groups.monthYear) return monthValue(Number(groups.monthYear), month);
    // "this September" is this year's; "last September" the latest before this month, "next" the first after.
    const shift = groups.monthRel ? shiftOf(groups.monthRel) : null;
    if (shift === 0) return monthValue(reference.year, month);
    const year = nearMonth(reference, month, shift === null ? tense : shift < 0 ? 'past' : 'future');
    return monthValue(shift && month === reference.month ? year + shift : year, month);
  }
  if (groups.year) return yearValue(Number(groups.year));
  if (groups.decade) {
    const century = groups.century ? Number(groups.century) * 100 : 1900;
    return decadeValue(century + Number(groups.decade) * 10);
  }
  return null;
}
