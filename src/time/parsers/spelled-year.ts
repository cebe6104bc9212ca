import type { Candidate, Parser } from '../candidate.js';
import { parseNumber } from '../../text/number.js';
import { isValidDay } from '../calendar.js';
import { dayValue, monthValue, yearValue } from '../value.js';
import { scanNear } from '../near.js';
import { MONTH, monthNumber, ORDINAL, ordinal } from '../words.js';

// Years in words: "nineteen ninety-six", "seventeen hundred thirty three", "two thousand and fifteen".
// Only after a month or day ("13 Sept nineteen seventy two") or a word that takes a time ("in", "since"),
// and not before a noun ("in two thousand cases").
const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const UNDER_100 = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]${UNIT})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNIT})`;
const CENTURY = '(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
const SPELLED = `(?:(?<century>${CENTURY})\\s+(?:(?<hundred>hundred)(?:\\s+(?:and\\s+)?(?<rest>${UNDER_100}))?|(?<tail>${UNDER_100}))|two\\s+thousand(?:\\s+(?:and\\s+)?(?<after2000>${UNDER_100}))?)`;
const PATTERN = new RegExp(`(?<lead>\\b(?:${MONTH}|\\d{1,2}(?:st|nd|rd|th)?|first|second|third|[a-z]+th|(?<count>${UNDER_100})|in|since|until|by|of|year)[,.]?\\s+)(?<year>${SPELLED})\\b(?!\\s+(?!and\\b|or\\b|to\\b|when\\b|after\\b|before\\b|the\\b|was\\b|were\\b|is\\b|will\\b)[a-z])`, 'gi');

const words = (w: string | undefined) => (w ? parseNumber(w.replace(/-/g, ' ')) ?? 0 : 0);

function yearOf(g: Record<string, string | undefined>): number | null {
  if (!g.century) return 2000 + words(g.after2000);
  const century = words(g.century);
  // "twenty" before tens is the century ("twenty twenty"); a unit after a century needs "hundred" ("nineteen five" is not a year).
  if (g.tail && words(g.tail) < 10) return null;
  return century * 100 + (g.hundred ? words(g.rest) : words(g.tail));
}

// The month, or month and day, written before the year: "August", "January twenty five", "fifteen August".
const DAY = `(?:\\d{1,2}(?:st|nd|rd|th)?|${ORDINAL}|${UNDER_100})`;
const DATE_BEFORE = new RegExp(`(?:\\b(?<d1>${DAY})\\s+(?:of\\s+)?(?<m1>${MONTH})|\\b(?<m2>${MONTH})\\s+(?:the\\s+)?(?<d2>${DAY})|\\b(?<m3>${MONTH}))[,.]?\\s*$`, 'i');

function dayNumber(written: string): number {
  return /^\d|th$|st$|nd$|rd$/i.test(written) ? ordinal(written) : words(written);
}

// Every spelled year has one of these words.
const CUE = /\b(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thousand)\b/gi;

/** A year with the month (and day) written just before it, from `at`; null when no month is there. */
export function withDateBefore(text: string, at: number, end: number, year: number, rule: string): Candidate | null {
  const date = DATE_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  const d = date?.groups ?? {};
  const month = d.m1 ?? d.m2 ?? d.m3;
  if (!date || !month) return null;
  const dayWritten = d.d1 ?? d.d2;
  const day = dayWritten ? { year, month: monthNumber(month)!, day: dayNumber(dayWritten) } : null;
  if (day && !isValidDay(day)) return null;
  return { start: at - date[0].length, end, rule, ...(day ? dayValue(day) : monthValue(year, monthNumber(month)!)) };
}

export const spelledYearParser: Parser = (context) =>
  scanNear(context.text, CUE, 40, PATTERN, (m) => {
    const year = yearOf(m.groups ?? {});
    if (year === null || year < 1000 || year > 2199) return null;
    const at = m.index + m.groups!.lead!.length;
    const end = m.index + m[0].length;
    const dated = withDateBefore(context.text, at, end, year, 'spelled-year');
    return dated ?? (m.groups!.count ? null : { start: at, end, rule: 'spelled-year', ...yearValue(year) });
  });
