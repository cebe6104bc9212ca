import type { Candidate } from '../candidate.js';

// "each Monday at 4pm", "3pm each day", "every evening at 7:13 p.m.": a recurring time with its clock,
// as TIMEX3 writes it (XXXX-WXX-1T16, T15, T19:13).
const LINK = /^\s*(?:at|@|,)?\s*$/i;
const DAYS = /^(?:P1D|TMO|TAF|TEV|TNI)$/;

export function setAtClock(a: Candidate, b: Candidate, between: string): Candidate | null {
  const [set, clock] = a.granularity === 'set' ? [a, b] : [b, a];
  if (set.granularity !== 'set' || !clock.clockOnly || clock.range || !LINK.test(between)) return null;
  const m = /T(?<h>\d{2}):(?<m>\d{2})$/.exec(clock.value);
  if (!m) return null;
  const at = `T${m.groups!.h}${m.groups!.m === '00' ? '' : `:${m.groups!.m}`}`;
  const day = DAYS.test(set.value) ? '' : /^XXXX-WXX-\d$/.test(set.value) ? set.value : null;
  if (day === null) return null;
  return { ...set, start: a.start, end: b.end, rule: `${a.rule}+${b.rule}`, value: `${day}${at}` };
}
