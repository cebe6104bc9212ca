import { addDays, formatDay, type Day } from './calendar.js';
import type { TimeValue } from './value.js';

// Parts of the day as TIMEX3 codes and hours, as Recognizers-Text has them.
const PARTS: Record<string, [string, number, number]> = {
  morning: ['MO', 8, 12], afternoon: ['AF', 12, 16], evening: ['EV', 16, 20], night: ['NI', 20, 24], tonight: ['NI', 20, 24],
};

export const DAYPART = /\b(?:morning|afternoon|evening|night|tonight)\b/i;

const clock = (day: Day, hour: number) => (hour === 24 ? `${formatDay(addDays(day, 1))}T00:00` : `${formatDay(day)}T${String(hour).padStart(2, '0')}:00`);

/** The part of `day` a phrase names ("Wednesday morning", "tonight"); `half` narrows it ("early morning"). */
export function dayPart(day: Day, written: string, half: 'early' | 'late' | null): TimeValue | null {
  const word = DAYPART.exec(written)?.[0].toLowerCase();
  const part = word ? PARTS[word] : undefined;
  if (!part) return null;
  const [code, from, to] = part;
  const middle = (from + to) / 2;
  const [a, b] = half === 'early' ? [from, middle] : half === 'late' ? [middle, to] : [from, to];
  return { value: `${formatDay(day)}T${code}`, granularity: 'part of day', range: { from: clock(day, a), to: clock(day, b) } };
}
