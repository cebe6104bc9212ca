import { formatMoment } from '../calendar.js';
import type { Candidate, Parser } from '../candidate.js';
import { dayAfter, dayBefore } from '../neighbour-day.js';
import { parseNumber } from '../../text/number.js';
import { scanNear } from '../near.js';

// Times of day that chrono does not read: "half past seven", "ten past 9 in the evening", "nine thirty",
// "six pm", "seven p . m .", "9:00a", "11ish", "one in the morning", "mid night", "eight o'clock".
const HOUR = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|0?[1-9])';
const MINUTE_WORDS = '(?:(?:twenty|thirty|forty|fifty)(?:[\\s-]?(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|o[\\s-](?:one|two|three|four|five|six|seven|eight|nine))';
const MERIDIEM = '(?<mer>[ap]\\s*\\.\\s*m\\s*\\.|[ap]\\s?m\\b|[ap](?!\\w|\\.\\w))';
const PART = '(?<part>\\s+in\\s+the\\s+(?:morning|afternoon|evening)|\\s+at\\s+night)';
const PATTERN = new RegExp(
  `(?:${[
    // "11ish", "noonish", "mid night"
    `\\b(?<ish>${HOUR}|noon)ish\\b|\\b(?<mid>mid\\s+night)\\b`,
    // "half past seven", "20 min past eight", "a quarter to nine", "thirty-six minutes past eight"
    `\\b(?:(?<past>half|(?:a\\s+)?quarter|\\d{1,2}|${MINUTE_WORDS}|five|six|seven|eight|nine)(?:\\s+min(?:ute)?s?)?\\s+past|(?<to>(?:a\\s+)?quarter)\\s+to)\\s+(?<h1>${HOUR})\\b(?:\\s+o'?clock)?`,
    // "nine thirty", "five-thirty", "six forty-three", "one thirty p m", "six pm", "9:00a", "7p", "eight o'clock"
    `(?<![\\d:./-])\\b(?<h2>${HOUR})(?:(?::(?<m2>[0-5]\\d))|[\\s-](?<mw>${MINUTE_WORDS})(?:\\s+minutes)?)?(?:\\s*${MERIDIEM}|\\s+(?<oc>o['’]?clock\\b))?(?![\\w'’]|[:./-]\\d)`,
  ].join('|')})${PART}?`,
  'gi',
);

const number = (w: string) => parseNumber(w.replace(/^o[\s-]/i, '').replace(/-/g, ' ')) ?? NaN;

function clockOf(g: Record<string, string | undefined>): { hour: number; minute: number; pm: boolean | null } | null {
  const mer = g.mer?.toLowerCase().replace(/[^ap]/g, '');
  const pm = mer ? mer === 'p' : g.part ? !/morning/i.test(g.part) : null;
  if (g.mid) return { hour: 0, minute: 0, pm: false };
  if (g.ish) return /noon/i.test(g.ish) ? { hour: 12, minute: 0, pm: true } : { hour: number(g.ish), minute: 0, pm };
  if (g.h1) {
    const hour = number(g.h1);
    if (g.to) return { hour: (hour + 11) % 12 || 12, minute: 45, pm };
    return { hour, minute: /half/i.test(g.past!) ? 30 : /quarter/i.test(g.past!) ? 15 : number(g.past!), pm };
  }
  const hour = number(g.h2!);
  const minute = g.m2 ? Number(g.m2) : g.mw ? number(g.mw) : 0;
  return { hour, minute, pm };
}

const AT = /\b(?:at|around|about)\s+$/i;

// A bare number is a time only with minutes ("2:00"), am/pm or a part of the day, or with "at" or a day beside it and,
// if only one of them, minutes in words ("March 18th nine thirty").
function plainlyClock(g: Record<string, string | undefined>, at: string, day: boolean): boolean {
  return !!(g.h1 || g.ish || g.mid || g.mer || g.oc || g.part || g.m2 || (g.mw && (at || day)) || (at && day));
}

// What each form needs: minutes in words or after a colon, am or pm, "o'clock", "past", "quarter to", "-ish", "mid night", "at" before an hour, a part of the day.
const HOUR_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const AFTER_HOUR = `(?:\\s*(?:[ap]\\s*\\.\\s*m|[ap]\\s?m\\b|[ap]\\b)|ish\\b|\\s+(?:in the (?:morning|afternoon|evening)|at night)\\b)`;
const CUE = new RegExp(
  `\\d(?::[0-5]\\d|${AFTER_HOUR})|\\b${HOUR_WORD}(?:[\\s-](?:o[\\s-]|ten|fifteen|twenty|thirty|forty|fifty)|${AFTER_HOUR})` +
    `|\\b(?:[Pp]ast|[Aa]t|[Aa]round|[Aa]bout) (?:\\d|${HOUR_WORD}\\b)|quarter to\\b|noonish\\b|mid night\\b| o['’]?clock\\b`,
  'g',
);

export const clockWordsParser: Parser = (context) =>
  scanNear(context.text, CUE, 40, PATTERN, (m): Candidate | null => {
    const g = m.groups ?? {};
    const clock = clockOf(g);
    if (!clock || !Number.isInteger(clock.hour) || !Number.isInteger(clock.minute) || clock.minute > 59 || clock.hour > 12) return null;
    // "7p" is also pence, "9a" a paragraph: the one-letter meridiem needs a digit and "at" or a day.
    const end = m.index + m[0].length;
    const at = AT.exec(context.text.slice(Math.max(0, m.index - 8), m.index))?.[0] ?? '';
    if (!at && !g.h1 && !g.ish && !g.mid && !g.mer && !g.oc && !g.part && !g.m2 && !g.mw) return null;
    const after = g.part ? null : dayAfter(context, end);
    const before = dayBefore(context, m.index - at.length);
    const day = before ?? after;
    const oneLetter = !!g.mer && /^[ap]$/i.test(g.mer.trim());
    if (oneLetter && !day && !at) return null;
    if (!plainlyClock(g, at, !!day)) return null;
    const pm = clock.pm ?? day?.afternoon ?? null;
    const hour = pm === null ? clock.hour : (clock.hour % 12) + (pm ? 12 : 0);
    const on = day?.day ?? context.reference;
    const value = formatMoment({ ...on, hour, minute: clock.minute, second: 0 });
    return {
      start: day && day === before ? before.start : m.index,
      end: day && day === after ? after.end : end,
      rule: 'clock-words',
      value,
      granularity: 'minute',
      range: null,
      // "next week on Tuesday at 9 am": the weekday lets a week beside it give the date (refine/attach.ts).
      ...(day ? (day.weekday ? { weekday: day.weekday } : {}) : { clockOnly: true }),
    };
  });
