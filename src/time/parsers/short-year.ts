import { fullYear } from '../anchor.js';
import type { Parser } from '../candidate.js';
import { scanNear } from '../near.js';
import { withDateBefore } from './spelled-year.js';

// "January '87", "15 April of 87": a two-digit year after its date, in the century that puts it
// at most 20 years after publication.
const PATTERN = /(?<lead>,?\s+(?:of\s+)?)(?<yy>['’]\d{2}|\d{2})\b(?!\d|[,.:/-]\d|\s*(?:%|percent|per\s*cent)|\s+(?!(?:and|or|to|when|the|was|were|is|will|had|has)\b)[a-z])/g;
// The year itself: an apostrophe or "of" before two digits.
const CUE = /['’]\d\d\b|\bof\s+\d\d\b/g;

export const shortYearParser: Parser = (context) =>
  scanNear(context.text, CUE, 12, PATTERN, (m) => {
    const g = m.groups!;
    // A bare "87" needs "of" before it ("15 April of 87"); "April 15 87" reads as a day and a count.
    if (!/['’]/.test(g.yy!) && !/of/.test(g.lead!)) return null;
    const year = fullYear(Number(g.yy!.slice(-2)), context.reference);
    const dated = withDateBefore(context.text, m.index, m.index + m[0].length, year, 'short-year');
    return dated && { ...dated, end: m.index + m[0].length };
  });
