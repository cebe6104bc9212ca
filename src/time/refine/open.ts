import { formatDay } from '../calendar.js';
import type { Candidate } from '../candidate.js';
import { shiftDay } from '../shift.js';
import { parseNumber } from '../../text/number.js';

// "since 2018", "after Feb 2018", "before 2010", "by the end of this month",
// "2012 or later": a time with one end left open. Where the open stretch
// starts follows Recognizers-Text: "after 2018" is from 2019, "after 1 May" from 1 May.
const BEFORE = /(?:^|[^\p{L}])(?<word>since|any\s*time\s+from|starting(?:\s+(?:on|from|in))?|beginning(?:\s+(?:on|from|in))?|as\s+early\s+as|after|(?:later|greater)\s+than|before|earlier\s+than|prior\s+to|no\s+later\s+than|as\s+late\s+as|by|until|till)\s+(?:(?:around|about|any\s+time)\s+)?(?:the\s+)?$/iu;
const AFTER = /^\s+(?:and|or)\s+(?:later|after|greater|onwards?)\b(?!\s+than)|^\s+onwards?\b/i;

// "more than two weeks ago", "more than 3 days after tomorrow": beyond a counted day, open on its far side.
// "less than two weeks ago", "less than 3 days after tomorrow": between the counted day and its anchor.
const MORE = /(?:^|[^\p{L}])(?<word>more|less)\s+than\s+$/iu;
const COUNT = /^(?<n>\S+(?:\s+\S+)?)\s+(?<unit>days?|weeks?|months?|years?)\b/i;
const COUNTED_BACK = /\b(?:ago|before|earlier)\b/i;
const COUNTED_ON = /\b(?:after|later|from\s+now|hence)\b/i;

// The stretch between a counted day and the day it is counted from: [day, anchor) back, [anchor, day) on.
function within(counted: string, day: string, back: boolean): Open | null {
  const m = COUNT.exec(counted);
  const n = m ? (/^an?$/i.test(m.groups!.n!) ? 1 : parseNumber(m.groups!.n!)) : null;
  if (!m || n === null || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const anchor = shiftDay({ year, month, day: date }, back ? n : -n, m.groups!.unit!);
  if (!anchor) return null;
  return back ? { from: day, to: formatDay(anchor) } : { from: formatDay(anchor), to: day };
}

type Open = { from: string | null; to: string | null };

/** The range an opening word ("since", "after", "by", …) gives a time. */
export function opened(word: string, c: Candidate): Open | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'since' || w.startsWith('any') || w.startsWith('starting') || w.startsWith('beginning') || w === 'as early as') return { from: c.range?.from ?? c.value, to: null };
  // "before the end of the year" is before it ends, "after the beginning of March" after it begins:
  // a part named by an edge of its period is that instant here (Candidate.edge). "Since the end of
  // 1989" stays from September, when that part begins.
  const start = c.edge ?? c.range?.from ?? c.value;
  const end = c.edge ?? c.range?.to ?? c.value;
  if (w === 'after' || w === 'later than' || w === 'greater than') return { from: c.granularity === 'day' ? start : end, to: null };
  // "until 27 April" ends where the day begins, as "before" does (Recognizers-Text reads it so; "by" includes the day).
  if (w === 'before' || w === 'earlier than' || w === 'prior to' || w === 'no later than' || w === 'as late as' || w === 'until' || w === 'till') return { from: null, to: start };
  if (w === 'by') return { from: null, to: end };
  return null;
}

/** Widens each candidate over an opening word before it or an "and later" after it. */
export function openEnded(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (c.duration) return c;
    const more = MORE.exec(text.slice(Math.max(0, c.start - 12), c.start));
    const counted = text.slice(c.start, c.end);
    if (more && c.granularity === 'day' && /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an)\s/i.test(counted)) {
      const back = COUNTED_BACK.test(counted);
      if (back || COUNTED_ON.test(counted)) {
        const day = c.range?.from ?? c.value;
        const range = /^less/i.test(more.groups!.word!) ? within(counted, day, back) : back ? { from: null, to: day } : { from: day, to: null };
        if (!range) return c;
        return { ...c, start: c.start - more[0].length + (/^[^\p{L}]/u.test(more[0]) ? 1 : 0), range };
      }
    }
    const before = BEFORE.exec(text.slice(Math.max(0, c.start - 24), c.start));
    if (before?.groups?.word) {
      const range = opened(before.groups.word, c);
      const start = c.start - before[0].length + (/^[^\p{L}]/u.test(before[0]) ? 1 : 0);
      return range ? { ...c, start: Math.min(c.start, start), range } : c;
    }
    const after = AFTER.exec(text.slice(c.end, c.end + 20));
    if (after) return { ...c, end: c.end + after[0].length, range: { from: c.range?.from ?? c.value, to: null } };
    return c;
  });
}
