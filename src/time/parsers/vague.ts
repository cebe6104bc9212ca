import { addDays, formatDay, type Day } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { narrow, partOf } from '../narrow.js';
import { namedPeriod, PERIOD } from '../periods.js';
import { monthNumber, scan } from '../words.js';

// "early last year", "late 2017", "mid-November", "the end of this month", "end-March" (as
// financial news writes it), "later this week", "by end of month" (the current one): chrono drops
// the part ("early") or the whole phrase.
const PATTERN = new RegExp(
  `\\b(?:(?<part>early|earlier|mid|late|later)[\\s-]+(?:in\\s+)?|(?:the\\s+)?(?<partOf>beginning|start|middle|end)(?:\\s+of\\s+|-(?=[a-z\\d])))(?:${PERIOD})\\b` +
    `|\\b(?<partOfBare>beginning|start|middle|end)\\s+of\\s+(?<bare>week|month|year)\\b(?![\\s-]+(?:\\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\\b))`,
  'gi',
);

const dayOf = (iso: string): Day => ({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) });

// The instant "the start", "the middle" or "the end of" a period stands for as a bound (see Candidate.edge):
// its first day, the day half its length in (2 July of a year, the 16th of a 30- or 31-day month), its end.
function edgeOf(word: string, range: { from: string; to: string }): string {
  const w = word.toLowerCase();
  if (w === 'end') return range.to;
  if (w !== 'middle') return range.from;
  const from = dayOf(range.from);
  const days = Math.round((Date.parse(`${range.to}T00:00Z`) - Date.parse(`${range.from}T00:00Z`)) / 864e5);
  return formatDay(addDays(from, Math.floor(days / 2)));
}

export const vagueParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const { partOfBare, bare, ...named } = m.groups ?? {};
    const groups: Record<string, string | undefined> = bare ? { rel: 'this', unit: bare.toLowerCase(), partOf: partOfBare } : named;
    const base = namedPeriod(groups, context.reference, context.tense(m.index, m.index + m[0].length));
    if (!base) return null;
    const span = { start: m.index, end: m.index + m[0].length, rule: 'vague' };
    // "earlier this year", "later this month": the part of the period before or after the publication day.
    const today = formatDay(context.reference);
    const comparative = /^(?:earlier|later)$/i.test(groups.part ?? '');
    if (comparative && base.range?.from && base.range.to && base.range.from <= today && today < base.range.to) {
      const earlier = /^earlier$/i.test(groups.part!);
      return { ...span, ...base, range: earlier ? { from: base.range.from, to: today } : { from: today, to: base.range.to } };
    }
    const whole = base.range?.from && base.range.to ? { from: base.range.from, to: base.range.to } : null;
    const edge = groups.partOf && whole ? { edge: edgeOf(groups.partOf, whole) } : {};
    // "the end of March": the month's year was not written, so a range's other end may move it.
    const yearless = groups.month && !groups.monthYear && !groups.monthRel ? { yearless: { month: monthNumber(groups.month)!, day: null } } : {};
    return { ...span, ...narrow(base, partOf(groups.part ?? groups.partOf ?? '')), ...edge, ...yearless };
  });
