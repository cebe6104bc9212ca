// Calendar words shared by dyad's own parsers, as regular-expression sources and lookups.

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

export const MONTH = `(?:${MONTH_NAMES.map((m) => (m.length > 4 ? `${m.slice(0, 3)}(?:${m.slice(3)}|\\.)?${m === 'september' ? '|sept\\.?' : ''}` : m)).join('|')})`;

export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '').slice(0, 3);
  const i = MONTH_NAMES.findIndex((m) => m.startsWith(w));
  return i < 0 ? null : i + 1;
}

/** A four-digit year of the last two centuries and the next one, not part of a longer number. */
export const YEAR = "(?<![\\d,.])(?:1[89]\\d\\d|20\\d\\d)(?!\\d|[,.]\\d|['’]?s\\b)";

export const RELATIVE = '(?:last|past|previous|this|current|next|coming|following)';

/** -1, 0 or +1: which period a relative word picks out. */
export function shiftOf(word: string): number {
  const w = word.toLowerCase();
  if (['last', 'past', 'previous'].includes(w)) return -1;
  if (['next', 'coming', 'following'].includes(w)) return 1;
  return 0;
}

export const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
/** A day of the month as an ordinal: "18th", "eighteenth", "twenty-first". */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${ORDINAL_WORDS.join('|')}|(?:twenty|thirty)[\\s-]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth|thirtieth)`;

/** The number an ORDINAL (or plain digits) stands for. */
export function ordinal(written: string): number {
  const w = written.toLowerCase().replace(/[\s-]+/g, ' ');
  if (/^\d/.test(w)) return parseInt(w, 10);
  const [tens, unit] = w.startsWith('twenty ') || w.startsWith('thirty ') ? [w.startsWith('twenty') ? 20 : 30, w.split(' ')[1]!] : [0, w];
  if (unit === 'twentieth') return 20;
  if (unit === 'thirtieth') return 30;
  return tens + ORDINAL_WORDS.indexOf(unit) + 1;
}

/** Runs a global pattern over the text and keeps what `build` makes of each match. */
export function scan<T>(text: string, pattern: RegExp, build: (m: RegExpExecArray) => T | null): T[] {
  const found: T[] = [];
  for (const m of text.matchAll(pattern)) {
    const made = build(m as RegExpExecArray);
    if (made) found.push(made);
  }
  return found;
}
