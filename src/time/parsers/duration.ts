import type { Parser } from '../candidate.js';
import { NUMBER, parseNumber } from '../../amounts/number.js';
import { scan } from '../words.js';

// ISO 8601 duration letters; units below a day go after the T.
const UNITS: Record<string, [string, boolean]> = {
  second: ['S', true], sec: ['S', true], minute: ['M', true], min: ['M', true], hour: ['H', true], hr: ['H', true],
  day: ['D', false], week: ['W', false], weekend: ['WE', false], fortnight: ['W', false], month: ['M', false], year: ['Y', false], decade: ['Y', false], century: ['Y', false],
};
const FACTOR: Record<string, number> = { fortnight: 2, decade: 10, century: 100 };

// "for three years", "two days", "a two-year term", "half an hour", "several weeks".
// Not "two days ago" or "three weeks later" (points, left to chrono), nor "two days' notice" (kept).
const PATTERN = new RegExp(
  `\\b(?:(?:for|over|during|lasting|lasted|of)\\s+)?(?:(?:the|another|about|around|nearly|almost|more\\s+than|less\\s+than|at\\s+least|over|some)\\s+)?(?:(?<half>half\\s+an?)\\s+|(?<count>${NUMBER}|an?|several|a\\s+few|few|many)[\\s-]+(?:and\\s+a\\s+half\\s+)?)(?<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|weekends?|fortnights?|months?|years?|decades?|centur(?:y|ies))\\b(?!\\s+(?:ago|later|earlier|before|after|from|since|old|of\\s+age)\\b|[-\\s]old\\b)`,
  'gi',
);

function unitOf(word: string): string {
  const w = word.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '');
  return w;
}

export const durationParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    const unit = unitOf(g.unit!);
    const [letter, clock] = UNITS[unit] ?? ['', false];
    if (!letter) return null;
    let count: number | null = g.half ? 0.5 : parseNumber(g.count ?? '');
    if (count !== null && /and\s+a\s+half/i.test(m[0])) count += 0.5;
    const amount = count === null ? 'X' : String(+(count * (FACTOR[unit] ?? 1)).toFixed(4));
    // A bare "a day" or "a year" is too often a rate ("twice a day") to be a duration on its own.
    if (/^an?$/i.test((g.count ?? '').trim()) && !/^(?:for|over|during|lasting|lasted)\b/i.test(m[0])) return null;
    return { start: m.index, end: m.index + m[0].length, rule: 'duration', duration: true, value: `P${clock ? 'T' : ''}${amount}${letter}`, granularity: unit, range: null };
  });
