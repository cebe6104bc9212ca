import { addDays, daysInMonth, weekdayOf, type Day } from './calendar.js';

// Named days with a date rule. Fixed dates and Western Easter from the
// Gregorian calendar; US federal days as Recognizers-Text and US wire copy use
// them; Nowruz on 21 March (the equinox falls on the 20th or 21st). Islamic
// and Jewish holidays move with their lunar calendars and are left out.
// `after` counts days from the nth weekday: Black Friday is the day after Thanksgiving, not always November's fourth Friday.
type Rule = { month: number; day: number } | { month: number; weekday: number; nth: number; after?: number } | { easter: number };

export const HOLIDAYS: Array<[string[], Rule]> = [
  [['christmas', 'christmas day', 'xmas'], { month: 12, day: 25 }],
  [['christmas eve'], { month: 12, day: 24 }],
  [["new year's day", 'new year day', 'new years day'], { month: 1, day: 1 }],
  [["new year's eve", 'new years eve'], { month: 12, day: 31 }],
  [['independence day', 'fourth of july'], { month: 7, day: 4 }],
  [['halloween'], { month: 10, day: 31 }],
  [["valentine's day", 'valentines day'], { month: 2, day: 14 }],
  [["st patrick's day", "saint patrick's day", 'st. patrick’s day', 'saint patrick'], { month: 3, day: 17 }],
  [['earth day'], { month: 4, day: 22 }],
  [["international workers' day", 'may day', 'labour day'], { month: 5, day: 1 }],
  [['juneteenth'], { month: 6, day: 19 }],
  [['veterans day', 'armistice day'], { month: 11, day: 11 }],
  [['nowruz', 'norouz', 'persian new year'], { month: 3, day: 21 }],
  [['labor day'], { month: 9, weekday: 1, nth: 1 }],
  [['thanksgiving', 'thanksgiving day'], { month: 11, weekday: 4, nth: 4 }],
  [['black friday'], { month: 11, weekday: 4, nth: 4, after: 1 }],
  [['memorial day'], { month: 5, weekday: 1, nth: -1 }],
  [['martin luther king day', 'mlk day'], { month: 1, weekday: 1, nth: 3 }],
  [['easter', 'easter sunday'], { easter: 0 }],
  [['good friday'], { easter: -2 }],
  [['easter monday'], { easter: 1 }],
];

// "Easter Monday", "Good Friday": the words that make the weekday after them part of a named day.
const WEEKDAY_NAME = /^(?<lead>.+)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/;
const leads = HOLIDAYS.flatMap(([names]) => names.map((n) => WEEKDAY_NAME.exec(n)?.groups?.lead).filter((l): l is string => !!l));
/** Matches the end of a text that a weekday after it would complete into a named day ("on Easter "). */
export const BEFORE_NAMED_WEEKDAY = new RegExp(`\\b(?:${[...new Set(leads)].join('|')})\\s+$`, 'i');

/** Western Easter Sunday (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
function easter(year: number): Day {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

export function holidayIn(rule: Rule, year: number): Day {
  if ('easter' in rule) return addDays(easter(year), rule.easter);
  if ('day' in rule) return { year, month: rule.month, day: rule.day };
  if (rule.nth > 0) {
    const first = { year, month: rule.month, day: 1 };
    return addDays(first, ((rule.weekday - weekdayOf(first) + 7) % 7) + 7 * (rule.nth - 1) + (rule.after ?? 0));
  }
  const last = { year, month: rule.month, day: daysInMonth(year, rule.month) };
  return addDays(last, -((weekdayOf(last) - rule.weekday + 7) % 7));
}
