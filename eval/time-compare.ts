// How a dyad time expression is compared with a Recognizers-Text resolution.
import type { TimeExpression } from '../src/model/index.js';

export interface GoldResult {
  Text: string;
  Start: number;
  End: number;
  TypeName?: string;
  Typename?: string;
  Resolution?: { values?: Array<{ timex?: string; type?: string; value?: string; start?: string; end?: string }> };
}

const SECONDS: Record<string, number> = { Y: 31536000, M: 2592000, W: 604800, WE: 172800, D: 86400 };
const CLOCK: Record<string, number> = { H: 3600, M: 60, S: 1 };

/** Seconds in an ISO 8601 duration, with Recognizers' year of 365 days and month of 30. */
export function durationSeconds(value: string): number | null {
  const m = /^P(?:([\d.]+)(WE|[YMWD]))?(?:T([\d.]+)([HMS]))?$/.exec(value);
  if (!m) return null;
  return (m[1] ? Number(m[1]) * SECONDS[m[2]!]! : 0) + (m[3] ? Number(m[3]) * CLOCK[m[4]!]! : 0);
}

/** "2016-11-07 08:00:00", "2016-11-07T08:00" and "2016-11-07" to one form; clock-only values keep only the clock. */
function norm(v: string | null | undefined, clockOnly = false): string | null {
  if (!v) return null;
  const m = /^(?:(\d{4}-\d{2}-\d{2})[T ]?)?(?:(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (!m) return v;
  const clock = m[2] ? `${m[2]}:${m[3]}:${m[4] ?? '00'}` : '';
  if (clockOnly) return clock || null;
  return [m[1], clock].filter(Boolean).join(' ');
}

// Recognizers ends "from 2014 to 2018" at the start of 2018; dyad at the end of it.
// Both are accepted when dyad's value is such an interval.
// The unit of the last named period is read off the end of the value: "2014/2018" ends in a year.
function shiftBack(to: string, value: string): string {
  const last = value.split('/').at(-1) ?? '';
  const d = new Date(`${to.slice(0, 10)}T00:00:00Z`);
  if (/^\d{4}$/.test(last)) d.setUTCFullYear(d.getUTCFullYear() - 1);
  else if (/^\d{4}-Q\d$/.test(last)) d.setUTCMonth(d.getUTCMonth() - 3);
  else if (/^\d{4}-\d{2}$/.test(last)) d.setUTCMonth(d.getUTCMonth() - 1);
  else if (/^\d{4}-W\d{2}$/.test(last)) d.setUTCDate(d.getUTCDate() - 7);
  else d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

// Recognizers ends a day or night at 23:59:59; dyad at 00:00 of the next day (half-open).
function endOfDay(v: string | undefined): string | undefined {
  if (!v?.endsWith('23:59:59')) return v;
  const day = v.length > 8 ? new Date(`${v.slice(0, 10)}T00:00:00Z`) : null;
  day?.setUTCDate(day.getUTCDate() + 1);
  return day ? `${day.toISOString().slice(0, 10)} 00:00:00` : '00:00:00';
}

export function sameValue(t: TimeExpression, r: GoldResult, type: string): boolean {
  const values = r.Resolution?.values ?? [];
  const clock = type === 'time' || type === 'timerange';
  return values.some((g) => {
    if (type === 'duration') return durationSeconds(t.value) === Number(g.value);
    if (type === 'set') return t.value === g.timex;
    if (g.value === 'not resolved' || (!g.value && !g.start && !g.end)) return t.value === g.timex;
    if (g.value !== undefined) return norm(t.value, clock) === norm(g.value, clock);
    const from = norm(t.range?.from, clock);
    const to = norm(t.range?.to, clock);
    if (from !== norm(g.start, clock)) return false;
    if (to === norm(g.end, clock) || to === norm(endOfDay(g.end), clock)) return true;
    return !!t.range?.to && t.value.includes('/') && !clock && shiftBack(t.range.to, t.value) === norm(g.end);
  });
}
