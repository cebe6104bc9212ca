import { addDays, compareDays, formatDay, formatMonth, isValidDay, type Day } from '../calendar.js';
import type { Candidate, Context, Parser } from '../candidate.js';
import { nearMonthDay } from '../anchor.js';
import { monthsSpan } from '../value.js';
import { scanWindows, windowsNear } from '../near.js';
import { MONTH, monthNumber, ORDINAL, ordinal, YEAR } from '../words.js';

// "April 9th through 17th", "between the ninth and the seventeenth of April", "from 2 July to 10 July",
// "Nov 18-Dec 19, 2015", "Jan-Feb 2017", "between August and October": two days or months as one stretch.
// chrono reads only one end of these, or takes "2 July" for two o'clock.
const DAY = `(?:the\\s+)?(?:${ORDINAL}|\\d{1,2})`;
const LINK = '\\s*(?:-|–|\\bto\\b|\\bthrough\\b|\\bthru\\b|\\btill\\b|\\buntil\\b|\\band\\b)\\s*';
const YEAR_AFTER = `(?:,?\\s+(?:of\\s+|in\\s+)?(?<year>${YEAR}))?`;
const LEAD = '(?:\\b(?<lead>between|from)\\s+)?';
const YEAR_BETWEEN = `(?:,?\\s+(?:of\\s+)?(?<y1>${YEAR}))?`;
const MONTH_FIRST = new RegExp(`${LEAD}\\b(?<m1>${MONTH})\\s+(?<d1>${DAY})\\b${YEAR_BETWEEN}(?<link>${LINK})(?:(?<m2>${MONTH})\\s+)?(?<d2>${DAY})\\b${YEAR_AFTER}`, 'gi');
const DAY_FIRST = new RegExp(`${LEAD}(?<d1>${DAY})\\b(?:\\s+(?:of\\s+)?(?<m1>${MONTH})${YEAR_BETWEEN})?(?<link>${LINK})(?<d2>${DAY})\\s+(?:of\\s+)?(?<m2>${MONTH})\\b${YEAR_AFTER}`, 'gi');
const MONTHS = new RegExp(`${LEAD}\\b(?<m1>${MONTH})(?:\\s+(?:of\\s+|in\\s+)?(?<y1>${YEAR}))?(?<link>${LINK})(?<m2>${MONTH})\\b${YEAR_AFTER}`, 'gi');

const dayNumber = (written: string) => ordinal(written.replace(/^the\s+/i, ''));

function years(context: Context, m: RegExpExecArray, start: { month: number; day: number }, end: { month: number; day: number }): [number, number] {
  const g = m.groups!;
  const before = compareDays({ year: 0, ...end }, { year: 0, ...start }) < 0;
  if (g.year) return [g.y1 ? Number(g.y1) : Number(g.year) - (before ? 1 : 0), Number(g.year)];
  // As chrono's ranges: the two ends are anchored together, at the start nearest to publication.
  const first = g.y1 ? Number(g.y1) : nearMonthDay(context.reference, start.month, start.day, null).year;
  return [first, first + (before ? 1 : 0)];
}

// "and" links two ends only after "between"; a range of bare numbers needs a lead word or a month on both sides.
function linked(g: Record<string, string | undefined>): boolean {
  return !/and/i.test(g.link!) || g.lead?.toLowerCase() === 'between';
}

function days(context: Context, m: RegExpExecArray): Candidate | null {
  const g = m.groups!;
  if (!linked(g) || (!g.m1 && !g.lead)) return null;
  const m1 = monthNumber(g.m1 ?? g.m2!)!;
  const m2 = g.m2 ? monthNumber(g.m2)! : m1;
  const start = { month: m1, day: dayNumber(g.d1!) };
  const end = { month: m2, day: dayNumber(g.d2!) };
  // "April 27th to the 3rd" runs into the next month, "the 27th to the 3rd of April" starts in the one before.
  if (!g.m2 && end.day < start.day) end.month = (m1 % 12) + 1;
  if (!g.m1 && end.day < start.day) start.month = ((m2 + 10) % 12) + 1;
  const [y1, y2] = years(context, m, start, end);
  const from: Day = { year: y1, ...start };
  const to: Day = { year: y2, ...end };
  if (!isValidDay(from) || !isValidDay(to) || compareDays(to, from) <= 0) return null;
  return { start: m.index, end: m.index + m[0].length, rule: 'day-range', value: `${formatDay(from)}/${formatDay(to)}`, granularity: 'day', range: { from: formatDay(from), to: formatDay(addDays(to, 1)) } };
}

function months(context: Context, m: RegExpExecArray): Candidate | null {
  const g = m.groups!;
  if (!linked(g)) return null;
  const start = { month: monthNumber(g.m1!)!, day: 1 };
  const end = { month: monthNumber(g.m2!)!, day: 1 };
  const [y1, y2] = years(context, m, start, end);
  const span = (y2 - y1) * 12 + end.month - start.month;
  if (span <= 0) return null;
  const range = { from: monthsSpan(y1, start.month, 1).from, to: monthsSpan(y2, end.month, 1).to };
  return { start: m.index, end: m.index + m[0].length, rule: 'day-range', value: `${formatMonth(y1, start.month)}/${formatMonth(y2, end.month)}`, granularity: 'month', range };
}

// Every form names a month: the patterns are tried only near one.
const CUE = new RegExp(`\\b${MONTH}`, 'gi');

export const dayRangeParser: Parser = (context) => {
  const near = windowsNear(context.text, CUE, 60);
  return [
    ...scanWindows(context.text, near, MONTH_FIRST, (m) => days(context, m)),
    ...scanWindows(context.text, near, DAY_FIRST, (m) => days(context, m)),
    ...scanWindows(context.text, near, MONTHS, (m) => months(context, m)),
  ];
};
