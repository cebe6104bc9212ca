import { comparable, wordCount } from './clean.js';
import { parseVisibleDate } from './visible-date.js';

// Lines that sit around a headline on news pages and are not the story:
// counters ("0 Persons", "12 Comments"), the site's id ("News ID: 34597"),
// datelines ("Feb 6, 2021, 1:47 PM"), bylines ("By Jane Doe").

const COUNTER = /^\d[\d,.]*\s*(?:persons?|people|likes?|comments?|views?|shares?|reads?|visits?|votes?|reactions?)$/i;
const SITE_ID = /\b(?:news|article|story|post|content|item)\s*(?:id|no\.?|number|code|#)\s*[:#.]?\s*([A-Za-z]{0,3}\d[\w-]{0,19})\b/i;
const DATE_WORDS = /^(?:published|posted|updated|last updated|first published|date|on)\b[\s:]*/i;
const BYLINE = /^(?:By|BY|by)\s+(\p{Lu}[\p{L}'’.-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}'’.-]*){0,8})$/u;

export type HeaderLine =
  | { kind: 'counter' }
  | { kind: 'siteId'; id: string }
  | { kind: 'date'; value: string }
  | { kind: 'byline'; byline: string };

export function isCounter(line: string): boolean {
  return COUNTER.test(line);
}

/** The site's own id when a line is (or a page says) "News ID: 34597" and the like. */
export function siteIdIn(text: string): string | null {
  return text.match(SITE_ID)?.[1] ?? null;
}

/** A line that is only a date, possibly after "Published:" or before a time. */
export function dateLine(line: string, language: string | null = null): string | null {
  if (line.length > 120) return null;
  // "22/11/2020 - 04:30 - Source: Agência Brasil": a date, then credits after separators.
  const [first = ''] = line.split(/\s+[-|–—•·]\s+(?=\D)/);
  for (const part of first === line ? [line] : [line, first]) {
    const date = parseVisibleDate(part.replace(DATE_WORDS, ''), language);
    if (date && date.coverage >= 0.6) return date.value;
  }
  return null;
}

/** A section label printed above a headline ("ESPORTE", "WORLD NEWS"): a few words in capitals. */
export function isKicker(line: string): boolean {
  return line.length <= 30 && wordCount(line) <= 3 && /\p{Lu}{3}/u.test(line) && line === line.toUpperCase();
}

export function bylineOf(line: string): string | null {
  return line.match(BYLINE)?.[1]?.trim() ?? null;
}

/** What a short line above or below a story is, if it is page furniture rather than text. */
export function classifyHeaderLine(line: string, language: string | null = null): HeaderLine | null {
  if (isCounter(line) || isKicker(line)) return { kind: 'counter' };
  const id = SITE_ID.exec(line);
  if (id && id.index === 0 && wordCount(line) <= 4) return { kind: 'siteId', id: id[1]! };
  const date = dateLine(line, language);
  if (date) return { kind: 'date', value: date };
  const byline = bylineOf(line);
  if (byline) return { kind: 'byline', byline };
  return null;
}

/** Could this line be a headline: short, and not ending like a sentence or a clause. */
export function looksLikeTitle(line: string): boolean {
  return line.length <= 200 && wordCount(line) <= 30 && !/[.,;:]$/.test(line) && /\p{L}/u.test(line);
}

export function sameText(a: string, b: string): boolean {
  const x = comparable(a);
  return x.length > 0 && x === comparable(b);
}
