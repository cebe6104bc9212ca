import type { Candidate, Parser } from '../candidate.js';
import { fullYear } from '../anchor.js';
import { scanNear } from '../near.js';
import { yearValue } from '../value.js';
import { RELATIVE, shiftOf } from '../words.js';

// Fiscal and school years: "FY2016", "fiscal 2017", "the fiscal year 2017", "last fiscal year",
// "school year 2008", "SY18". Their months depend on who keeps them (the US federal fiscal
// year starts in October, the UK's and India's in April, Australia's in July; school years
// differ by country), so dyad writes the year as named, "FY2016" or "SY2008", with no days
// (Recognizers-Text's convention too); "this fiscal year" is the one named after the
// publication year. A calendar year ("calendar year 2008", "CY18") is the plain year.
const PATTERN = new RegExp(
  [
    `\\b(?:(?<rel>${RELATIVE})\\s+)?(?<kind>fiscal|financial|school|academic|calendar)\\s+year(?:\\s+(?<year>(?:19|20)\\d\\d|['’]\\d\\d)(?![\\d/-]))?`,
    `\\b(?<kind2>fiscal)\\s+(?<year2>(?:19|20)\\d\\d)(?![\\d/-])`,
    `\\b(?<abbr>FY|SY|CY)\\s?['’]?(?<year3>(?:19|20)\\d\\d|\\d\\d)(?![\\d/-])`,
  ].join('|'),
  'gi',
);
const CUE = /fiscal|financial|school|academic|calendar|\b[FSC][Yy]\s?['’]?\d|\b[fsc]y\s?\d/g;

const PREFIX: Record<string, string> = { fiscal: 'FY', financial: 'FY', fy: 'FY', school: 'SY', academic: 'SY', sy: 'SY', calendar: '', cy: '' };

export const fiscalYearParser: Parser = (context) =>
  scanNear(context.text, CUE, 30, PATTERN, (m): Candidate | null => {
    const g = m.groups!;
    const kind = (g.kind ?? g.kind2 ?? g.abbr)!.toLowerCase();
    const written = g.year ?? g.year2 ?? g.year3;
    // "the fiscal year" with no year and no relative word names none (Recognizers' FYXXXX):
    // left out, so that an event beside it keeps the date of its own clause or of publication.
    if (!written && !g.rel) return null;
    const year = written ? fullYear(Number(written.replace(/^['’]/, '')), context.reference) : context.reference.year + shiftOf(g.rel!);
    const prefix = PREFIX[kind]!;
    const base = { start: m.index, end: m.index + m[0].length, rule: 'fiscal-year' };
    if (!prefix) return { ...base, ...yearValue(year) };
    return { ...base, value: `${prefix}${year}`, granularity: prefix === 'FY' ? 'fiscal year' : 'school year', range: null };
  });
