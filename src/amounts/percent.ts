import { tidy, type Found } from './candidate.js';
import { NUMBER, parseNumber } from './number.js';

// "27 %", "15 percent", "6.2 per cent", "two percentage points".
const PATTERN = new RegExp(`(?<![\\p{L}\\d.,])(?<num>${NUMBER})\\s*(?:(?<points>percentage\\s+points?)|%|per\\s*cent\\b|pct\\b)`, 'giu');

export function findPercents(text: string): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const value = parseNumber(m.groups!.num!);
    if (value !== null) found.push({ start: m.index, end: m.index + m[0].length, value: tidy(value), unit: m.groups!.points ? 'percentage point' : 'percent' });
  }
  return found;
}
