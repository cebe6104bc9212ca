import { addDays, addMonths, type Day } from './calendar.js';

/** Days per unit for the units a calendar day count can express. */
const DAYS: Record<string, number> = { day: 1, week: 7, fortnight: 14 };
const MONTHS: Record<string, number> = { month: 1, quarter: 3, year: 12, decade: 120, century: 1200 };

/** The day `count` units after (or, negative, before) `day`; null for units smaller than a day. */
export function shiftDay(day: Day, count: number, unit: string): Day | null {
  const u = unit.toLowerCase().replace(/s$/, '').replace(/^centurie$/, 'century');
  if (u in DAYS) return addDays(day, Math.round(count * DAYS[u]!));
  if (u in MONTHS) {
    const months = count * MONTHS[u]!;
    if (!Number.isInteger(months)) return addDays(day, Math.round(months * 30));
    const m = addMonths(day.year, day.month, months);
    return { ...m, day: Math.min(day.day, new Date(Date.UTC(m.year, m.month, 0)).getUTCDate()) };
  }
  return null;
}
