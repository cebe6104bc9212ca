import { formatDay } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { narrow, partOf } from '../narrow.js';
import { namedPeriod, PERIOD } from '../periods.js';
import { scan } from '../words.js';

// "early last year", "late 2017", "mid-November", "the end of this month",
// "later this week": chrono drops the part ("early") or the whole phrase.
const PATTERN = new RegExp(
  `\\b(?:(?<part>early|earlier|mid|late|later)[\\s-]+(?:in\\s+)?|(?:the\\s+)?(?<partOf>beginning|start|middle|end)\\s+of\\s+)(?:${PERIOD})\\b`,
  'gi',
);

export const vagueParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const groups = m.groups ?? {};
    const base = namedPeriod(groups, context.reference, context.tense(m.index, m.index + m[0].length));
    if (!base) return null;
    const span = { start: m.index, end: m.index + m[0].length, rule: 'vague' };
    // "earlier this year", "later this month": the part of the period before or after the publication day.
    const today = formatDay(context.reference);
    const comparative = /^(?:earlier|later)$/i.test(groups.part ?? '');
    if (comparative && base.range?.from && base.range.to && base.range.from <= today && today < base.range.to) {
      const earlier = /^earlier$/i.test(groups.part!);
      return { ...span, ...base, range: earlier ? { from: base.range.from, to: today } : { from: today, to: base.range.to } };
    }
    return { ...span, ...narrow(base, partOf(groups.part ?? groups.partOf ?? '')) };
  });
