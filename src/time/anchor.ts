import { addDays, compareDays, isValidDay, weekdayOf, type Day } from './calendar.js';
import type { Tense } from './tense.js';

// Where a time the text leaves open (no year, no date) falls. In a past-tense
// clause it is the last one up to the publication day; in a future one the
// next; with no cue, the nearest, as a reader would take it.

// A weekday that is the publication's own is that day in either tense: a story of Thursday
// that says "on Thursday" means today.
export function nearWeekday(reference: Day, weekday: number, tense: Tense | null): Day {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  if (tense === 'past') return addDays(reference, -back);
  const ahead = (weekday - weekdayOf(reference) + 7) % 7;
  if (tense === 'future') return addDays(reference, ahead);
  return back <= ahead ? addDays(reference, -back) : addDays(reference, ahead);
}

export function nearMonthDay(reference: Day, month: number, day: number, tense: Tense | null): Day {
  const same = { year: reference.year, month, day };
  const before = compareDays(same, reference) <= 0 ? same : { ...same, year: same.year - 1 };
  const after = compareDays(same, reference) >= 0 ? same : { ...same, year: same.year + 1 };
  if (tense === 'past') return before;
  if (tense === 'future') return after;
  return monthsBetween(before, reference) <= monthsBetween(reference, after) ? before : after;
}

export function nearMonth(reference: Day, month: number, tense: Tense | null): number {
  return nearMonthDay(reference, month, 15, tense).year;
}

const monthsBetween = (a: Day, b: Day) => (b.year - a.year) * 12 + (b.month - a.month) + (b.day - a.day) / 31;

/** Two-digit years as people write them: '87 is 1987, '21 is 2021 (up to 20 years ahead of the reference). */
export function fullYear(year: number, reference: Day): number {
  if (year >= 100) return year;
  const century = Math.floor(reference.year / 100) * 100;
  return century + year > reference.year + 20 ? century - 100 + year : century + year;
}

export const validDay = (d: Day): Day | null => (isValidDay(d) ? d : null);
