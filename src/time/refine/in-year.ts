import { isValidDay } from '../calendar.js';
import type { Candidate } from '../candidate.js';

const moved = (iso: string | null, years: number) => iso && iso.replace(/^\d{4}/, (y) => String(Number(y) + years).padStart(4, '0'));

/**
 * A date the text wrote without its year ("4 July", "the end of March") put in `year`: its days,
 * its narrowed range and its edge move together. Null when the day does not exist then (29 February).
 */
export function inYear(c: Candidate, year: number): Candidate | null {
  const years = year - Number(c.value.slice(0, 4));
  if (!years) return c;
  const value = c.value.split('/').map((v) => moved(v, years)).join('/');
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (day && !isValidDay({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) })) return null;
  const range = c.range && { from: moved(c.range.from, years), to: moved(c.range.to, years) };
  return { ...c, value, range, ...(c.edge ? { edge: moved(c.edge, years)! } : {}) };
}
