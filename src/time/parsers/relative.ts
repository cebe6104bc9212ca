import { addDays, addMonths, type Day, type Moment } from '../calendar.js';
import type { Candidate, Parser } from '../candidate.js';
import { namedPeriod } from '../periods.js';
import { shiftDay } from '../shift.js';
import { intervalValue, type TimeValue } from '../value.js';
import { NUMBER, parseNumber } from '../../text/number.js';
import { MONTH, RELATIVE, scan, shiftOf } from '../words.js';

const UNIT = '(?:days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centur(?:y|ies)|hours?|minutes?|mins?|h)';

// "last week", "this year", "the coming quarter", "the week after next": the whole calendar period (chrono gives a day in it).
const PERIOD = new RegExp(`\\b(?:(?<rel>${RELATIVE})\\s+(?<unit>week|weekend|month|quarter|year|decade)|the\\s+(?<unit2>week|month|year)\\s+(?<twice>after\\s+next|before\\s+last)|(?<monthRel>${RELATIVE})\\s+(?<month>${MONTH})(?![\\s,]+\\d))\\b`, 'gi');

// "the past three years", "next 5 days", "the 10 previous weeks", "the past decade", "within 9 months": a stretch up to or from the publication day.
// "the past two years and three months", "the last 3 months and 2 weeks and 2 days": one stretch of their sum.
const DAY_UNIT = '(?:days?|weeks?|months?|years?)';
const STRETCH = new RegExp(
  `\\b(?:(?<within>within)\\s+(?:the\\s+)?(?:next\\s+)?|(?<rel>past|last|previous|next|coming|following|upcoming)\\s+)(?<count>${NUMBER}\\s*|couple\\s+(?:of\\s+)?)?(?<unit>${UNIT})\\b(?<more>(?:,?\\s+and\\s+(?:${NUMBER})\\s+${DAY_UNIT}\\b)+(?<ago>\\s+ago\\b)?)?|\\b(?<count2>${NUMBER})\\s+(?<rel2>past|previous|next|coming|upcoming|following)\\s+(?<unit2>${UNIT})\\b`,
  'gi',
);
const PART = new RegExp(`\\band\\s+(?<n>${NUMBER})\\s+(?<u>${DAY_UNIT})\\b`, 'gi');

const LAST_VERB = /(?:\b(?:will|would|could|should|can|may|might|must|to|not|did|does|do)|n['’]t)\s+$/i;

function stretch(m: RegExpExecArray, context: Parameters<Parser>[0]): Candidate | null {
  const g = m.groups ?? {};
  const unit = g.unit ?? g.unit2 ?? '';
  const countText = g.count ?? g.count2;
  const plural = /s$/i.test(unit);
  // "We will be only 3 next week": a count before "next" counts the weeks only in the plural ("the 3 next weeks").
  if (g.count2 && !plural) return null;
  // "past year" without a number names a calendar period, left to PERIOD; "past decade" is a stretch.
  // "the last minute" is an idiom, "the next hour" a stretch.
  if (!countText && !plural && !/^decade|^centur|^fortnight|^hour/i.test(unit) && !g.within) return null;
  if (!countText && /^min/i.test(unit)) return null;
  // "could last two days", "shouldn't last two hours": "last" the verb.
  if (/^last$/i.test(g.rel ?? '') && LAST_VERB.test(context.text.slice(Math.max(0, m.index - 12), m.index))) return null;
  // "the past couple of weeks": two.
  const count = !countText ? 1 : /^couple/i.test(countText) ? 2 : parseNumber(countText);
  if (count === null) return null;
  const reference = context.reference;
  const back = !g.within && shiftOf(g.rel ?? g.rel2 ?? '') < 0;
  // "the last 3 months and 2 weeks" adds up; in "the last 3 months and 2 days ago they found" the
  // stretch ends before "and": what follows counts back to a day of its own (chrono reads it).
  const sum = g.more && !g.ago && /^(?:day|week|month|year)/i.test(unit) ? g.more : '';
  const span = { start: m.index, end: m.index + m[0].length - (g.more?.length ?? 0) + sum.length, rule: 'relative' };
  if (/^(?:h|hours?|minutes?|mins?)$/i.test(unit)) return { ...span, ...clockStretch(reference, (back ? -count : count) * (/^h/i.test(unit) ? 60 : 1)) };
  if (/^quarter/i.test(unit) && !g.within) return { ...span, ...quarters(reference, back ? -count : count) };
  const anchor = back || g.within ? reference : addDays(reference, 1);
  let other = shiftDay(anchor, back ? -count : count, unit);
  for (const p of sum.matchAll(PART)) {
    const n = parseNumber(p.groups!.n!);
    other = other && n !== null ? shiftDay(other, (back ? -1 : 1) * n, p.groups!.u!) : null;
  }
  if (!other) return null;
  const [from, to] = back ? [other, anchor] : [anchor, other];
  return { ...span, ...intervalValue(from, to) };
}

// "within 5 minutes", "the next hour", "the 5 past minutes": from or up to the publication time.
function clockStretch(reference: Moment, minutes: number): TimeValue {
  const at = Date.UTC(reference.year, reference.month - 1, reference.day, reference.hour, reference.minute);
  const iso = (t: number) => new Date(t).toISOString().slice(0, 16);
  const [from, to] = [at, at + minutes * 60000].sort((a, b) => a - b) as [number, number];
  return { value: `${iso(from)}/${iso(to)}`, granularity: 'minute', range: { from: iso(from), to: iso(to) } };
}

// "the past two quarters", "the next 7 quarters": whole calendar quarters, as reports count them
// ("the past quarter" is the last whole one), before or after the current quarter.
function quarters(reference: Day, count: number): TimeValue {
  const current = addMonths(reference.year, Math.floor((reference.month - 1) / 3) * 3 + 1, 0);
  const a = addMonths(current.year, current.month, count < 0 ? 3 * count : 3);
  const b = addMonths(current.year, current.month, count < 0 ? 0 : 3 * (count + 1));
  return intervalValue({ ...a, day: 1 }, { ...b, day: 1 });
}

export const relativeParser: Parser = (context) => [
  ...scan(context.text, PERIOD, (m) => {
    const { rel = '', unit = '', unit2, twice, month } = m.groups ?? {};
    // "This may take longer": news writes the month May (and March) with a capital.
    if (month === 'may' || month === 'march') return null;
    if (unit.toLowerCase() === 'decade' && shiftOf(rel) < 0) return null;
    if (unit2 && twice) {
      const twoOn = shiftDay(context.reference, /^after/i.test(twice) ? 2 : -2, unit2);
      const value = twoOn && namedPeriod({ rel: 'this', unit: unit2 }, twoOn, null);
      return value && { start: m.index, end: m.index + m[0].length, rule: 'relative', ...value };
    }
    const value = namedPeriod(m.groups ?? {}, context.reference, null);
    return value && { start: m.index, end: m.index + m[0].length, rule: 'relative', ...value };
  }),
  ...scan(context.text, STRETCH, (m) => stretch(m, context)),
];
