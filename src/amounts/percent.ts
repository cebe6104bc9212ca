import { tidy, type Found } from './candidate.js';
import { parseNumber } from '../text/number.js';
import type { Num } from './numbers.js';

// "27 %", "15 percent", "6.2 per cent", "two percentage points".
const SIGN = /^\s*(?:(?<points>percentage\s+points?)|%|per\s*cent\b|pct\b)/i;

export function findPercents(text: string, numbers: readonly Num[]): Found[] {
  const found: Found[] = [];
  for (const n of numbers) {
    if (n.scale || n.glued) continue;
    const sign = SIGN.exec(text.slice(n.end, n.end + 24));
    const value = sign ? parseNumber(n.num) : null;
    if (sign && value !== null) found.push({ start: n.start, end: n.end + sign[0].length, value: tidy(value), unit: sign.groups?.points ? 'percentage point' : 'percent' });
  }
  return found;
}
