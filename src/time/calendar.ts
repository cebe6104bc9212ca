/** A wall-clock time as written in the article, with no zone: the fields the text fixed, and those implied. */
export interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export type Day = Pick<Moment, 'year' | 'month' | 'day'>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

// Date.UTC only as a calendar: no zone ever applies to a Moment.
const toUtc = (d: Day) => new Date(Date.UTC(d.year, d.month - 1, d.day));
const fromUtc = (t: Date): Day => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });

export function addDays(d: Day, days: number): Day {
  const t = toUtc(d);
  t.setUTCDate(t.getUTCDate() + days);
  return fromUtc(t);
}

export function addMonths(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 for Sunday … 6 for Saturday, as in JavaScript and chrono. */
export const weekdayOf = (d: Day): number => toUtc(d).getUTCDay();

export function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

export function isoWeek(d: Day): { year: number; week: number } {
  const thursday = addDays(mondayOf(d), 3);
  const jan1 = toUtc({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toUtc(thursday).getTime() - jan1.getTime()) / 864e5 / 7) + 1 };
}

export const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export const isValidDay = (d: Day) => d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);

export const formatDay = (d: Day) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;
export const formatClock = (m: Pick<Moment, 'hour' | 'minute' | 'second'>) =>
  `${pad(m.hour)}:${pad(m.minute)}${m.second ? `:${pad(m.second)}` : ''}`;
export const formatMoment = (m: Moment) => `${formatDay(m)}T${formatClock(m)}`;

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
