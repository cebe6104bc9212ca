import { addDays, compareDays, isValidDay, weekdayOf, type Day } from './calendar.js';
import type { Tense } from './tense.js';

// Where a time the text leaves open (no year, no date) falls. In a past-tense
// clause it is the last one up to the publication day; in a future one the
// next; with no cue, the nearest, as a reader would take it.

export function nearWeekday(reference: Day, weekday: number, tense: Tense | null): Day {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  if (tense === 'past') return addDays(reference, -back);
  const ahead = (weekday - weekdayOf(reference) + 7) % 7 || 7;
  if (tense === 'future') return addDays(reference, ahead);
  return back <= ahead && back > 0 ? addDays(reference, -back) : addDays(reference, ahead);
}

export function nearMonthDay(reference: Day, month: number, day: number, tense: Tense | null): Day {
  const same = { year: reference.year, month, day };
  if (tense === 'past') return compareDays(same, reference) <= 0 ? same : { ...same, year: same.year - 1 };
  if (tense === 'future') return compareDays(same, reference) >= 0 ? same : { ...same, year: same.year + 1 };
  return same;
}

export function nearMonth(reference: Day, month: number, tense: Tense | null): number {
  if (tense === 'past' && month > reference.month) return reference.year - 1;
  if (tense === 'future' && month < reference.month) return reference.year + 1;
  return reference.year;
}

/** Two-digit years as people write them: '87 is 1987, '21 is 2021 (up to 20 years ahead of the reference). */
export function fullYear(year: number, reference: Day): number {
  if (year >= 100) return year;
  const century = Math.floor(reference.year / 100) * 100;
  return century + year > reference.year + 20 ? century - 100 + year : century + year;
}

export const validDay = (d: Day): Day | null => (isValidDay(d) ? d : null);
