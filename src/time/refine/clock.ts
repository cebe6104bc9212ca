import type { Candidate } from '../candidate.js';
import { opened } from './open.js';

// "13:00 February 28, 2013", "5/3/18 @ 17:49", "October 14 for 8:00am": a day and a time of day side by side.
export const DAY_AND_CLOCK = /^\s*(?:,|at|@|on|for)?\s*$/i;

export function dayAndClock(a: Candidate, b: Candidate): Candidate | null {
  const [day, clock] = a.clockOnly ? [b, a] : [a, b];
  if (!clock.clockOnly || day.granularity !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(day.value)) return null;
  const on = (moment: string) => `${day.value}T${moment.slice(11)}`;
  const range = clock.range ? { from: clock.range.from && on(clock.range.from), to: clock.range.to && on(clock.range.to) } : null;
  // A range of clock times ("between 9:30 and 3 pm") is written as its two ends.
  const value = clock.value.includes('/') && range?.from && range.to ? `${range.from}/${range.to}` : on(clock.value);
  return { start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`, value, granularity: clock.granularity, range };
}

// "on Wednesday by 5 pm", "Feb 1st no later than 6:00", "next Wednesday later than 10 in the morning":
// a day, then a time of day on it that one end of the range is left open at.
const OPEN_CLOCK = /^\s*,?\s*(?<w>by|before|after|no\s+later\s+than|later\s+than|earlier\s+than|not\s+later\s+than)\s+$/i;

export function dayThenOpenClock(a: Candidate, b: Candidate, text: string): Candidate | null {
  const word = OPEN_CLOCK.exec(text.slice(a.end, b.start))?.groups?.w;
  const at = word && !a.clockOnly ? dayAndClock(a, { ...b, range: null }) : null;
  const range = at && opened(word!.replace(/^not\s+/i, 'no '), at);
  return at && range ? { ...at, range } : null;
}

// "from 2pm for 2 hours", "for 2.5 hours from 9": a time of day and how long from it.
const CLOCK_SECONDS: Record<string, number> = { H: 3600, M: 60, S: 1 };

export function clockFor(a: Candidate, b: Candidate, text: string): Candidate | null {
  const [clock, length] = a.duration ? [b, a] : [a, b];
  // "for 3 hours from 10 am": the "from" may be read into the clock's own span.
  const between = text.slice(a.end, b.start) + (a.duration ? /^(?:from|starting(?:\s+at)?)\b/i.exec(text.slice(b.start, b.end))?.[0] ?? '' : '');
  const m = /^PT(?<n>\d+(?:\.\d+)?)(?<u>[HMS])$/.exec(length.value);
  if (!m || clock.range || !/T\d{2}:\d{2}/.test(clock.value) || (a.duration && !/^\s*(?:from|starting(?:\s+at)?)\s*$/i.test(between))) return null;
  const start = new Date(`${clock.value.slice(0, 16)}:00Z`);
  const end = new Date(start.getTime() + Number(m.groups!.n) * CLOCK_SECONDS[m.groups!.u!]! * 1000);
  const iso = (d: Date) => d.toISOString().slice(0, 16);
  return { start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`, value: `${iso(start)}/${length.value}`, granularity: clock.granularity, range: { from: iso(start), to: iso(end) } };
}
