import type { Candidate, Context, Parser } from '../candidate.js';
import { addDays, compareDays, formatDay, formatMonth, type Day } from '../calendar.js';
import { nearMonthDay, validDay } from '../anchor.js';
import { scanWindows, windowsNear } from '../near.js';
import { monthsSpan, monthValue } from '../value.js';
import { monthNumber, MONTH } from '../words.js';

// Dates written in figures that chrono leaves or splits: ranges of numeric days
// ("10/1/2018-10/7/2018", "5/1-5/7, 2020", "10/1-11/2/2017"), a month and its year
// ("2015-3", "12-2015", "Dec/2018", "Dec/2018-May/2019") and compact days ("20161016").
// Numeric days are read month first, as US news writes them, unless the first number cannot be a month.

// Not inside a longer run of figures: "133-03-03-2020" is a code, "138-2010-2015" a phone number.
const BEFORE = '(?<![\\w/.-])';
const AFTER = '(?![\\d/]|-\\d)';
const DAY = '(?<a>\\d{1,2})(?<s>[/-])(?<b>\\d{1,2})(?:\\k<s>(?<y>\\d{4}))?';
const DAY2 = '(?<c>\\d{1,2})(?<s2>[/-])(?<d>\\d{1,2})(?:\\k<s2>(?<y2>\\d{4}))?';
const DAY_RANGE = new RegExp(`${BEFORE}${DAY}\\s*[-–]\\s*${DAY2}(?:,\\s*(?<y3>\\d{4}))?${AFTER}`, 'g');
const YEAR_MONTH = new RegExp(`${BEFORE}(?:(?<y>(?:19|20)\\d\\d)-(?<m>\\d{1,2})|(?<m2>\\d{1,2})[/-](?<y2>(?:19|20)\\d\\d))${AFTER}`, 'g');
const NAMED = new RegExp(`\\b(?<m>${MONTH})/(?<y>(?:19|20)\\d\\d)(?:\\s*[-–]\\s*(?<m2>${MONTH})/(?<y2>(?:19|20)\\d\\d))?${AFTER}`, 'gi');
// A month named in words with a four-digit year is a date in any order: "September-2020-23", "2020/23/Sep".
const MIXED = new RegExp(
  `\\b(?:(?<m>${MONTH})(?<s>[/-])(?<y>(?:19|20)\\d\\d)\\k<s>(?<d>\\d{1,2})|(?<d2>\\d{1,2})(?<s2>[/-])(?<y2>(?:19|20)\\d\\d)\\k<s2>(?<m2>${MONTH})|(?<y3>(?:19|20)\\d\\d)(?<s3>[/-])(?<d3>\\d{1,2})\\k<s3>(?<m3>${MONTH}))(?![\\w/-])`,
  'gi',
);
const COMPACT = /(?<![\d.,])(?<y>(?:19|20)\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\d,]|\.\d)/g;

const CUE = /\d[/-]\d|\/(?:19|20)\d\d|(?:19|20)\d{6}/g;

/** Month and day from two numbers, month first unless the first is past 12. */
function monthDay(a: string, b: string): [number, number] {
  const [x, y] = [Number(a), Number(b)];
  return x > 12 && y <= 12 ? [y, x] : [x, y];
}

