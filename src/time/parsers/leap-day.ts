import type { Parser } from '../candidate.js';
import { compareDays, type Day } from '../calendar.js';
import { scanNear } from '../near.js';
import { dayValue } from '../value.js';

// "Feb 29", "29th of February", "2/29" with no year: the nearest 29 February before or after
// publication as the tense says (chrono drops it in a year that has none). With a year, chrono reads it.
const PATTERN = /\b(?:feb(?:ruary|\.)?\s+29(?:th)?|29(?:th)?\s+(?:of\s+)?feb(?:ruary|\.)?|2\/29)(?![\w/-]|\.?,?\s*\d)/gi;
const CUE = /29/g;

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function leapDay(reference: Day, step: number): Day {
  let year = reference.year;
  while (!isLeap(year) || compareDays({ year, month: 2, day: 29 }, reference) * step < 0) year += step;
  return { year, month: 2, day: 29 };
}

export const leapDayParser: Parser = (context) =>
  scanNear(context.text, CUE, 12, PATTERN, (m) => {
    const tense = context.tense(m.index, m.index + m[0].length);
    const [before, after] = [leapDay(context.reference, -1), leapDay(context.reference, 1)];
    const nearer = after.year - context.reference.year < context.reference.year - before.year ? after : before;
    const day = tense === 'past' ? before : tense === 'future' ? after : nearer;
    return { start: m.index, end: m.index + m[0].length, rule: 'leap-day', ...dayValue(day) };
  });
