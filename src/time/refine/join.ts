import { addDays, formatDay } from '../calendar.js';
import type { Candidate } from '../candidate.js';
import { inYear } from './in-year.js';

// "between 4pm and 5pm", "from April to June", "2014-2018", "from 2007 to the end of 2008":
// two times joined into one stretch. "and" joins only after "between".
const LINK = /^\s*(?:-|–|—|~|to|through|thru|till|until|and)\s*(?:the\s+)?$/i;
const OPEN = /(?:^|[^\p{L}])(?<word>between|from)\s+(?:the\s+)?$/iu;

const UNTIL_NOW = /^(?:to|till|until)\s+(?:the\s+)?(?:current\s+)?date$/i;

const dayAfter = (iso: string) => formatDay(addDays({ year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) }, 1));
const startOf = (c: Candidate) => c.range?.from ?? c.value;
const endOf = (c: Candidate) => c.range?.to ?? c.value;

// "Nov 18 - Dec 19, 2015", "Jan-Feb 2017": the year written at the end holds for a start without one.
function withYearOf(a: Candidate, b: Candidate): Candidate {
  const to = b.range?.from;
  if (!a.yearless || b.yearless || !to) return a;
  const month = Number(to.slice(5, 7));
  return inYear(a, Number(to.slice(0, 4)) - (a.yearless.month > month ? 1 : 0)) ?? a;
}

// "from the end of March to the middle of September": with neither year written, the end is the first
// one after the start, as chrono anchors "from May to March".
function afterStart(a: Candidate, b: Candidate): Candidate {
  if (!a.yearless || !b.yearless || startOf(b) >= startOf(a)) return b;
  return inYear(b, Number(b.value.slice(0, 4)) + 1) ?? b;
}

// "between 2:00 tomorrow and 4:00", "from 10 pm on Friday to 2 am": a time of day alone at the end
// is on the start's day, or the day after when it would come before the start; "between now and
// eight o'clock" in the morning is eight in the evening, an hour with no am or pm being either.
const MERIDIEM = /\d\s*[ap]\.?\s?m\b|\b(?:morning|afternoon|evening|night|noon|midnight)\b/i;

function onStartDay(a: Candidate, b: Candidate, text: string): Candidate {
  if (!b.clockOnly || b.range || a.clockOnly || !/^\d{4}-\d{2}-\d{2}T/.test(a.value) || !/T\d{2}:/.test(b.value)) return b;
  const day = a.value.slice(0, 10);
  const clock = b.value.slice(11);
  const hour = Number(clock.slice(0, 2));
  const pm = hour < 12 && !MERIDIEM.test(text.slice(b.start, b.end)) ? `${String(hour + 12)}${clock.slice(2)}` : null;
  const value = [`${day}T${clock}`, pm && `${day}T${pm}`, `${dayAfter(day)}T${clock}`].find((v) => v && v >= a.value)!;
  return { ...b, value };
}

// "between the end of 2007 and the end of 2008" is 2008: a part named by an edge of its period is, as
// a bound, that instant (Recognizers-Text reads ranges so, and it keeps "to the middle of September"
// from running past the 16th). "the end of 2008" alone stays September to December.
const fromOf = (c: Candidate) => c.edge ?? startOf(c);
const toOf = (c: Candidate) => c.edge ?? endOf(c);

/** Merges neighbouring candidates linked as a range into one candidate. */
export function joinRanges(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i]!;
    const b = candidates[i + 1] && onStartDay(a, afterStart(a, candidates[i + 1]!), text);
    const link = b ? text.slice(a.end, b.start) : '';
    const open = OPEN.exec(text.slice(Math.max(0, a.start - 16), a.start));
    const joins = b && !a.duration && !b.duration && LINK.test(link) && (!/and/i.test(link) || open?.groups?.word?.toLowerCase() === 'between');
    const first = b ? withYearOf(a, b) : a;
    // "from March to date", "since 2010-01-01 till current date": from a time up to publication.
    if (b && open && !a.duration && b.range?.from === null && /^\s*$/.test(link) && UNTIL_NOW.test(text.slice(b.start, b.end))) {
      const start = a.start - open[0].length + (/^[^\p{L}]/u.test(open[0]) ? 1 : 0);
      // A month or day with no year is the latest one up to publication.
      const since = withYearOf(a, { ...b, range: { from: b.range.to, to: b.range.to } });
      out.push({ ...since, start, end: b.end, rule: `${a.rule}+${b.rule}`, value: `${since.value}/${b.value}`, range: { from: startOf(since), to: b.range.to } });
      i++;
      continue;
    }
    if (!joins || startOf(b) < startOf(first) || (!open && /^\s*(?:to|and|until|till)\s*$/i.test(link) && a.granularity !== b.granularity)) {
      out.push(a);
      continue;
    }
    const start = open ? a.start - open[0].length + (/^[^\p{L}]/u.test(open[0]) ? 1 : 0) : a.start;
    // "between now and 15 November": a moment beside whole days counts as its day.
    const days = !a.value.includes('T') || !b.value.includes('T');
    const from = days && a.value.includes('T') ? a.value.slice(0, 10) : fromOf(first);
    const to = days && b.value.includes('T') && b.range === null ? dayAfter(b.value.slice(0, 10)) : toOf(b);
    out.push({ ...first, start, end: b.end, rule: `${a.rule}+${b.rule}`, value: `${first.value}/${b.value}`, range: { from, to } });
    i++;
  }
  return out;
}
