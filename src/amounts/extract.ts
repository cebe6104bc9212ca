import type { Amount } from '../model/index.js';
import { aboutOf } from './about.js';
import { longest } from './candidate.js';
import { findMoney } from './money.js';
import { findNumbers } from './numbers.js';
import { findPeople } from './people.js';
import { perOf } from './per.js';
import { findPercents } from './percent.js';

/** Money, percentages and counts of people in a text, with what each is per and, when the words say, what it measures. */
export function extractAmounts(text: string): Amount[] {
  // Money first: at equal length "$5 million" beats any count inside it.
  const numbers = findNumbers(text);
  const found = longest([...findMoney(text, numbers), ...findPercents(text, numbers), ...findPeople(text, numbers)]);
  return found.map((f) => ({
    start: f.start,
    end: f.end,
    text: text.slice(f.start, f.end),
    value: f.value,
    unit: f.unit,
    per: f.unit === 'percent' || f.unit === 'percentage point' ? null : perOf(text, f.start, f.end),
    about: f.counted ?? (f.unit === 'person' ? null : aboutOf(text, f.start, f.end)),
  }));
}
