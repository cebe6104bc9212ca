import { formatDay } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { namedPeriod } from '../periods.js';
import { dayValue } from '../value.js';
import { scanWindows, windowsNear } from '../near.js';

// "away for the month", "sales in the year", "partner of the week": the period under way at publication.
// Not "the year before independence" nor "the week that it happened", which point at another time,
// nor "of the year 2008" (a year) or "the week 3" (a week number), left to their own parsers.
const PATTERN = /\b(?<lead>for|in|during|of|over|throughout)\s+the\s+(?<unit>day|week|month|year)\b(?!\s+(?:before|after|of|when|that|which|in|\d|earlier|later|ago|to\b))/gi;
// "the end of the day" is a part of it, left to the vague parser.
const PART_OF = /\b(?:end|start|beginning|middle|rest|remainder)\s+$/i;
// "the year to date", "month-to-date": from the start of the period up to publication.
const TO_DATE = /\b(?<unit>week|month|quarter|year)[\s-]to[\s-]date\b/gi;
// "the largest to date", "till current date": up to publication, open before. Not "up to date"
// (current), nor the verb ("went on to date her") or a field ("equals to date 1"): the phrase ends a clause.
const UNTIL_NOW = /(?<!\bup\s+)\b(?:to|till|until)\s+(?:the\s+)?(?:current\s+)?date(?=\s*(?:[.,;:!?)"'’”]|$)|\s+(?:is|are|was|were|has|have|had|and|but|in|on|at|for|by|with|since|so|as)\b)/gi;

// Every form has one of these, as news writes them (in lower case): the patterns are tried only near one.
const CUE = /\bthe (?:day|week|month|year)\b|[\s-]to[\s-]date\b|\b(?:till|until) (?:current )?date\b/g;

export const currentParser: Parser = (context) => {
  const near = windowsNear(context.text, CUE, 20);
  return [
    ...scanWindows(context.text, near, PATTERN, (m) => {
      if (PART_OF.test(context.text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const unit = m.groups!.unit!.toLowerCase();
      const value = unit === 'day' ? dayValue(context.reference) : namedPeriod({ rel: 'this', unit }, context.reference, null);
      return value && { start: m.index, end: m.index + m[0].length, rule: 'current', ...value };
    }),
    ...scanWindows(context.text, near, TO_DATE, (m) => {
      const value = namedPeriod({ rel: 'this', unit: m.groups!.unit!.toLowerCase() }, context.reference, null);
      const today = formatDay(context.reference);
      return value && { start: m.index, end: m.index + m[0].length, rule: 'current', ...value, range: { from: value.range?.from ?? null, to: today } };
    }),
    ...scanWindows(context.text, near, UNTIL_NOW, (m) => ({
      start: m.index, end: m.index + m[0].length, rule: 'current', ...dayValue(context.reference), range: { from: null, to: formatDay(context.reference) },
    })),
  ];
};