function dayRange(context: Context, m: RegExpExecArray): Candidate | null {
  const g = m.groups!;
  // "10-1-2018-10-7-2018": with dashes, each end must write its year (else "3-1" is a score).
  if ((g.s === '-' && !g.y) || (g.s2 === '-' && !g.y2)) return null;
  const [m1, d1] = monthDay(g.a!, g.b!);
  const [m2, d2] = monthDay(g.c!, g.d!);
  const endYear = g.y2 ?? g.y3;
  let from: Day | null, to: Day | null;
  if (endYear) {
    to = validDay({ year: Number(endYear), month: m2, day: d2 });
    const year = g.y ? Number(g.y) : Number(endYear) - (m1 * 100 + d1 > m2 * 100 + d2 ? 1 : 0);
    from = validDay({ year, month: m1, day: d1 });
  } else {
    if (g.y) return null;
    // A range that holds the publication day is this year's, whatever the tense; else the nearest.
    const wraps = m1 * 100 + d1 > m2 * 100 + d2 ? 1 : 0;
    const holding = { year: context.reference.year - wraps, month: m1, day: d1 };
    const holds = compareDays(holding, context.reference) <= 0 && compareDays(context.reference, { year: holding.year + wraps, month: m2, day: d2 }) <= 0;
    from = validDay(holds ? holding : nearMonthDay(context.reference, m1, d1, context.tense(m.index, m.index + m[0].length)));
    to = from && validDay({ year: from.year + wraps, month: m2, day: d2 });
  }
  if (!from || !to || compareDays(from, to) >= 0) return null;
  const value = `${formatDay(from)}/${formatDay(to)}`;
  return { start: m.index, end: m.index + m[0].length, rule: 'numeric-date', value, granularity: 'day', range: { from: formatDay(from), to: formatDay(addDays(to, 1)) } };
}

function yearMonth(m: RegExpExecArray): Candidate | null {
  const g = m.groups!;
  const year = Number(g.y ?? g.y2);
  const written = g.m ?? g.m2!;
  const month = Number(written);
  if (month < 1 || month > 12) return null;
  // "2011-12" and "1998-9" are spans of two years; "2015-12" and "2015-3" are months.
  if (g.y && month > year % (written.length === 2 ? 100 : 10)) return null;
  return { start: m.index, end: m.index + m[0].length, rule: 'numeric-date', ...monthValue(year, month) };
}

function named(m: RegExpExecArray): Candidate | null {
  const g = m.groups!;
  const [y1, m1] = [Number(g.y), monthNumber(g.m!)!];
  const base = { start: m.index, end: m.index + m[0].length, rule: 'numeric-date' };
  if (!g.m2) return { ...base, ...monthValue(y1, m1) };
  const [y2, m2] = [Number(g.y2), monthNumber(g.m2)!];
  if (y2 * 12 + m2 <= y1 * 12 + m1) return null;
  const range = { from: monthsSpan(y1, m1, 1).from, to: monthsSpan(y2, m2, 1).to };
  return { ...base, value: `${formatMonth(y1, m1)}/${formatMonth(y2, m2)}`, granularity: 'month', range };
}

function mixed(m: RegExpExecArray): Candidate | null {
  const g = m.groups!;
  const day = validDay({ year: Number(g.y ?? g.y2 ?? g.y3), month: monthNumber((g.m ?? g.m2 ?? g.m3)!)!, day: Number(g.d ?? g.d2 ?? g.d3) });
  if (!day) return null;
  return { start: m.index, end: m.index + m[0].length, rule: 'numeric-date', value: formatDay(day), granularity: 'day', range: { from: formatDay(day), to: formatDay(addDays(day, 1)) } };
}

function compact(m: RegExpExecArray): Candidate | null {
  const g = m.groups!;
  const day = validDay({ year: Number(g.y), month: Number(g.m), day: Number(g.d) });
  if (!day) return null;
  return { start: m.index, end: m.index + 8, rule: 'numeric-date', value: formatDay(day), granularity: 'day', range: { from: formatDay(day), to: formatDay(addDays(day, 1)) } };
}

export const numericDateParser: Parser = (context) => {
  const { text } = context;
  const windows = windowsNear(text, CUE, 20);
  if (!windows.spans.length) return [];
  return [
    ...scanWindows(text, windows, DAY_RANGE, (m) => dayRange(context, m)),
    ...scanWindows(text, windows, YEAR_MONTH, yearMonth),
    ...scanWindows(text, windows, NAMED, named),
    ...scanWindows(text, windows, MIXED, mixed),
    ...scanWindows(text, windows, COMPACT, compact),
  ];
};
