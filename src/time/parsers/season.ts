import type { Parser } from '../candidate.js';
import { monthsSpan } from '../value.js';
import { RELATIVE, scan, shiftOf, YEAR } from '../words.js';

// Seasons as TIMEX3 writes them (2019-SU), over the northern meteorological
// months: news about Iran, Iraq, Europe or the US means those.
const SEASONS: Record<string, [string, number]> = { spring: ['SP', 3], summer: ['SU', 6], autumn: ['FA', 9], fall: ['FA', 9], winter: ['WI', 12] };
const PATTERN = new RegExp(`\\b(?:(?<rel>${RELATIVE})\\s+)?(?<season>spring|summer|autumn|winter)(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?\\b|\\b(?<rel2>${RELATIVE})\\s+(?<fall>fall)\\b`, 'gi');

/** "last summer", "the spring of 2019", "this winter"; a season named alone stays without a year ("SU"). */
export const seasonParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    const [code, month] = SEASONS[(g.season ?? g.fall ?? '').toLowerCase()]!;
    const rel = g.rel ?? g.rel2;
    const span = { start: m.index, end: m.index + m[0].length, rule: 'season' };
    if (!g.year && !rel) return { ...span, value: code, granularity: 'season', range: null };
    const ref = context.reference;
    const now = ref.year * 12 + ref.month;
    const latest = Math.floor((now - month) / 12); // the year of the last one to have begun
    const within = now - (latest * 12 + month) < 3;
    const shift = rel ? shiftOf(rel) : 0;
    const thisOne = month === 12 ? (ref.month <= 2 ? ref.year - 1 : ref.year) : ref.year;
    const year = g.year ? Number(g.year) : shift < 0 ? (within ? latest - 1 : latest) : shift > 0 ? latest + 1 : thisOne;
    return { ...span, value: `${year}-${code}`, granularity: 'season', range: monthsSpan(year, month, 3) };
  });
