import { addDays } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { dayValue } from '../value.js';
import { scan } from '../words.js';

// "the next day", "the day before": the day after or before the publication day; a day the text
// named just before moves it (refine/attach.ts). Not "the day before the vote", anchored to an event.
const PATTERN = /\bthe\s+(?:(?<next>next|following)\s+day|(?<previous>previous|preceding)\s+day|day\s+(?<dir>before|after))\b(?![ \t]+(?:the|that|a|an|his|her|its|their|[A-Z]|\d)\b)/gi;

export const nextDayParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    const shift = g.next || g.dir?.toLowerCase() === 'after' ? 1 : -1;
    return { start: m.index, end: m.index + m[0].length, rule: 'next-day', ...dayValue(addDays(context.reference, shift)) };
  });
