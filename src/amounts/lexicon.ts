import { CURRENCIES } from './currencies.js';

export interface Unit {
  code: string;
  factor: number;
}

// Codes that are also English words are read as codes only in capitals ("TRY 50", not "try 50").
const WORDS = new Set(['try', 'mad', 'all', 'cup', 'top', 'bob', 'gel', 'dem', 'php', 'amd', 'lak', 'cad', 'aud', 'esp', 'sar', 'won']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s*');

const key = (written: string) => written.toLowerCase().replace(/\s+/g, '');

/** Lower-cased written form → unit, for every symbol, name and ISO code. */
export const UNITS = new Map<string, Unit>();
for (const c of CURRENCIES) {
  for (const form of [...(c.symbols ?? []), ...(c.names ?? [])]) {
    if (!UNITS.has(key(form))) UNITS.set(key(form), { code: c.code, factor: c.factor ?? 1 });
  }
  if (!c.factor && !UNITS.has(key(c.code))) UNITS.set(key(c.code), { code: c.code, factor: 1 });
}

/** A regular-expression source for any currency form, longest first; letters only at word edges. */
const FORMS = CURRENCIES.flatMap((c) => [...(c.symbols ?? []), ...(c.names ?? []), ...(c.factor ? [] : [c.code])]);

export const CURRENCY = [...new Set(FORMS.map((f) => f.toLowerCase()))]
  .sort((a, b) => b.length - a.length)
  .map((form) => {
    const body = escape(form);
    const letterStart = /^\p{L}/u.test(form) ? '(?<![\\p{L}])' : '';
    const letterEnd = /\p{L}$/u.test(form) ? '(?![\\p{L}])' : '';
    return `${letterStart}${body}${letterEnd}`;
  })
  .join('|');

/** The unit a matched currency form names, or null (a lower-case code that is also a word). */
export function unitOf(written: string): Unit | null {
  if (WORDS.has(written)) return null;
  return UNITS.get(key(written)) ?? null;
}
