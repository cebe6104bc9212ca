import { addDays, compareDays, formatDay, weekdayOf, type Day } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { HOLIDAYS, holidayIn } from '../holidays.js';
import { dayValue, weekValue, type TimeValue } from '../value.js';
import { RELATIVE, scan, shiftOf, YEAR } from '../words.js';

const key = (written: string) => written.toLowerCase().replace(/['’.]/g, '').replace(/\s+/g, ' ');
const NAMES = new Map(HOLIDAYS.flatMap(([names, rule]) => names.map((n) => [key(n), rule] as const)));
const NAME = HOLIDAYS.flatMap(([names]) => names).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.']/g, (c) => (c === "'" ? "['’]?" : '\\.?')).replace(/ /g, '\\s+')).join('|');
const PATTERN = new RegExp(`\\b(?<weekendOf>(?:the\\s+)?weekend\\s+of\\s+(?:the\\s+)?)?(?:(?<rel>${RELATIVE})\\s+)?(?<name>${NAME})\\b(?:,?\\s+(?:of\\s+)?(?<year>${YEAR}))?(?<weekend>\\s+weekend(?:\\s+(?:of\\s+)?(?<year2>${YEAR}))?)?`, 'gi');

// "Labor Day weekend", "the weekend of Halloween", "Thanksgiving weekend": the Saturday and Sunday
// nearest the holiday, with the holiday itself (Monday before, Thursday and Friday after).
function weekendOf(day: Day): TimeValue {
  const weekday = weekdayOf(day);
  const saturday = addDays(day, weekday <= 2 ? -(weekday + 1) : 6 - weekday);
  const from = compareDays(day, saturday) < 0 ? day : saturday;
  const last = addDays(saturday, 1);
  const to = addDays(compareDays(day, last) > 0 ? day : last, 1);
  return { value: `${weekValue(saturday).value}-WE`, granularity: 'weekend', range: { from: formatDay(from), to: formatDay(to) } };
}

/** "Christmas", "Nowruz 2021", "last Easter": the named day, in the year written or the one the clause points to. */
export const holidayParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    const rule = NAMES.get(key(g.name!));
    if (!rule) return null;
    const ref = context.reference;
    let day = holidayIn(rule, (g.year ?? g.year2) ? Number(g.year ?? g.year2) : ref.year);
    if (!g.year && !g.year2) {
      const shift = g.rel ? shiftOf(g.rel) : null;
      const tense = shift === null ? context.tense(m.index, m.index + m[0].length) : shift < 0 ? 'past' : shift > 0 ? 'future' : null;
      if (tense === 'past' && compareDays(day, ref) > 0) day = holidayIn(rule, ref.year - 1);
      if (tense === 'future' && compareDays(day, ref) < 0) day = holidayIn(rule, ref.year + 1);
    }
    return { start: m.index, end: m.index + m[0].length, rule: 'holiday', ...(g.weekendOf || g.weekend ? weekendOf(day) : dayValue(day)) };
  });
