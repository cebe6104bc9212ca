import type { Candidate } from '../candidate.js';
import { weekValue } from '../value.js';

// "the week of April 10th", "the week beginning February 4", "w/c Feb 4": the week holding that day.
const LEAD = /(?:^|[^\p{L}])(?:(?:the\s+)?week\s+(?:of|beginning|starting(?:\s+on)?|commencing)|w\/c)\s+(?:the\s+)?$/iu;

export function weekOf(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    const lead = c.granularity === 'day' && c.range?.from ? LEAD.exec(text.slice(Math.max(0, c.start - 30), c.start)) : null;
    if (!lead) return c;
    const from = c.range!.from!;
    const start = c.start - lead[0].length + (/^[^\p{L}]/u.test(lead[0]) ? 1 : 0);
    return { ...c, ...weekValue({ year: Number(from.slice(0, 4)), month: Number(from.slice(5, 7)), day: Number(from.slice(8, 10)) }), start, rule: `${c.rule}+week-of` };
  });
}
