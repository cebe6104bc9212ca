import { addDays, formatDay, weekdayOf } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { weekValue } from '../value.js';
import { scan } from '../words.js';

// "over the weekend" in a past clause is the last one (or the one under way), in a future clause the next.
const PATTERN = /\b(?:(?:over|during|on|at|for|through|throughout|across|by)\s+)?(?:the|that)\s+weekend\b(?!\s+of\b)/gi;

export const weekendParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const ref = context.reference;
    const tense = context.tense(m.index, m.index + m[0].length);
    const weekday = weekdayOf(ref);
    const sinceSaturday = (weekday + 1) % 7;
    // The Saturday of the weekend under way or just past, and of the next one.
    const last = addDays(ref, -sinceSaturday);
    const saturday = tense === 'past' || sinceSaturday <= 1 ? last : addDays(last, 7);
    const week = weekValue(saturday).value;
    return { start: m.index, end: m.index + m[0].length, rule: 'weekend', value: `${week}-WE`, granularity: 'weekend', range: { from: formatDay(saturday), to: formatDay(addDays(saturday, 2)) } };
  });
