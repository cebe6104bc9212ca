import { compareDays } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { HOLIDAYS, holidayIn } from '../holidays.js';
import { dayValue } from '../value.js';
import { RELATIVE, scan, shiftOf, YEAR } from '../words.js';

const key = (written: string) => written.toLowerCase().replace(/['’.]/g, '').replace(/\s+/g, ' ');
const NAMES = new Map(HOLIDAYS.flatMap(([names, rule]) => names.map((n) => [key(n), rule] as const)));
const NAME = HOLIDAYS.flatMap(([names]) => names).sort((a, b) => b.length - a.length).map((n) => n.replace(/[.']/g, (c) => (c === "'" ? "['’]?" : '\\.?')).replace(/ /g, '\\s+')).join('|');
const PATTERN = new RegExp(`\\b(?:(?<rel>${RELATIVE})\\s+)?(?<name>${NAME})\\b(?:,?\\s+(?:of\\s+)?(?<year>${YEAR}))?`, 'gi');

/** "Christmas", "Nowruz 2021", "last Easter": the named day, in the year written or the one the clause points to. */
export const holidayParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    const rule = NAMES.get(key(g.name!));
    if (!rule) return null;
    const ref = context.reference;
    let day = holidayIn(rule, g.year ? Number(g.year) : ref.year);
    if (!g.year) {
      const shift = g.rel ? shiftOf(g.rel) : null;
      const tense = shift === null ? context.tense(m.index, m.index + m[0].length) : shift < 0 ? 'past' : shift > 0 ? 'future' : null;
      if (tense === 'past' && compareDays(day, ref) > 0) day = holidayIn(rule, ref.year - 1);
      if (tense === 'future' && compareDays(day, ref) < 0) day = holidayIn(rule, ref.year + 1);
    }
    return { start: m.index, end: m.index + m[0].length, rule: 'holiday', ...dayValue(day) };
  });
