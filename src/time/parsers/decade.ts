import type { Parser } from '../candidate.js';
import { decadeValue } from '../value.js';
import { scanNear } from '../near.js';
import { scan } from '../words.js';

// "the 1990s", "the '90s", "the 2010s": a decade is never money or a count ("$1990s" is not a thing).
const PATTERN = /\b(?:the|in|of|since|during|by)\s+(?:(?<century>1[89]|20)|[’'])?(?<decade>\d)0[’']?s\b/gi;
// "1990s music", "in 1990 s": with its century written, a decade needs no lead word.
const WRITTEN = /(?<![\w$£€.,'’])(?<century>1[89]|20)(?<decade>\d)0\s?s\b/g;
// "the nineties": the latest decade of that name up to publication.
const NAMED = /\b(?:the|in|of|since|during|by)\s+(?:(?<century>nineteen|twenty)[\s-]+)?(?<name>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const DECADE_NAMES = ['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'];

// "the 18th century", "the twenty-first century": TIMEX3 writes the 18th century as "17".
const CENTURY = /\b(?<n>1\d|2[01]|[1-9])(?:st|nd|rd|th)[\s-]+century\b|\b(?<word>nineteenth|twentieth|twenty[\s-]first)[\s-]+century\b/gi;
const WORDS: Record<string, number> = { nineteenth: 19, twentieth: 20, 'twenty first': 21 };

function named(m: RegExpExecArray, referenceYear: number) {
  const { century, name } = m.groups ?? {};
  const tens = (DECADE_NAMES.indexOf(name!.toLowerCase()) + 2) * 10;
  const hundreds = century ? (/^nineteen$/i.test(century) ? 1900 : 2000) : Math.floor(referenceYear / 100) * 100;
  const start = !century && hundreds + tens > referenceYear ? hundreds - 100 + tens : hundreds + tens;
  const lead = m[0].indexOf(' ') + 1;
  return { start: m.index + lead, end: m.index + m[0].length, rule: 'decade', ...decadeValue(start) };
}

export const decadeParser: Parser = (context) => [
  ...scan(context.text, CENTURY, (m) => {
    const n = m.groups!.n ? Number(m.groups!.n) : WORDS[m.groups!.word!.toLowerCase().replace(/[\s-]+/, ' ')]!;
    const start = (n - 1) * 100;
    return { start: m.index, end: m.index + m[0].length, rule: 'decade', value: String(n - 1).padStart(2, '0'), granularity: 'century', range: { from: `${String(start).padStart(4, '0')}-01-01`, to: `${String(start + 100).padStart(4, '0')}-01-01` } };
  }),
  ...scan(context.text, PATTERN, (m) => {
    const { century, decade } = m.groups ?? {};
    const start = (century ? Number(century) * 100 : 1900) + Number(decade) * 10;
    const lead = m[0].indexOf(' ') + 1;
    return { start: m.index + lead, end: m.index + m[0].length, rule: 'decade', ...decadeValue(start) };
  }),
  ...scan(context.text, WRITTEN, (m) => ({ start: m.index, end: m.index + m[0].length, rule: 'decade', ...decadeValue(Number(m.groups!.century) * 100 + Number(m.groups!.decade) * 10) })),
  ...scanNear(context.text, /ties\b/g, 40, NAMED, (m) => named(m, context.reference.year)),
];
