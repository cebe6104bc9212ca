import { formatMoment } from '../calendar.js';
import type { Parser } from '../candidate.js';
import { scan } from '../words.js';

// "now", "at present", "at the moment" are the publication time. Read here rather than by chrono, which
// would otherwise parse every sentence that says "now" (one in nine of news sentences) for nothing else.
const PATTERN = /\b(?:now\b(?!\s+(?:on|that)\b)|at\s+(?:present|the\s+(?:moment|minute|present\s+time))\b)/gi;

export const nowParser: Parser = (context) =>
  scan(context.text, PATTERN, (m) => ({ start: m.index, end: m.index + m[0].length, rule: 'now', value: formatMoment(context.reference), granularity: 'minute', range: null }));
