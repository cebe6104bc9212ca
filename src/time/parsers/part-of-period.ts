import { addDays, addMonths, formatDay, mondayOf, type Day } from '../calendar.js';
import type { Context, Parser } from '../candidate.js';
import { namedPeriod, PERIOD } from '../periods.js';
import { intervalValue, monthValue, weekValue } from '../value.js';
import { NUMBER, parseNumber } from '../../text/number.js';
import { scanNear } from '../near.js';
import { ORDINAL, ordinal } from '../words.js';

// "the first 2 weeks of 2021", "the last four months of 2021", "the third month of 2021",
// "week 27 of last year": a stretch counted from one edge of a named year (or month).
const PATTERN = new RegExp(
  `\\b(?:the\\s+)?(?:(?<edge>first|last)\\s+(?<count>${NUMBER})\\s+(?<span>days|weeks|months)|(?<nth>${ORDINAL})\\s+month|week\\s+(?<week>[1-9]|[1-4]\\d|5[0-3]))\\s+of\\s+(?:${PERIOD})`,
  'gi',
);

const dayOf = (iso: string): Day => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });
// A year's weeks are ISO weeks: the first holds its fourth day of January.
const firstMonday = (d: Day) => mondayOf(addDays(d, 3));

function counted(from: Day, to: Day, edge: string, count: number, unit: string): [Day, Day] {
  const first = edge.toLowerCase() === 'first';
  if (unit.startsWith('day')) return first ? [from, addDays(from, count)] : [addDays(to, -count), to];
  if (unit.startsWith('week')) return first ? [firstMonday(from), addDays(firstMonday(from), 7 * count)] : [addDays(firstMonday(to), -7 * count), firstMonday(to)];
  const a = first ? from : { ...addMonths(to.year, to.month, -count), day: 1 };
  return [a, { ...addMonths(a.year, a.month, count), day: 1 }];
}

function read(context: Context, m: RegExpExecArray) {
  const g = m.groups ?? {};
  const period = namedPeriod(g, context.reference, context.tense(m.index, m.index + m[0].length));
  if (!period?.range?.from || !period.range.to) return null;
  const from = dayOf(period.range.from);
  const to = dayOf(period.range.to);
  if (g.week) return period.granularity === 'year' ? weekValue(addDays(firstMonday(from), 7 * (Number(g.week) - 1))) : null;
  if (g.nth) {
    const n = ordinal(g.nth);
    return period.granularity === 'year' && n >= 1 && n <= 12 ? monthValue(from.year, n) : null;
  }
  const count = parseNumber(g.count!);
  if (!count || !Number.isInteger(count)) return null;
  const [a, b] = counted(from, to, g.edge!, count, g.span!.toLowerCase());
  return formatDay(b) <= period.range.to || g.span!.toLowerCase().startsWith('week') ? intervalValue(a, b) : null;
}

// Every form has one of these: the pattern is tried only near one.
const CUE = /\b(?:days|weeks|months|month)\s+of\b|\bweek\s+\d{1,2}\s+of\b/gi;

export const partOfPeriodParser: Parser = (context) =>
  scanNear(context.text, CUE, 40, PATTERN, (m) => {
    const value = read(context, m);
    return value && { start: m.index, end: m.index + m[0].length, rule: 'part-of-period', ...value };
  });
