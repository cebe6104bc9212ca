import type { Parser } from '../candidate.js';
import { halfValue, quarterValue } from '../value.js';
import { ORDINALS, RELATIVE, scan, shiftOf, YEAR } from '../words.js';

// "Q3 2019", "2019-Q1", "the third quarter of 2019", "the first half of last year", "H1 2020".
const YEAR_PART = `(?:(?:of\\s+|in\\s+)?(?<year>${YEAR})|\\s*of\\s+(?<rel>${RELATIVE}|the)\\s+year|(?<rel2>${RELATIVE})\\s+year['’]s)`;
const PATTERN = new RegExp(
  [
    `\\b(?<rel2x>${RELATIVE})\\s+year['’]s\\s+(?<ord0>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+(?<kind0>quarter|half)\\b`,
    `\\b(?<kind1>[QH])(?<n1>[1-4])(?:\\s*,?\\s*(?<year1>${YEAR}))?\\b`,
    `\\b(?<year2>${YEAR})[\\s-]?(?<kind2>[QH])(?<n2>[1-4])\\b`,
    `\\b(?:the\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)\\s+(?<kind>quarter|half)(?:\\s+${YEAR_PART})?`,
  ].join('|'),
  'gi',
);

export const quarterParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const g = m.groups ?? {};
    const kind = (g.kind0 ?? g.kind1 ?? g.kind2 ?? g.kind ?? '').toLowerCase().startsWith('h') ? 'half' : 'quarter';
    const ordinal = g.ord0 ?? g.ord;
    const n = ordinal ? ORDINALS[ordinal.toLowerCase()]! : Number(g.n1 ?? g.n2);
    const count = kind === 'half' ? 2 : 4;
    // "last quarter" alone is the one before this (the relative parser); "the last quarter of 2019" is the fourth.
    if (/^(?:last|final)$/i.test(ordinal ?? '') && !g.year && !g.rel && !g.rel2) return null;
    if (n > count && !ordinal) return null;
    const index = Math.min(n, count);
    const rel = g.rel2x ?? g.rel ?? g.rel2;
    const explicit = g.year ?? g.year1 ?? g.year2;
    // Without a year, "the first quarter" is the latest one up to publication in a past clause, else this year's.
    let year = explicit ? Number(explicit) : rel ? context.reference.year + shiftOf(rel) : context.reference.year;
    const startMonth = (index - 1) * (12 / count) + 1;
    if (!explicit && !rel) {
      const tense = context.tense(m.index, m.index + m[0].length);
      if (tense === 'past' && startMonth > context.reference.month) year -= 1;
    }
    const value = kind === 'half' ? halfValue(year, index) : quarterValue(year, index);
    return { start: m.index, end: m.index + m[0].length, rule: 'quarter', ...value };
  });
