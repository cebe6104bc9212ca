import type { Parser } from '../candidate.js';
import { yearValue, type TimeValue } from '../value.js';
import { scan, YEAR } from '../words.js';

// A year alone counts only after a word that takes a time ("in 2017", "since 1979",
// "the year 2008"), so that "2017 soldiers" or "Resolution 2231" stay numbers.
const LEAD = '(?:in|since|by|until|till|before|after|during|from|of|between|and|to|through|throughout|year|fiscal|early|late|mid|end|start|beginning|for|or)';
const SINGLE = new RegExp(`\\b${LEAD}\\s+(?:the\\s+)?(?:year\\s+)?(?<year>${YEAR})(?!\\s*(?:%|per\\s*cent|[a-z]))`, 'gi');

// "from 2014 through 2018", "between 2014 and 2018", "2014-2018": both years in full.
const RANGE = new RegExp(`\\b(?:(?:from|between)\\s+)?(?<a>${YEAR})\\s*(?:-|–|to|through|until|till|and)\\s*(?<b>${YEAR})\\b`, 'gi');

function span(a: number, b: number): TimeValue {
  return { value: `${a}/${b}`, granularity: 'year', range: { from: `${a}-01-01`, to: `${b + 1}-01-01` } };
}

export const yearParser: Parser = (context) => [
  ...scan(context.text, SINGLE, (m) => {
    const at = m.index + m[0].lastIndexOf(m.groups!.year!);
    const lead = /^(?:year|the)/i.test(m[0].slice(m[0].search(/\s/) + 1)) ? m.index + m[0].search(/\s/) + 1 : at;
    return { start: lead, end: at + 4, rule: 'year', ...yearValue(Number(m.groups!.year)) };
  }),
  ...scan(context.text, RANGE, (m) => {
    const [a, b] = [Number(m.groups!.a), Number(m.groups!.b)];
    return a < b ? { start: m.index, end: m.index + m[0].length, rule: 'year', ...span(a, b) } : null;
  }),
];
