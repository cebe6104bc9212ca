import * as chrono from 'chrono-node';
import type { Day } from './calendar.js';
import type { Context } from './candidate.js';
import { resolve } from './chrono-resolve.js';
import { BEFORE_NAMED_WEEKDAY } from './holidays.js';
import { MONTH } from './words.js';

/** A day phrase next to another expression ("on 1/1/2015", "next Monday", "last night"), and the half of the day it names. */
export interface NeighbourDay {
  start: number;
  end: number;
  day: Day;
  afternoon: boolean | null;
  /** The weekday, when the phrase names one without its date ("on Tuesday"), 1 = Monday … 7 = Sunday. */
  weekday?: number;
}

const LINK_AFTER = /^\s*(?:,\s*)?(?:on\s+)?/i;
const LINK_BEFORE = /\s*(?:on\s+)?$/i;
const REACH = 40;

function instant(context: Context): Date {
  const { year, month, day, hour, minute, second } = context.reference;
  return new Date(year, month - 1, day, hour, minute, second);
}

function read(context: Context, from: number, written: string, parsed: chrono.ParsedResult): NeighbourDay | null {
  // A day, possibly with its part ("yesterday afternoon"), but not a time of its own ("tomorrow at 4").
  if (parsed.start.isCertain('hour') || parsed.end) return null;
  // "each Monday" recurs: it is no one day. "Easter Monday" is the holiday's.
  if (/\b(?:every|each)\s+$/i.test(context.text.slice(Math.max(0, from - 6), from))) return null;
  if (BEFORE_NAMED_WEEKDAY.test(context.text.slice(Math.max(0, from - 12), from))) return null;
  const point = resolve(parsed.start, context.reference, context.tense(from, from + written.length), written);
  const iso = point?.value.range?.from ?? point?.value.value;
  if (!point || !iso || !/^\d{4}-\d{2}-\d{2}/.test(iso) || !['day', 'part of day'].includes(point.value.granularity)) return null;
  const part = /\b(?<pm>afternoon|evening|night|tonight)\b|\bmorning\b/i.exec(written);
  const weekday = parsed.start.isCertain('weekday') && !parsed.start.isCertain('day') ? { weekday: ((parsed.start.get('weekday')! + 6) % 7) + 1 } : {};
  return { start: from, end: from + written.length, day: { year: +iso.slice(0, 4), month: +iso.slice(5, 7), day: +iso.slice(8, 10) }, afternoon: part ? !!part.groups!.pm : null, ...weekday };
}

// chrono is slow: it reads a neighbour only when a day word or a date is there, right beside.
// Without dates (`wordsOnly`), for pairs of bare numbers, which are mostly scores ("6-3 6-4").
const WEEKDAY_WORD = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|tomorrow|yesterday|night|morning|afternoon|evening)';
const hints = (day: string, date: string): [RegExp, RegExp] => [
  new RegExp(`^\\s*,?\\s*(?:on\\s+)?(?:(?:this|next|last|the)\\s+)?(?:${day}\\b${date ? `|${date}` : ''})`, 'iu'),
  new RegExp(`(?:\\b${day}\\.?${date ? `|${date}` : ''})\\s*(?:on\\s+)?$`, 'iu'),
];
const [AFTER, BEFORE] = hints(`(?:${MONTH}|${WEEKDAY_WORD}|\\p{L}+(?:st|nd|rd|th))`, '\\d(?:st|nd|rd|th)?');
const [AFTER_WORD, BEFORE_WORD] = hints(WEEKDAY_WORD, '');

/** The day phrase that starts right after `index` (after an optional "on"), as chrono reads it. */
export function dayAfter(context: Context, index: number, wordsOnly = false): NeighbourDay | null {
  const snippet = context.text.slice(index, index + REACH);
  if (!(wordsOnly ? AFTER_WORD : AFTER).test(snippet)) return null;
  const lead = LINK_AFTER.exec(snippet)![0].length;
  const parsed = chrono.casual.parse(snippet.slice(lead), instant(context)).find((r) => r.index === 0);
  return parsed ? read(context, index + lead, parsed.text, parsed) : null;
}

/** The day phrase that ends right before `index` (before an optional "on" or comma), as chrono reads it. */
export function dayBefore(context: Context, index: number, wordsOnly = false): NeighbourDay | null {
  const from = Math.max(0, index - REACH);
  const snippet = context.text.slice(from, index);
  if (!(wordsOnly ? BEFORE_WORD : BEFORE).test(snippet)) return null;
  const end = snippet.length - LINK_BEFORE.exec(snippet)![0].length;
  const parsed = chrono.casual.parse(snippet.slice(0, end), instant(context)).find((r) => r.index + r.text.length === end);
  return parsed ? read(context, from + parsed.index, parsed.text, parsed) : null;
}
