import type { Parser } from '../candidate.js';
import { yearValue } from '../value.js';
import { scan, YEAR } from '../words.js';

// A year alone counts only after a word that takes a time ("in 2017", "since 1979",
// "the year 2008"), so that "2017 soldiers" or "Resolution 2231" stay numbers.
const LEAD = '(?:on|in|since|by|until|till|before|after|during|from|of|between|and|to|through|throughout|year|fiscal|early|late|mid|end|start|beginning|for|or|than)';
const COUNTED = '\\s*(?:%|per\\s*cent|percent)|\\s+(?!(?:and|or|but|to|through|till|until|when|as|after|before|in|on|at|the|was|were|is|are|will|had|has|have|with|for|of|onwards?|later|greater)\\b)[a-z]';
const SINGLE = new RegExp(`\\b${LEAD}\\s+(?:the\\s+)?(?:year\\s+(?:of\\s+)?)?(?<year>${YEAR})(?!${COUNTED})`, 'gi');

const PAIR = new RegExp(`(?<a>${YEAR})\\s*(?:-|–|~|to|through)\\s*(?<b>${YEAR})`, 'gi');

export const yearParser: Parser = (context) => [
  ...scan(context.text, SINGLE, (m) => {
    const at = m.index + m[0].lastIndexOf(m.groups!.year!);
    const lead = /^(?:year|the)/i.test(m[0].slice(m[0].search(/\s/) + 1)) ? m.index + m[0].search(/\s/) + 1 : at;
    return { start: lead, end: at + 4, rule: 'year', ...yearValue(Number(m.groups!.year)) };
  }),
  // "2014-2018", "2014~2018": both years, which the range refiner joins.
  ...scan(context.text, PAIR, (m) => {
    const b = m.index + m[0].length - 4;
    return [
      { start: m.index, end: m.index + 4, rule: 'year', ...yearValue(Number(m.groups!.a)) },
      { start: b, end: b + 4, rule: 'year', ...yearValue(Number(m.groups!.b)) },
    ];
  }).flat(),
];
