import { addDays, formatDay, type Day } from '../calendar.js';
import type { Candidate } from '../candidate.js';
import { shiftDay } from '../shift.js';
import { setAtClock } from './set-clock.js';
import { clockFor, dayAndClock, dayThenOpenClock, DAY_AND_CLOCK } from './clock.js';
import { parseNumber } from '../../text/number.js';
import { dayValue, intervalValue } from '../value.js';
import { inYear } from './in-year.js';

// "4th of July of 1995", "28 June in 2020": a date without its year, then the year.
const OF_YEAR = /^\s*(?:,|of|in)?\s*$/i;
// "3 days from today", "two weeks before the vote on 5 May": a length of time counted from a day.
// "for 3 days from today", "a week starting tomorrow": the stretch itself, from that day.
const COUNTED = /^\s*,?\s+(?<dir>from|after|before|starting(?:\s+(?:from|on))?)\s+$/i;

const dayOf = (iso: string): Day => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

function counted(length: Candidate, point: Candidate, direction: string, text: string): Candidate | null {
  const m = /^P(?<n>\d+(?:\.\d+)?)(?<u>[DWMY])$/.exec(length.value);
  const from = point.granularity === 'day' ? point.range?.from : null;
  if (!m || !from) return null;
  const unit = { D: 'day', W: 'week', M: 'month', Y: 'year' }[m.groups!.u as 'D'];
  const dir = direction.toLowerCase();
  const stretch = dir.startsWith('starting') || (dir === 'from' && /^for\b/i.test(text.slice(length.start, length.end)));
  const day = shiftDay(dayOf(from), Number(m.groups!.n) * (dir === 'before' ? -1 : 1), unit);
  const span = { start: length.start, end: point.end, rule: `${length.rule}+${point.rule}` };
  if (day && stretch) return { ...span, ...intervalValue(dayOf(from), day) };
  return day && { ...dayValue(day), ...span };
}

// "Two days later", "a week earlier": counted from the day the text last named, not from publication.
const SEQUEL = /^(?<count>\S+(?:\s+\S+)?)\s+(?<unit>days?|weeks?|months?|years?)\s+(?<dir>later|earlier)$/i;

function sequel(c: Candidate, text: string, previous: Candidate | undefined): Candidate | null {
  const from = previous?.granularity === 'day' ? previous.range?.from : null;
  // "the next day", "the day before" (parsers/next-day.ts), after a day the text named.
  if (c.rule === 'next-day' && from) {
    const next = /next|following|after/i.test(text.slice(c.start, c.end));
    return { ...c, ...dayValue(shiftDay(dayOf(from), next ? 1 : -1, 'day')!), rule: `${c.rule}+sequel` };
  }
  const m = SEQUEL.exec(text.slice(c.start, c.end));
  const count = m ? parseNumber(m.groups!.count!) : null;
  if (!m || !from || count === null) return null;
  const day = shiftDay(dayOf(from), m.groups!.dir!.toLowerCase() === 'earlier' ? -count : count, m.groups!.unit!);
  return day && { ...c, ...dayValue(day), rule: `${c.rule}+sequel` };
}

// "Tuesday of last week", "next week Monday", "previous week - Monday": the weekday in that week.
const WEEK_LINK = /^\s*(?:of\s+(?:the\s+)?|-\s*|,\s*|on\s+)?$/i;

function dayOfWeek(a: Candidate, b: Candidate): Candidate | null {
  const [day, week] = a.weekday ? [a, b] : [b, a];
  if (!day.weekday || week.granularity !== 'week' || !week.range?.from) return null;
  const date = shiftDay(dayOf(week.range.from), day.weekday - 1, 'day')!;
  const span = { start: a.start, end: b.end, rule: `${a.rule}+${b.rule}` };
  // "next week Mon 9 am": that day at that time.
  const clock = /T\d{2}:\d{2}(?::\d{2})?$/.exec(day.value)?.[0];
  if (clock) return { ...day, ...span, value: `${formatDay(date)}${clock}`, range: null };
  if (day.granularity !== 'part of day' || !day.range?.from) return { ...dayValue(date), ...span };
  // "Wednesday evening next week": the part of that day.
  return { ...partOn(day, date), ...span };
}

// A part of the day ("morning", 2021-02-06TMO) moved to another date.
function partOn(part: Candidate, date: Day): Candidate {
  const days = Math.round((Date.UTC(date.year, date.month - 1, date.day) - Date.parse(`${part.value.slice(0, 10)}T00:00Z`)) / 864e5);
  const move = (iso: string | null) => iso && `${formatDay(addDays(dayOf(iso.slice(0, 10)), days))}${iso.slice(10)}`;
  return { ...part, value: move(part.value)!, range: part.range && { from: move(part.range.from), to: move(part.range.to) } };
}

// "Tuesday in the morning", "on 5 May in the evening": the part of that day.
function dayInPart(a: Candidate, b: Candidate, between: string): Candidate | null {
  if (a.granularity !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(a.value) || b.granularity !== 'part of day' || !/^\s*(?:in\s+the\s+|,\s*)?$/i.test(between)) return null;
  return { ...partOn(b, dayOf(a.value)), start: a.start, end: b.end, rule: `${a.rule}+${b.rule}` };
}

/** Completes yearless dates with a year written after them, and counts lengths of time from a day. */
export function attach(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1];
    const between = b ? text.slice(a.end, b.start) : '';
    if (b && a.yearless && b.granularity === 'year' && /^\d{4}$/.test(b.value) && OF_YEAR.test(between)) {
      const { yearless: _, ...dated } = inYear(a, Number(b.value)) ?? a;
      out.push({ ...dated, start: a.start, end: b.end, rule: `${a.rule}+${b.rule}` });
      i++;
      continue;
    }
    const both = !b ? null : (DAY_AND_CLOCK.test(between) ? dayAndClock(a, b) : null) ?? (WEEK_LINK.test(between) ? dayOfWeek(a, b) : null) ?? setAtClock(a, b, between) ?? dayInPart(a, b, between) ?? dayThenOpenClock(a, b, text) ?? clockFor(a, b, text);
    if (both) {
      out.push(both);
      i++;
      continue;
    }
    const direction = COUNTED.exec(between)?.groups?.dir;
    const joined = b && a.duration && direction ? counted(a, b, direction, text) : null;
    if (joined) {
      out.push(joined);
      i++;
      continue;
    }
    out.push(sequel(a, text, out.at(-1)) ?? a);
  }
  return out;
}
