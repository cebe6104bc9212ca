import { isValidDay, type Moment } from './calendar.js';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/**
 * The publication time as a wall clock. The offset is dropped on purpose:
 * "on Wednesday" and "at 3 pm" in the text are in the newsroom's own time,
 * which is the local time the published stamp carries.
 */
export function referenceMoment(published: string | null | undefined): Moment | null {
  const m = published ? ISO.exec(published) : null;
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (!isValidDay({ year, month, day })) return null;
  return { year, month, day, hour, minute, second };
}
