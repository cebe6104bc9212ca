import { CURRENCIES } from './currencies.js';

export interface Unit {
  code: string;
  factor: number;
}

// Codes that are also English words are read as codes only in capitals ("TRY 50", not "try 50").
const WORDS = new Set(['try', 'mad', 'all', 'cup', 'top', 'bob', 'gel', 'dem', 'php', 'amd', 'lak', 'cad', 'aud', 'esp', 'sar', 'won']);

const key = (written: string) => written.toLowerCase().replace(/\s+/g, '');

/** Lower-cased written form → unit, for every symbol, name and ISO code. */
export const UNITS = new Map<string, Unit>();
for (const c of CURRENCIES) {
  for (const form of [...(c.symbols ?? []), ...(c.names ?? [])]) {
    if (!UNITS.has(key(form))) UNITS.set(key(form), { code: c.code, factor: c.factor ?? 1 });
  }
  if (!c.factor && !UNITS.has(key(c.code))) UNITS.set(key(c.code), { code: c.code, factor: 1 });
}

// Currency forms are found by trying them beside a number, not with one regular expression of all ~250
// forms: compiling that (case-insensitive, Unicode) cost V8 about a second at the first amount of a process.
const LETTER = /\p{L}/u;
const SPACE = /\s/;
const FORMS = [...new Set(CURRENCIES.flatMap((c) => [...(c.symbols ?? []), ...(c.names ?? []), ...(c.factor ? [] : [c.code])]).map((f) => f.toLowerCase().replace(/\s+/g, ' ')))].sort((a, b) => b.length - a.length);

/** The forms by their first and by their last character, longest first: a number tries only those that can fit. */
function byChar(pick: (form: string) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const form of FORMS) out.set(pick(form), [...(out.get(pick(form)) ?? []), form]);
  return out;
}
const BY_FIRST = byChar((form) => form[0]!);
const BY_LAST = byChar((form) => form.at(-1)!);

/** Where `form` ends when it is written at `text[i]` onwards (a space in the form stands for any white space, or none), else -1. */
function endOf(text: string, i: number, form: string): number {
  for (const ch of form) {
    if (ch === ' ') {
      while (i < text.length && SPACE.test(text[i]!)) i++;
    } else if (text[i]?.toLowerCase() === ch) i++;
    else return -1;
  }
  return i;
}

/** Where `form` starts when it is written up to `text[end - 1]`, else -1. */
function startOf(text: string, end: number, form: string): number {
  let i = end;
  for (let k = form.length - 1; k >= 0; k--) {
    if (form[k] === ' ') {
      while (i > 0 && SPACE.test(text[i - 1]!)) i--;
    } else if (text[i - 1]?.toLowerCase() === form[k]) i--;
    else return -1;
  }
  return i;
}

/** The longest currency form `text` starts with (not running on into letters), and its length in `text`. */
export function currencyAtStart(text: string): { written: string; length: number } | null {
  for (const form of BY_FIRST.get(text[0]?.toLowerCase() ?? '') ?? []) {
    const end = endOf(text, 0, form);
    if (end < 0 || (LETTER.test(form.at(-1)!) && LETTER.test(text[end] ?? ''))) continue;
    return { written: text.slice(0, end), length: end };
  }
  return null;
}

/** The longest currency form `text` ends with (not running on from letters), and where it starts in `text`. */
export function currencyAtEnd(text: string): { written: string; start: number } | null {
  for (const form of BY_LAST.get(text.at(-1)?.toLowerCase() ?? '') ?? []) {
    const start = startOf(text, text.length, form);
    if (start < 0 || (LETTER.test(form[0]!) && LETTER.test(text[start - 1] ?? ''))) continue;
    return { written: text.slice(start), start };
  }
  return null;
}

/** The unit a matched currency form names, or null (a lower-case code that is also a word). */
export function unitOf(written: string): Unit | null {
  if (WORDS.has(written)) return null;
  return UNITS.get(key(written)) ?? null;
}
