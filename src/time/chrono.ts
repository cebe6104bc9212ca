import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { addDays, formatMoment, isValidDay, mondayOf, weekdayOf } from './calendar.js';
import { nearMonthDay } from './anchor.js';
import type { Candidate, Context, Parser } from './candidate.js';
import { resolve, type Point } from './chrono-resolve.js';
import { DAYPART } from './daypart.js';
import { BEFORE_NAMED_WEEKDAY } from './holidays.js';
import { dayValue } from './value.js';
import { MONTH, shiftOf } from './words.js';

// A month name alone is a date only after one of these ("in May", not "Theresa May" or "they march"),
// or as the start of a range of months ("Nov-Feb 2017").
const MONTH_RANGE = new RegExp(`^\\s*(?:-|–|to|through|until)\\s*${MONTH}\\b`, 'i');
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const PAIRED_DAY = new RegExp(`^\\s+(?:and|&)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'i');
const MONTH_LEAD = /\b(?:in|since|by|until|till|last|next|this|early|late|mid|during|before|after|of|from|through|between|every|each|coming|past)\s+$/i;

// "tomorrow before 5pm", "1/1/2015 after 2:00": chrono keeps the word inside the time it reads.
function openClock(written: string, point: Point): { range: { from: string | null; to: string | null } } | object {
  const word = /\S\s+(?<w>no\s+later\s+than|later\s+than|before|after|by|until)\s+\S/i.exec(written)?.groups?.w?.toLowerCase();
  if (!word || !point.moment) return {};
  const at = formatMoment(point.moment);
  return { range: word === 'after' || word === 'later than' ? { from: at, to: null } : { from: null, to: at } };
}

function toCandidate(r: ParsedResult, offset: number, context: Context): Candidate | null {
  const { text, reference } = context;
  const index = r.index + offset;
  // chrono keeps a dangling "of" ("in July of a possible resurgence").
  const written = r.text.replace(/\s+of$/i, '');
  const end = index + written.length;
  // "The sun will set", "sat down": a weekday's abbreviation in lower case is a word, unless "on" comes before it.
  if (/^(?:sun|sat|wed|mon)$/.test(written) && !/\bon\s+$/i.test(text.slice(Math.max(0, index - 4), index))) return null;
  // "each Monday at 4pm", "every evening": a recurring time, left to the set parser.
  if (/\b(?:every|each)\s+$/i.test(text.slice(Math.max(0, index - 6), index))) return null;
  if (/^now$/i.test(written)) return null;
  // "at 18 and 19 June": a day of the month before another, not a clock (parsers/day-pair.ts).
  if (r.start.isCertain('hour') && !r.start.isCertain('day') && PAIRED_DAY.test(text.slice(end, end + 24))) return null;
  // "next month at 6pm", "this week 8am": chrono makes one day of a period and a clock; they are two times.
  if (r.start.isCertain('hour') && /\b(?:this|next|last|coming|previous)\s+(?:week|month|year)\b/i.test(written)) return null;
  // chrono reads "in the week" as "in a week"; "the week" is the one under way (see parsers/current.ts).
  if (/^(?:in|within)\s+the\s+(?:day|week|month|year)$/i.test(written)) return null;
  // "three months after" with nothing after it counts from an event, not from publication.
  if (/^\S+(?:\s+\S+)?\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)$/i.test(r.text)) return null;
  const onlyMonth = r.start.isCertain('month') && !r.start.isCertain('day') && !r.start.isCertain('year') && !r.end;
  if (onlyMonth && !MONTH_LEAD.test(text.slice(Math.max(0, index - 12), index)) && !MONTH_RANGE.test(text.slice(end, end + 16))) return null;
  // "Good morning" is not a time: a part of the day alone needs "in the", "this" or a day.
  const lead = text.slice(Math.max(0, index - 20), index);
  if (/^(?:morning|afternoon|evening|night)$/i.test(r.text) && !/\b(?:in|during|at|this|by|of)\s+(?:the\s+)?$|\b(?:early|late|later)\s+(?:in\s+the\s+)?$/i.test(lead)) return null;
  const halfWord = /\b(?<half>early|late|later)\s+(?:in\s+the\s+)?$/i.exec(lead);
  const half = halfWord && DAYPART.test(r.text) ? (halfWord.groups!.half!.toLowerCase() === 'early' ? 'early' : 'late') : null;
  const from0 = halfWord && half ? index - halfWord[0].length : index;
  // chrono reads "Tuesday of last week" as this week's Tuesday, and "Monday this week" as next week's.
  const ofWeek = /^(?:on\s+)?\p{L}+\s+(?:of\s+(?:the\s+)?)?(?<rel>last|next|this|following|previous|coming|past)\s+week$/iu.exec(written);
  if (ofWeek && r.start.isCertain('weekday')) {
    const monday = mondayOf(addDays(reference, 7 * shiftOf(ofWeek.groups!.rel!)));
    return { start: index, end, rule: 'chrono', ...dayValue(addDays(monday, (r.start.get('weekday')! + 6) % 7)) };
  }
  // "this week Monday": chrono reads it as one result with no weekday.
  const weekFirst = /^(?<rel>last|next|this|following|previous|coming|past)\s+week\s*,?\s+(?:on\s+)?(?<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*$/i.exec(written);
  if (weekFirst) {
    const monday = mondayOf(addDays(reference, 7 * shiftOf(weekFirst.groups!.rel!)));
    return { start: index, end, rule: 'chrono', ...dayValue(addDays(monday, WEEKDAYS.indexOf(weekFirst.groups!.wd!.toLowerCase()))) };
  }
  // "coming Thursday", "following Friday", "previous Tuesday": chrono skips the word; the weekday is
  // the next one after today, or the last one before it (as chrono reads "last Tuesday").
  const coming = /\b(?:coming|following|previous)\s+$/i.exec(text.slice(Math.max(0, index - 12), index));
  if (coming && r.start.isCertain('weekday') && !r.start.isCertain('day') && !r.start.isCertain('hour')) {
    const back = /previous/i.test(coming[0]);
    const days = back ? -((weekdayOf(reference) - r.start.get('weekday')! + 7) % 7 || 7) : (r.start.get('weekday')! - weekdayOf(reference) + 7) % 7 || 7;
    return { start: index - coming[0].length, end, rule: 'chrono', ...dayValue(addDays(reference, days)) };
  }
  // "next 6th of April", "last May 5": chrono skips the word; it sets the tense of a date with no year.
  const dayOfMonth = !r.end && r.start.isCertain('day') && r.start.isCertain('month') && !r.start.isCertain('year') && !r.start.isCertain('hour');
  const nextOrLast = dayOfMonth ? /\b(?<w>next|last)\s+$/i.exec(text.slice(Math.max(0, index - 6), index)) : null;
  if (nextOrLast) {
    const next = /next/i.test(nextOrLast.groups!.w!);
    const near = nearMonthDay(reference, r.start.get('month')!, r.start.get('day')!, next ? 'future' : 'past');
    // Said on 20 May, "last May 20" is a year ago.
    const day = near.month === reference.month && near.day === reference.day ? { ...near, year: near.year + (next ? 1 : -1) } : near;
    if (isValidDay(day)) return { start: index - nextOrLast[0].length, end, rule: 'chrono', ...dayValue(day) };
  }
  // The two ends of a range are anchored together: "from May to March" runs forward from May.
  const tense = r.end ? null : context.tense(index, end);
  // "January to April 2015", "June-August 1992": the year written at the end holds for the start too.
  const endYear = r.end?.isCertain('year') && !r.start.isCertain('year') ? r.end.get('year') : null;
  const startFrom = endYear ? { ...reference, year: endYear } : reference;
  let start = resolve(r.start, startFrom, tense, written, half);
  if (endYear && start && r.end && (start.value.range?.from ?? '') > `${endYear}-${String(r.end.get('month')).padStart(2, '0')}`) {
    start = resolve(r.start, { ...reference, year: endYear - 1 }, tense, written, half);
  }
  if (!start) return null;
  const base = { start: from0, end, rule: 'chrono' };
  let last = r.end ? resolve(r.end, reference, tense, written) : null;
  if (r.end && last && !r.end.isCertain('year') && (last.value.range?.from ?? '') < (start.value.range?.from ?? '')) {
    last = resolve(r.end, { ...reference, year: reference.year + 1 }, tense, written);
  }
  const yearless = !r.start.isCertain('year') && r.start.isCertain('month') ? { month: r.start.get('month')!, day: r.start.isCertain('day') ? r.start.get('day')! : null } : undefined;
  const clockOnly = start.moment && !['day', 'weekday', 'month', 'year'].some((k) => r.start.isCertain(k as 'day')) && !/\b(?:today|tonight|tomorrow|yesterday|now)\b/i.test(written);
  const weekday = r.start.isCertain('weekday') && !r.start.isCertain('day') ? ((r.start.get('weekday')! + 6) % 7) + 1 : undefined;
  if (!last) return { ...base, ...start.value, ...(yearless && !start.moment ? { yearless } : {}), ...(clockOnly ? { clockOnly } : {}), ...(weekday ? { weekday } : {}), ...openClock(written, start) };
  // "from 10 pm on Friday to 2 am": an end with only a time of day is on the start's day, or the next.
  if (start.moment && last.moment && r.end && !['day', 'weekday', 'month', 'year'].some((k) => r.end!.isCertain(k as 'day'))) {
    const onStart = { ...last.moment, year: start.moment.year, month: start.moment.month, day: start.moment.day };
    const moment = formatMoment(onStart) < formatMoment(start.moment) ? { ...onStart, ...addDays(onStart, 1) } : onStart;
    last = { moment, value: { ...last.value, value: formatMoment(moment) } };
  }
  const from = start.moment ? formatMoment(start.moment) : start.value.range?.from ?? null;
  const to = last.moment ? formatMoment(last.moment) : last.value.range?.to ?? null;
  return { ...base, value: `${start.value.value}/${last.value.value}`, granularity: start.value.granularity, range: { from, to } };
}

const STRETCH_LEAD = /^(?:last|past|previous|next|coming|following|upcoming)\s+\S+\s+(?:days?|weeks?|months?|years?)\b/i;

// chrono is the slowest step of the stage, so it reads only the sentences
// that hold something it can parse: a month or day name, a clock or numeric
// date (not a decimal such as "2.5"), or a relative word. The rest of the text,
// and "now" (parsers/now.ts), is dyad's parsers' alone.
const TRIGGER = new RegExp(
  `\\b(?:${MONTH})(?=\\d|\\b)|\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|tomorrow|tmrw?|yesterday|noon|midnight|morning|afternoon|evening|night|ago|later|earlier|hence|from\\s+now|day\\s+(?:before|after))\\b` +
    `|\\bin\\s+(?:\\S+\\s+){1,2}(?:days?|weeks?|months?|years?|hours?|min(?:ute)?s?)\\b|\\d[:/-]\\d|\\d{1,2}\\.\\d{1,2}(?:\\.\\d|\\s*[ap]\\.?m)|\\bat\\s+\\d{1,2}\\.\\d\\d\\b|\\d\\s*\\.?\\s*(?:[ap]\\s*\\.?\\s*m\\b|o'?clock\\b)`,
  'i',
);
// Sentence ends only before a capital, so that "Dec. 31" and "7 p.m. on" stay whole.
const SENTENCE = /(?:[^.!?\n]|[.!?]+(?!\s+[\p{Lu}"“]|\s*$))+(?:[.!?]+|\n|$)/gu;

/** Dates and times as chrono reads them, re-anchored by tense where the text leaves the year or week open. */
export const chronoParser: Parser = (context) => {
  const { year, month, day, hour, minute, second } = context.reference;
  const instant = new Date(year, month - 1, day, hour, minute, second);
  const found: Candidate[] = [];
  for (const m of context.text.matchAll(SENTENCE)) {
    if (!TRIGGER.test(m[0])) continue;
    for (const r of chrono.casual.parse(m[0], instant)) {
      // "$12 December 27": the amount is not the day; the date is what follows it.
      const at = m.index + r.index;
      const amount = /[$£€¥]\s*$/.test(context.text.slice(Math.max(0, at - 2), at)) ? /^\d[\d,.]*\s+/.exec(r.text) : null;
      // "the last 3 months and 2 days ago": chrono reads one day 3 months and 2 days back; the stretch
      // is parsers/relative.ts's, and chrono reads on after its first count ("2 days ago").
      // "Easter Monday at 10:30 am": the weekday is the holiday's (parsers/holiday.ts); chrono reads on after it.
      const named = BEFORE_NAMED_WEEKDAY.test(m[0].slice(Math.max(0, r.index - 12), r.index)) ? /^\p{L}+day\b/iu.exec(r.text)?.[0] : undefined;
      const lead = STRETCH_LEAD.exec(r.text)?.[0] ?? named;
      const skip = amount?.[0] ?? lead;
      const from = r.index + (skip?.length ?? 0);
      // After a stretch, up to the end of the sentence ("ago" lies outside what chrono kept), but only what starts inside chrono's result.
      const rest = skip ? chrono.casual.parse(m[0].slice(from, lead ? undefined : r.index + r.text.length), instant).filter((next) => next.index < r.text.length - skip.length) : null;
      const results = rest ? rest.map((next) => [next, at + skip!.length] as const) : [[r, m.index] as const];
      for (const [result, offset] of results) {
        const c = toCandidate(result, offset, context);
        if (c) found.push(c);
      }
    }
  }
  return found;
};
