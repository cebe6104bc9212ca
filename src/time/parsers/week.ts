import { addDays, mondayOf, type Day } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { namedPeriod, PERIOD } from '../periods.js';
import { weekValue } from '../value.js';
import { ORDINALS, scan } from '../words.js';

// "the first week of 2015", "the last week of July", "week 31": weeks run Monday to Sunday,
// and a period's first week is the one holding its fourth day (ISO 8601's rule).
const PATTERN = new RegExp(
  `\\b(?:(?:the\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|final)\\s+week\\s+of\\s+(?:${PERIOD})|(?:the\\s+)?week\\s+(?<number>[1-9]|[1-4]\\d|5[0-3])\\b(?!\\s*[-/:.]?\\d))`,
  'gi',
);

const dayOf = (iso: string): Day => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });

export const weekParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    const span = { start: m.index, end: m.index + m[0].length, rule: 'week' };
    if (g.number) {
      const firstWeek = mondayOf(addDays({ year: context.reference.year, month: 1, day: 1 }, 3));
      return { ...span, ...weekValue(addDays(firstWeek, 7 * (Number(g.number) - 1))) };
    }
    const period = namedPeriod(g, context.reference, context.tense(m.index, m.index + m[0].length));
    if (!period?.range?.from || !period.range.to) return null;
    const last = /^(?:last|final)$/i.test(g.ord!);
    const monday = last ? mondayOf(addDays(dayOf(period.range.to), -4)) : addDays(mondayOf(addDays(dayOf(period.range.from), 3)), 7 * ((ORDINALS[g.ord!.toLowerCase()] ?? 1) - 1));
    return { ...span, ...weekValue(monday) };
  });
