import type { Parser } from '../candidate.js';
import { addDays } from '../calendar.js';
import { scanNear } from '../near.js';
import { dayValue } from '../value.js';
import { NUMBER, parseNumber } from '../../text/number.js';

// "in a fortnight", "a fortnight later", "two fortnights ago": the day fourteen days on
// (or back) from publication, as chrono reads "in two weeks" (it does not know the word).
const PATTERN = new RegExp(
  `\\b(?:in\\s+(?<count>an?|${NUMBER})\\s+fortnights?(?![\\w-])|(?<count2>an?|${NUMBER})\\s+fortnights?\\s+(?<dir>later|ago|from\\s+now|hence|earlier)\\b)`,
  'gi',
);
const CUE = /fortnight/gi;

export const fortnightParser: Parser = (context) =>
  scanNear(context.text, CUE, 30, PATTERN, (m) => {
    const g = m.groups!;
    const written = g.count ?? g.count2!;
    const count = /^an?$/i.test(written) ? 1 : parseNumber(written);
    if (count === null) return null;
    const back = /^(?:ago|earlier)$/i.test(g.dir ?? '');
    return { start: m.index, end: m.index + m[0].length, rule: 'fortnight', ...dayValue(addDays(context.reference, (back ? -14 : 14) * count)) };
  });
