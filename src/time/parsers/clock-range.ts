import { addDays, formatMoment, isValidDay, weekdayOf, type Day } from '../calendar.js';
import type { Candidate, Parser } from '../candidate.js';
import { dayAfter, dayBefore } from '../neighbour-day.js';
import { scanNear } from '../near.js';

// "between 3 and 5 on 1/1/2015", "Monday 12-4", "from 8am-3 yesterday afternoon", "between 0730-0930",
// "from three thirty to four thirty": two times of day as one stretch, with the day next to them.
const HOURS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const MINUTES: Record<string, number> = { fifteen: 15, thirty: 30, 'forty five': 45, 'forty-five': 45, fortyfive: 45 };
const CLOCK = `(?:0\\d[0-5]\\d|(?:[01]?\\d|2[0-3])(?:[:.][0-5]\\d)?|(?:${HOURS.join('|')})(?:[\\s-]+(?:fifteen|thirty|forty[\\s-]?five))?)(?:\\s*(?:[ap]\\.\\s?m\\.|[ap]\\s?m\\b))?`;
const PATTERN = new RegExp(
  `(?<![\\d:./-])(?:\\b(?<lead>between|from)\\s+)?(?<a>${CLOCK})\\s*(?:-|–|\\bto\\b|\\band\\b|\\btill\\b|\\buntil\\b)\\s*(?<b>${CLOCK})(?![:./-]?\\d)(?<part>\\s+in\\s+the\\s+(?:morning|afternoon|evening))?`,
  'gi',
);

interface Clock {
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
  /** Written with minutes, a meridiem or on the 24-hour clock: plainly a time, not a count. */
  clocky: boolean;
}

function clockOf(written: string): Clock | null {
  const w = written.toLowerCase().trim();
  const meridiem = /[ap]\.?\s?m\.?$/.test(w) ? (w.replace(/[^a-z]/g, '').endsWith('pm') ? 'pm' : 'am') : null;
  const bare = w.replace(/\s*[ap]\.?\s?m\.?$/, '');
  const military = /^0(\d)([0-5]\d)$/.exec(bare);
  if (military) return { hour: Number(military[1]), minute: Number(military[2]), meridiem: 'am', clocky: true };
  const digits = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(bare);
  if (digits) return { hour: Number(digits[1]), minute: Number(digits[2] ?? 0), meridiem, clocky: !!meridiem || (!!digits[2] && bare.includes(':')) || Number(digits[1]) > 12 };
  const [hourWord, ...rest] = bare.split(/[\s-]+/);
  const hour = HOURS.indexOf(hourWord!) + 1;
  const minute = rest.length ? MINUTES[rest.join(' ')] ?? null : 0;
  return hour && minute !== null ? { hour, minute, meridiem, clocky: !!meridiem || rest.length > 0 } : null;
}

const to24 = (hour: number, meridiem: 'am' | 'pm') => (hour % 12) + (meridiem === 'pm' ? 12 : 0);

/** Minutes after midnight of both ends, reading an end without am or pm from the other end and the part of the day. */
function minutesOf(a: Clock, b: Clock, afternoon: boolean | null): [number, number] {
  const bare = (c: Clock) => (c.hour > 12 || c.meridiem ? c.hour : afternoon === null ? c.hour : to24(c.hour, afternoon ? 'pm' : 'am'));
  const fixed = (c: Clock) => (c.meridiem && c.hour <= 12 ? to24(c.hour, c.meridiem) : bare(c));
  let from = a.meridiem || afternoon !== null || a.hour > 12 ? fixed(a) * 60 + a.minute : null;
  let to = b.meridiem || afternoon !== null || b.hour > 12 ? fixed(b) * 60 + b.minute : null;
  // "9.30-4.30pm" is 9:30 to 16:30, "2 and 4:30pm" 14:00 to 16:30: the start takes the end's half of the day if it can.
  if (from === null && to !== null && b.meridiem) {
    const same = to24(a.hour, b.meridiem) * 60 + a.minute;
    from = same <= to ? same : to24(a.hour, b.meridiem === 'pm' ? 'am' : 'pm') * 60 + a.minute;
  }
  from ??= a.hour * 60 + a.minute;
  // "8am-3", "from 10:30 to 3", "Monday 12-4": an end at or before the start is in the afternoon.
  if (to === null) {
    to = b.hour * 60 + b.minute;
    if (to <= from && b.hour < 12) to += 12 * 60;
  }
  return [from, to];
}

function moment(day: Day, minutes: number) {
  const d = addDays(day, Math.floor(minutes / 1440));
  const m = minutes % 1440;
  return formatMoment({ ...d, hour: Math.floor(m / 60), minute: m % 60, second: 0 });
}

// "Friday 7-6" is the 6th of July when that is a Friday; "Monday 12-4" (a Tuesday) is noon to four.
function datesOn(a: Clock, b: Clock, day: Day): boolean {
  const date = { year: day.year, month: a.hour, day: b.hour };
  return isValidDay(date) && weekdayOf(date) === weekdayOf(day);
}

// Two hours in digits side by side, or "between" or "from" before hours (case-sensitive and digits first,
// which V8 runs several times faster than the whole pattern).
const CUE = /\d\s*(?:[ap]\.?\s?m\.?\s*)?(?:-|–|to|and|till|until)\s*\d|(?:[Bb]etween|[Ff]rom)\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/g;

export const clockRangeParser: Parser = (context) =>
  scanNear(context.text, CUE, 40, PATTERN, (m): Candidate | null => {
    const g = m.groups!;
    const a = clockOf(g.a!);
    const b = clockOf(g.b!);
    if (!a || !b || a.minute > 59 || b.minute > 59) return null;
    // "between 1.25 and 1.50" is a count: a point as separator needs am or pm.
    if (/\./.test(`${g.a}${g.b}`.replace(/[ap]\.?\s?m\.?/gi, '')) && !a.meridiem && !b.meridiem) return null;
    const end = m.index + m[0].length;
    // "voted 9-6 on Tuesday" is a count: a bare pair of hours takes a day only written right beside it ("6-8 next Monday").
    const plain = !g.lead && !a.clocky && !b.clocky;
    const after = g.part ? null : dayAfter(context, end, plain);
    const before = dayBefore(context, m.index, plain);
    const day = before && !(plain && datesOn(a, b, before.day)) ? before : plain && after && after.start > end + 1 ? null : after;
    const part = g.part ? !/morning/i.test(g.part) : day?.afternoon ?? null;
    // Without a day or a part of the day next to them, two bare numbers are a count ("from 3 to 5").
    if (!day && part === null && !((g.lead || a.meridiem || b.meridiem) && (a.clocky || b.clocky))) return null;
    const [from, to] = minutesOf(a, b, part);
    const on = day?.day ?? context.reference;
    const range = { from: moment(on, from), to: moment(on, to < from ? to + 1440 : to) };
    return {
      start: day && day === before ? before.start : m.index,
      end: day && day === after ? after.end : end,
      rule: 'clock-range',
      value: `${range.from}/${range.to}`,
      granularity: 'minute',
      range,
      ...(day ? {} : { clockOnly: true }),
    };
  });
