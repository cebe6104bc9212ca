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
    return { start: m.index, end: m.index + m[0].length, rule: 'vague', ...narrow(base, partOf(groups.part ?? groups.partOf ?? '')) };
  });
