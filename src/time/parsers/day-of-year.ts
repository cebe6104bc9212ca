import type { Parser } from '../candidate.js';
import { validDay } from '../anchor.js';
import { scanNear } from '../near.js';
import { dayValue } from '../value.js';
import { monthNumber, MONTH, YEAR } from '../words.js';

// "4th of July of 1995", "15 April in 1987": a day and month, then "of" or "in" and the year
// (chrono reads only "July of 1995").
const PATTERN = new RegExp(`\\b(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>${MONTH})\\s*,?\\s+(?:of|in)\\s+(?<y>${YEAR})`, 'gi');
const CUE = /\s(?:of|in) (?:1[89]|20)\d\d\b/g;

export const dayOfYearParser: Parser = (context) =>
  scanNear(context.text, CUE, 30, PATTERN, (m) => {
    const g = m.groups!;
    const day = validDay({ year: Number(g.y), month: monthNumber(g.m!)!, day: Number(g.d) });
    return day && { start: m.index, end: m.index + m[0].length, rule: 'day-of-year', ...dayValue(day) };
  });
