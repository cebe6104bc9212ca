import type { Parser } from '../candidate.js';
import { NUMBER, parseNumber } from '../../text/number.js';
import { scan } from '../words.js';

// ISO 8601 duration letters; units below a day go after the T.
const UNITS: Record<string, [string, boolean]> = {
  second: ['S', true], sec: ['S', true], minute: ['M', true], min: ['M', true], hour: ['H', true], hr: ['H', true],
  day: ['D', false], week: ['W', false], weekend: ['WE', false], fortnight: ['W', false], month: ['M', false], year: ['Y', false], decade: ['Y', false], century: ['Y', false],
};
const FACTOR: Record<string, number> = { fortnight: 2, decade: 10, century: 100 };

const UNIT = '(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|nights?|weeks?|w|weekends?|fortnights?|months?|years?|yrs?|y|decades?|centur(?:y|ies))';
const COUNT = `(?:(?<half>half\\s+an?|½)\\s*|(?<count>${NUMBER}|an?|another|several|a\\s+few|few|many|some)(?:\\s+and\\s+(?<half3>half))?(?:[\\s-]+|(?<=\\d)(?=[a-z])))`;

// "for three years", "two days", "a two-year term", "half an hour", "½ hour", "one and half hour", "1 hour and 30 minutes", "3h".
// Not "two days ago" or "three weeks later" (points, left to chrono), nor "five years old".
const PATTERN = new RegExp(
  `(?:\\b|(?=½))(?:(?:for|over|during|lasting|lasted|of)\\s+)?(?:(?:the|another|about|around|nearly|almost|more\\s+than|less\\s+than|at\\s+least|over)\\s+)?${COUNT}(?<unit>${UNIT})\\b(?:(?:\\s*,?\\s*(?:and\\s+)?)(?<count2>${NUMBER})\\s+(?<unit2>${UNIT})\\b|\\s+and\\s+(?:a\\s+)?(?<half2>half))?(?!\\s+(?:ago|later|earlier|hence|old|of\\s+age)\\b|[-\\s]old\\b)`,
  'gi',
);

const SHORT: Record<string, string> = { h: 'hour', d: 'day', w: 'week', y: 'year', yr: 'year', night: 'day' };

function unitOf(word: string): string {
  const w = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return SHORT[w] ?? w;
}

function seconds(unit: string): number {
  return { second: 1, sec: 1, minute: 60, min: 60, hour: 3600, hr: 3600 }[unit] ?? 0;
}

export const durationParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    // A bare "a day" or "a year" is too often a rate ("twice a day") to be a duration on its own.
    // "for another day" is one more ("live to fight another day" is not a length of time).
    if (/^(?:an?|another)$/i.test((g.count ?? '').trim()) && !/^(?:for|over|during|lasting|lasted)\b/i.test(m[0])) return null;
    let unit = unitOf(g.unit!);
    const [letter, clock] = UNITS[unit] ?? ['', false];
    if (!letter) return null;
    let count: number | null = g.half ? 0.5 : /^another$/i.test(g.count ?? '') ? 1 : parseNumber(g.count ?? '');
    if (count !== null && (g.half2 || g.half3)) count += 0.5;
    let value = count === null ? null : count * (FACTOR[unit] ?? 1);
    // "1 hour and 30 minutes": the smaller unit is folded into the larger, in the smaller's terms.
    if (value !== null && g.unit2 && clock) {
      const small = unitOf(g.unit2);
      const extra = parseNumber(g.count2 ?? '');
      if (extra === null || !seconds(small)) return null;
      const total = value * seconds(unit) + extra * seconds(small);
      [value, unit] = total % 3600 === 0 ? [total / 3600, 'hour'] : total % 60 === 0 ? [total / 60, 'minute'] : [total, 'second'];
    } else if (g.unit2) return null;
    const [letter2] = UNITS[unit]!;
    const amount = value === null ? 'X' : String(+value.toFixed(4));
    return { start: m.index, end: m.index + m[0].length, rule: 'duration', duration: true, value: `P${clock ? 'T' : ''}${amount}${letter2}`, granularity: unit, range: null };
  });
