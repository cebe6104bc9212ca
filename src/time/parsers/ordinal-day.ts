import { addMonths, isValidDay, type Day } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { namedPeriod, PERIOD } from '../periods.js';
import { dayValue } from '../value.js';
import { ORDINAL, ordinal, scan } from '../words.js';

// "on the 18th" (of the month the clause points to), "the 15th day of next month", "the 21st of this month".
const PATTERN = new RegExp(`\\b(?:(?<on>on)\\s+)?the\\s+(?<n>${ORDINAL})(?:(?:\\s+(?:day\\s+)?of)?\\s+(?:${PERIOD})|(?<alone>(?!\\s+(?:of|day)\\b)(?!\\s+[a-zà-ÿ])))`, 'gi');

export const ordinalDayParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    const n = ordinal(g.n!);
    const ref = context.reference;
    let day: Day;
    if (g.alone === undefined) {
      const month = namedPeriod(g, ref, context.tense(m.index, m.index + m[0].length));
      if (month?.granularity !== 'month' || !month.range?.from) return null;
      day = { year: Number(month.range.from.slice(0, 4)), month: Number(month.range.from.slice(5, 7)), day: n };
    } else {
      // "on the 18th", or "the week of the 18th" (widened to its week by refine/week-of.ts).
      if (!g.on && !/\bweek\s+of\s+$/i.test(context.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const tense = context.tense(m.index, m.index + m[0].length);
      const shift = tense === 'past' ? (n > ref.day ? -1 : 0) : tense === 'future' ? (n < ref.day ? 1 : 0) : Math.abs(n - ref.day) > 15 ? Math.sign(ref.day - n) : 0;
      day = { ...addMonths(ref.year, ref.month, shift), day: n };
    }
    return isValidDay(day) ? { start: m.index, end: m.index + m[0].length, rule: 'ordinal-day', ...dayValue(day) } : null;
  });
