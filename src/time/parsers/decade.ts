import type { Parser } from '../candidate.js';
import { decadeValue } from '../value.js';
import { scan } from '../words.js';

// "the 1990s", "the '90s", "the 2010s": a decade is never money or a count ("$1990s" is not a thing).
const PATTERN = /\b(?:the|in|of|since|during|by)\s+(?:(?<century>1[89]|20)|[’'])?(?<decade>\d)0[’']?s\b/gi;

export const decadeParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => {
    const { century, decade } = m.groups ?? {};
    const start = (century ? Number(century) * 100 : 1900) + Number(decade) * 10;
    const lead = m[0].indexOf(' ') + 1;
    return { start: m.index + lead, end: m.index + m[0].length, rule: 'decade', ...decadeValue(start) };
  });
